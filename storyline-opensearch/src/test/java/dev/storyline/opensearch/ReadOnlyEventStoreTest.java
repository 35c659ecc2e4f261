package dev.storyline.opensearch;

import dev.storyline.AnalyzedArticle;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.extract.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.storyline.events.EarthquakeReports.CHILE;
import static dev.storyline.events.EarthquakeReports.TURKEY_WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server over a store the cluster's job writes opens the events read-only: while the writer is in the middle of a
 * commit (its documents written, its commit record not yet), the reader serves the last complete commit, clears
 * nothing, and follows the writer once that commit is finished.
 */
class ReadOnlyEventStoreTest {

    private static AssignedArticle assigned(EventClusterer clusterer, long sequence, AnalyzedArticle a) {
        Assignment assignment = clusterer.assign(a);
        Article article = a.article();
        return new AssignedArticle(article.id(), sequence, article.title(), article.source(), article.published(),
                article.language(), assignment);
    }

    @Test
    void aReaderOpenedMidCommitServesTheLastCompleteCommitClearsNothingAndTheWriterFinishes() throws IOException {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        try (OpenSearchClient client = OpenSearchClient.connect(location);
             OpenSearchEventStore writer = OpenSearchEventStore.open(client)) {
            EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(),
                    ClusteringConfig.defaults().withoutRecheck(), writer);
            AssignedArticle turkey = assigned(clusterer, 1, TURKEY_WIRE);
            writer.recordAssignment(turkey);
            writer.commit(1);

            // The second commit half-written, as the job's sink leaves it mid-commit: a document, no commit record.
            AssignedArticle chile = assigned(clusterer, 2, CHILE);
            writer.recordAssignment(chile);
            client.send("PUT", "/" + writer.index() + "/_doc/article:chile?refresh=true",
                    OpenSearchEventStore.assignmentDoc(chile, 2));

            try (OpenSearchEventStore reader = OpenSearchEventStore.openReadOnly(location)) {
                assertEquals(turkey, reader.assignment("turkey-wire").orElseThrow(), "the first commit is served");
                assertEquals(1, reader.storyCount());
                assertEquals(1, reader.articlesThrough());
                assertTrue(reader.assignment("chile").isEmpty(), "the commit under way is not");
                assertTrue(client.getIfExists("/" + writer.index() + "/_doc/article:chile").isPresent(),
                        "nothing was cleared");
                assertThrows(IllegalStateException.class, () -> reader.recordAssignment(chile));

                writer.commit(2);
                assertEquals(chile, reader.assignment("chile").orElseThrow(), "the reader follows the finished commit");
                assertEquals(2, reader.storyCount());
                assertEquals(2, reader.articlesThrough());
            }
        }
    }
}
