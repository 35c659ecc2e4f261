package dev.storyline.web;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import dev.storyline.summaries.EventSummary;
import dev.storyline.summaries.LanguageSummary;
import dev.storyline.summaries.SummarySentence;

/** The stories feed, latest first, and one story: its events in time order with their articles and why. */
final class StoriesPage {

    static final int PAGE = 30;

    private StoriesPage() {
    }

    /** @param building how far the rebuild of the stories is, or null when it is complete */
    static String feed(List<StoryIndex.Story> stories, int offset, int total, String building,
                       Function<StoryIndex.Named, String> names) {
        Page page = new Page("Stories", Page.Section.STORIES, true);
        Element main = page.main();
        if (building != null) {
            main.appendElement("p").addClass("note").text("Rebuilding the stories from the store (" + building
                    + "); this list grows meanwhile: reload to see more. Search and articles are complete.");
        }
        main.appendElement("p").addClass("summary").addClass("muted").text(total == 0 ? "No stories yet: ingest some articles."
                : String.format("%,d stor%s, the latest first", total, total == 1 ? "y" : "ies"));
        Element list = main.appendElement("ol").addClass("stories");
        for (StoryIndex.Story s : stories) {
            Element li = list.appendElement("li").addClass("story");
            li.appendElement("a").addClass("story-title").attr("href", Links.story(s.state().id())).text(s.label());
            Element meta = li.appendElement("div").addClass("meta");
            meta.appendElement("span").text(span(s.state().first(), s.state().last()));
            meta.appendElement("span").text(count(s.events().size(), "event"));
            meta.appendElement("span").text(count(s.articles(), "article"));
            meta.appendElement("span").text(count(s.sources().size(), "source"));
            meta.appendElement("span").addClass("lang").text(String.join(" ", s.languages()));
            Element names_ = li.appendElement("div").addClass("story-entities");
            for (StoryIndex.Named n : s.entities().subList(0, Math.min(5, s.entities().size()))) named(names_, n, names);
            for (StoryIndex.Named n : s.places().subList(0, Math.min(3, s.places().size()))) named(names_, n, names).addClass("entity-loc");
        }
        Element pager = main.appendElement("nav").addClass("pager");
        if (offset > 0) pager.appendElement("a").attr("href", "/stories?offset=" + Math.max(0, offset - PAGE)).text("← Later stories");
        if (offset + stories.size() < total) pager.appendElement("a").attr("href", "/stories?offset=" + (offset + PAGE)).text("Earlier stories →");
        return page.html();
    }

