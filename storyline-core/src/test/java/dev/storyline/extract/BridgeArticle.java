package dev.storyline.extract;

/**
 * A hand-written local news article (a harbour bridge reopens) that the extraction tests put inside page furniture:
 * its paragraphs, and its extracted text once wrapped in a page of the same outlet.
 */
final class BridgeArticle {

    static final String PARAGRAPHS = "<p>The harbour bridge in Lakeside reopened to traffic on Monday after "
            + "eight months of repairs to its steel deck, the town council said in a statement.</p>"
            + "<p>Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about "
            + "twelve thousand vehicles a day between the old town and the ferry terminal.</p>"
            + "<p>Night closures will continue until Friday while the last lamps are installed, the council added, "
            + "and buses will keep their detour until then.</p>";

    private BridgeArticle() {
    }

    /** The text {@code extractor} takes from a page of the outlet whose body is {@code body}. */
    static String text(HtmlArticleExtractor extractor, String body) {
        return extractor.extract("p", "https://courier.example/news/bridge",
                "<html><head><title>Harbour bridge reopens after repairs | Courier</title></head><body>" + body
                        + "</body></html>").text();
    }
}
