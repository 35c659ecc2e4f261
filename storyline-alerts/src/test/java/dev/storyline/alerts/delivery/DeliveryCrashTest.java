package dev.storyline.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.alerts.JsonlMatchLog;
import dev.storyline.alerts.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a delivering process with SIGKILL at random moments (the receiver also fails one post in ten), restarts it,
 * and checks that nothing it marked delivered was never received; after a last clean run, every match was received,
 * exactly once after de-duplication by the delivery header, and every digest always with the same matches.
 */
class DeliveryCrashTest {

    private static final int MATCHES_PER_ROUND = 80;
    private static final int KILLS = 7;

    @TempDir
    Path dir;

    @Test
    void killedDeliveryDeliversEveryMatchAtLeastOnceAndExactlyOnceAfterDeduplication() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(20261204);
        Set<String> asItHappens = new HashSet<>();
        Set<String> digested = new HashSet<>();
        try (WebhookReceiver receiver = new WebhookReceiver(); JsonlMatchLog log = JsonlMatchLog.open(data.resolve("alerts"))) {
            receiver.answer(() -> {
                sleepQuietly(12);
                return random.nextInt(10) == 0 ? 503 : 200;
            });
            // The digest alert's matches span ten hours that have all ended: digests are sealed as the child runs.
            Instant tenHoursAgo = Instant.now().minus(Duration.ofHours(12));
            int n = 0;
            for (int round = 0; round <= KILLS; round++) {
                List<Match> more = new ArrayList<>();
                for (int i = 0; i < MATCHES_PER_ROUND; i++, n++) {
                    boolean digest = n % 5 == 0;
                    Match m = Matches.of(digest ? "digest" : "now", n, tenHoursAgo.plusSeconds(60L * n));
                    more.add(m);
                    (digest ? digested : asItHappens).add(m.id());
                }
                log.append(more);
                Process child = start(data, receiver);
                if (round < KILLS) {
                    Thread.sleep(500 + random.nextInt(1500));
                    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    assertNothingMarkedDeliveredUnreceived(data, receiver);
                } else {
                    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the last run finishes");
                    assertEquals(0, child.exitValue());
                }
            }
            List<WebhookReceiver.Received> got = receiver.received();
            Set<String> ids = new HashSet<>();
            Map<String, List<String>> digestContents = new HashMap<>();
            List<String> digestMatches = new ArrayList<>();
            for (WebhookReceiver.Received r : got) {
                ids.add(r.delivery());
                if (!r.delivery().contains(":digest:")) continue;
                List<String> contents = matchIds(r);
                List<String> before = digestContents.putIfAbsent(r.delivery(), contents);
                if (before == null) digestMatches.addAll(contents);
                else assertEquals(before, contents, "a digest re-sent carries the same matches");
            }
            System.out.printf("delivery crash test: %d posts received for %d matches (%d digests)%n",
                    got.size(), asItHappens.size() + digested.size(), digestContents.size());
            Set<String> expected = new HashSet<>(asItHappens);
            expected.addAll(digestContents.keySet());
            assertEquals(expected, ids, "every as-it-happens match and every digest, each once after de-duplication");
            assertEquals(digested.size(), digestMatches.size(), "no match in two digests");
            assertEquals(digested, new HashSet<>(digestMatches), "every digest alert's match in a digest");
        }
    }

    /** What the state says was delivered (taken in, and no longer waiting) the receiver has. */
    private static void assertNothingMarkedDeliveredUnreceived(Path data, WebhookReceiver receiver) throws IOException {
        Set<String> received = new HashSet<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            received.add(r.delivery());
            if (r.delivery().contains(":digest:")) received.addAll(matchIds(r));
        }
        OutboxStore store = OutboxStore.in(data);
        try (JsonlMatchLog log = JsonlMatchLog.openReadOnly(data.resolve("alerts"))) {
            for (AlertOutbox box : store.outboxes("webhook", e -> { throw new AssertionError(e); })) {
                Set<String> waiting = new HashSet<>();
                box.open().forEach(m -> waiting.add(m.id()));
                box.queue().forEach(p -> p.matches().forEach(m -> waiting.add(m.id())));
                for (var p : log.ofAlert(box.alertId(), Integer.MAX_VALUE)) {
                    if (p.position() > box.enqueuedThrough() || waiting.contains(p.match().id())) continue;
                    assertTrue(received.contains(p.match().id()), "marked delivered but never received: " + p.match().id());
                }
            }
        }
    }

    private static List<String> matchIds(WebhookReceiver.Received r) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : MatchJson.JSON.readTree(r.body()).get("matches")) ids.add(m.get("id").asText());
        return ids;
    }

    private static Process start(Path data, WebhookReceiver receiver) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DeliveryCrashChild.class.getName(), data.toString(), receiver.url().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