    /**
     * @param summaries an event's summary
     * @param quotes    an event's quotes with their speakers, newest first
     */
    static String story(StoryIndex.Story s, EventSummary storySummary, StoryIndex index, Function<StoryIndex.Named, String> names,
                        Function<String, EventSummary> summaries, Function<String, List<QuoteSeen>> quotes,
                        List<String> readerLanguages) {
        Page page = new Page(s.label(), Page.Section.STORIES, true);
        Element main = page.main();
        AlertsPage.oneClick(main, "Follow story", "kind", "story", "story", s.state().id());
        Element facts = main.appendElement("dl").addClass("facts");
        Page.fact(facts, "Span", span(s.state().first(), s.state().last()));
        Page.fact(facts, "Size", count(s.events().size(), "event") + " · " + count(s.articles(), "article") + " · "
                + count(s.sources().size(), "source"));
        Page.fact(facts, "Languages", String.join(", ", s.languages()));
        Page.fact(facts, "Sources", String.join(", ", s.sources()));
        Element who = Page.fact(facts, "Entities");
        for (StoryIndex.Named n : s.entities()) named(who, n, names);
        Element where = Page.fact(facts, "Places");
        for (StoryIndex.Named n : s.places()) named(where, n, names).addClass("entity-loc");

        languagePicker(main, s.languages(), readerLanguages);

        LanguageSummary whole = inReaderLanguage(storySummary, readerLanguages);
        if (!whole.sentences().isEmpty()) {
            Element at = main.appendElement("section").addClass("story-summary");
            at.appendElement("h2").text("At a glance");
            summarySentences(at, whole.sentences());
        }

        Element timeline = main.appendElement("section").addClass("events");
        timeline.appendElement("h2").text("Events, in time order");
        for (dev.storyline.events.EventState e : inTimeOrder(s.events())) {
            Element ev = timeline.appendElement("div").addClass("event").attr("id", e.id());
            EventSummary summary = summaries.apply(e.id());
            LanguageSummary shown = inReaderLanguage(summary, readerLanguages);
            Element h = ev.appendElement("h3");
            h.appendElement("span").addClass("event-date").text(span(e.first(), e.last()));
            h.appendText(" ");
            h.appendElement("span").text(!shown.headline().isBlank() ? shown.headline() : e.label() == null ? e.id() : e.label());
            summarySentences(ev, shown.sentences());
            if (!summary.byLanguage().isEmpty()) {
                Element others = ev.appendElement("details").addClass("other-languages");
                others.appendElement("summary").text("In every language");
                Element all = others.appendElement("div");
                all.appendElement("p").addClass("summary-headline").text(summary.headline());
                summarySentences(all, summary.sentences());
            }
            Element tags = ev.appendElement("div").addClass("story-entities");
            for (StoryIndex.Named n : index.top(e, dev.storyline.events.Family.ENTITY, 6)) named(tags, n, names);
            for (StoryIndex.Named n : index.top(e, dev.storyline.events.Family.PLACE, 3)) named(tags, n, names).addClass("entity-loc");
            for (StoryIndex.Named n : index.top(e, dev.storyline.events.Family.DATE, 3)) tags.appendElement("span").addClass("date").text(n.name());
            // The event's words in the reader's language where its articles wrote them (not the pivot's English stem).
            for (StoryIndex.Named n : index.top(e, dev.storyline.events.Family.TERM, 6, readerLanguages)) {
                tags.appendElement("span").addClass("term").text(n.name());
            }
            Element articles = ev.appendElement("ol").addClass("hits");
            for (StoryIndex.Member m : index.members(e.id())) {
                Element li = articles.appendElement("li").addClass("hit");
                li.appendElement("a").addClass("hit-title").attr("href", Links.article(m.key()))
                        .text(m.title() == null || m.title().isBlank() ? m.assignment().articleId() : m.title());
                Element meta = li.appendElement("div").addClass("meta");
                if (m.source() != null) meta.appendElement("span").addClass("source").text(m.source());
                if (m.published() != null) meta.appendElement("span").addClass("published").text(m.published());
                if (m.language() != null) meta.appendElement("span").addClass("lang").text(m.language());
                li.appendElement("p").addClass("why").text(StoryIndex.why(m.assignment()));
            }
            List<QuoteSeen> said = quotes.apply(e.id());
            if (!said.isEmpty()) {
                Element quoted = ev.appendElement("div").addClass("event-quotes");
                quoted.appendElement("h4").text("Who said what");
                QuoteSeen.render(quoted, said, true);
            }
        }
        main.appendElement("p").appendElement("a").attr("href", "/api/stories/" + java.net.URLEncoder.encode(s.state().id(), java.nio.charset.StandardCharsets.UTF_8))
                .text("This story as JSON");
        return page.html();
    }

    /** The events of a story from the earliest, undated last. */
    static List<dev.storyline.events.EventState> inTimeOrder(List<dev.storyline.events.EventState> events) {
        return events.stream()
                .sorted(java.util.Comparator.comparing(dev.storyline.events.EventState::first,
                        java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
                        .thenComparingLong(dev.storyline.events.EventState::sequence))
                .toList();
    }

    /** The cookie that remembers the reader's choice of language (a primary language subtag, or absent). */
    static final String LANGUAGE_COOKIE = "storyline-lang";
    /** A year: a reader's language does not change often. */
    private static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

    /**
     * The reader's languages for this request, most wanted first, remembering a choice: {@code ?lang=xx} chooses
     * (and sets the cookie that remembers it), {@code ?lang=} forgets the choice (the browser's languages again),
     * otherwise the remembered choice comes first; then the browser's {@code Accept-Language}. Server-side, so that
     * the page renders in that order without script. Anything but a language subtag is ignored.
     */
    static List<String> readerLanguages(io.javalin.http.Context ctx) {
        String asked = ctx.queryParam("lang");
        String chosen;
        ctx.header("Vary", "Accept-Language, Cookie");
        if (asked != null) {
            chosen = languageTag(asked);
            io.javalin.http.Cookie cookie = new io.javalin.http.Cookie(LANGUAGE_COOKIE, chosen == null ? "" : chosen);
            cookie.setPath("/");
            cookie.setMaxAge(chosen == null ? 0 : LANGUAGE_COOKIE_SECONDS);
            cookie.setHttpOnly(true);
            cookie.setSameSite(io.javalin.http.SameSite.LAX);
            ctx.cookie(cookie);
        } else {
            chosen = languageTag(ctx.cookie(LANGUAGE_COOKIE));
        }
        return readerLanguages(chosen, ctx.header("Accept-Language"));
    }

    /** A primary language subtag ("fr", "de"), lower case, or null for anything else. */
    static String languageTag(String value) {
        if (value == null) return null;
        String v = value.strip();
        return v.matches("[A-Za-z]{2,3}") ? v.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /**
     * The reader's languages, most wanted first: {@code lang} (a choice the page links to) before the browser's
     * {@code Accept-Language}; a malformed header counts as none.
     */
    static List<String> readerLanguages(String lang, String acceptLanguage) {
        List<String> out = new java.util.ArrayList<>();
        if (lang != null && lang.strip().matches("[A-Za-z]{2,3}")) out.add(lang.strip().toLowerCase(java.util.Locale.ROOT));
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (java.util.Locale.LanguageRange r : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = r.getRange().split("-")[0].toLowerCase(java.util.Locale.ROOT);
                    if (!primary.equals("*") && !out.contains(primary)) out.add(primary);
                }
            } catch (IllegalArgumentException malformed) {
                // Shown in every language, as without the header.
            }
        }
        return out;
    }

