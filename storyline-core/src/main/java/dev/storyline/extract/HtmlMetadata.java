package dev.storyline.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title, publication date, outlet and authors of a parsed page, from JSON-LD, meta tags and marked-up elements,
 * most explicit first. Thread-safe: holds only an immutable Jackson reader.
 */
final class HtmlMetadata {

    /** What the page says about itself. */
    record Found(String title, String published, String source, List<String> authors) {
        Found {
            authors = List.copyOf(authors);
        }
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "scholarlyarticle", "techarticle", "socialmediaposting", "liveblogposting", "report", "posting",
            "webpage", "itempage", "medicalwebpage", "creativework", "review", "recipe", "howto");

    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "article.published", "published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.issued",
            "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "original-publish-date",
            "citation_publication_date", "citation_date", "article_date_original", "cxenseparse:recs:publishtime",
            "og:article:published_time", "release_date", "displaydate", "last-modified");

    private static final List<String> AUTHOR_METAS = List.of("author", "article:author", "og:article:author",
            "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "citation_author",
            "twitter:creator");

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]+\\s+");
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?:by|from|par|de|von|vom|por|di|da|door|av|af|od|autor(?:in)?|author|auteur|texte?|text|"
                    + "written by|posted by|publié par|geschrieben von|escrito por|scritto da|redacción|"
                    + "redaktion|réd\\.?)\\s*[:\\-–]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b"
            + "|\\be\\b|\\ben\\b|\\boch\\b|\\bi\\b|\\|)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_NAME = Pattern.compile("https?:|www\\.|/|@|\\d{2}|\\.(?:com|org|net|de|fr)\\b",
            Pattern.CASE_INSENSITIVE);

    private final ObjectReader json;

    HtmlMetadata() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                .build();
        this.json = mapper.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    }

    /** Reads the metadata; call before the main text is extracted, which removes elements. */
    Found read(Document doc, String url) {
        Marked marked = Marked.of(doc);
        Map<String, String> metas = marked.metas;
        List<JsonNode> ld = jsonLd(marked.jsonLd);
        JsonNode article = articleNode(ld);
        String source = first(metas.get("og:site_name"), name(ld, "publisher", article), Outlets.fromUrl(url));
        String title = first(metas.get("og:title"), text(article, "headline"), text(article, "name"),
                marked.h1 == null ? null : blankToNull(marked.h1.text()), doc.title());
        title = title == null ? null : withoutSiteName(clean(title), source);
        String published = PublicationDates.normalise(text(article, "datePublished"));
        if (published == null) published = publishedFromPage(marked);
        if (published == null) published = PublicationDates.normalise(text(article, "dateCreated"));
        List<String> authors = authors(marked, article);
        return new Found(title, published, source == null ? null : clean(source), authors);
    }

    // ---- JSON-LD

    private List<JsonNode> jsonLd(List<String> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            JsonNode root = parseLeniently(script);
            if (root == null) continue;
            // an explicit stack: objects can nest in arrays and @graph without bound
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty() && nodes.size() < 500) {
                JsonNode n = stack.pop();
                if (n.isArray()) {
                    for (int i = n.size() - 1; i >= 0; i--) stack.push(n.get(i));
                } else if (n.isObject()) {
                    nodes.add(n);
                    if (n.has("@graph")) stack.push(n.get("@graph"));
                    if (n.has("mainEntity") && n.get("mainEntity").isContainerNode()) stack.push(n.get("mainEntity"));
                }
            }
        }
        return nodes;
    }

    private JsonNode parseLeniently(String data) {
        String s = data.strip();
        if (s.isEmpty()) return null;
        // Some sites wrap JSON-LD in HTML comments or CDATA markers.
        s = s.replaceFirst("^(?:<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)", "")
                .replaceFirst("(?:-->|//\\s*]]>|]]>)$", "").strip();
        try {
            return json.readTree(s);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode articleNode(List<JsonNode> nodes) {
        JsonNode fallback = null;
        for (JsonNode n : nodes) {
            for (String type : types(n)) {
                String t = type.toLowerCase(Locale.ROOT);
                if (t.endsWith("article") || t.endsWith("posting") || t.equals("reportagenews")) return n;
                if (fallback == null && ARTICLE_TYPES.contains(t) && (n.has("headline") || n.has("datePublished"))) {
                    fallback = n;
                }
            }
        }
        if (fallback != null) return fallback;
        for (JsonNode n : nodes) if (n.has("headline")) return n;
        return null;
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        if (t.isArray()) t.forEach(x -> out.add(x.asText()));
        else out.add(t.asText());
        return out;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /** The name of an object-valued field ("publisher": {"name": …}), looking it up by @id when it is a reference. */
    private static String name(List<JsonNode> nodes, String field, JsonNode article) {
        if (article == null) return null;
        JsonNode v = article.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isTextual()) return blankToNull(v.asText());
        if (v.has("name")) return text(v, "name");
        String ref = text(v, "@id");
        if (ref != null) {
            for (JsonNode n : nodes) if (ref.equals(text(n, "@id")) && n.has("name")) return text(n, "name");
        }
        return null;
    }

    // ---- meta tags and elements

    private static String publishedFromPage(Marked marked) {
        for (String key : DATE_METAS) {
            String v = PublicationDates.normalise(slashedToIso(marked.metas.get(key)));
            if (v != null) return v;
        }
        for (Element e : marked.datePublished) {
            String v = PublicationDates.normalise(first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")),
                    blankToNull(e.text())));
            if (v != null) return v;
        }
        for (Element t : marked.times) {
            if (!t.hasAttr("pubdate")) continue;
            String v = PublicationDates.normalise(t.attr("datetime"));
            if (v != null) return v;
        }
        for (Element t : marked.times) {
            String v = PublicationDates.normalise(t.attr("datetime"));
            if (v != null) return v;
        }
        return null;
    }

    private static String slashedToIso(String v) {
        return v == null ? null : v.strip().replaceFirst("^(\\d{4})/(\\d{2})/(\\d{2})", "$1-$2-$3");
    }

    // ---- authors

    private List<String> authors(Marked marked, JsonNode article) {
        List<String> found = new ArrayList<>();
        if (article != null && article.has("author")) {
            JsonNode a = article.get("author");
            List<JsonNode> items = new ArrayList<>();
            if (a.isArray()) a.forEach(items::add);
            else items.add(a);
            for (JsonNode item : items) {
                if (item.isTextual()) addNames(found, item.asText());
                else if (item.has("name")) addNames(found, text(item, "name"));
            }
        }
        if (!found.isEmpty()) return found;
        for (String key : AUTHOR_METAS) {
            addNames(found, marked.metas.get(key));
            if (!found.isEmpty()) return found;
        }
        for (Element e : marked.authorLinks) {
            Element name = e.selectFirst("[itemprop=name]");
            addNames(found, name != null ? first(blankToNull(name.attr("content")), name.text())
                    : first(blankToNull(e.attr("content")), e.text()));
        }
        if (!found.isEmpty()) return found;
        for (Element e : marked.bylines) {
            String t = e.text();
            if (t.length() <= 100) addNames(found, t);
            if (!found.isEmpty()) break;
        }
        return found;
    }

    private static void addNames(List<String> into, String raw) {
        if (raw == null) return;
        String s = clean(raw);
        s = BYLINE_PREFIX.matcher(s).replaceFirst("");
        for (String part : NAME_SPLIT.split(s)) {
            String name = BYLINE_PREFIX.matcher(part.strip()).replaceFirst("").strip();
            if (name.length() < 3 || name.length() > 60 || name.split(" ").length > 6) continue;
            if (NOT_A_NAME.matcher(name).find()) continue;
            if (into.stream().noneMatch(n -> n.equalsIgnoreCase(name))) into.add(name);
        }
    }

    // ---- helpers

    static String withoutSiteName(String title, String source) {
        var m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1, lastEnd = -1, firstStart = -1, firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) return title;
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, firstStart).strip();
        if (source != null && sameName(tail, source)) return title.substring(0, lastStart).strip();
        if (source != null && sameName(head, source)) return title.substring(firstEnd).strip();
        String rest = title.substring(0, lastStart).strip();
        // An unknown short last part after a long first part is a site name ("… | ZEIT ONLINE").
        if (tail.split("\\s+").length <= 4 && rest.split("\\s+").length >= 3) return rest;
        return title;
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.equals(y) || (x.length() >= 4 && y.contains(x)) || (y.length() >= 4 && x.contains(y)));
    }


    private static String clean(String s) {
        return MainText.normaliseSpace(org.jsoup.parser.Parser.unescapeEntities(s, false));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) return v;
        }
        return null;
    }

    /**
     * The elements metadata is read from, gathered in one walk over the page (a selector per kind would walk it
     * once each): meta tags by lower-cased property, name or itemprop (first non-blank content), JSON-LD scripts,
     * the first h1, time elements, and elements marked as dates or authors.
     */
    private static final class Marked {
        final Map<String, String> metas = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        final List<Element> times = new ArrayList<>();
        final List<Element> datePublished = new ArrayList<>();
        final List<Element> authorLinks = new ArrayList<>();
        final List<Element> bylines = new ArrayList<>();
        Element h1;

        static Marked of(Document doc) {
            Marked m = new Marked();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element el) m.see(el);
            }, doc);
            return m;
        }

        private void see(Element el) {
            switch (el.normalName()) {
                case "meta" -> {
                    String content = el.attr("content");
                    if (content.isBlank()) return;
                    for (String attr : META_KEYS) {
                        String k = el.attr(attr);
                        if (!k.isEmpty()) metas.putIfAbsent(k.toLowerCase(Locale.ROOT), content.strip());
                    }
                }
                case "script" -> {
                    if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(el.data());
                }
                case "h1" -> {
                    if (h1 == null) h1 = el;
                }
                case "time" -> {
                    if (el.hasAttr("datetime")) times.add(el);
                }
                default -> {
                }
            }
            String itemprop = el.attr("itemprop");
            if (itemprop.equalsIgnoreCase("datePublished")) datePublished.add(el);
            if (itemprop.equalsIgnoreCase("author") || (el.normalName().equals("a") && el.attr("rel").equalsIgnoreCase("author"))) {
                authorLinks.add(el);
            }
            String cls = el.className();
            if (!cls.isEmpty()) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("byline") || c.contains("author-name") || c.contains("authorname") || el.hasClass("author")) {
                    bylines.add(el);
                }
            }
        }

        private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");
    }
}
