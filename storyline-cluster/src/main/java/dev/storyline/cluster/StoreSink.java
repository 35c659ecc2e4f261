package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.cluster.JobRecords.Stored;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.extract.Article;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchEntityRegistry;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.store.StoredArticle;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's results into the store on OpenSearch, in the layout {@code storyline serve --store opensearch://…} reads:
 * articles ({@code PREFIX-articles}) under their key and the job's article number, entities ({@code PREFIX-entities})
 * under their canonical key, events, stories and assignments ({@code PREFIX-events}) as {@link OpenSearchEventStore}
 * writes them. There is no Flink connector for OpenSearch on Flink 2.x on Maven Central (flink-connector-opensearch2
 * is not served), so this is a Sink V2 over the store classes: written by hand only where the job meets the store.
 *
 * <p>At least once, idempotent: everything is written under ids the input fixes (article key and number, canonical
 * key, event and story ids), and committed on each checkpoint (and every {@link #FLUSH_ARTICLES} articles), articles
 * first, then entities, then the events with the number of the last article they hold. After a restore the records
 * since the last checkpoint come again: articles and entities are written again identical, and an article the events
 * hold already is not assigned twice. One task: the events are one ordered history, and their commit must follow
 * the articles' (the store's own rule, which lets a reader trust that every article the events name is there).
 *
 * <p>The events are not shipped from the ordered task as state: this writer runs the same clusterer, with the same
 * settings, over {@link OpenSearchEventStore} (whose active window lives in memory, as the embedded store's), on the
 * same articles in the same order, so the store's events are exactly those {@code storyline ingest} or
 * {@code serve} would write; each assignment is checked against the ordered task's, and a difference stops the job
 * rather than store divergent events. It costs the clusterer's ≈1 ms an article a second time.
 */
final class StoreSink implements Sink<Stored> {

    /** Commit at least this often between checkpoints, so that a bulk stays bounded. */
    static final int FLUSH_ARTICLES = 500;

    private final String location;

    /** @param location where the store is, as {@code --store} takes it ({@code opensearch://host:port[,…][/prefix]}) */
    StoreSink(String location) {
        OpenSearchLocation.parse(location); // a bad location fails as the job is built, not later in a task
        this.location = location;
    }

    @Override
    public SinkWriter<Stored> createWriter(WriterInitContext context) throws IOException {
        return new Writer(OpenSearchLocation.parse(location));
    }

    static final class Writer implements SinkWriter<Stored> {

        private final OpenSearchLocation location;
        private final OpenSearchClient client;
        private final OpenSearchArticleStore articles;
        private final OpenSearchEventStore events;
        private final EventClusterer clusterer;
        private final Map<String, RegisteredEntity> entities = new LinkedHashMap<>();
        private long assignedThrough;
        private boolean changed;

        Writer(OpenSearchLocation location) throws IOException {
            this.location = location;
            this.client = OpenSearchClient.connect(location);
            try {
                this.articles = OpenSearchArticleStore.open(client);
                this.events = OpenSearchEventStore.open(client);
                if (events.articlesThrough() > articles.lastSequence()) {
                    throw new IOException("the events at " + location + " hold articles through " + events.articlesThrough()
                            + " but the articles only through " + articles.lastSequence() + ": another store's events");
                }
                // As the embedded store's events: no window re-check on stored assignments.
                this.clusterer = new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), events);
                this.assignedThrough = events.articlesThrough();
                catchUp();
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        }

        /**
         * Assigns the stored articles the events do not hold (a commit of the articles whose events' commit did not
         * happen, or events started afresh after a commit cut short), in article order, and commits them.
         */
        private void catchUp() throws IOException {
            try {
                articles.forEachAfter(assignedThrough, (StoredArticle a) -> assign(a.key(), a.sequence(), a.analyzed()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (changed) commit();
        }

        @Override
        public void write(Stored record, Context context) throws IOException {
            if (record.entities() != null) {
                for (JsonNode e : AssignmentRecords.read(record.entities())) {
                    RegisteredEntity entity = OpenSearchEntityRegistry.entity(e.toString());
                    entity.aliases().forEach(entities::remove); // re-keyed: only its new key is written
                    entities.put(entity.canonical(), entity);
                }
                changed = true;
            }
            // A failure or a duplicate has no article; an article the events hold is in the store already (a replay).
            if (record.assignment() == null || record.sequence() <= assignedThrough) return;
            if (record.sequence() != assignedThrough + 1) {
                throw new IOException("the store at " + location + " holds articles through " + assignedThrough
                        + " and the job gives article " + record.sequence() + " next: the ones between are missing"
                        + " (was the store emptied while the job went on from a checkpoint?)");
            }
            AnalyzedArticle analyzed = AnalysisJson.read(record.article());
            articles.put(analyzed, record.sequence(), Instant.ofEpochMilli(record.written()));
            Assignment assignment = assign(record.key(), record.sequence(), analyzed);
            JsonNode expected = AssignmentRecords.read(record.assignment());
            if (!assignment.eventId().equals(expected.path("event").asText())
                    || !assignment.storyId().equals(expected.path("story").asText())) {
                throw new IllegalStateException("the store at " + location + " put article " + record.key() + " in event "
                        + assignment.eventId() + ", story " + assignment.storyId() + ", where the job put it in "
                        + expected.path("event").asText() + ", " + expected.path("story").asText());
            }
            if (articles.pendingCount() >= FLUSH_ARTICLES) commit();
        }

        private Assignment assign(String key, long sequence, AnalyzedArticle analyzed) {
            Assignment assignment = clusterer.assign(analyzed);
            Article a = analyzed.article();
            events.recordAssignment(new AssignedArticle(key, sequence, a.title(), a.source(), a.published(),
                    a.language(), assignment));
            assignedThrough = sequence;
            changed = true;
            return assignment;
        }

        /** Before each checkpoint, and at the end of a bounded input: everything written so far is committed. */
        @Override
        public void flush(boolean endOfInput) throws IOException {
            if (changed) commit();
        }

        /** Articles, then entities, then the events (never ahead of the articles); each returns once searchable. */
        private void commit() throws IOException {
            articles.commit();
            OpenSearchEntityRegistry.upsert(client, entities.values());
            entities.clear();
            events.commit(assignedThrough);
            changed = false;
        }

        /** Lets go without committing: what was not committed comes again from the last checkpoint. */
        @Override
        public void close() throws IOException {
            try {
                events.close();
            } finally {
                client.close();
            }
        }
    }
}
