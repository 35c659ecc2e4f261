package dev.storyline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main text of a parsed page: the body of the article without navigation, widgets, related links and comments.
 * Hand-written because it is our edge (jsoup parses; deciding what is the article is the hard part):
 * <ol>
 *   <li>drop what is never article text: scripts, form controls, navigation, figures, hidden elements, and
 *       elements whose class or id names boilerplate in several languages (cookie, share, related, comments,
 *       newsletter…), elements a CSS framework hides by class ("hidden", "d-none") and lists of cards (teasers
 *       whose headings link elsewhere), unless they hold most of the page's prose or surround the title heading
 *       or a block named as the article's body;</li>
 *   <li>split the rest into text blocks (the text a block element holds outside nested blocks), call a block
 *       <i>good</i> when it is long and not made of links, and give every element the score
 *       {@code good text − penalty × other text}, weighted by its class and id hints;</li>
 *   <li>keep the best-scoring element — the smallest one that holds the article's paragraphs without much
 *       else — falling back to the whole body when no element stands out, narrowed to the column with most of
 *       its good text when the other columns are not prose as a whole (a frame of columns) or when it holds the
 *       title heading, plus the blocks of prose beside it (no more labels than paragraphs);</li>
 *   <li>write it out block by block, pruning link lists inside it, boxes under headings such as "Related articles"
 *       or "About the author", headings left without text, short section labels above the title heading, picture
 *       credits and copyright notices;</li>
 *   <li>when the visible page holds next to no text, do the same on the markup kept in {@code noscript} elements
 *       and script templates, which some platforms render only with scripts.</li>
 * </ol>
 * Every walk over the DOM is iterative (jsoup's traversors), so deeply nested pages cannot overflow the stack.
 * Not thread-safe by itself: one instance per page; it mutates the document it is given.
 */
final class MainText {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "video", "audio", "picture", "map",
            "area", "figure", "figcaption", "button", "input", "select", "option", "optgroup", "textarea", "label",
            "datalist", "dialog", "menu", "menuitem", "nav", "aside", "footer", "link", "meta", "head", "title", "source", "track",
            "fieldset", "legend", "output", "progress", "meter", "marquee", "time");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "header", "address", "center", "form",
            "details", "summary", "body", "html", "hr", "hgroup", "aside", "footer", "nav", "br");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Where program source is printed as such. */
    private static final Set<String> CODE_TAGS = Set.of("pre", "code", "samp", "kbd", "tt", "xmp", "listing");

    private static final Set<String> ROLES_NEVER_TEXT = Set.of("navigation", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "alert", "alertdialog", "banner", "toolbar", "tablist");

    /** Class/id words naming boilerplate whatever its size, in English, German, French, Spanish, Italian, Dutch, Polish. */
    private static final NameWords BOILERPLATE = new NameWords(
            "comment!ar", "cookie", "consent", "gdpr", "newsletter", "subscri", "social", "sharing", "shariff",
            "sociable", "share!d", "related", "recommend", "sidebar", "breadcrumb", "advert", "sponsor", "promo",
            "popup", "modal", "footer", "masthead", "navbar", "navigation", "menu", "pagination", "pager", "tagcloud",
            "disqus", "outbrain", "taboola", "login", "signup", "skip-?link", "jump-?to", "more-?articles",
            "more-?stories", "more-?news", "read-?more", "also-?read", "trending", "most-?read", "popular",
            "kommentar", "teilen", "empfehl", "werbung", "anzeige", "verwandt", "aehnlich", "partage", "commentaire",
            "publicit", "compartir", "comentario", "relacionad", "condivid", "commenti", "correlat", "reacties",
            "gerelateerd", "reklam", "udostepnij", "powiazane", "komentarz", "overlay", "lightbox", "off-?canvas",
            "author-?bio", "mini-?bio", "author-?desc", "author-?info", "author-?section", "about-?author",
            "about-?the-?author", "bio-?desc", "rating", "upsell", "cross-?sell", "next-?post", "nextstory",
            "prev-?next", "post-?nav", "interessant", "interesting", "further", "weitere", "mehr-?zum", "see-?also",
            "voir-?aussi", "lire-?aussi", "leggi-?anche", "wishlist", "cart", "basket", "warenkorb", "alert",
            "notice", "disclaimer", "opt-?in", "cta", "legend", "bildunter", "credit", "copyright", "disclosure",
            "affiliate", "reading-?time", "read-?time", "author");

    /**
     * Whole class names or ids naming boilerplate: "ads" or "ad-slot" is an advertisement, but "tag-silhouette" (a
     * WordPress post class) or "Section--Ads" are not, so these words are never matched inside longer names.
     */
    private static final Set<String> BOILERPLATE_NAMES = Set.of("ad", "ads", "adv", "advert", "adsbygoogle", "nav",
            "tags", "taglist", "tag-list", "header", "site-header", "siteheader", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "sitemap", "search", "copyright", "legal",
            "print", "rss", "toc", "subnav", "topbar", "top-bar", "bottom", "author-box", "authorbox", "bio");
    private static final List<String> BOILERPLATE_PREFIXES = List.of("ad-", "ad_", "ads-", "ads_");
    private static final List<String> BOILERPLATE_SUFFIXES = List.of("-tags", "_tags");

    /** Words page builders also put on their content blocks ("elementor-widget-text-editor"): boilerplate unless prose. */
    private static final NameWords WEAK_BOILERPLATE = new NameWords("widget", "module-?box");

    /** Boilerplate words that hold even on prose with an article-like name ("related-posts", "cookie-content"). */
    private static final NameWords STRICT_BOILERPLATE = new NameWords("related", "recommend", "cookie", "consent",
            "newsletter", "subscri", "author", "teaser", "more-?", "further", "weitere", "sidebar", "footer", "promo");

    private static final NameWords COMMENTS = new NameWords("comment!ar", "kommentar", "commentaire", "comentario",
            "commenti", "reacties", "komentarz", "disqus", "respond", "discussion", "replies", "replys");

    /** Class/id words naming metadata lines (bylines, dates, captions): dropped only when short. */
    private static final NameWords METADATA = new NameWords("byline", "author", "meta", "date", "posted",
            "published", "caption", "credit", "timestamp", "dateline", "info", "details", "source");

    /** Class/id words naming the article body. */
    private static final NameWords ARTICLE_HINT = new NameWords("article", "content", "entry", "post", "text",
            "body", "story", "main", "blog", "artikel", "beitrag", "inhalt", "contenu", "texte", "cuerpo", "contenido",
            "testo", "corpo", "tresc", "hentry", "prose", "rich-?text");

    /** Headings of boxes around articles (related links, comments, sharing), in the languages of our sources. */
    private static final java.util.regex.Pattern BOILERPLATE_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:related(?: articles| posts| stories| coverage| content| links)?|more (?:on this|about|from|stories"
                    + "|news|articles).*|read (?:more|also|next)|see also|also read|you (?:may|might) also like.*"
                    + "|recommended(?: for you| articles| stories)?|\\d* ?comments?|leave a (?:reply|comment)"
                    + "|share(?: this)?(?: article| post| story)?|tags?|explore further"
                    + "|mehr zum thema.*|auch interessant.*|das könnte (?:sie|dich) auch interessieren.*"
                    + "|weitere (?:artikel|beiträge|themen|nachrichten|meldungen).*|ähnliche (?:artikel|beiträge).*"
                    + "|lesen sie (?:auch|mehr).*|\\d* ?kommentare?|kommentar schreiben|schreibe einen kommentar"
                    + "|(?:artikel )?teilen|à lire aussi|lire aussi|voir aussi|sur le même sujet|articles similaires"
                    + "|\\d* ?commentaires?|partager(?: cet article)?|vos réactions|leer también|lea también"
                    + "|noticias relacionadas|comentarios|compartir|leggi anche|articoli correlati|commenti|condividi"
                    + "|zie ook|lees ook|gerelateerde artikelen|reacties|czytaj (?:też|także)|zobacz (?:też|także)"
                    + "|komentarze|udostępnij"
                    + "|about the author|über (?:den|die) autor(?:in)?|à propos de l'auteur|sobre el autor|o autorze"
                    + "|(?:ihr(?:e)? )?ansprechpartner(?:in)?|kontakt|contact(?: us)?|weitere informationen|more information"
                    + "|zum weiterlesen|further reading|mehr themen|more topics|schon gelesen|vous aimerez aussi"
                    + "|ähnliche nachrichten|empfehlungen aus der redaktion|top themen.*|lust auf mehr"
                    + "|das (?:thema )?könnte (?:sie|dich) auch interessieren.*"
                    + "|verwandte (?:themen|themenbereiche|artikel|beiträge|links)|mehr zu(?:m)? [\\p{L} -]{3,40}"
                    + "|weitere aktuelle (?:themen|artikel|beiträge|nachrichten).*|entdecken? (?:sie )?weitere .{3,40}"
                    + "|empfehlungen aus de[mr] .{3,40})\\s*[:.!?]?");

    /** The headings of comment sections among {@link #BOILERPLATE_HEADING}. */
    private static final java.util.regex.Pattern COMMENTS_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:\\d* ?(?:comments?|kommentare?|commentaires?|comentarios|commenti|reacties|komentarze)"
                    + "|\\d+ (?:responses?|repl(?:y|ies)|thoughts|comments?) (?:to|on) .*"
                    + "|leave a (?:reply|comment)|kommentar schreiben|schreibe einen kommentar|vos réactions)\\s*[:.!?]?");

    /** Picture credits and captions left as lines of their own ("Foto: dpa", "Credit: Getty Images"). */
    private static final java.util.regex.Pattern CREDIT_LINE = java.util.regex.Pattern.compile(
            "(?iu)(?:fotos?|photos?|bild(?:er)?|titelbild|beitragsbild|credits?(?: photos?)?|crédits? photos?|image"
                    + "|illustration|quelle|source|foto ?credit|copyright|©)\\s*:");

    /**
     * Picture credits that are only agency and photographer, without a "Photo:" label ("AFP / JANE DOE",
     * "Augusta National/Getty Images", "(AFP)", "aja/PAP"): the whole line, one agency among at most three names.
     */
    private static final java.util.regex.Pattern AGENCY_CREDIT_LINE = java.util.regex.Pattern.compile(
            "(?iu)\\(?(?:[\\p{L}.' -]{1,40}/\\s*){0,2}"
                    + "(?:afp|ap|dpa|reuters|getty images|getty|epa|pap|keystone|imago(?: images)?|anp|ansa|efe|apa"
                    + "|shutterstock|istock(?:photo)?|picture[- ]alliance)"
                    + "(?:\\s*/[\\p{L}.' -]{1,40}){0,2}\\)?\\.?");

    /** Copyright notices ("© 2022 Example Media. All rights reserved.", "Copyright (c) 2021 …"). */
    private static final java.util.regex.Pattern COPYRIGHT_LINE = java.util.regex.Pattern.compile(
            "(?iu)(?:©|\\(c\\)\\s*(?:19|20)\\d\\d|copyright\\s*(?:©|\\(c\\)|(?:19|20)\\d\\d))");

    /** Reading-time notes ("4 min read", "Lesezeit: 3 Minuten", "11 minut czytania"). */
    private static final java.util.regex.Pattern READING_TIME_LINE = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura|czas czytania)\\s*:?\\s*)?"
                    + "(?:ca\\.\\s*)?\\d+\\s*(?:min|mins|minutes?|minuten|minuti|minutos|minut)\\.?"
                    + "(?:\\s+(?:read|lesezeit|lecture|de lectura|czytania|di lettura))?");

    /** What an element holds: all its text, the part in links, and its text in good and in other blocks. */
    private static final class Tally {
        int text;
        int link;
        int good;
        int other;
        // how many blocks hold the good and the other text
        int goodBlocks;
        int otherBlocks;
        // text directly in this element, outside nested blocks (only for blocks)
        int ownText;
        int ownLink;
        boolean ownSentence;
    }

    private final double otherPenalty;
    private final BoilerplateLexicon lexicon;

    /** @param lexicon the scraped-text furniture phrases, also applied to the short lines of an HTML article */
    MainText(double otherPenalty, BoilerplateLexicon lexicon) {
        this.otherPenalty = otherPenalty;
        this.lexicon = lexicon;
    }

    /**
     * @param title the page's title if known, else null: the elements around the heading that repeats it hold the
     *              article, whatever their class names say
     */
    String extract(Element body, String title) {
        if (body == null) return "";
        List<Element> removed = new ArrayList<>();
        String text = extractVisible(body, title, removed);
        if (text.length() >= TINY_TEXT) return text;
        // Some pages keep the article only in markup that scripts render: try each such piece on its own.
        for (String markup : hiddenMarkup(removed)) {
            String hidden = extractVisible(Parser.parseBodyFragment(markup, body.baseUri()).body(), title,
                    new ArrayList<>());
            if (hidden.length() > text.length()) text = hidden;
        }
        return text;
    }

    /** Below this many characters the visible body has no article worth the name. */
    private static final int TINY_TEXT = 200;

    /** The markup inside removed {@code noscript} elements and HTML templates held in scripts, largest first. */
    private static List<String> hiddenMarkup(List<Element> removed) {
        List<String> markup = new ArrayList<>();
        for (Element el : removed) {
            String tag = el.normalName();
            String html;
            if (tag.equals("noscript") || tag.equals("template")) {
                html = el.html();
            } else if (tag.equals("script") && (el.attr("type").equalsIgnoreCase("text/template")
                    || el.attr("type").equalsIgnoreCase("text/html"))) {
                html = el.data();
            } else {
                continue;
            }
            if (html.length() >= TINY_TEXT && html.indexOf('<') >= 0) markup.add(html);
        }
        markup.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return markup.size() > 3 ? markup.subList(0, 3) : markup;
    }

    /** The main text of the visible page; {@code removed} receives the elements dropped as never article text. */
    private String extractVisible(Element body, String title, List<Element> removed) {
        Element titleHeading = titleHeading(body, title);
        removed.addAll(removeNeverText(body, around(titleHeading, body)));
        Map<Element, Tally> tallies = tally(body);
        Tally all = tallies.get(body);
        if (all == null || all.text == 0) return "";
        Element best = best(body, tallies, all, titleHeading);
        List<Element> parts = withProseAround(best, body, tallies);
        Element standfirst = standfirst(titleHeading, parts);
        if (standfirst != null) parts.add(0, standfirst);
        return write(parts, tallies, titleHeading);
    }

    /**
     * The best element with the blocks of prose just beside it (a lead paragraph above the article's body, a last
     * paragraph after an embedded box), in document order: looks at the siblings of the element and of its parent.
     */
    private static List<Element> withProseAround(Element best, Element body, Map<Element, Tally> tallies) {
        List<Element> parts = new ArrayList<>(List.of(best));
        Element center = best;
        for (int level = 0; level < 4 && center != body && center.parent() != null; level++) {
            Element parent = center.parent();
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            for (Element sibling : parent.children()) {
                if (sibling == center) {
                    seen = true;
                } else if (isProse(tallies.get(sibling))) {
                    (seen ? after : before).add(sibling);
                }
            }
            parts.addAll(0, before);
            parts.addAll(after);
            center = parent;
        }
        return parts;
    }

    /**
     * The standfirst under the title heading when it stands outside the parts kept (in the page's header, beside
     * the body's container): the first element after the heading, before the kept parts, named as a lead or
     * summary ("article-lead", "subheadline", "deck", "chapo", "bajada") and holding a sentence's worth of text.
     */
    private Element standfirst(Element titleHeading, List<Element> parts) {
        if (titleHeading == null || parts.isEmpty()) return null;
        for (Element part : parts) {
            if (part == titleHeading || isInside(titleHeading, part)) return null;
        }
        Element cursor = afterSubtree(titleHeading);
        for (int steps = 0; steps < STANDFIRST_SEARCH_ELEMENTS; steps++, cursor = nextInDocument(cursor)) {
            if (cursor == null || overlaps(cursor, parts)) return null;
            String names = names(cursor);
            if (!names.isEmpty() && STANDFIRST.foundIn(names)) {
                int chars = visibleLength(cursor.text());
                return chars >= STANDFIRST_MIN_CHARS && chars <= STANDFIRST_MAX_CHARS ? cursor : null;
            }
        }
        return null;
    }

    private static final int STANDFIRST_SEARCH_ELEMENTS = 12, STANDFIRST_MIN_CHARS = 50, STANDFIRST_MAX_CHARS = 600;

    /** Class/id words of a standfirst, in the languages of our sources. */
    private static final NameWords STANDFIRST = new NameWords("lead!er", "standfirst", "sub-?headline", "subtitle",
            "deck", "excerpt", "summary", "chapo", "chapeau", "bajada", "epigraph", "intro", "teaser", "dek!o",
            "abstract", "sapo", "entradilla");

    /** The next element in document order, or null. */
    private static Element nextInDocument(Element el) {
        if (el == null) return null;
        Element child = el.firstElementChild();
        return child != null ? child : afterSubtree(el);
    }

    /** The next element in document order after {@code el} and its descendants, or null. */
    private static Element afterSubtree(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            Element next = e.nextElementSibling();
            if (next != null) return next;
        }
        return null;
    }

    /** Whether the element is one of the parts, inside one, or holds one. */
    private static boolean overlaps(Element el, List<Element> parts) {
        for (Element part : parts) {
            if (el == part || isInside(el, part) || isInside(part, el)) return true;
        }
        return false;
    }

    private static boolean isInside(Element el, Element container) {
        for (Element e = el.parent(); e != null; e = e.parent()) {
            if (e == container) return true;
        }
        return false;
    }

    /**
     * Paragraphs with few links, and no more labels than paragraphs: a box of explainers or blurbs under their
     * titles ("Digg" / "On Digg, users share…", a product's name over its description) is not the article's prose.
     */
    private static boolean isProse(Tally t) {
        return t != null && t.good >= 50 && t.good >= 0.6 * t.text && t.link <= 0.25 * t.text
                && (t.otherBlocks <= t.goodBlocks || t.otherBlocks < MIN_LABELS);
    }

    /** A paragraph under a date and a label is still prose: a box of blurbs has more labels than that. */
    private static final int MIN_LABELS = 3;

    // ---- 1. what is never article text

    /** The first h1 or h2 whose text is the title (or part of it), if any. */
    private static Element titleHeading(Element body, String title) {
        if (title == null || title.length() < 10) return null;
        String wanted = normaliseSpace(title).toLowerCase(java.util.Locale.ROOT);
        for (Element h : body.select("h1, h2")) {
            String t = normaliseSpace(h.text()).toLowerCase(java.util.Locale.ROOT);
            if (t.length() >= 10 && (wanted.contains(t) || t.contains(wanted))) return h;
        }
        return null;
    }

    /** The element and its ancestors below the body. */
    private static Set<Element> around(Element el, Element body) {
        if (el == null) return Set.of();
        Set<Element> around = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = el; e != null && e != body; e = e.parent()) around.add(e);
        return around;
    }

    private List<Element> removeNeverText(Element body, Set<Element> aroundTitle) {
        Map<Element, Tally> sizes = tally(body);
        Tally all = sizes.get(body);
        // The containers of a block named as the article's body ("entry-content") with prose in it are kept too.
        Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(aroundTitle);
        for (Map.Entry<Element, Tally> e : sizes.entrySet()) {
            if (e.getValue().good >= 300 && (hints(e.getKey()) & ARTICLE_BODY_HINT) != 0) {
                for (Element a = e.getKey().parent(); a != null && a != body && keep.add(a); a = a.parent()) {
                    // marks the ancestors up to one already marked
                }
            }
        }
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                if (el == body) return FilterResult.CONTINUE;
                Tally t = sizes.get(el);
                if (neverText(el, t == null ? new Tally() : t, all, keep.contains(el), sizes)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element el : doomed) {
            if (opensComments(el)) {
                // the thread's title goes, but the writer still learns where the thread begins
                el.replaceWith(new Element("a").attr("name", "comments"));
            } else {
                el.remove();
            }
        }
        return doomed;
    }

    private static final int BOILERPLATE_HINT = 1, ARTICLE_BODY_HINT = 2, METADATA_HINT = 4, ARTICLE_NAME_HINT = 8,
            COMMENTS_HINT = 16, WEAK_BOILERPLATE_HINT = 32;

    /** Hints per distinct class-and-id string: pages repeat the same few names, and the patterns are long. */
    private final Map<String, Integer> hintsByNames = new java.util.HashMap<>();

    private int hints(Element el) {
        String names = names(el);
        if (names.isEmpty()) return 0;
        Integer cached = hintsByNames.get(names);
        if (cached != null) return cached;
        int h = 0;
        if (BOILERPLATE.foundIn(names) || hasBoilerplateName(el)) h |= BOILERPLATE_HINT;
        if (ARTICLE_BODY.foundIn(names)) h |= ARTICLE_BODY_HINT;
        if (METADATA.foundIn(names)) h |= METADATA_HINT;
        if (ARTICLE_HINT.foundIn(names)) h |= ARTICLE_NAME_HINT;
        if (COMMENTS.foundIn(names)) h |= COMMENTS_HINT;
        if (WEAK_BOILERPLATE.foundIn(names)) h |= WEAK_BOILERPLATE_HINT;
        hintsByNames.put(names, h);
        return h;
    }

    private boolean neverText(Element el, Tally t, Tally all, boolean aroundArticle, Map<Element, Tally> sizes) {
        int text = t.text, total = Math.max(1, all.text);
        String tag = el.normalName();
        if (NEVER_TEXT.contains(tag)) {
            // Some sites wrap the whole page in a form (ASP.NET) or an aside: keep such wrappers.
            return !(tag.equals("form") || tag.equals("aside") || tag.equals("footer") || tag.equals("nav"))
                    || text < 0.4 * total;
        }
        if (tag.equals("form")) return text < 0.4 * total;
        if (el.hasAttr("hidden")) return true;
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && ROLES_NEVER_TEXT.contains(role.toLowerCase(java.util.Locale.ROOT))
                && text < 0.4 * total) return true;
        if (tag.equals("article") || tag.equals("main") || tag.equals("html")) return false;
        if (!aroundArticle && text < 0.4 * total
                && (hiddenByClass(el) || t.good < 0.4 * all.good
                && (cardList(el) || teaserList(el, sizes)))) {
            return true;
        }
        // headlines that link elsewhere are teasers however much of a short article's page they fill
        if (!aroundArticle && text < 0.6 * total && linkLedTeasers(el, sizes)) return true;
        int hints = hints(el);
        if (hints == 0 || (hints & ARTICLE_BODY_HINT) != 0) return false;
        boolean prose = t.good >= 200 && t.good >= 0.5 * t.text;
        if ((hints & WEAK_BOILERPLATE_HINT) != 0 && (hints & BOILERPLATE_HINT) == 0 && !prose) return true;
        if ((hints & BOILERPLATE_HINT) != 0) {
            if (aroundArticle) return false;
            // "box article modal-enabled": an article-named block of prose is the article, whatever else it says
            if (prose && t.good >= 500 && (hints & ARTICLE_NAME_HINT) != 0 && (hints & COMMENTS_HINT) == 0
                    && !STRICT_BOILERPLATE.foundIn(names(el))) return false;
            // A boilerplate word on a container of most of the page's prose is a theme's quirk
            // ("sharingContainer", "stickySidebar" around the article), except for comment threads.
            boolean holdsTheProse = text >= 0.4 * total || (t.good > 500 && t.good >= 0.5 * all.good);
            return !holdsTheProse || (hints & COMMENTS_HINT) != 0 && text < 0.4 * total;
        }
        return text < 200 && (hints & METADATA_HINT) != 0;
    }

    /**
     * Class names that CSS frameworks hide an element with (Bootstrap's "hidden", "d-none", Tailwind's "hidden"):
     * closed quiz sliders, menus and pop-ups. Not when another class shows it again at some width ("hidden
     * md:block", "d-none d-lg-block"), where the page is laid out for that width.
     */
    private static boolean hiddenByClass(Element el) {
        String cls = el.className();
        if (cls.isEmpty()) return false;
        boolean hidden = false;
        for (String name : el.classNames()) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (HIDDEN_CLASSES.contains(n)) {
                hidden = true;
            } else if (n.indexOf(':') >= 0 || n.startsWith("d-") || n.startsWith("visible")
                    || n.startsWith("show") || n.startsWith("hidden-")) {
                return false;
            }
        }
        return hidden;
    }

    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden", "u-hidden",
            "invisible");

    /**
     * A list of cards: at least {@value #MIN_CARDS} child elements of one tag and class, each a short unit with a
     * heading and a link (teasers of other stories, quizzes, slideshow thumbnails). An article's own list items
     * carry no headings, and the sections of a listicle are long.
     */
    private static boolean cardList(Element el) {
        int children = el.childrenSize();
        if (children < MIN_CARDS) return false;
        Map<String, int[]> bySignature = new java.util.HashMap<>();
        for (Element child : el.children()) {
            int[] counts = bySignature.computeIfAbsent(child.normalName() + "." + child.className(),
                    k -> new int[2]);
            counts[0]++;
            if (isCard(child)) counts[1]++;
        }
        for (int[] counts : bySignature.values()) {
            if (counts[1] >= MIN_CARDS && counts[1] * 5 >= counts[0] * 4) return true;
        }
        return false;
    }

    private static final int MIN_CARDS = 3, CARD_MAX_CHARS = 300;

    /** A short unit whose heading is a link to elsewhere, or that an empty link covers whole (a card's overlay). */
    private static boolean isCard(Element card) {
        boolean heading = false, link = false;
        int chars = 0;
        for (Element e : card.getAllElements()) {
            String tag = e.normalName();
            if (HEADINGS.contains(tag)) {
                heading = true;
                link |= linkedHeading(e, card);
            } else if (isLink(e) && e.childrenSize() == 0 && e.textNodes().stream().allMatch(TextNode::isBlank)) {
                link = true;
            }
            for (TextNode tn : e.textNodes()) {
                chars += visibleLength(tn.getWholeText());
                if (chars > CARD_MAX_CHARS) return false;
            }
        }
        return heading && link;
    }

    /**
     * A list of teasers without card markup: at least {@value #MIN_CARDS} headlines that are links to elsewhere,
     * each followed by its teaser line, siblings in one element ({@code <dt><a>Headline</a></dt><dd>Teaser.</dd>},
     * a linked heading then a paragraph, or a headline's block then an inline teaser). An article's paragraphs
     * are not headed by links, one each.
     */
    private static boolean teaserList(Element el, Map<Element, Tally> sizes) {
        if (el.childrenSize() < 2 * MIN_CARDS) return false;
        int pairs = 0, withText = 0;
        boolean afterHeadline = false;
        for (Element child : el.children()) {
            Tally c = sizes.get(child);
            if (c == null || c.text == 0) continue;
            withText++;
            // headlines are blocks only: links and separators inside a line of text are not headlines; a teaser
            // may be an inline element after its headline's block (<div><a>Headline</a></div><span>Teaser</span>)
            if (!BLOCKS.contains(child.normalName())) {
                if (afterHeadline && !isLink(child) && c.text <= CARD_MAX_CHARS && c.link * 5 <= c.text) pairs++;
                afterHeadline = false;
            } else if (c.text >= HEADLINE_MIN_CHARS && c.text <= HEADLINE_MAX_CHARS && c.link * 10 >= c.text * 9) {
                afterHeadline = true;
            } else {
                if (afterHeadline && c.text <= CARD_MAX_CHARS && c.link * 5 <= c.text) pairs++;
                afterHeadline = false;
            }
        }
        return pairs >= MIN_CARDS && pairs * 2 * 5 >= withText * 4;
    }

    /**
     * A list of teasers that open with their headline's link, each in a block of its own with its teaser line after
     * it ({@code <p><a href>Headline</a><br>Teaser.</p>}, a table row per story): at least {@value #MIN_CARDS} of
     * them, and most of the element's children with text. An article's paragraphs seldom open with a link, and
     * never several short ones in a row.
     */
    private static boolean linkLedTeasers(Element el, Map<Element, Tally> sizes) {
        if (el.childrenSize() < MIN_CARDS) return false;
        int withText = 0, teasers = 0;
        for (Element child : el.children()) {
            Tally c = sizes.get(child);
            if (c == null || c.text == 0) continue;
            withText++;
            if (BLOCKS.contains(child.normalName()) && c.text <= LINKED_TEASER_MAX_CHARS
                    && c.text - c.link >= TEASER_MIN_CHARS && opensWithHeadlineLink(child, sizes)) {
                teasers++;
            }
        }
        return teasers >= MIN_CARDS && teasers * 5 >= withText * 4;
    }

    private static final int LINKED_TEASER_MAX_CHARS = 400, TEASER_MIN_CHARS = 20;

    /** Whether the element's first text stands in a link of a headline's length. */
    private static boolean opensWithHeadlineLink(Element block, Map<Element, Tally> sizes) {
        boolean[] headline = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode tn) return tn.isBlank() ? FilterResult.CONTINUE : FilterResult.STOP;
                if (node instanceof Element e && isLink(e)) {
                    Tally a = sizes.get(e);
                    headline[0] = a != null && a.text >= HEADLINE_MIN_CHARS && a.text <= HEADLINE_MAX_CHARS;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, block);
        return headline[0];
    }

    /** A headline has a few words (not "Home", not a date) and is not a paragraph. */
    private static final int HEADLINE_MIN_CHARS = 15, HEADLINE_MAX_CHARS = 200;

    /** Whether a link inside the card holds the heading, or most of the heading's text is a link. */
    private static boolean linkedHeading(Element heading, Element card) {
        for (Element a = heading.parent(); a != null && a != card.parent(); a = a.parent()) {
            if (isLink(a)) return true;
        }
        int all = visibleLength(heading.text());
        if (all == 0) return false;
        int linked = 0;
        for (Element a : heading.getElementsByTag("a")) {
            if (isLink(a)) linked += visibleLength(a.text());
        }
        return linked * 2 >= all;
    }

    /** Names that say "this is the article's text" even beside a boilerplate word ("article-content-with-sidebar"). */
    private static final NameWords ARTICLE_BODY = new NameWords("article-?body", "entry-?content", "post-?content",
            "story-?body", "article-?content", "article-?text", "post-?body", "artikel-?text", "main-?content",
            "hentry", "type-post");

    private static boolean hasBoilerplateName(Element el) {
        for (String name : el.classNames()) {
            if (NameWords.isNamed(name, BOILERPLATE_NAMES, BOILERPLATE_PREFIXES, BOILERPLATE_SUFFIXES)) return true;
        }
        String id = el.id();
        return !id.isEmpty() && NameWords.isNamed(id, BOILERPLATE_NAMES, BOILERPLATE_PREFIXES, BOILERPLATE_SUFFIXES);
    }

    private static String names(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(java.util.Locale.ROOT);
    }

    // ---- 2. tallies and scores

    private static Map<Element, Tally> tally(Element root) {
        Map<Element, Tally> tallies = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            // innermost block and whether we are inside a link, kept as explicit stacks
            final ArrayList<Tally> blocks = new ArrayList<>();
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    int n = visibleLength(tn.getWholeText());
                    if (n == 0 || blocks.isEmpty()) return;
                    Tally parent = tallies.get((Element) tn.parent());
                    if (parent != null) {
                        parent.text += n;
                        if (linkDepth > 0) parent.link += n;
                    }
                    Tally b = blocks.get(blocks.size() - 1);
                    b.ownText += n;
                    if (linkDepth > 0) b.ownLink += n;
                    b.ownSentence |= endsSentence(tn.getWholeText());
                } else if (node instanceof Element el) {
                    Tally t = new Tally();
                    tallies.put(el, t);
                    if (BLOCKS.contains(el.normalName()) || el == root) blocks.add(t);
                    if (isLink(el)) linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) return;
                Tally t = tallies.get(el);
                if (isLink(el)) linkDepth--;
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == t) {
                    blocks.remove(blocks.size() - 1);
                    if (HEADINGS.contains(el.normalName())) {
                        // headings are neither evidence for nor against a container
                    } else if (isGood(t)) {
                        t.good += t.ownText;
                        t.goodBlocks++;
                    } else {
                        t.other += t.ownText;
                        if (t.ownText > 0) t.otherBlocks++;
                    }
                }
                Element parent = el.parent();
                Tally p = parent == null ? null : tallies.get(parent);
                if (p != null && el != root) {
                    p.text += t.text;
                    p.link += t.link;
                    p.good += t.good;
                    p.other += t.other;
                    p.goodBlocks += t.goodBlocks;
                    p.otherBlocks += t.otherBlocks;
                }
            }
        }, root);
        return tallies;
    }

    /** Anchors without href are targets, not links (and misnested ones can wrap whole articles). */
    private static boolean isLink(Element el) {
        return el.normalName().equals("a") && el.hasAttr("href");
    }

    private static boolean isGood(Tally t) {
        if (t.ownText == 0) return false;
        double linkDensity = (double) t.ownLink / t.ownText;
        if (linkDensity > 0.35) return false;
        return t.ownText >= 80 || (t.ownText >= 30 && t.ownSentence);
    }

    private Element best(Element body, Map<Element, Tally> tallies, Tally all, Element titleHeading) {
        Element best = body;
        double bestScore = score(body, tallies.get(body));
        // in document order, so that of equal scores the outermost, first element wins on every run
        for (Element el : body.getAllElements()) {
            Tally t = tallies.get(el);
            if (t == null || t.good == 0) continue;
            double s = score(el, t);
            if (s > bestScore) {
                bestScore = s;
                best = el;
            }
        }
        if (tallies.get(best).good == 0 || tallies.get(best).good < 0.2 * all.good) return body;
        return oneColumn(best, tallies, titleHeading);
    }

    /**
     * The column that holds the article, when the best element won only by adding up prose from several columns:
     * a child with most of the element's good text, beside siblings that are not prose as a whole (teaser blurbs
     * under their linked headlines, explainers of bookmark services, product blurbs and prices in a side column).
     * Scores add up, so a page's frame can outscore its article when the other columns hold short paragraphs of
     * their own; an article split across siblings keeps them, as prose beside the column is added back after.
     * A child that holds the title heading is the article's column even beside prose, or beside a small box.
     */
    private static Element oneColumn(Element best, Map<Element, Tally> tallies, Element titleHeading) {
        Element column = best;
        // wrappers (one child with all the text) are passed through, but the column moves only on a split, so that
        // the prose around it is looked for from as high as before
        for (Element el = best; ; ) {
            Tally t = tallies.get(el);
            Element top = null;
            int topGood = 0, childrenGood = 0;
            for (Element child : el.children()) {
                Tally c = tallies.get(child);
                if (c == null) continue;
                childrenGood += c.good;
                if (c.good > topGood) {
                    top = child;
                    topGood = c.good;
                }
            }
            if (top == null) return column;
            Tally c = tallies.get(top);
            int restText = t.text - c.text, restLink = t.link - c.link, restGood = t.good - c.good;
            boolean restIsProse = restGood >= 0.6 * restText && restLink <= 0.25 * restText;
            // prose written straight into the element (no block of its own) is the article's, beside its lists
            boolean ownProse = childrenGood < t.good;
            // the column under the article's own title heading is the article's even beside prose (a shop's blurbs
            // without links), and beside a box of any size that is not prose
            boolean titled = titleHeading != null && isInside(titleHeading, top);
            boolean restAside = restGood >= ONE_COLUMN_MIN_REST ? !restIsProse || titled : titled && !restIsProse;
            if (c.good >= ONE_COLUMN_SHARE * t.good && restAside && !ownProse && !hasProseTwin(top, tallies)) {
                column = top;
            } else if (c.good != t.good || c.text != t.text) {
                return column;
            }
            el = top;
        }
    }

    /**
     * Whether a sibling with good text has the element's tag and class: sections of one page ("frame
     * frame-default" after "frame frame-default"), not a column beside a side bar.
     */
    private static boolean hasProseTwin(Element el, Map<Element, Tally> tallies) {
        String cls = el.className();
        if (cls.isBlank()) return false;
        for (Element sibling : el.parent().children()) {
            if (sibling == el || !sibling.normalName().equals(el.normalName()) || !sibling.className().equals(cls)) {
                continue;
            }
            Tally s = tallies.get(sibling);
            if (s != null && s.good > 0) return true;
        }
        return false;
    }

    /** The column's share of the good text, and the good text beside it, for the frame to be narrowed to it. */
    private static final double ONE_COLUMN_SHARE = 0.5;
    private static final int ONE_COLUMN_MIN_REST = 500;

    private double score(Element el, Tally t) {
        double s = t.good - otherPenalty * t.other;
        if (el.normalName().equals("article") || el.normalName().equals("main")
                || (hints(el) & ARTICLE_NAME_HINT) != 0) s *= 1.1;
        return s;
    }

    // ---- 3. writing the text out

    private String write(List<Element> roots, Map<Element, Tally> tallies, Element titleHeading) {
        TextWriter out = new TextWriter(lexicon);
        out.titleHeading = titleHeading;
        for (Element root : roots) write(root, tallies, out);
        out.endLine();
        out.dropPendingHeadings();
        return String.join("\n", withoutKickers(withoutTail(out.lines, out.endings, out.commentOpenings, lexicon),
                out.titleLine));
    }

    /**
     * The lines less what follows the article's end: from the first line in the text's second half that the lexicon
     * names as a comment section's opening, a subscription or cookie box, or a copyright notice ("Leave a reply",
     * "Sign up for our newsletter", "All rights reserved"), everything after it is the page's, not the article's.
     *
     * @param endings where such short lines stood (indexes into {@code lines}: they were not written); longer lines
     *                are looked up here, only in the second half (the lexicon is the costly part of writing)
     */
    private static List<String> withoutTail(List<String> lines, List<Integer> endings, List<Integer> commentOpenings,
                                            BoilerplateLexicon lexicon) {
        long total = 0;
        for (String l : lines) total += l.length();
        long seen = 0;
        int next = 0, nextComments = 0;
        for (int i = 0; i <= lines.size(); i++) {
            while (next < endings.size() && endings.get(next) < i) next++;
            while (nextComments < commentOpenings.size() && commentOpenings.get(nextComments) < i) nextComments++;
            // A comment thread can outweigh the article it follows: after an article's worth of text, its
            // opening ends the article wherever it stands.
            if (seen >= ARTICLE_BEFORE_COMMENTS && nextComments < commentOpenings.size()
                    && commentOpenings.get(nextComments) == i) return lines.subList(0, i);
            if (seen * 2 >= total && (next < endings.size() && endings.get(next) == i
                    || i < lines.size() && endsArticle(lines.get(i), lexicon))) return lines.subList(0, i);
            if (i < lines.size()) seen += lines.get(i).length();
        }
        return lines;
    }

    /**
     * Characters of text (about 150 words) above a comment section's opening for it to end the article even in the
     * text's first half: a comment counter or "Leave a comment" link under the headline has less above it.
     */
    private static final int ARTICLE_BEFORE_COMMENTS = 1000;

    private static void write(Element root, Map<Element, Tally> tallies, TextWriter out) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    out.line.append(tn.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                String tag = el.normalName();
                if (el != root && linkList(el, tallies.get(el))) {
                    out.endLine();
                    out.dropPendingHeadings();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (commentAnchor(el)) {
                    out.endLine();
                    out.commentsOpen();
                }
                if (el == out.skipNext) {
                    out.dropPendingHeadings();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((HEADINGS.contains(tag) || (BLOCKS.contains(tag) && shortText(el, tallies)))
                        && BOILERPLATE_HEADING.matcher(normaliseSpace(el.text())).matches()) {
                    // the title of a box of links, teasers or comments: drop it and the box it heads
                    out.endLine();
                    if (!inTable(el) && COMMENTS_HEADING.matcher(normaliseSpace(el.text())).matches()) {
                        out.commentsOpen();
                    }
                    out.skipNext = el.nextElementSibling();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) out.endLine();
                if (el == out.titleHeading) {
                    // the headline is the article's title, not its text (as in the scraped-text extractor)
                    out.endLine();
                    if (out.titleLine < 0) out.titleLine = out.lines.size();
                    out.dropPendingHeadings();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (HEADINGS.contains(tag)) out.headingDepth++;
                if (CODE_TAGS.contains(tag)) out.codeDepth++;
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (BLOCKS.contains(tag)) out.endLine();
                    if (HEADINGS.contains(tag)) out.headingDepth--;
                    if (CODE_TAGS.contains(tag)) out.codeDepth--;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        out.endLine();
    }

    /**
     * Collects lines; a heading is held back until text follows it, so that the titles of link boxes that were
     * pruned ("Related articles", "Mehr zum Thema") and headings at the very end do not stay behind alone.
     */
    private static final class TextWriter {
        final BoilerplateLexicon lexicon;
        final List<String> lines = new ArrayList<>();
        // indexes into lines where a line that may end the article stood, ascending
        final List<Integer> endings = new ArrayList<>();
        // indexes into lines where a comment section opened (a heading or an anchor naming it), ascending
        final List<Integer> commentOpenings = new ArrayList<>();
        final StringBuilder line = new StringBuilder();

        final List<String> pendingHeadings = new ArrayList<>();
        int headingDepth;
        // inside pre or code: program source is the article's there
        int codeDepth;
        Element skipNext;
        Element titleHeading;
        // index of the first line written at or after the title heading, -1 until it is met
        int titleLine = -1;

        TextWriter(BoilerplateLexicon lexicon) {
            this.lexicon = lexicon;
        }

        void endLine() {
            if (line.isEmpty()) return;
            String normalised = normaliseSpace(line);
            line.setLength(0);
            if (normalised.isEmpty()) return;
            if (normalised.length() < 120 && CREDIT_LINE.matcher(normalised).lookingAt()) return;
            if (normalised.length() < 80 && AGENCY_CREDIT_LINE.matcher(normalised).matches()) return;
            if (normalised.length() < 40 && READING_TIME_LINE.matcher(normalised).matches()) return;
            if (normalised.length() < 400 && COPYRIGHT_LINE.matcher(normalised).lookingAt()) return;
            if (isFurniture(normalised)) return;
            // script text that broken markup left outside its element ("_q+=escape(navigator.userAgent);…")
            if (codeDepth == 0 && looksLikeScript(normalised)) return;
            if (headingDepth > 0) {
                pendingHeadings.add(normalised);
                return;
            }
            for (String h : pendingHeadings) append(h);
            pendingHeadings.clear();
            append(normalised);
        }

        /**
         * A short line the scraped-text lexicon names as page furniture ("Advertisement", "Share this article",
         * "Previous Next", "Sign up for our newsletter"): widgets whose markup gave no sign of what they were. A
         * line of any length that opens comments or a subscription box, or is a copyright notice, is noted as a
         * possible end of the article.
         */
        private boolean isFurniture(String l) {
            if (spaces(l) >= FURNITURE_MAX_WORDS) return false; // more words than furniture has: skip the lexicon
            int words = ScrapedLineClassifier.countWords(l);
            if (words > FURNITURE_MAX_WORDS) return false;
            var kind = lexicon.match(l, words);
            if (kind.isEmpty()) return false;
            if (isEnding(kind) && (endings.isEmpty() || endings.get(endings.size() - 1) != lines.size())) {
                endings.add(lines.size());
            }
            if (kind.get() == ScrapedLineKind.COMMENTS) commentsOpen();
            return true;
        }

        /** Notes that a comment section opens here (before the next line written). */
        void commentsOpen() {
            if (commentOpenings.isEmpty() || commentOpenings.get(commentOpenings.size() - 1) != lines.size()) {
                commentOpenings.add(lines.size());
            }
        }

        private static int spaces(String l) {
            int n = 0;
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) == ' ') n++;
            }
            return n;
        }

        void dropPendingHeadings() {
            pendingHeadings.clear();
        }

        private void append(String l) {
            lines.add(l);
        }
    }

    /**
     * Program statements, not prose quoting a symbol or two: code-like by the scraped-text measure, with a call and
     * a statement's semicolon ("if (document.images) { img = newImage(…); …").
     */
    static boolean looksLikeScript(String line) {
        return line.indexOf(';') >= 0 && line.indexOf('(') >= 0 && ScrapedLineClassifier.looksLikeCode(line);
    }

    /** A comment section's title dropped by its name ({@code <h2 id="comments">Comments</h2>}, "12 Responses to …"). */
    private boolean opensComments(Element el) {
        if ((hints(el) & COMMENTS_HINT) == 0 || inTable(el)) return false;
        String text = el.text();
        return text.length() <= 80 && COMMENTS_HEADING.matcher(normaliseSpace(text)).matches();
    }

    /** Whether the element sits in a table's cell: a "Comment" column's header is data, not a section's title. */
    private static boolean inTable(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("td") || tag.equals("th")) return true;
        }
        return false;
    }

    /**
     * An empty anchor that names the comment section ({@code <a name="comments">}, {@code <a id="commentSection">}):
     * on pages that print their comments as flat paragraphs, with no container to drop, it is where they begin.
     */
    private static boolean commentAnchor(Element el) {
        if (!el.normalName().equals("a") || el.hasAttr("href") || el.childrenSize() > 0 || el.hasText()) return false;
        String names = (el.attr("name") + " " + el.id()).toLowerCase(java.util.Locale.ROOT);
        return names.length() > 1 && COMMENTS.foundIn(names);
    }

    /** Whether the lexicon names a line as the opening of comments, a subscription box or a copyright notice. */
    private static boolean endsArticle(String line, BoilerplateLexicon lexicon) {
        // boxes and notices are short: a paragraph longer than ENDING_MAX_CHARS is not looked up (for speed)
        if (line.length() > ENDING_MAX_CHARS) return false;
        int words = ScrapedLineClassifier.countWords(line);
        return words > FURNITURE_MAX_WORDS && isEnding(lexicon.match(line, words));
    }

    /** About 40 words: longer lines are the article's paragraphs. */
    private static final int ENDING_MAX_CHARS = 280;

    private static boolean isEnding(java.util.Optional<ScrapedLineKind> kind) {
        return kind.isPresent() && switch (kind.get()) {
            case COMMENTS, SUBSCRIPTION, COPYRIGHT -> true;
            default -> false;
        };
    }

    /**
     * The lines less the short ones above the title heading: section names, breadcrumbs and labels ("Politics",
     * "Advertisement", "Home › News") that sit above an article's title. Text that opens with prose above the
     * title (a standfirst) is kept whole.
     */
    private static List<String> withoutKickers(List<String> lines, int titleLine) {
        if (titleLine <= 0 || titleLine > KICKER_LINES || titleLine > lines.size()) return lines;
        for (int i = 0; i < titleLine; i++) {
            if (lines.get(i).length() > KICKER_LENGTH) return lines;
        }
        return lines.subList(titleLine, lines.size());
    }

    /** Lines longer than this are prose, whatever phrase they open with. */
    private static final int FURNITURE_MAX_WORDS = 12;

    /** At most this many lines of at most this many characters above the title are labels, not a standfirst. */
    private static final int KICKER_LINES = 3, KICKER_LENGTH = 40;

    private static boolean shortText(Element el, Map<Element, Tally> tallies) {
        Tally t = tallies.get(el);
        return t != null && t.text > 0 && t.text < 40;
    }

    private static boolean linkList(Element el, Tally t) {
        if (t == null || t.text == 0) return false;
        String tag = el.normalName();
        if (tag.equals("a") || !BLOCKS.contains(tag)) return false;
        // a block of prose with many links in between is not a link list
        return (double) t.link / t.text > 0.5 && t.good < 1000;
    }

    static String normaliseSpace(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // soft hyphens, zero-width spaces and stray byte-order marks are invisible: drop them
            if (c == '\u00ad' || c == '\u200b' || c == '\ufeff') continue;
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                space = !b.isEmpty();
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean endsSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') continue;
            return ".!?。！？…:;\"”»)".indexOf(c) >= 0;
        }
        return false;
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') n++;
        }
        return n;
    }
}
