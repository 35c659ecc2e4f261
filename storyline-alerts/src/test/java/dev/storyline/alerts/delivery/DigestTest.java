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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Digests, by the clock the test moves: one per alert and period, each match in exactly one. */
class DigestTest {

    private static final Instant DAY = Instant.parse("2026-12-04T00:00:00Z");

    @TempDir
    Path dir;

    private WebhookReceiver receiver;
    private JsonlMatchLog log;
    private final TestClock clock = new TestClock(DAY.plusSeconds(3600));

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
        log = JsonlMatchLog.open(dir.resolve("alerts"));
    }

    @AfterEach
    void stop() throws IOException {
        receiver.close();
        log.close();
    }

    private Deliverer deliverer(Frequency frequency) {
        Delivery delivery = new Delivery(frequency, receiver.url(), "secret", List.of());
        WebhookChannel webhook = new WebhookChannel(Duration.ofSeconds(2), Duration.ofSeconds(5), true, DeskLinks.unknown(), clock);
        return new Deliverer(log, id -> Optional.of(delivery), List.of(webhook), OutboxStore.in(dir), clock, RetryPolicy.standard());
    }

    private void pass(Deliverer d) throws IOException {
        d.pass(Duration.ofSeconds(30), a -> { });
    }

    private List<String> matchIds(WebhookReceiver.Received r) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : MatchJson.JSON.readTree(r.body()).get("matches")) ids.add(m.get("id").asText());
        return ids;
    }

    @Test
    void aDailyDigestCarriesTheDaysMatchesUnderAnIdMadeOfTheAlertAndTheDay() throws IOException {
        log.append(List.of(Matches.of("a", 1, DAY.plusSeconds(3600)), Matches.of("a", 2, DAY.plusSeconds(7200))));
        Deliverer deliverer = deliverer(Frequency.DAILY);
        pass(deliverer);
        clock.set(DAY.plus(Duration.ofDays(1)));
        pass(deliverer);

        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(1, got.size());
        assertEquals("a:digest:daily:2026-12-04T00:00:00Z", got.get(0).delivery());
        JsonNode digest = MatchJson.JSON.readTree(got.get(0).body()).get("digest");
        assertEquals(2, digest.get("count").asInt());
        assertEquals("2026-12-05T00:00:00Z", digest.get("end").asText());
        assertEquals(List.of("a:k1", "a:k2"), matchIds(got.get(0)));
    }

    @Test
    void aDigestThatFailedIsSentAgainAfterARestartWithTheSameIdAndMatchesAndALateMatchWaitsForTheNext() throws IOException {
        log.append(List.of(Matches.of("a", 1, DAY.plusSeconds(3600)), Matches.of("a", 2, DAY.plusSeconds(3700))));
        clock.set(DAY.plusSeconds(7200));
        receiver.answer(500);
        pass(deliverer(Frequency.HOURLY));
        // Found late, but in the hour already sealed: it must not reopen that digest.
        log.append(List.of(Matches.of("a", 3, DAY.plusSeconds(3800))));

        receiver.answer(200);
        clock.set(DAY.plusSeconds(7200 + 3600));
        pass(deliverer(Frequency.HOURLY));

        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(List.of("a:digest:hourly:2026-12-04T01:00:00Z", "a:digest:hourly:2026-12-04T02:00:00Z"),
                got.stream().map(WebhookReceiver.Received::delivery).toList());
        assertEquals(List.of("a:k1", "a:k2"), matchIds(got.get(0)));
        assertEquals(List.of("a:k3"), matchIds(got.get(1)));
    }

    @Test
    void noDigestForAPeriodWithoutMatches() throws IOException {
        Deliverer deliverer = deliverer(Frequency.HOURLY);
        for (int h = 0; h < 5; h++) {
            clock.advance(Duration.ofHours(1));
            pass(deliverer);
        }
        assertEquals(List.of(), receiver.received());
    }
}
