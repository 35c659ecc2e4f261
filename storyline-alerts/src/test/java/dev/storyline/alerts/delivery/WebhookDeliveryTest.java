package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookDeliveryTest {

    private static final String SECRET = "s3cret-of-alert-a";
    private static final Instant T0 = Instant.parse("2026-12-04T10:15:00Z");

    @TempDir
    java.nio.file.Path dir;

    private WebhookReceiver receiver;
    private JsonlMatchLog log;
    private final TestClock clock = new TestClock(T0);
    private final List<Deliverer.Attempt> attempts = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
        log = JsonlMatchLog.open(dir.resolve("data").resolve("alerts"));
    }

    @AfterEach
    void stop() throws IOException {
        receiver.close();
        log.close();
    }

    private Deliverer deliverer(URI hook, boolean allowPrivate, int maxFailures) {
        Delivery delivery = new Delivery(Frequency.AS_IT_HAPPENS, hook, SECRET, List.of());
        Map<String, Delivery> settings = Map.of("a", delivery);
        WebhookChannel webhook = new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), allowPrivate,
                new DeskLinks("http://desk.example:8080"), clock);
        return new Deliverer(log, id -> Optional.ofNullable(settings.get(id)), List.of(webhook),
                OutboxStore.in(dir.resolve("data")), clock, RetryPolicy.standard().withMaxFailures(maxFailures));
    }

    private Deliverer.Report pass(Deliverer deliverer) throws IOException {
        return deliverer.pass(Duration.ofSeconds(30), attempts::add);
    }

    @Test
    void eachMatchIsPostedOnceSignedAndNamedByItsIdempotencyKey() throws IOException {
        log.append(List.of(Matches.of("a", 1, T0), Matches.of("a", 2, T0)));
        Deliverer deliverer = deliverer(receiver.url(), true, 8);

        Deliverer.Report report = pass(deliverer);

        assertEquals(2, report.delivered());
        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(List.of("a:k1", "a:k2"), got.stream().map(WebhookReceiver.Received::delivery).toList());
        for (WebhookReceiver.Received r : got) {
            assertTrue(Signatures.verify(r.body(), SECRET, r.signature()), "the signature checks out under the alert's secret");
            assertFalse(Signatures.verify(r.body(), "another secret", r.signature()));
            assertEquals(String.valueOf(T0.getEpochSecond()), r.timestamp());
        }
        assertEquals(0, pass(deliverer).delivered(), "a second pass sends nothing again");
        assertEquals(2, receiver.received().size());
    }

    @Test
    void thePayloadCarriesTheAlertTheArticleWithItsDeskLinkAndWhyItMatched() throws IOException {
        log.append(List.of(Matches.of("a", 7, T0)));
        pass(deliverer(receiver.url(), true, 8));

        JsonNode body = MatchJson.JSON.readTree(receiver.received().get(0).body());
        assertEquals("a:k7", body.get("id").asText());
        assertEquals("a", body.at("/alert/id").asText());
        assertEquals("Alert a", body.at("/alert/name").asText());
        assertEquals("search", body.at("/alert/kind").asText());
        assertEquals("Report number 7", body.at("/article/title").asText());
        assertEquals("https://news.example/7", body.at("/article/url").asText());
        assertEquals("http://desk.example:8080/articles/k7", body.at("/article/link").asText());
        assertEquals("event-7", body.get("event").asText());
        assertEquals("story-1", body.get("story").asText());
        assertEquals("query: report", body.get("why").asText());
        assertEquals(T0.toString(), body.get("matchedAt").asText());
    }

    @Test
    void aFailedPostIsRetriedWithBackoffAndTheAlertsLaterMatchesWaitBehindIt() throws IOException {
        log.append(List.of(Matches.of("a", 1, T0), Matches.of("a", 2, T0)));
        Deliverer deliverer = deliverer(receiver.url(), true, 8);
        receiver.answer(500);

        Deliverer.Report first = pass(deliverer);
        assertEquals(1, first.failed(), "one attempt: the second match waits behind the first");
        Instant next = attempts.get(0).nextAttempt();
        Duration wait = Duration.between(T0, next);
        assertTrue(wait.compareTo(Duration.ofSeconds(24)) >= 0 && wait.compareTo(Duration.ofSeconds(36)) <= 0,
                "first retry after 30 s ± 20 %, was " + wait);

        receiver.answer(200);
        assertEquals(0, pass(deliverer).delivered(), "not before its time");
        clock.set(next);
        assertEquals(2, pass(deliverer).delivered());
        assertEquals(List.of("a:k1", "a:k2"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
    }

    @Test
    void aReceiverAskingToWaitWithRetryAfterIsHonoured() throws IOException {
        log.append(List.of(Matches.of("a", 1, T0)));
        receiver.answer(429);
        receiver.retryAfter("600");

        pass(deliverer(receiver.url(), true, 8));

        assertEquals(T0.plusSeconds(600), attempts.get(0).nextAttempt());
    }

    @Test
    void afterTheLastFailureTheMatchIsParkedWithItsReasonAndRetryPutsItBack() throws Exception {
        log.append(List.of(Matches.of("a", 1, T0), Matches.of("a", 2, T0)));
        Deliverer deliverer = deliverer(receiver.url(), true, 3);
        AtomicInteger posts = new AtomicInteger();
        receiver.answer(() -> posts.incrementAndGet() <= 3 ? 503 : 200);

        for (int i = 0; i < 3; i++) {
            pass(deliverer);
            clock.advance(Duration.ofHours(2));
        }

        AlertOutbox box = deliverer.store().outbox("webhook", "a").orElseThrow();
        assertEquals(1, box.parked().size());
        assertEquals("a:k1", box.parked().get(0).id());
        assertTrue(box.parked().get(0).lastError().startsWith("HTTP 503: not now (parked after 3 failed attempts)"),
                box.parked().get(0).lastError());
        assertEquals(List.of("a:k2"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList(),
                "the queue goes on past a parked match");

        assertEquals(1, deliverer.retryParked("a", Duration.ofSeconds(5)));
        pass(deliverer);
        assertEquals(List.of("a:k2", "a:k1"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
        assertTrue(deliverer.store().outbox("webhook", "a").orElseThrow().parked().isEmpty());
    }

    @Test
    void aWebhookOnALoopbackAddressIsRefusedUnlessAllowed() throws IOException {
        log.append(List.of(Matches.of("a", 1, T0)));

        pass(deliverer(receiver.url(), false, 8));

        assertEquals(List.of(), receiver.received());
        String reason = attempts.get(0).detail();
        assertTrue(reason.contains("127.0.0.1, a loopback address") && reason.contains("--allow-private-addresses"), reason);
    }

    @Test
    void aNewDelivererOverTheSameStateSendsNothingTwice() throws IOException {
        log.append(List.of(Matches.of("a", 1, T0)));
        pass(deliverer(receiver.url(), true, 8));
        log.append(List.of(Matches.of("a", 2, T0)));

        pass(deliverer(receiver.url(), true, 8));

        assertEquals(List.of("a:k1", "a:k2"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
    }

    @Test
    void matchesOfAnAlertWithoutAWebhookAreNotPosted() throws IOException {
        log.append(List.of(Matches.of("b", 1, T0)));

        Deliverer.Report report = pass(deliverer(receiver.url(), true, 8));

        assertEquals(0, report.delivered());
        assertEquals(List.of(), receiver.received());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2015-10-21T07:28:00Z");
        assertEquals(Duration.ofSeconds(120), WebhookChannel.retryAfter("120", now));
        assertEquals(Duration.ofSeconds(0), WebhookChannel.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Duration.ofMinutes(5), WebhookChannel.retryAfter("Wed, 21 Oct 2015 07:33:00 GMT", now));
        assertNull(WebhookChannel.retryAfter("soon", now));
    }

    @Test
    void backoffDoublesFromThirtySecondsToItsCapWithJitter() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1), new Random(1));
        for (int n = 1; n <= 10; n++) {
            long expected = Math.min(30_000L << (n - 1), 3_600_000L);
            long got = policy.delay(n, null).toMillis();
            assertTrue(got >= expected * 0.8 && got < expected * 1.2, "failure " + n + ": " + got + " ms");
        }
        assertEquals(Duration.ofDays(1), policy.delay(1, Duration.ofDays(30)), "a Retry-After is capped at a day");
    }


    @Test
    void anAlertWhoseStateIsUnreadableIsToldAndWaitsWhileTheOthersAreDelivered() throws IOException {
        Delivery delivery = new Delivery(Frequency.AS_IT_HAPPENS, receiver.url(), SECRET, List.of());
        OutboxStore store = OutboxStore.in(dir.resolve("data"));
        Deliverer deliverer = new Deliverer(log, id -> Optional.of(delivery),
                List.of(new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), true, DeskLinks.unknown(), clock)),
                store, clock, RetryPolicy.standard());
        java.nio.file.Path broken = store.root().resolve("webhook").resolve("b.json");
        java.nio.file.Files.createDirectories(broken.getParent());
        java.nio.file.Files.writeString(broken, "{not json");
        log.append(List.of(Matches.of("b", 1, T0), Matches.of("a", 2, T0)));

        Deliverer.Report report = pass(deliverer);

        assertEquals(List.of("a:k2"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
        assertTrue(report.problems().get(0).contains(broken.toString()), report.problems().toString());
        java.nio.file.Files.delete(broken);
        pass(deliverer);
        assertEquals(List.of("a:k2", "b:k1"), receiver.received().stream().map(WebhookReceiver.Received::delivery).toList(),
                "once the file is fixed (here: removed), b's match goes out, and a's is not sent twice");
    }

    @Test
    void behindAReceiverThatIsDownTheStateHoldsABoundedQueueAndTheRestWaitInTheLogInOrder() throws IOException {
        Delivery delivery = new Delivery(Frequency.AS_IT_HAPPENS, receiver.url(), SECRET, List.of());
        Deliverer deliverer = new Deliverer(log, id -> Optional.of(delivery),
                List.of(new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), true, DeskLinks.unknown(), clock)),
                OutboxStore.in(dir.resolve("data")), clock, RetryPolicy.standard(), 2);
        List<dev.storyline.alerts.Match> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) five.add(Matches.of("a", i, T0));
        log.append(five);
        receiver.answer(500);

        pass(deliverer);
        assertEquals(2, deliverer.store().outbox("webhook", "a").orElseThrow().queue().size(), "two held in the state");

        receiver.answer(200);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(5));
            pass(deliverer);
            assertTrue(deliverer.store().outbox("webhook", "a").orElseThrow().queue().size() <= 2);
        }
        assertEquals(List.of("a:k1", "a:k2", "a:k3", "a:k4", "a:k5"),
                receiver.received().stream().map(WebhookReceiver.Received::delivery).toList());
    }
}
