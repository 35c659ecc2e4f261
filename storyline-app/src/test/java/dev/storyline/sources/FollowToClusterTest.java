package dev.storyline.sources;

import dev.storyline.Ingestion;
import dev.storyline.cluster.ClusterConfig;
import dev.storyline.cluster.ClusterTopics;
import dev.storyline.cluster.LocalKafka;
import dev.storyline.cluster.PageProducer;
import dev.storyline.cluster.PageRecords;
import dev.storyline.ingest.RawPage;
import dev.storyline.sources.LoopbackOutlets.Spec;
import dev.storyline.sources.archive.WarcArchive;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follower with its pages going to a cluster's pages topic (the in-JVM KRaft broker) instead of the embedded
 * store, over a loopback outlet: fetched politely and archived as ever, each page acknowledged once Kafka holds it,
 * and a page Kafka did not take fetched again at the next pass.
 */
class FollowToClusterTest {

    @TempDir
    Path data;

    private final List<Ingestion.Acknowledgement> acknowledged = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @Test
    void followedPagesGoToThePagesTopicOnceEachAndNothingToTheStore() throws Exception {
        try (LocalKafka kafka = new LocalKafka();
             LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Le Courrier du Val", "fr", 4)));
             Rig rig = new Rig(data)) {
            ClusterConfig config = topics(kafka);
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            rig.add(fr.homepage());
            try (PageProducer producer = new PageProducer(config, Duration.ofSeconds(30))) {
                Follower follower = rig.followerTo(page -> append(producer, page));

                Follower.Pass first = follower.followOnce(acknowledged::add, log::add);
                rig.clock.advance(Duration.ofDays(1));
                Follower.Pass second = follower.followOnce(acknowledged::add, log::add);

                assertEquals(4, first.added(), log.toString());
                assertEquals(0, second.fetched(), "nothing fetched again");
                assertTrue(acknowledged.stream().allMatch(a -> a.status() == Ingestion.Status.QUEUED), acknowledged.toString());
                List<ConsumerRecord<String, String>> records = kafka.readAll(config.pagesTopic());
                assertEquals(acknowledged.stream().map(Ingestion.Acknowledgement::id).toList(),
                        records.stream().map(ConsumerRecord::key).toList(), "each page once, in the order acknowledged");
                for (int n = 0; n < 4; n++) assertEquals(1, fr.requests("/fr/news/" + n), "article " + n + " fetched once");
                RawPage page = (RawPage) PageRecords.read(records.get(0).value(), "test");
                assertEquals(RawPage.Kind.HTML, page.kind());
                assertTrue(page.content().contains("<html"), "the page as fetched");
                assertFalse(Files.exists(data.resolve("articles")), "no embedded store");
                assertFalse(WarcArchive.files(data.resolve(WarcArchive.FOLDER)).isEmpty(), "the fetches are archived");
            }
        }
    }

    @Test
    void aPageKafkaDidNotTakeEndsThePassAndIsFetchedAgainAtTheNext() throws Exception {
        try (LocalKafka kafka = new LocalKafka();
             LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Le Courrier du Val", "fr", 4)));
             Rig rig = new Rig(data)) {
            ClusterConfig config = topics(kafka);
            rig.add(outlets.outlet(0).homepage());
            AtomicInteger appended = new AtomicInteger();
            try (PageProducer producer = new PageProducer(config, Duration.ofSeconds(3))) {
                Follower follower = rig.followerTo(page -> {
                    if (appended.get() == 2) kafka.stopBroker();
                    append(producer, page);
                    appended.incrementAndGet();
                });
                IOException refused = assertThrows(IOException.class, () -> follower.followOnce(acknowledged::add, log::add));
                assertTrue(refused.getMessage().contains("Kafka did not take page"), refused.getMessage());
            }
            assertEquals(2, acknowledged.size(), "two pages acknowledged before the broker stopped");
            kafka.startBroker();

            try (PageProducer producer = new PageProducer(config, Duration.ofSeconds(30))) {
                Follower.Pass next = rig.followerTo(page -> append(producer, page)).followOnce(acknowledged::add, log::add);
                assertEquals(2, next.added(), log.toString());
            }

            List<String> keys = kafka.readAll(config.pagesTopic()).stream().map(ConsumerRecord::key).toList();
            Set<String> distinct = keys.stream().collect(Collectors.toSet());
            assertEquals(4, keys.size(), "four pages, none lost, none twice: " + keys);
            assertEquals(4, distinct.size());
            assertEquals(distinct, acknowledged.stream().map(Ingestion.Acknowledgement::id).collect(Collectors.toSet()));
        }
    }

    private static ClusterConfig topics(LocalKafka kafka) throws InterruptedException {
        ClusterConfig config = ClusterConfig.of(kafka.bootstrapServers()).withTopics("follow", 1, (short) 1);
        ClusterTopics.create(config);
        return config;
    }

    private static void append(PageProducer producer, RawPage page) throws IOException {
        try {
            producer.sendAndWait(page);
        } catch (InterruptedException e) {
            throw new InterruptedIOException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** What `follow --cluster` opens under the data folder: the sources, the frontier, the archive, the fetchers. */
    private static final class Rig implements AutoCloseable {
        final FollowRig.TestClock clock = new FollowRig.TestClock(Instant.now());
        final EmbeddedSourceRegistry registry;
        final Frontier frontier;
        final WarcArchive archive;
        final Fetchers fetchers;
        final Sources sources;

        Rig(Path data) throws IOException {
            registry = EmbeddedSourceRegistry.open(data);
            frontier = Frontier.open(data);
            archive = WarcArchive.open(data);
            fetchers = new Fetchers(FollowRig.policy());
            sources = new Sources(registry, fetchers, clock);
        }

        void add(java.net.URI url) throws Exception {
            sources.add(url.toString(), null, FollowRig.settings());
        }

        Follower followerTo(Follower.PageLog pageLog) throws IOException {
            return new Follower(sources, frontier, fetchers, archive, pageLog,
                    new Follower.Options(Schedule.DEFAULT, Duration.ofDays(7), 4, 3), clock);
        }

        @Override
        public void close() throws IOException {
            fetchers.close();
            archive.close();
            frontier.close();
        }
    }
}
