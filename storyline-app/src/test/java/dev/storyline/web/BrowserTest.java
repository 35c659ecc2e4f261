package dev.storyline.web;

import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in headless Chromium: the French samples (and a hostile page) ingested into a store, the server on a
 * free port, and an analyst clicking from the list to an article to an entity. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;
    static LuceneArticleStore store;
    static StoredEvents events;
    static EmbeddedEntityRegistry registry;
    static StorylineServer server;
    static WebDriver browser;
    static String hostileKey;

    @BeforeAll
    static void start() throws IOException {
        Path samples = Path.of(System.getProperty("storyline.shared", "../shared"), "samples", "fr");
        assumeTrue(Files.isDirectory(samples), "skipped: no French samples at " + samples);
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Chromium is not installed (apt-get install -y chromium chromium-driver)");

        store = LuceneArticleStore.open(temp.resolve("data"));
        events = StoredEvents.open(temp.resolve("data"), store);
        registry = EmbeddedEntityRegistry.inMemory();
        Pipeline pipeline = Pipeline.standard(LocalDate.of(2022, 1, 20), registry);
        Ingestion ingestion = new Ingestion(pipeline, store, events, registry, 2);
        try (var pages = new InputReader().read(List.of(samples))) {
            ingestion.ingest(pages, ack -> { });
        }
        String hostile;
        try (InputStream in = BrowserTest.class.getResourceAsStream("hostile.html")) {
            hostile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ingestion.ingest(Stream.of(new RawPage("hostile", "hostile.html", "javascript:window.__pwned=1", null, null,
                null, RawPage.Kind.HTML, hostile)), ack -> hostileKey = ack.key());
        server = new StorylineServer(store, events, pipeline, registry).start("127.0.0.1", 0);
        StorylineServerTest.awaitStories(server);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
        // A dialog opened by a payload must stay open for the test to see it, not be dismissed silently.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (events != null) events.close();
        if (store != null) store.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anAnalystClicksFromTheStoriesToAnArticleToTokayevAndSeesBothSpellings() throws IOException {
        browser.get(url("/"));
        assertTrue(browser.getCurrentUrl().endsWith("/stories"), browser.getCurrentUrl());
        screenshot("1-stories");
        WebElement story = browser.findElements(By.cssSelector("a.story-title")).stream()
                .filter(a -> a.getText().contains("Poutine"))
                .findFirst().orElseThrow(() -> new AssertionError("no story about Putin in the feed"));
        Navigation.clickToNextPage(browser, story);
        assertTrue(browser.getCurrentUrl().contains("/stories/"), browser.getCurrentUrl());
        screenshot("2-story");
        WebElement article = browser.findElements(By.cssSelector(".event li.hit")).stream()
                .filter(li -> li.getText().contains("homologue"))
                .findFirst().orElseThrow(() -> new AssertionError("no sample article in the story"));
        assertFalse(article.findElement(By.cssSelector("p.why")).getText().isBlank(), "each article says why it is there");
        Navigation.clickToNextPage(browser, article.findElement(By.cssSelector("a.hit-title")));
        assertTrue(browser.getCurrentUrl().contains("/articles/"), browser.getCurrentUrl());
        screenshot("3-article");

        WebElement tokayev = browser.findElements(By.cssSelector("article a.entity")).stream()
                .filter(a -> a.getText().contains("Tokayev")).findFirst()
                .orElseThrow(() -> new AssertionError("no link to Tokayev in the article"));
        Navigation.clickToNextPage(browser, tokayev);
        assertTrue(browser.getCurrentUrl().contains("/entities/"), browser.getCurrentUrl());
        screenshot("4-entity");
        List<String> spellings = browser.findElements(By.cssSelector("td.variant-text")).stream().map(WebElement::getText).toList();
        assertTrue(spellings.contains("Kassym-Jomart Tokayev"), spellings.toString());
        assertTrue(spellings.contains("Kasim Jomart Tokayev"), spellings.toString());
        // The chart needs publication dates, which the scraped samples may not yield: then the panel says so.
        assertTrue(browser.findElement(By.tagName("main")).getText().toUpperCase().contains("MENTIONS OVER TIME"));
    }

    @Test
    void theSearchPageFiltersByAFacet() throws IOException {
        browser.get(url("/search"));
        Navigation.clickToNextPage(browser, browser.findElements(By.cssSelector("aside.facets a")).stream()
                .filter(a -> a.getText().equals("fr")).findFirst().orElseThrow());
        screenshot("6-search-fr");
        assertEquals(2, browser.findElements(By.cssSelector("li.hit")).size(), "the two French samples");
    }

    @Test
    void nothingOnAHostilePageRunsInTheBrowser() throws IOException {
        for (String path : List.of("/articles/" + hostileKey,
                "/search?q=" + URLEncoder.encode("\"><svg onload=window.__pwned=1>", StandardCharsets.UTF_8),
                "/search?source=" + URLEncoder.encode("<img src=x onerror=window.__pwned=1>", StandardCharsets.UTF_8))) {
            browser.get(url(path));
            assertNoDialog(path);
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : String(window.__pwned);");
            assertEquals(null, pwned, "a payload ran on " + path);
            for (WebElement link : browser.findElements(By.cssSelector("a"))) {
                String href = link.getDomAttribute("href");
                assertFalse(href != null && href.strip().toLowerCase().startsWith("javascript:"), "script link on " + path);
            }
        }
        browser.get(url("/articles/" + hostileKey));
        screenshot("5-hostile-article");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("window.__pwned"),
                "the payloads are shown as text");
    }

    private static void assertNoDialog(String path) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a dialog opened on " + path + ": " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: good
        }
    }
}
