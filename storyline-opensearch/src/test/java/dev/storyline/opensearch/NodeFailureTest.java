package dev.storyline.opensearch;

import dev.storyline.AnalyzedArticle;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.SearchRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_PAPER;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One node of two stops (one replica of every shard): the store reads and writes on, nothing lost. */
class NodeFailureTest {

    @Test
    void readsAndWritesGoOnWhenANodeStopsAndNothingIsLost() throws IOException {
        TestCluster cluster = TestCluster.shared();
        OpenSearchLocation location = cluster.freshLocation();
        try (OpenSearchArticleStore articles = OpenSearchArticleStore.open(location);
             OpenSearchEventStore events = OpenSearchEventStore.open(location)) {
            EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), events);
            Assignment wire = add(articles, events, clusterer, TURKEY_WIRE);
            cluster.awaitGreen(articles.index());
            cluster.awaitGreen(events.index());
            assertEquals(1, cluster.copiesOn("node-1", articles.index()), "a copy on each node");
            assertEquals(1, cluster.copiesOn("node-2", articles.index()));

            String stopped = cluster.stopFollower();
            try {
                assertEquals(List.of("turkey-wire"), ids(articles, "Gaziantep"), "reads go on");
                Assignment paper = add(articles, events, clusterer, TURKEY_PAPER);
                add(articles, events, clusterer, CHILE);
                assertEquals(3, articles.count(), "writes go on");
                assertEquals(wire.eventId(), paper.eventId());
                assertEquals(2, events.members(wire.eventId()).size());
            } finally {
                cluster.restart(stopped);
            }
            cluster.awaitGreen(articles.index());
            assertEquals(1, cluster.copiesOn(stopped, articles.index()), "the node is back with its copy");
            assertEquals(3, articles.count(), "none lost, none twice");
            assertEquals(ArticleStore.Added.DUPLICATE, articles.add(TURKEY_WIRE));
        }
    }

    private static Assignment add(ArticleStore articles, OpenSearchEventStore events, EventClusterer clusterer,
                                  AnalyzedArticle a) throws IOException {
        assertEquals(ArticleStore.Added.ADDED, articles.add(a));
        articles.commit();
        Assignment assignment = clusterer.assign(a);
        events.recordAssignment(new AssignedArticle(ArticleIdentity.of(a.article()).key(), articles.lastSequence(),
                a.article().title(), a.article().source(), a.article().published(), a.article().language(), assignment));
        events.commit(articles.lastSequence());
        return assignment;
    }

    private static List<String> ids(ArticleStore store, String query) throws IOException {
        return store.search(SearchRequest.of(query)).hits().stream().map(h -> h.analyzed().article().id()).toList();
    }
}
