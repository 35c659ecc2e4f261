package dev.storyline.web;

import dev.storyline.extract.Article;
import dev.storyline.quotes.Quote;
import dev.storyline.store.StoredArticle;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** A quote as the desk lists it: the words, who said them, and the article and outlet they come from. */
record QuoteSeen(String text, String speaker, String speakerName, String speakerText, String articleKey,
                 String title, String source, String language, String published) {

    /** The newest quotes first, by the article's publication date (undated last). */
    static final Comparator<QuoteSeen> NEWEST_FIRST = Comparator.comparing(QuoteSeen::published,
            Comparator.nullsLast(Comparator.<String>reverseOrder()));

    /** The quotes of the stored articles that {@code keep} accepts, newest first, at most {@code limit}. */
    static List<QuoteSeen> of(List<StoredArticle> articles, Predicate<Quote> keep, java.util.function.Function<String, String> names,
                              int limit) {
        return articles.stream().flatMap(stored -> {
            Article a = stored.analyzed().article();
            return stored.analyzed().quotes().stream().filter(keep).map(q -> new QuoteSeen(q.text(), q.speaker(),
                    q.speaker() == null ? null : names.apply(q.speaker()), q.speakerText(), stored.key(), a.title(),
                    a.source(), a.language(), a.published()));
        }).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** A list of quotes under {@code parent}; every text goes through jsoup's {@code text()}, escaped by construction. */
    static void render(Element parent, List<QuoteSeen> quotes, boolean showSpeaker) {
        Element ul = parent.appendElement("ul").addClass("plain").addClass("quotes");
        for (QuoteSeen q : quotes) {
            Element li = ul.appendElement("li").addClass("quote");
            li.appendElement("q").text(q.text());
            if (showSpeaker) {
                li.appendText(" — ");
                if (q.speaker() != null) {
                    li.appendElement("a").addClass("entity").attr("href", Links.entity(q.speaker())).text(q.speakerName());
                } else {
                    li.appendElement("span").addClass("muted").text(q.speakerText() == null ? "unattributed" : q.speakerText());
                }
            }
            Element from = li.appendElement("span").addClass("count");
            from.appendText(" ");
            from.appendElement("a").attr("href", Links.article(q.articleKey()))
                    .text((q.source() == null ? "article" : q.source()) + (q.language() == null ? "" : " · " + q.language())
                            + (q.published() == null ? "" : " · " + q.published()));
        }
    }
}
