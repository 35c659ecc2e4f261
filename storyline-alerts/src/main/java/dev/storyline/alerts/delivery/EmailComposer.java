package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Match;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words of an alert email: subject, a plain-text part and an HTML part with the same content, matches grouped
 * by story (the story's label, then its articles). The HTML is built as a jsoup tree whose text goes in through
 * {@link Element#text(String)} and {@link Element#attr(String, String)}: article titles are untrusted and escaped by
 * construction; only http(s) article URLs become links.
 */
final class EmailComposer {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The subject and the two bodies. */
    record Email(String subject, String text, String html) {
    }

    /** One story's matches in an email. */
    record StoryGroup(String storyId, String label, List<Match> matches) {
    }

    private final Function<String, Optional<String>> storyLabels;
    private final DeskLinks links;

    /** @param storyLabels a story's label by its id (empty when unknown: the group takes its first article's title) */
    EmailComposer(Function<String, Optional<String>> storyLabels, DeskLinks links) {
        this.storyLabels = storyLabels;
        this.links = links;
    }

    Email compose(Parcel parcel) {
        Match first = parcel.matches().get(0);
        String alert = oneLine(first.alertName() == null ? first.alertId() : first.alertName());
        String subject;
        String intro;
        if (parcel.isDigest()) {
            int n = parcel.matches().size();
            String span = HOUR.format(parcel.period().start()) + " to " + HOUR.format(parcel.period().end()) + " UTC";
            String frequency = parcel.period().frequency().name().toLowerCase(Locale.ROOT);
            subject = "[Storyline] " + alert + ": " + n + (n == 1 ? " new match" : " new matches") + " (" + frequency + " digest)";
            intro = "Alert \"" + alert + "\": " + n + (n == 1 ? " match" : " matches") + " from " + span + ".";
        } else {
            subject = "[Storyline] " + alert + ": " + oneLine(first.title() == null ? first.articleKey() : first.title());
            intro = "Alert \"" + alert + "\" found:";
        }
        List<StoryGroup> groups = groups(parcel.matches());
        return new Email(clip(subject, 200), text(intro, groups, parcel), html(intro, groups, parcel));
    }

    /** The matches by story, stories in the order of their first match; matches without a story last. */
    List<StoryGroup> groups(List<Match> matches) {
        Map<String, List<Match>> byStory = new LinkedHashMap<>();
        List<Match> loose = new ArrayList<>();
        for (Match m : matches) {
            if (m.storyId() == null) loose.add(m);
            else byStory.computeIfAbsent(m.storyId(), k -> new ArrayList<>()).add(m);
        }
        List<StoryGroup> groups = new ArrayList<>();
        byStory.forEach((id, ms) -> groups.add(new StoryGroup(id, storyLabels.apply(id).orElse(ms.get(0).title()), ms)));
        if (!loose.isEmpty()) groups.add(new StoryGroup(null, "Not in a story yet", loose));
        return groups;
    }

    private String text(String intro, List<StoryGroup> groups, Parcel parcel) {
        StringBuilder t = new StringBuilder(intro).append("\n");
        for (StoryGroup g : groups) {
            t.append("\n== ").append(oneLine(g.label())).append(" ==\n");
            String story = links.story(g.storyId());
            if (story != null) t.append(story).append('\n');
            for (Match m : g.matches()) {
                t.append("\n* ").append(oneLine(m.title() == null ? m.articleKey() : m.title())).append('\n');
                String meta = meta(m);
                if (!meta.isEmpty()) t.append("  ").append(meta).append('\n');
                if (Links.http(m.url()) != null) t.append("  ").append(Links.http(m.url())).append('\n');
                String desk = m.articleKey() == null ? null : links.article(m.articleKey());
                if (desk != null) t.append("  on the desk: ").append(desk).append('\n');
                if (m.why() != null) t.append("  why: ").append(oneLine(m.why())).append('\n');
            }
        }
        t.append("\n-- \nStoryline alert delivery ").append(parcel.id()).append('\n');
        return t.toString();
    }

    private String html(String intro, List<StoryGroup> groups, Parcel parcel) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text("Storyline alert");
        Element body = doc.body();
        body.appendElement("p").text(intro);
        for (StoryGroup g : groups) {
            Element h = body.appendElement("h2");
            String story = links.story(g.storyId());
            if (story != null) h.appendElement("a").attr("href", story).text(g.label());
            else h.text(g.label());
            Element list = body.appendElement("ul");
            for (Match m : g.matches()) {
                Element li = list.appendElement("li");
                String title = m.title() == null ? m.articleKey() : m.title();
                String url = Links.http(m.url());
                if (url != null) li.appendElement("a").attr("href", url).text(title);
                else li.appendElement("strong").text(title);
                String meta = meta(m);
                if (!meta.isEmpty()) li.appendText(" — " + meta);
                String desk = m.articleKey() == null ? null : links.article(m.articleKey());
                if (desk != null) li.appendText(" · ").appendElement("a").attr("href", desk).text("on the desk");
                if (m.why() != null) {
                    li.appendElement("br");
                    li.appendElement("small").text("why: " + m.why());
                }
            }
        }
        body.appendElement("p").appendElement("small").text("Storyline alert delivery " + parcel.id());
        return "<!DOCTYPE html>" + doc.outerHtml();
    }

    private static String meta(Match m) {
        List<String> parts = new ArrayList<>();
        if (m.source() != null) parts.add(oneLine(m.source()));
        if (m.published() != null) parts.add(oneLine(m.published()));
        if (m.language() != null) parts.add(oneLine(m.language()));
        return String.join(", ", parts);
    }

    /** Text on one line: no line breaks (a title must not inject headers or lines). */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Only plain http(s) URLs are links. */
    static final class Links {
        private Links() {
        }

        static String http(String url) {
            if (url == null) return null;
            try {
                URI uri = new URI(url.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
    }
}
