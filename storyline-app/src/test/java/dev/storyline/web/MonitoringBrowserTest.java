package dev.storyline.web;

import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.BreakingDetector;
import dev.storyline.alerts.DeliveryStatus;
import dev.storyline.web.DeliveryModule;
import dev.storyline.alerts.delivery.DeskLinks;
import dev.storyline.alerts.delivery.OutboxStore;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.Follower;
import dev.storyline.sources.Frontier;
import dev.storyline.sources.LoopbackOutlets;
import dev.storyline.sources.Schedule;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.Sources;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In headless Chromium, an analyst on a desk that follows its sources as {@code storyline run} does: saves a search
 * as an alert with one click, adds an outlet's homepage on the Sources page, sees the feeds found, then sees the
 * outlet's articles in the stories and the alert's matches on the Alerts page and in its Atom feed, having done
 * nothing else. The outlet is a loopback one ({@link LoopbackOutlets}). Screenshots go to {@code target/screenshots/}.
 */
class MonitoringBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    static LoopbackOutlets outlets;
    static LuceneArticleStore store;
    static StoredEvents events;
    static AlertEvaluator alerts;
    static Frontier frontier;
    static WarcArchive archive;
    static Fetchers fetchers;
    static StorylineServer server;
    static Follower follower;
    static Thread following;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Chromium is not installed (apt-get install -y chromium chromium-driver)");
        outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 3)));
        store = LuceneArticleStore.open(data);
        EmbeddedEntityRegistry entities = EmbeddedEntityRegistry.inMemory();
        events = StoredEvents.open(data, store);
        alerts = AlertEvaluator.open(data, store, events, BreakingDetector.NO_FACTORY);
        frontier = Frontier.open(data);
        archive = WarcArchive.open(data);
        fetchers = new Fetchers(FetchPolicy.defaults().withMinDelayPerHost(Duration.ofMillis(20)).withAllowPrivateAddresses(true));
        Sources sources = new Sources(EmbeddedSourceRegistry.open(data), fetchers, Clock.systemUTC());
        Pipeline pipeline = Pipeline.standard(LocalDate.now(), entities);
        server = new StorylineServer(store, events, pipeline, entities, alerts, List.of(
                new SourcesDesk(sources, SourceSettings.DEFAULTS.withAllowPrivateAddresses(true), Clock.systemUTC()),
                new AlertsModule(alerts, DeliveryStatus.NONE),
                new DeliveryModule(alerts.registry(), alerts.log(), OutboxStore.in(data), DeskLinks.unknown(), Clock.systemUTC())))
                .start("127.0.0.1", 0);
        follower = new Follower(sources, frontier, fetchers, archive, pipeline, store, events, entities, 1, alerts,
                server.writerLock(), new Follower.Options(Schedule.DEFAULT, Duration.ofDays(7), 4, 3), Clock.systemUTC());
        following = new Thread(() -> {
            try {
                follower.followUntilStopped(ack -> { }, line -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        following.start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(data.resolve("chromium-profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (follower != null) {
            follower.stop();
            following.join(30_000);
        }
        if (server != null) server.close();
        if (fetchers != null) fetchers.close();
        if (archive != null) archive.close();
        if (frontier != null) frontier.close();
        if (alerts != null) alerts.close();
        if (events != null) events.close();
        if (store != null) store.close();
        if (outlets != null) outlets.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reloads {@code path} until {@code condition} holds, for at most a minute and a half. */
    private static void reloadUntil(String path, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        do {
            browser.get(url(path));
            if (condition.getAsBoolean()) return;
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + " did not happen; the page said: " + browser.findElement(By.tagName("main")).getText());
    }

    @Test
    void anAnalystSavesASearchAddsAnOutletAndSeesItsArticlesAndTheMatchesWithoutDoingAnythingElse() throws Exception {
        browser.get(url("/search?q=pompiers"));
        Navigation.clickToNextPage(browser, browser.findElement(By.cssSelector("form.one-click button")));
        assertTrue(browser.getCurrentUrl().contains("/alerts"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("pompiers"), "the saved search is listed");
        screenshot("monitoring-1-alert-saved");

        LoopbackOutlets.Outlet outlet = outlets.outlet(0);
        browser.get(url("/sources"));
        browser.findElement(By.cssSelector("form.add-source input[name=url]")).sendKeys(outlet.homepage().toString());
        Navigation.clickToNextPage(browser, browser.findElement(By.cssSelector("form.add-source button")));
        String sources = browser.findElement(By.tagName("main")).getText();
        assertTrue(sources.contains(outlet.rss().toString()), "the feeds found are shown: " + sources);
        screenshot("monitoring-2-source-added");

        reloadUntil("/stories", () -> browser.findElement(By.tagName("main")).getText().contains("familles"),
                "the outlet's articles appearing in the stories");
        screenshot("monitoring-3-stories");

        reloadUntil("/alerts", () -> !browser.findElements(By.cssSelector("section.alert ol.hits li.hit")).isEmpty(),
                "the saved search's matches appearing on the Alerts page");
        List<WebElement> matches = browser.findElements(By.cssSelector("section.alert ol.hits li.hit"));
        assertTrue(matches.get(0).getText().contains("familles"), matches.get(0).getText());
        screenshot("monitoring-4-matches");

        String feedLink = browser.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h != null && h.endsWith("/feed.atom") && !h.contains("/breaking/")).findFirst()
                .orElseThrow(() -> new AssertionError("the alert links its Atom feed"));
        browser.get(feedLink);
        assertTrue(browser.getPageSource().contains("familles"), "the Atom feed carries the matches");
    }
}
