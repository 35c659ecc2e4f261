package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.ingest.RawPage;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;
import dev.storyline.time.TimeExpression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Whatever an article contains, the pages that show it contain no markup that could run. */
class RenderingSafetyTest {

    private static final String SVG_PAYLOAD = "\"><svg onload=window.__pwned=1>";
    private static final String IMG_PAYLOAD = "<img src=x onerror=window.__pwned=1>";
    private static final String SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>";

    /** An analysed article whose every field is an attack, entities and dates included. */
    static AnalyzedArticle hostile() {
        String text = "Intro " + SCRIPT_PAYLOAD + " then " + SVG_PAYLOAD + " and " + IMG_PAYLOAD + ".\n"
                + "Second line <a href=\"javascript:window.__pwned=1\">click</a> on 14 janvier.";
        Article a = new Article("evil", "javascript:window.__pwned=1", IMG_PAYLOAD, SVG_PAYLOAD + " headline",
                "2022-01-14", List.of(SVG_PAYLOAD), SCRIPT_PAYLOAD, "fr", text);
        int s = text.indexOf(SCRIPT_PAYLOAD);
        int v = text.indexOf(SVG_PAYLOAD);
        int d = text.indexOf("14 janvier");
        return new AnalyzedArticle(a,
                List.of(new EntityMention(SCRIPT_PAYLOAD, "PER\"><script>", s, s + SCRIPT_PAYLOAD.length(), "PER:\"><script>x</script>"),
                        new EntityMention(SVG_PAYLOAD, "ORG", v, v + SVG_PAYLOAD.length(), "ORG:" + SVG_PAYLOAD)),
                List.of(new TimeExpression("14 janvier", d, d + "14 janvier".length(), "DATE", SVG_PAYLOAD)));
    }

    @Test
    void articlePageOfAHostileArticleHasNoExecutableMarkup() {
        String html = ArticlePage.render(new StoredArticle("k1", hostile(), Instant.EPOCH), canonical -> canonical, true);
        assertNothingExecutable(html);
        Document page = Jsoup.parse(html);
        assertTrue(page.text().contains(SVG_PAYLOAD + " headline"), "the title is shown as text");
        assertTrue(page.selectFirst("article").text().contains(SCRIPT_PAYLOAD), "the text is shown as text");
        assertEquals(2, page.select("article a.entity").size(), "the hostile mentions are still marked, as text");
    }

    @Test
    void searchPageWithHostileHitsFacetsAndQueryHasNoExecutableMarkup() {
        StoredArticle hit = new StoredArticle("k1", hostile(), Instant.EPOCH);
        SearchResults results = new SearchResults(1, List.of(hit), Map.of(
                "language", Map.of(SCRIPT_PAYLOAD, 1), "source", Map.of(IMG_PAYLOAD, 1), "entity", Map.of("ORG:" + SVG_PAYLOAD, 1)));
        SearchRequest request = new SearchRequest(SVG_PAYLOAD, SCRIPT_PAYLOAD, IMG_PAYLOAD, "ORG:" + SVG_PAYLOAD,
                LocalDate.of(2022, 1, 1), null, 0, 20);
        String html = SearchPage.render(request, results, canonical -> canonical, true);
        assertNothingExecutable(html);
        assertEquals(SVG_PAYLOAD, Jsoup.parse(html).selectFirst("form.search-form input[name=q]").attr("value"));
    }

    @Test
    void entityPageOfAHostileEntityHasNoExecutableMarkup(@TempDir Path dir) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            store.add(hostile());
            store.commit();
            EntityProfile profile = new EntityProfiles(store, dev.storyline.entities.EmbeddedEntityRegistry.inMemory(), 100).profile("ORG:" + SVG_PAYLOAD).orElseThrow();
            String html = EntityPage.render(profile, true);
            assertNothingExecutable(html);
            assertTrue(Jsoup.parse(html).select("td.variant-text").text().contains(SVG_PAYLOAD));
        }
    }

    @Test
    void aHostilePageThroughThePipelineRendersWithoutExecutableMarkup() throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("hostile.html")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RawPage page = new RawPage("hostile", "hostile.html", "javascript:window.__pwned=1", null, null, null,
                RawPage.Kind.HTML, source);
        AnalyzedArticle analyzed = Pipeline.standard(LocalDate.of(2022, 1, 20)).analyze(page);
        assertFalse(analyzed.article().text().isBlank(), "the extractor found the article");
        String html = ArticlePage.render(new StoredArticle("k2", analyzed, Instant.EPOCH), canonical -> canonical, true);
        assertNothingExecutable(html);
    }

    @Test
    void theCheckItselfCatchesEachKindOfExecutableMarkup() {
        for (String bad : List.of("<script>x()</script>", "<img src=x onerror=x()>", "<a href=\" javascript:x()\">a</a>",
                "<svg onload=x()></svg>", "<iframe src=about:blank></iframe>", "<form action=\"javascript:x()\"></form>")) {
            try {
                assertNothingExecutable("<!DOCTYPE html><html><body>" + bad + "</body></html>");
            } catch (AssertionError expected) {
                continue;
            }
            fail("not caught: " + bad);
        }
    }

    /** No script, no frame, no event handler attribute, no script URL, and no SVG but our own charts. */
    static void assertNothingExecutable(String html) {
        Document doc = Jsoup.parse(html);
        for (String tag : List.of("script", "iframe", "frame", "object", "embed", "base", "meta[http-equiv]")) {
            assertTrue(doc.select(tag).isEmpty(), "no " + tag + " element: " + doc.select(tag));
        }
        for (Element svg : doc.select("svg")) assertTrue(svg.hasClass("timeline"), "only our own SVG charts: " + svg);
        for (Element e : doc.getAllElements()) {
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler attribute on " + e.tagName() + ": " + attr);
                String value = attr.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (List.of("href", "src", "action", "formaction", "xlink:href", "data").contains(name)) {
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"),
                            "script URL in " + e.tagName() + " " + attr);
                }
            }
        }
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no '<script' anywhere in the markup");
        assertFalse(lower.contains("<img"), "no '<img' anywhere in the markup");
    }
}