    /** The event's headline and summary in the first of the reader's languages it has, else across its languages. */
    static LanguageSummary inReaderLanguage(EventSummary summary, List<String> readerLanguages) {
        for (String language : readerLanguages) {
            LanguageSummary l = summary.byLanguage().get(language);
            if (l != null) return l;
        }
        return new LanguageSummary(summary.headline(), summary.headlineArticleKey(), summary.sentences());
    }

    /**
     * "Read in: en · fr · your browser's languages": links that choose the language shown first (the server remembers
     * the choice in a cookie), the one in use marked; only when the story has articles in several languages.
     */
    private static void languagePicker(Element main, java.util.Collection<String> languages, List<String> readerLanguages) {
        if (languages.size() < 2) return;
        Element nav = main.appendElement("nav").addClass("language-picker").attr("aria-label", "Language shown first");
        nav.appendElement("span").addClass("muted").text("Read in:");
        String current = readerLanguages.stream().filter(languages::contains).findFirst().orElse(null);
        for (String language : new java.util.TreeSet<>(languages)) {
            nav.appendText(" ");
            Element a = nav.appendElement("a").attr("href", "?lang=" + java.net.URLEncoder.encode(language, java.nio.charset.StandardCharsets.UTF_8))
                    .attr("hreflang", language).attr("lang", language).text(languageName(language));
            if (language.equals(current)) a.addClass("current").attr("aria-current", "true");
        }
        nav.appendText(" ");
        nav.appendElement("a").attr("href", "?lang=").addClass("browser-languages").text("my browser's languages");
    }

    /** A language's name in that language ("français"), or its code when the JDK does not know it. */
    static String languageName(String code) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name == null || name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    private static void summarySentences(Element parent, List<SummarySentence> sentences) {
        if (sentences.isEmpty()) return;
        Element list = parent.appendElement("ul").addClass("summary");
        for (SummarySentence s : sentences) {
            Element li = list.appendElement("li");
            if (s.isNew()) li.addClass("new").appendElement("span").addClass("new-tag").text("new");
            li.appendElement("span").addClass("summary-sentence").text(s.text());
            li.appendText(" ");
            Element from = s.articleKey() == null ? li.appendElement("span") : li.appendElement("a").attr("href", Links.article(s.articleKey()));
            from.addClass("source").text(s.source() == null ? "article" : s.source());
        }
    }

    private static Element named(Element parent, StoryIndex.Named n, Function<StoryIndex.Named, String> names) {
        Element el = n.linkable() ? parent.appendElement("a").attr("href", Links.entity(n.key())) : parent.appendElement("span");
        if (n.linkable()) el.addClass("entity-" + n.key().substring(0, n.key().indexOf(':')).toLowerCase(java.util.Locale.ROOT));
        return el.addClass("entity").addClass("tag").text(names.apply(n));
    }

    static String span(LocalDate first, LocalDate last) {
        if (first == null && last == null) return "undated";
        if (first == null || last == null || first.equals(last)) return String.valueOf(first != null ? first : last);
        return first + " → " + last;
    }

    private static String count(int n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }
}
