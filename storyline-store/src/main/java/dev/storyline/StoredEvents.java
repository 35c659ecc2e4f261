package dev.storyline;

import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleStore;
import dev.storyline.events.DurableEventStore;
import dev.storyline.store.LuceneEventStore;
import dev.storyline.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * The events and stories of a store's articles, kept beside them: each article added is assigned once, as it
 * arrives, and where it went is committed right after the article. Ingestion, the server and export all go through
 * it, so that none of them recomputes events. An article the events have not seen (a store written before events
 * were kept, or a crash between the two commits) is assigned by {@link #catchUp}, in ingestion order. Thread-safe.
 */
public final class StoredEvents implements AutoCloseable {

    /** During a catch-up, commit this often, so that a long one interrupted resumes where it was. */
    private static final int CATCH_UP_COMMIT_EVERY = 2000;

    private final DurableEventStore store;
    private final EventClusterer clusterer;
    // Another process writes these events (the cluster's job): nothing is assigned, caught up or committed here.
    private final boolean readOnly;
    // The last article assigned (committed or not); the store knows the last one committed.
    private long assignedThrough;
    private volatile boolean closed;
    /** The key an article's entity is compared under (see {@link #comparingEntitiesBy}); as it is until told. */
    private volatile java.util.function.UnaryOperator<String> entityKey = java.util.function.UnaryOperator.identity();

    private StoredEvents(DurableEventStore store, EventClusterer clusterer, boolean readOnly) {
        this.store = store;
        this.clusterer = clusterer;
        this.readOnly = readOnly;
        this.assignedThrough = store.articlesThrough();
    }

    /**
     * Opens the events kept under {@code data} beside {@code articles} (creating them empty), with the standard
     * features and settings. Events that claim articles the store does not have (the articles' index was replaced)
     * are of another store: they are started afresh, and {@link #catchUp} rebuilds them from the articles.
     */
    public static StoredEvents open(Path data, ArticleStore articles) throws IOException {
        // The window re-check (EventClusterer#recheck) is not yet applied to stored assignments: keep no features for it.
        return open(data, articles, ClusteringConfig.defaults().withoutRecheck());
    }

    public static StoredEvents open(Path data, ArticleStore articles, ClusteringConfig config) throws IOException {
        return open(new DurableEventStore.Opener() {
            @Override
            public DurableEventStore open() throws IOException {
                return LuceneEventStore.open(data);
            }

            @Override
            public DurableEventStore openEmpty() throws IOException {
                return LuceneEventStore.openEmpty(data);
            }
        }, articles, config);
    }

    /** The events {@code opener} gives (another store than the embedded one: OpenSearch), beside {@code articles}. */
    public static StoredEvents open(DurableEventStore.Opener opener, ArticleStore articles) throws IOException {
        return open(opener, articles, ClusteringConfig.defaults().withoutRecheck());
    }

    public static StoredEvents open(DurableEventStore.Opener opener, ArticleStore articles, ClusteringConfig config)
            throws IOException {
        DurableEventStore store = opener.open();
        if (store.articlesThrough() > articles.lastSequence()) {
            store.close();
            store = opener.openEmpty();
        }
        return new StoredEvents(store, new EventClusterer(FeatureExtractor.standard(), config, store), false);
    }

    /**
     * The events of a store that another process writes (the cluster's job), for reading only: the store is taken as
     * it is (never emptied, whatever the articles hold), nothing is {@linkplain #behind behind} (the catch-up is the
     * writer's), and {@link #assign} refuses.
     */
    public static StoredEvents readOnly(DurableEventStore store) {
        return new StoredEvents(store, null, true);
    }

    /**
     * Compares every article's entities under the key each entity was first given ({@link RegisteredEntity#firstKey}),
     * which a re-key does not move: the events keep the keys of the articles they hold, so an event made before
     * "Kasim Jomart Tokayev" became {@code PER:kassym-jomart-tokayev} still shares that person with the articles after.
     * Returns these events.
     */
    public StoredEvents comparingEntitiesBy(EntityRegistry registry) {
        this.entityKey = key -> registry.get(key).map(RegisteredEntity::firstKey).orElse(key);
        return this;
    }

    /** Whether another process writes these events ({@link #readOnly}). */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The committed events, stories and assignments, for reading. */
    public DurableEventStore store() {
        return store;
    }

    /**
     * Assigns the article just added to the store as number {@code sequence}; an article at or before the last one
     * assigned is not assigned again (returns null).
     */
    public synchronized Assignment assign(String key, long sequence, AnalyzedArticle analyzed) {
        if (readOnly) throw new IllegalStateException("these events are written by another process: nothing is assigned here");
        if (sequence <= assignedThrough) return null;
        Assignment assignment = clusterer.assign(analyzed.withCurrentKeys(entityKey));
        Article a = analyzed.article();
        try {
            store.recordAssignment(new AssignedArticle(key, sequence, a.title(), a.source(), a.published(),
                    a.language(), assignment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assignedThrough = sequence;
        return assignment;
    }

    /** Reads the active window now (else the first assignment does): a server does it in the background. */
    public synchronized void loadWindow() {
        if (!readOnly) store.loadWindow();
    }

    /** Commits what was assigned since the last commit; call it after the articles' commit. */
    public synchronized void commit() throws IOException {
        if (!readOnly) store.commit(assignedThrough);
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** How many stored articles have no committed event yet. */
    public long behind(ArticleStore articles) {
        if (readOnly) return 0;
        return Math.max(0, articles.lastSequence() - store.articlesThrough());
    }

    /**
     * Assigns, in ingestion order, the stored articles that the events have not seen, committing as it goes;
     * {@code progress} hears the number done so far. Returns how many were assigned. Stops early (having committed
     * what it did) when the events are closed meanwhile. Run by one thread at a time, and not while another
     * assigns new articles (they would come before older ones).
     */
    public long catchUp(ArticleStore articles, LongConsumer progress) throws IOException {
        if (behind(articles) == 0) return 0;
        long[] done = {0};
        long from;
        synchronized (this) {
            from = assignedThrough;
        }
        try {
            articles.forEachAfter(from, stored -> {
                if (closed) throw new Closed();
                catchUpOne(stored);
                done[0]++;
                if (done[0] % CATCH_UP_COMMIT_EVERY == 0) {
                    commitUnchecked();
                    progress.accept(done[0]);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Closed stopped) {
            return done[0];
        }
        if (done[0] > 0) {
            commit();
            progress.accept(done[0]);
        }
        return done[0];
    }

    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private void catchUpOne(StoredArticle stored) {
        if (stored.sequence() <= 0) throw new IllegalStateException("the article store gave no sequence numbers");
        assign(stored.key(), stored.sequence(), stored.analyzed());
    }

    private synchronized void commitUnchecked() {
        try {
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes without committing (what was not committed is assigned again at the next catch-up). */
    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            store.close();
        }
    }
}
