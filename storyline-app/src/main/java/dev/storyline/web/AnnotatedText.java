package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.time.TimeExpression;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An article's text as paragraphs with its entity mentions and time expressions marked by their offsets: text
 * nodes and elements only, so nothing in the text can become markup.
 */
final class AnnotatedText {

    private record Mark(int start, int end, EntityMention entity, TimeExpression date) {
    }

    private AnnotatedText() {
    }

    /** Appends one {@code <p>} per paragraph of the text to {@code container}. */
    static void render(AnalyzedArticle analyzed, Element container) {
        String text = analyzed.article().text();
        List<Mark> marks = marks(analyzed, text.length());
        int next = 0;
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            if (paragraphEnd > paragraphStart) {
                Element p = container.appendElement("p");
                int at = paragraphStart;
                while (next < marks.size() && marks.get(next).start() < paragraphEnd) {
                    Mark m = marks.get(next++);
                    if (m.start() < at || m.end() > paragraphEnd) continue; // crosses a paragraph: leave it unmarked
                    p.appendText(text.substring(at, m.start()));
                    mark(p, m, text.substring(m.start(), m.end()));
                    at = m.end();
                }
                p.appendText(text.substring(at, paragraphEnd));
            }
            paragraphStart = paragraphEnd + 1;
        }
    }

    /** Entity and date marks in text order; of two that overlap, the first (then the longer) is kept. */
    private static List<Mark> marks(AnalyzedArticle analyzed, int length) {
        List<Mark> all = new ArrayList<>();
        for (EntityMention m : analyzed.entities()) all.add(new Mark(m.start(), m.end(), m, null));
        for (TimeExpression t : analyzed.dates()) all.add(new Mark(t.start(), t.end(), null, t));
        all.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> kept = new ArrayList<>();
        int end = 0;
        for (Mark m : all) {
            if (m.start() < end || m.start() < 0 || m.end() > length || m.end() <= m.start()) continue;
            kept.add(m);
            end = m.end();
        }
        return kept;
    }

    private static void mark(Element p, Mark m, String covered) {
        if (m.entity() != null) {
            EntityMention e = m.entity();
            String type = e.type() == null ? "misc" : e.type().toLowerCase(Locale.ROOT);
            Element el = e.canonical() == null ? p.appendElement("span")
                    : p.appendElement("a").attr("href", Links.entity(e.canonical()));
            el.addClass("entity").addClass("entity-" + type.replaceAll("[^a-z]", ""))
                    .attr("title", (e.type() == null ? "" : e.type() + " · ") + (e.canonical() == null ? "unresolved" : e.canonical()))
                    .text(covered);
        } else {
            TimeExpression t = m.date();
            p.appendElement("span").addClass("date").attr("title", (t.type() == null ? "" : t.type() + " ")
                    + (t.value() == null ? "" : t.value())).text(covered);
        }
    }
}
