package dev.storyline.sources.fetch;

import dev.storyline.ingest.AddressGuard;
import dev.storyline.sources.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteFetcherTest {

    /** Loopback allowed (the tests' outlets live there), short delays and timeouts. */
    static FetchPolicy loopback() {
        return FetchPolicy.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withBackoff(Duration.ofMillis(300), Duration.ofSeconds(5));
    }

    private final TestServer server = TestServer.start();
    private final PoliteFetcher fetcher = new PoliteFetcher(loopback().withContactUrl("https://example.org/bot"));

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void fetchesAPageSendingAUserAgentThatNamesStorylineAndItsContact() {
        server.on("/a", 200, "text/html; charset=utf-8", "<p>Bonjour</p>");
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/a")));
        HttpExchange ex = assertInstanceOf(FetchOutcome.Fetched.class, outcome).exchange();
        assertEquals(200, ex.status());
        assertEquals("<p>Bonjour</p>", new String(ex.body(), StandardCharsets.UTF_8));
        assertEquals("127.0.0.1", ex.ipAddress());
        String agent = server.requests("/a").getFirst().header("User-Agent");
        assertTrue(agent.matches("Storyline/\\d+\\.\\d+\\.\\d+\\S* \\(\\+https://example.org/bot\\)"), agent);
    }

    @Test
    void sendsTheValidatorsAndReadsA304AsNotModified() {
        server.on("/feed", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            TestServer.respond(ex, same ? 304 : 200, "application/rss+xml", "<rss/>".getBytes(), "ETag", "\"v1\"");
        });
        FetchOutcome first = fetcher.fetch(FetchRequest.of(server.url("/feed")));
        String etag = assertInstanceOf(FetchOutcome.Fetched.class, first).exchange().header("ETag");
        FetchOutcome second = fetcher.fetch(new FetchRequest(server.url("/feed"), etag, null));
        assertInstanceOf(FetchOutcome.NotModified.class, second);
    }

    @Test
    void sendsLastModifiedAsIfModifiedSince() {
        server.on("/feed", 200, "application/rss+xml", "<rss/>");
        fetcher.fetch(new FetchRequest(server.url("/feed"), null, "Mon, 01 Jan 2024 00:00:00 GMT"));
        assertEquals("Mon, 01 Jan 2024 00:00:00 GMT", server.requests("/feed").getFirst().header("If-Modified-Since"));
    }

    @Test
    void aValidatorThatIsNoValidHeaderValueIsRefusedNotThrown() {
        server.on("/feed", 200, "application/rss+xml", "<rss/>");
        FetchOutcome outcome = fetcher.fetch(new FetchRequest(server.url("/feed"), "\"v1\"\r\nX-Injected: 1", null));
        assertTrue(assertInstanceOf(FetchOutcome.Refused.class, outcome).reason().startsWith("cannot ask for "), outcome.describe());
        assertEquals(0, server.requests("/feed").size());
    }

    @Test
    void notFoundAndGoneArePermanentFailures() {
        server.on("/gone", 410, "text/plain", "gone");
        FetchOutcome.Failed missing = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/missing"))));
        FetchOutcome.Failed gone = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/gone"))));
        assertEquals(404, missing.status());
        assertTrue(missing.permanent() && gone.permanent());
        assertTrue(missing.reason().contains("HTTP 404 Not Found"), missing.reason());
        assertTrue(gone.reason().contains("HTTP 410 Gone"), gone.reason());
    }

    @Test
    void aServerErrorIsATransientFailureAndTheHostBacksOffWithoutBeingAskedAgain() {
        server.on("/a", 500, "text/plain", "oops");
        FetchOutcome.Failed first = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertEquals(500, first.status());
        assertFalse(first.permanent());
        assertEquals(Duration.ofMillis(300), first.retryAfter());
        FetchOutcome.Failed second = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/other"))));
        assertTrue(second.reason().contains("backing off after HTTP 500"), second.reason());
        assertEquals(0, server.requests("/other").size(), "not asked while backing off");
    }

    @Test
    void theBackOffDoublesWithEachFailureInARow() throws InterruptedException {
        server.on("/a", 503, "text/plain", "later");
        Duration first = ((FetchOutcome.Failed) fetcher.fetch(FetchRequest.of(server.url("/a")))).retryAfter();
        Thread.sleep(first.toMillis() + 50);
        Duration second = ((FetchOutcome.Failed) fetcher.fetch(FetchRequest.of(server.url("/a")))).retryAfter();
        assertEquals(first.multipliedBy(2), second);
    }

    @Test
    void tooManyRequestsHonoursRetryAfterInSeconds() {
        server.on("/a", ex -> TestServer.respond(ex, 429, "text/plain", "slow down".getBytes(), "Retry-After", "2"));
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertEquals(429, failed.status());
        assertEquals(Duration.ofSeconds(2), failed.retryAfter());
        assertTrue(failed.describe().contains("HTTP 429 Too Many Requests"), failed.describe());
    }

    @Test
    void aRetryAfterLongerThanTheCapIsHonouredOnlyUpToTheCap() {
        server.on("/a", ex -> TestServer.respond(ex, 503, "text/plain", "maintenance".getBytes(), "Retry-After", "604800"));
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertEquals(Duration.ofSeconds(5), failed.retryAfter()); // the tests' cap; a week asked for
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Duration.ofSeconds(120), PoliteFetcher.retryAfter("120"));
        Duration fromDate = PoliteFetcher.retryAfter(DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10)));
        assertTrue(fromDate.compareTo(Duration.ofMinutes(9)) > 0 && fromDate.compareTo(Duration.ofMinutes(10)) <= 0, fromDate.toString());
        assertNull(PoliteFetcher.retryAfter("soon"));
    }

    @Test
    void aServerThatHangsGivesAFailureNamingTheTimeout() {
        server.on("/slow", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (PoliteFetcher impatient = new PoliteFetcher(loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)))) {
            long start = System.nanoTime();
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, impatient.fetch(FetchRequest.of(server.url("/slow"))));
            assertTrue(failed.reason().contains("total timeout"), failed.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(8)) < 0, "not the server's 10 s");
        }
    }

    @Test
    void aServerThatSendsHeadersThenStallsMidBodyAlsoTimesOut() {
        server.on("/stall", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("<html>".getBytes());
            ex.getResponseBody().flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (PoliteFetcher impatient = new PoliteFetcher(loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)))) {
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, impatient.fetch(FetchRequest.of(server.url("/stall"))));
            assertTrue(failed.reason().contains("total timeout"), failed.reason());
        }
    }

    @Test
    void aClosedPortIsAFailureSayingTheConnectionWasRefused() {
        TestServer gone = TestServer.start();
        java.net.URI url = gone.url("/a");
        gone.close();
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(url)));
        assertTrue(failed.reason().contains("refused"), failed.reason());
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() {
        server.on("/old", ex -> TestServer.respond(ex, 301, null, new byte[0], "Location", "/new"));
        server.on("/new", 200, "text/plain", "here");
        HttpExchange ex = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/old")))).exchange();
        assertEquals(server.url("/old"), ex.requested());
        assertEquals(server.url("/new"), ex.url());
    }

    @Test
    void aRedirectLoopIsRefusedAsALoop() {
        server.on("/a", ex -> TestServer.respond(ex, 302, null, new byte[0], "Location", "/b"));
        server.on("/b", ex -> TestServer.respond(ex, 302, null, new byte[0], "Location", "/a"));
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertTrue(refused.reason().startsWith("redirect loop: "), refused.reason());
        assertTrue(refused.reason().contains("/a → ") && refused.reason().contains("/b → "), refused.reason());
    }

    @Test
    void moreRedirectsThanTheLimitAreRefused() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, ex -> TestServer.respond(ex, 307, null, new byte[0], "Location", next));
        }
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class,
                fetcher.fetch(FetchRequest.of(server.url("/r0"))));
        assertTrue(refused.reason().startsWith("more than 5 redirects"), refused.reason());
        assertEquals(0, server.requests("/r7").size());
    }

    @Test
    void aHugeBodyIsCutAtTheCapWithoutBeingReadWhole() {
        long huge = 200L << 20;
        AtomicLong written = new AtomicLong();
        server.on("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: the size is not announced, the cap must hold while reading
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try (var out = ex.getResponseBody()) {
                for (long sent = 0; sent < huge; sent += chunk.length) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            }
        });
        try (PoliteFetcher capped = new PoliteFetcher(loopback().withMaxBodyBytes(1 << 20, 4 << 20))) {
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, capped.fetch(FetchRequest.of(server.url("/huge"))));
            assertTrue(failed.reason().contains("larger than the 1 MiB cap"), failed.reason());
            assertTrue(failed.permanent());
        }
        assertTrue(written.get() < huge / 4, "the server was stopped early, wrote " + written.get());
    }

    @Test
    void aBodyAnnouncedLargerThanTheCapIsNotReadAtAll() {
        server.on("/big", ex -> {
            ex.sendResponseHeaders(200, 200L << 20);
            byte[] chunk = new byte[64 * 1024];
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 3200; i++) out.write(chunk);
            }
        });
        try (PoliteFetcher capped = new PoliteFetcher(loopback().withMaxBodyBytes(1 << 20, 4 << 20))) {
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, capped.fetch(FetchRequest.of(server.url("/big"))));
            assertTrue(failed.reason().contains("larger than the 1 MiB cap"), failed.reason());
        }
    }

    @Test
    void aGzipBodyIsDecoded() throws IOException {
        byte[] gz = gzip("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
        server.on("/gz", ex -> TestServer.respond(ex, 200, "text/html", gz, "Content-Encoding", "gzip"));
        HttpExchange ex = assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/gz")))).exchange();
        assertEquals("<p>compressed</p>", new String(ex.body(), StandardCharsets.UTF_8));
        assertEquals("gzip, deflate", server.requests("/gz").getFirst().header("Accept-Encoding"));
    }

    @Test
    void aGzipBombIsStoppedAtTheDecodedCap() throws IOException {
        byte[] bomb = gzip(new byte[64 << 20]); // 64 MiB of zeros, about 64 KiB on the wire
        assertTrue(bomb.length < 1 << 20);
        server.on("/bomb", ex -> TestServer.respond(ex, 200, "text/html", bomb, "Content-Encoding", "gzip"));
        try (PoliteFetcher capped = new PoliteFetcher(loopback().withMaxBodyBytes(1 << 20, 4 << 20))) {
            FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, capped.fetch(FetchRequest.of(server.url("/bomb"))));
            assertTrue(failed.reason().contains("decodes to more than the 4 MiB cap"), failed.reason());
        }
    }

    @Test
    void anUnsupportedSchemeIsRefused() {
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class,
                fetcher.fetch(FetchRequest.of("file:///etc/passwd")));
        assertTrue(refused.reason().contains("unsupported scheme file"), refused.reason());
    }

    @Test
    void robotsTxtThatDisallowsIsObeyedAndThePageNeverAsked() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.on("/private/a", 200, "text/html", "secret");
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class,
                fetcher.fetch(FetchRequest.of(server.url("/private/a"))));
        assertTrue(refused.reason().contains("robots.txt of http://127.0.0.1:" + server.port() + " disallows /private/a for storyline"),
                refused.reason());
        assertEquals(0, server.requests("/private/a").size());
    }

    @Test
    void aRedirectIntoADisallowedPathIsRefusedAtThatHop() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.on("/go", ex -> TestServer.respond(ex, 302, null, new byte[0], "Location", "/private/b"));
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, fetcher.fetch(FetchRequest.of(server.url("/go"))));
        assertTrue(refused.reason().contains("disallows /private/b"), refused.reason());
        assertEquals(0, server.requests("/private/b").size());
    }

    @Test
    void robotsTxtRulesForOurAgentTokenWinOverTheGeneralOnes() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: storyline\nAllow: /\n");
        server.on("/a", 200, "text/html", "ok");
        assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
    }

    @Test
    void robotsTxtIsFetchedOncePerSiteAndCached() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.on("/a", 200, "text/html", "ok");
        fetcher.fetch(FetchRequest.of(server.url("/a")));
        fetcher.fetch(FetchRequest.of(server.url("/a")));
        assertEquals(1, server.requests("/robots.txt").size());
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        server.on("/a", 200, "text/html", "ok");
        assertInstanceOf(FetchOutcome.Fetched.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertEquals(1, server.requests("/robots.txt").size());
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverythingForAWhile() {
        server.on("/robots.txt", 503, "text/plain", "down");
        server.on("/a", 200, "text/html", "ok");
        FetchOutcome.Failed failed = assertInstanceOf(FetchOutcome.Failed.class, fetcher.fetch(FetchRequest.of(server.url("/a"))));
        assertTrue(failed.reason().contains("robots.txt of http://127.0.0.1:" + server.port() + " could not be had (HTTP 503"),
                failed.reason());
        assertNotNull(failed.retryAfter());
        assertEquals(0, server.requests("/a").size());
    }

    @Test
    void crawlDelayIsHonouredAsTheGapBetweenRequests() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
        server.on("/a", 200, "text/html", "ok");
        for (int i = 0; i < 3; i++) fetcher.fetch(FetchRequest.of(server.url("/a")));
        assertTrue(server.minGap().compareTo(Duration.ofMillis(300)) >= 0, server.minGap().toString());
    }

    @Test
    void aCrawlDelayBeyondTheCapIsHonouredOnlyUpToTheCap() {
        server.on("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
        server.on("/a", 200, "text/html", "ok");
        try (PoliteFetcher capped = new PoliteFetcher(loopback().withMaxCrawlDelay(Duration.ofMillis(200)))) {
            // were the hour honoured, this would not end
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 3; i++) assertInstanceOf(FetchOutcome.Fetched.class, capped.fetch(FetchRequest.of(server.url("/a"))));
            });
        }
        assertTrue(server.minGap().compareTo(Duration.ofMillis(200)) >= 0, server.minGap().toString());
    }

    @Test
    void manyThreadsAskingOneHostAreServedOneAtATimeWithTheGapKept() throws Exception {
        server.on("/a", ex -> {
            try {
                Thread.sleep(20); // a request that takes a while, so overlapping ones would show
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestServer.respond(ex, 200, "text/html", "ok".getBytes());
        });
        Duration gap = Duration.ofMillis(150);
        try (PoliteFetcher polite = new PoliteFetcher(loopback().withMinDelayPerHost(gap));
             ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<FetchOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) results.add(pool.submit(() -> polite.fetch(FetchRequest.of(server.url("/a")))));
            for (Future<FetchOutcome> r : results) assertInstanceOf(FetchOutcome.Fetched.class, r.get());
        }
        assertEquals(13, server.requests().size(), "12 pages and one robots.txt");
        assertEquals(1, server.maxConcurrent());
        assertTrue(server.minGap().compareTo(gap) >= 0, "min gap " + server.minGap());
    }

    @Test
    void twoHostsAreAskedInParallelEachAtItsOwnPace() throws Exception {
        try (TestServer other = TestServer.start();
             PoliteFetcher polite = new PoliteFetcher(loopback().withMinDelayPerHost(Duration.ofMillis(300)));
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            server.on("/a", 200, "text/html", "ok");
            other.on("/a", 200, "text/html", "ok");
            Future<?> one = pool.submit(() -> { for (int i = 0; i < 3; i++) polite.fetch(FetchRequest.of(server.url("/a"))); });
            Future<?> two = pool.submit(() -> { for (int i = 0; i < 3; i++) polite.fetch(FetchRequest.of(other.url("/a"))); });
            one.get();
            two.get();
            // measured at the servers: the other host was asked while the first one was still being asked
            assertTrue(other.requests().getFirst().arrivedNanos() < server.requests().getLast().arrivedNanos());
            assertTrue(server.requests().getFirst().arrivedNanos() < other.requests().getLast().arrivedNanos());
        }
    }

    @Test
    void privateAddressesAreRefusedByDefaultWithoutSendingAnything() {
        server.on("/a", 200, "text/html", "ok");
        try (PoliteFetcher defaults = new PoliteFetcher(FetchPolicy.defaults())) {
            for (String url : List.of(server.url("/a").toString(), "http://10.1.2.3/a", "http://[::1]:" + server.port() + "/a",
                    "http://localhost:" + server.port() + "/a", "http://169.254.169.254/latest/meta-data/")) {
                FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, defaults.fetch(FetchRequest.of(url)), url);
                assertTrue(refused.reason().contains("address; private addresses are refused"), refused.reason());
            }
        }
        assertEquals(List.of(), server.requests(), "nothing was sent, not even robots.txt");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedAtThatHop() {
        // the test outlet's 127.0.0.1 stands for a public site; its redirect to 10.x is checked again at that hop
        server.on("/jump", ex -> TestServer.respond(ex, 302, null, new byte[0], "Location", "http://10.0.0.7/admin"));
        AddressGuard guardExceptTheOutlet = new AddressGuard(false, Set.of("127.0.0.1"));
        try (PoliteFetcher guarded = new PoliteFetcher(loopback().withAllowPrivateAddresses(false), guardExceptTheOutlet)) {
            FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, guarded.fetch(FetchRequest.of(server.url("/jump"))));
            assertTrue(refused.reason().startsWith("10.0.0.7 resolves to 10.0.0.7, a private address"), refused.reason());
        }
        assertEquals(1, server.requests("/jump").size());
    }

    @Test
    void theViewAllowingPrivateAddressesSharesTheHostsTurns() throws Exception {
        server.on("/a", 200, "text/html", "ok");
        Duration gap = Duration.ofMillis(150);
        try (PoliteFetcher guarded = new PoliteFetcher(loopback().withAllowPrivateAddresses(false).withMinDelayPerHost(gap),
                new AddressGuard(false, Set.of("127.0.0.1")));
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            PoliteFetcher permissive = guarded.allowingPrivateAddresses();
            List<Future<FetchOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                PoliteFetcher f = i % 2 == 0 ? guarded : permissive;
                results.add(pool.submit(() -> f.fetch(FetchRequest.of(server.url("/a")))));
            }
            for (Future<FetchOutcome> r : results) assertInstanceOf(FetchOutcome.Fetched.class, r.get());
            assertInstanceOf(FetchOutcome.Refused.class, guarded.fetch(FetchRequest.of("http://10.0.0.1/")));
        }
        assertEquals(1, server.maxConcurrent());
        assertTrue(server.minGap().compareTo(gap) >= 0, "min gap " + server.minGap());
        assertEquals(1, server.requests("/robots.txt").size(), "one robots.txt cache");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
