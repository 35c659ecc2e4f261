package dev.storyline.sources;

import dev.storyline.StorylineProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * Kills {@code storyline follow --once} with SIGKILL at random moments while it follows loopback outlets, restarts
 * it, and checks after each restart that every article it acknowledged is stored, none twice, and, counting the
 * requests at the outlets, that no article page already stored was fetched again.
 */
class FollowCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = 4;
    private static final int NEW_PER_RESTART = 5;

    @TempDir
    Path dir;

    @Test
    void killedFollowingLosesNoAcknowledgedArticleStoresNoneTwiceAndFetchesNoStoredPageAgain() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new LoopbackOutlets.Spec("Le Courrier du Val", "fr", 10,
                Duration.ofMinutes(10), LoopbackOutlets.Misbehaviour.NONE), new LoopbackOutlets.Spec("La Gazette des Basses Terres", "fr", 10,
                Duration.ofMinutes(10), LoopbackOutlets.Misbehaviour.NONE)))) {
            Path data = dir.resolve("data");
            int total = 0;
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data);
                 Fetchers fetchers = new Fetchers(FetchPolicy.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ZERO))) {
                Sources sources = new Sources(registry, fetchers, Clock.systemUTC());
                for (LoopbackOutlets.Outlet o : outlets.outlets()) {
                    sources.add(o.homepage().toString(), null, SourceSettings.DEFAULTS.withAllowPrivateAddresses(true));
                    total += o.articleCount();
                }
            }
            Set<String> acknowledged = new HashSet<>();
            Random random = new Random(20261204);
            for (int kill = 0; kill < KILLS; kill++) {
                // Every restart has work: new articles at every outlet, every source due (as after a poll interval).
                if (kill > 0) total += publishAndMakeDue(outlets, data);
                Map<String, Integer> storedBefore = storedPageRequests(data, outlets);
                Process follow = StorylineProcess.start("1g", "follow", "--once", "--allow-private-addresses", "--host-delay-ms", "0", "--threads", "1", "--data", data.toString());
                List<String> out = new ArrayList<>();
                Thread reader = StorylineProcess.collectAcknowledged(follow, out);
                // The first kill lands at a random moment of the start (frontier opening, first polls); the others at a
                // random moment after the first acknowledgement (mid-fetch, mid-batch, between the store's commit and
                // the frontier's).
                if (kill > 0) awaitFirstLine(out, follow);
                Thread.sleep(kill == 0 ? 1000 + random.nextInt(3000) : random.nextInt(1500));
                follow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                reader.join(5000);
                synchronized (out) {
                    for (String line : out) acknowledged.add(JSON.readTree(line).get("key").asText());
                }
                long stored = assertStoreHolds(data, acknowledged);
                assertNoStoredPageFetchedAgain(storedBefore, outlets);
                System.out.printf("follow crash test: kill %d: %d acknowledged so far, %d stored%n", kill + 1, acknowledged.size(), stored);
            }
            total += publishAndMakeDue(outlets, data);
            Map<String, Integer> storedBefore = storedPageRequests(data, outlets);
            Process last = StorylineProcess.start("1g", "follow", "--once", "--allow-private-addresses", "--host-delay-ms", "0", "--threads", "1", "--data", data.toString());
            List<String> out = new ArrayList<>();
            Thread reader = StorylineProcess.collectAcknowledged(last, out);
            assertTrue(last.waitFor(3, TimeUnit.MINUTES), "the last pass finishes");
            reader.join(5000);
            assertEquals(0, last.exitValue());
            assertNoStoredPageFetchedAgain(storedBefore, outlets);
            synchronized (out) {
                for (String line : out) acknowledged.add(JSON.readTree(line).get("key").asText());
            }
            assertEquals(total, assertStoreHolds(data, acknowledged), "every article once, after all the crashes");
        }
    }

    private static int publishAndMakeDue(LoopbackOutlets outlets, Path data) throws IOException {
        int published = 0;
        for (LoopbackOutlets.Outlet o : outlets.outlets()) {
            o.publish(NEW_PER_RESTART);
            published += NEW_PER_RESTART;
        }
        try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data)) {
            for (Source s : registry.all()) registry.update(s.id(), x -> x.withStatus(x.status().resumed(java.time.Instant.now())));
        }
        return published;
    }

    /** How many times each article page whose article is in the store was asked for, by path. */
    private static Map<String, Integer> storedPageRequests(Path data, LoopbackOutlets outlets) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.forEach(a -> {
                URI url = URI.create(a.analyzed().article().url());
                for (LoopbackOutlets.Outlet o : outlets.outlets()) {
                    if (o.base().getAuthority().equals(url.getAuthority())) counts.put(o.base().resolve(url.getPath()).toString(), o.requests(url.getPath()));
                }
            });
        }
        return counts;
    }

    private static void assertNoStoredPageFetchedAgain(Map<String, Integer> before, LoopbackOutlets outlets) {
        List<String> again = new ArrayList<>();
        before.forEach((page, n) -> {
            URI url = URI.create(page);
            for (LoopbackOutlets.Outlet o : outlets.outlets()) {
                if (o.base().getAuthority().equals(url.getAuthority()) && o.requests(url.getPath()) != n) again.add(page);
            }
        });
        assertEquals(List.of(), again, "article pages stored before the restart and fetched again after it");
    }

    private static long assertStoreHolds(Path data, Set<String> acknowledged) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Set<String> keys = new HashSet<>();
            Set<String> urls = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            store.forEach(a -> {
                if (!keys.add(a.key()) | !urls.add(a.analyzed().article().url())) duplicates.add(a.analyzed().article().url());
            });
            assertEquals(List.of(), duplicates, "no article stored twice");
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(keys);
            assertEquals(Set.of(), lost, "every acknowledged article survives");
            return keys.size();
        }
    }

    private static void awaitFirstLine(List<String> out, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (out) {
                if (!out.isEmpty()) return;
            }
            Thread.sleep(20);
        }
    }
}
