package dev.storyline.alerts.delivery;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.storyline.alerts.Match;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 feeds of alert matches, written by Rome (which escapes every text). An entry is one match: its id the
 * match's idempotency key as a tag URI (the same match is the same entry for every reader, across restarts), updated
 * when it was found, its links absolute: the article's page on the desk (alternate) and its story's (related).
 */
public final class AtomFeeds {

    /** Entries in a feed at most: the latest. */
    public static final int ENTRIES = 100;
    static final String TAG = "tag:storyline,2026:";

    private AtomFeeds() {
    }

    /**
     * @param feedId    what the feed is, for its tag id ("alert/a1b2", "breaking")
     * @param matches   newest first, at most {@link #ENTRIES}
     * @param selfUrl   this feed's absolute URL
     * @param emptySince the feed's updated time when it has no entry yet
     */
    public static String write(String feedId, String title, List<Match> matches, String selfUrl, String pageUrl,
                               Instant emptySince, DeskLinks links) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG + escapeTag(feedId));
        feed.setTitle(xml(title));
        feed.setUpdated(Date.from(matches.isEmpty() ? emptySince : matches.get(0).matchedAt()));
        feed.setAlternateLinks(List.of(link("alternate", pageUrl, "text/html")));
        feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
        Person desk = new Person();
        desk.setName("Storyline");
        feed.setAuthors(List.<SyndPerson>of(desk));
        Generator generator = new Generator();
        generator.setValue("Storyline");
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (Match m : matches) entries.add(entry(m, links));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, false);
        } catch (FeedException e) {
            throw new IllegalStateException("an Atom feed of escaped strings always writes: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Match m, DeskLinks links) {
        Entry e = new Entry();
        e.setId(TAG + "match:" + escapeTag(m.id()));
        e.setTitle(xml(m.title() == null ? (m.articleKey() == null ? m.id() : m.articleKey()) : m.title()));
        e.setUpdated(Date.from(m.matchedAt()));
        List<Link> alternate = new ArrayList<>();
        List<Link> other = new ArrayList<>();
        String article = m.articleKey() == null ? null : links.article(m.articleKey());
        String story = links.story(m.storyId());
        if (article != null) alternate.add(link("alternate", article, "text/html"));
        else if (story != null) alternate.add(link("alternate", story, "text/html"));
        if (story != null && article != null) other.add(link("related", story, "text/html"));
        String outlet = EmailComposer.Links.http(m.url());
        if (outlet != null) other.add(link("via", outlet, "text/html"));
        e.setAlternateLinks(alternate);
        e.setOtherLinks(other);
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(xml(summary(m)));
        e.setSummary(summary);
        return e;
    }

    private static String summary(Match m) {
        List<String> parts = new ArrayList<>();
        if (m.source() != null) parts.add(m.source());
        if (m.published() != null) parts.add(m.published());
        if (m.language() != null) parts.add(m.language());
        String meta = String.join(", ", parts);
        String why = m.why() == null ? "" : m.why();
        return meta.isEmpty() ? why : why.isEmpty() ? meta : meta + " — " + why;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    /** A tag URI's specific part: letters, digits and {@code -._~:@!$&'()*+,;=/} as they are, other bytes %XX. */
    static String escapeTag(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:@!$'()*+,;=/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Text without the characters XML 1.0 cannot hold (control characters, lone surrogates), which a page may carry. */
    static String xml(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
