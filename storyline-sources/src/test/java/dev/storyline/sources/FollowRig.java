package dev.storyline.sources;

import dev.storyline.CommitListener;
import dev.storyline.Ingestion;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.store.LuceneArticleStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code storyline follow} opens under a data folder, in one process, over loopback outlets: a real
 * store, events, pipeline, frontier, WARC archive and polite fetcher (with a short gap between requests to a host so
 * that the tests run in seconds), and a clock the test moves forward to make sources due.
 */
final class FollowRig implements AutoCloseable {

    /** The models load once for every test of the class (the NER models, once per language). */
    private static Pipeline.Models models;

    final Path data;
    final TestClock clock = new TestClock(Instant.now());
    final LuceneArticleStore store;
    final EmbeddedEntityRegistry entities;
    final StoredEvents events;
    final EmbeddedSourceRegistry registry;
    final Frontier frontier;
    final WarcArchive archive;
    final Fetchers fetchers;
    final Sources sources;
    final Follower follower;
    final List<Ingestion.Acknowledgement> acknowledged = new ArrayList<>();
    final List<String> log = new ArrayList<>();

    FollowRig(Path data, Schedule schedule) throws IOException {
        this(data, new Follower.Options(schedule, Duration.ofDays(7), 4, 3));
    }

    FollowRig(Path data, Follower.Options options) throws IOException {
        this.data = data;
        synchronized (FollowRig.class) {
            if (models == null) models = Pipeline.Models.load();
        }
        store = LuceneArticleStore.open(data);
        entities = EmbeddedEntityRegistry.open(data.resolve("entities.jsonl"));
        events = StoredEvents.open(data, store);
        registry = EmbeddedSourceRegistry.open(data);
        frontier = Frontier.open(data);
        archive = WarcArchive.open(data);
        fetchers = new Fetchers(policy());
        sources = new Sources(registry, fetchers, clock);
        follower = new Follower(sources, frontier, fetchers, archive, Pipeline.standard(LocalDate.now(), entities, models),
                store, events, entities, 1, CommitListener.NONE, new Object(),
                options, clock);
    }

    /** Loopback allowed (the outlets are there), 20 ms between two requests to a host, robots.txt re-read at once. */
    static FetchPolicy policy() {
        return FetchPolicy.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withRobotsTtl(Duration.ofMillis(1), Duration.ofMillis(1))
                .withBackoff(Duration.ofMillis(1), Duration.ofHours(2));
    }

    static SourceSettings settings() {
        return SourceSettings.DEFAULTS.withAllowPrivateAddresses(true);
    }

    Source add(java.net.URI url) throws Exception {
        return sources.add(url.toString(), null, settings()).source();
    }

    Follower.Pass pass() throws IOException {
        return follower.followOnce(acknowledged::add, log::add);
    }

    /** Moves the clock past every source's next fetch. */
    Follower.Pass passLater(Duration later) throws IOException {
        clock.advance(later);
        return pass();
    }

    Source source(String id) {
        return registry.get(id).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        fetchers.close();
        archive.close();
        frontier.close();
        events.close();
        store.close();
        entities.flush();
    }

    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
