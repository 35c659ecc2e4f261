package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules found on layouts the extractor had not seen (issue 13): broken markup that hides the article, and boxes of
 * other stories recognisable by their structure. Every page here is hand-written for Storyline, after the pattern
 * of the layouts seen, with none of their text.
 */
class PagesSeenFirstTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String FILLER = "<div id='masthead'>"
            + "<script>var slots = ['top', 'side']; function show(p) { return p + '<' + '/script>'; }</script>"
            + "<a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></div>".repeat(1)
            + "<p>Weather: mild and dry, ".repeat(40) + "</p>";

    @Test
    void aTitleWhoseEndTagIsGarbledDoesNotSwallowThePage() {
        String html = "<html><head><title>Harbour bridge reopens after repairs</titvalue=\"true\" -->"
                + "</head><body>" + FILLER + "<div class='story'>" + BridgeArticle.PARAGRAPHS + "</div></body></html>";
        Article a = extractor.extract("p", "https://courier.example/news/bridge", html);
        assertTrue(a.text().contains("Engineers replaced forty tonnes of corroded plates"), a.text());
        assertEquals("Harbour bridge reopens after repairs", a.title());
    }

    @Test
    void aShortTitleThatIsClosedIsLeftAlone() {
        String html = "<html><head><title>Bridge &lt;update&gt;</title></head><body><div>" + BridgeArticle.PARAGRAPHS
                + "</div></body></html>";
        assertEquals(null, HtmlArticleExtractor.withTitleClosed(
                org.jsoup.Jsoup.parse(html), html));
    }

    private static String linkedTeaser(int n, String headline, String teaser) {
        return "<p><a href='/news/" + n + "'>" + headline + "</a><br>" + teaser + "</p>"
                + "<span class='thumb'><a href='/news/" + n + "'><img src='/t" + n + ".jpg' alt=''></a></span>";
    }

    @Test
    void storiesThatOpenWithTheirHeadlinesLinkAreTeasersNotTheArticle() {
        String teasers = "<div id='col'>"
                + linkedTeaser(1, "Ferry timetable changes in spring", "The ferry company will add two crossings "
                + "on weekdays from April, it announced on its website this week.")
                + linkedTeaser(2, "School roof repairs delayed again", "Parents were told the gym will stay closed "
                + "until the summer holidays because the contractor has no steel.")
                + linkedTeaser(3, "Market square gets new benches", "Twenty oak benches were installed around the "
                + "fountain, paid for by the traders' association and the council.")
                + "</div>";
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + BridgeArticle.PARAGRAPHS + "</div>" + teasers);
        assertTrue(text.contains("Night closures will continue until Friday"), text);
        assertFalse(text.contains("ferry company will add two crossings"), text);
        assertFalse(text.contains("Market square gets new benches"), text);
    }

    /** A sponsor's story in a table-era widget: headline in a block of its own, thumbnail, teaser in a span. */
    private static String headlineBlockThenInlineTeaser(int n, String headline, String teaser) {
        return "<div><a class='Headline' href='https://ads.example/click?" + n + "'>" + headline + "</a></div>"
                + "<table align='left'><tr><td><a href='https://ads.example/click?" + n + "'><img src='/t" + n
                + ".jpg'></a></td></tr></table>"
                + "<span class='blurb'>" + teaser + "<br><br clear='all'></span><br>";
    }

    private static final String LAST_PARAGRAPH = "When the lamps are in, cyclists will have a lane of their own "
            + "on the eastern side of the deck, separated from the traffic by a steel barrier, and the footpath on the "
            + "western side will be twice as wide as before; the council expects the number of people crossing on foot "
            + "or by bicycle to double within two years, as it did on the river bridge after the same work.";

    @Test
    void headlinesInBlocksOfTheirOwnWithInlineTeasersAreTeasersNotTheArticle() {
        String widget = "<div id='w1'><h3>Picked for you</h3><span id='w1-items'>"
                + headlineBlockThenInlineTeaser(1, "How to be taken seriously at work", "Want to be respected in "
                + "meetings? Find out what you need to change, starting on Monday.")
                + headlineBlockThenInlineTeaser(2, "Learn to manage your stress", "Stress wears you down, but you "
                + "can control it before it controls you. Learn how here.")
                + headlineBlockThenInlineTeaser(3, "Compare new home prices by city", "Curious about prices in "
                + "other cities? Search listings of newly built homes by price range.")
                + "</span></div>";
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + BridgeArticle.PARAGRAPHS + "<p>" + LAST_PARAGRAPH + "</p>" + widget + "</div>");
        assertTrue(text.contains("cyclists will have a lane of their own"), text);
        assertFalse(text.contains("Find out what you need to change"), text);
        assertFalse(text.contains("Compare new home prices by city"), text);
    }

    @Test
    void agencyCreditsUnderPicturesWithoutALabelAreDropped() {
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + "<p><img src='/deck.jpg'><br>AFP / JANE DOE</p>" + BridgeArticle.PARAGRAPHS
                + "<p><img src='/lamps.jpg'><br><span>Lakeside Council/Getty Images</span></p>"
                + "<p>" + LAST_PARAGRAPH + "</p><p>(AFP)</p></div>");
        assertTrue(text.contains("Night closures will continue until Friday"), text);
        assertFalse(text.contains("JANE DOE"), text);
        assertFalse(text.contains("Getty Images"), text);
        assertFalse(text.contains("(AFP)"), text);
    }

    @Test
    void aSentenceThatNamesAnAgencyStays() {
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + BridgeArticle.PARAGRAPHS + "<p>The mayor told AFP the bridge would be safe.</p>"
                + "<p>" + LAST_PARAGRAPH + "</p></div>");
        assertTrue(text.contains("The mayor told AFP the bridge would be safe."), text);
    }

    @Test
    void germanHeadingsOfBoxesOfOtherStoriesDropTheBoxTheyHead() {
        String box = "<h3>Verwandte Themen</h3><div><p>Neue Fähre zwischen Altstadt und Hafen ab April im Einsatz, "
                + "sagt die Reederei.</p></div>"
                + "<h3>Mehr zu Verkehr und Bau</h3><div><p>Der Stadtrat berät im Mai über den Umbau des "
                + "Marktplatzes und neue Radwege.</p></div>"
                + "<h3>Weitere aktuelle Themen aus der Region</h3><div><p>Die Schwimmhalle bleibt bis zum "
                + "Sommer wegen Reparaturen am Dach geschlossen.</p></div>";
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + BridgeArticle.PARAGRAPHS + "<p>" + LAST_PARAGRAPH + "</p>" + box + "</div>");
        assertTrue(text.contains("cyclists will have a lane of their own"), text);
        assertFalse(text.contains("Neue Fähre zwischen Altstadt"), text);
        assertFalse(text.contains("Umbau des Marktplatzes"), text);
        assertFalse(text.contains("Schwimmhalle bleibt"), text);
    }

    @Test
    void aSectionHeadingOfTheArticleThatOpensWithMehrStays() {
        String text = BridgeArticle.text(extractor, "<div><h1>Harbour bridge reopens after repairs</h1>"
                + BridgeArticle.PARAGRAPHS + "<h2>Mehr Platz für Radfahrer</h2><p>" + LAST_PARAGRAPH + "</p></div>");
        assertTrue(text.contains("Mehr Platz für Radfahrer"), text);
        assertTrue(text.contains("cyclists will have a lane of their own"), text);
    }

    @Test
    void paragraphsThatOpenWithALinkedNameButRunLongStay() {
        String paragraphs = "<div class='story'>"
                + "<p><a href='/people/ana-costa'>Ana Costa, the council's engineer,</a> said the corrosion under "
                + "the asphalt was worse than the first survey had shown, and that the repairs had therefore cost a "
                + "fifth more than planned; she expects the deck to last another forty years if it is inspected "
                + "every spring, as the new maintenance plan requires, and repainted every twelve years.</p>"
                + "<p><a href='/people/tom-berg'>Tom Berg, who runs the ferry company,</a> said the months of "
                + "closure had brought his boats more passengers than ever, but that he was glad the bridge was "
                + "open again because his own staff had to queue for the ferry like everyone else, twice a day, "
                + "and the queues had grown longer every week of the repairs, whatever the weather.</p>"
                + "<p><a href='/people/lena-holm'>Lena Holm, a cyclist from the old town,</a> welcomed the new "
                + "lane: for eight months she had pushed her bicycle onto the ferry every morning, she said, and "
                + "she would not miss the crossing in winter, when the wind off the harbour made the short trip "
                + "across the water feel like a voyage, and the ferry was often late.</p>"
                + "</div>";
        String text = BridgeArticle.text(extractor, "<h1>Harbour bridge reopens after repairs</h1>" + paragraphs);
        assertTrue(text.contains("Tom Berg, who runs the ferry company"), text);
        assertTrue(text.contains("she would not miss the crossing in winter"), text);
    }

    private static final String STANDFIRST = "Eight months of repairs to the steel deck are over, and cyclists get "
            + "a lane of their own.";

    @Test
    void theStandfirstUnderTheTitleInThePageHeaderIsKept() {
        String text = BridgeArticle.text(extractor, "<header class='article-header'><span>Local</span>"
                + "<h1>Harbour bridge reopens after repairs</h1><h2 class='article-subheadline'>" + STANDFIRST
                + "</h2><span class='byline'>By Ana Costa</span></header>"
                + "<div class='layout'><div class='story-body'>" + BridgeArticle.PARAGRAPHS + "</div>"
                + "<div class='rail'><a href='/a'>Weather</a> <a href='/b'>Traffic</a></div></div>");
        assertTrue(text.startsWith(STANDFIRST), text);
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
    }

    @Test
    void aHeadingUnderTheTitleThatIsNotNamedAsAStandfirstStaysOut() {
        String text = BridgeArticle.text(extractor, "<header><h1>Harbour bridge reopens after repairs</h1>"
                + "<h2 class='site-slogan'>" + STANDFIRST + "</h2></header>"
                + "<div class='layout'><div class='story-body'>" + BridgeArticle.PARAGRAPHS + "</div></div>");
        assertFalse(text.contains("cyclists get a lane"), text);
    }
}
