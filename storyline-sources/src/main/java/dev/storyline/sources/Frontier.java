package dev.storyline.sources;

import dev.storyline.store.ArticleStore;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every article URL Storyline has seen while following, with what became of it: the frontier. It is a Lucene index
 * under {@code <data>/frontier} keyed by the normalised URL (Lucene is already the project's embedded store; its
 * commit is atomic and its term dictionary stays on disk, so the known-URL set costs disk, not heap). In memory:
 * the changes since the last commit (the work in flight) and a bounded cache of recent look-ups; nothing grows with
 * the URLs ever seen.
 *
 * <p>Crash safety: a URL is marked stored only after ingestion acknowledged its article, and each commit records
 * the store's ingestion sequence it is consistent with. A crash between the store's commit and the frontier's
 * leaves articles the frontier does not know as stored; {@link #reconcile} reads them back from the store (the
 * articles after the recorded sequence, at most a batch) so that no stored URL is fetched again.
 */
public final class Frontier implements Closeable {

    /** What became of a URL. */
    public enum State {
        /** Seen in a feed or sitemap and deliberately not fetched (older than the first poll's age limit). */
        DISCOVERED,
        /** Fetched (and archived), not yet acknowledged by ingestion: a crash here fetches it again. */
        FETCHED,
        /** Its article is durable in the store. */
        STORED,
        /** It could not be fetched or read; {@code reason} says why. */
        FAILED
    }

    /**
     * One known URL.
     *
     * @param url       the normalised URL
     * @param source    the id of the source it came from
     * @param attempts  how many times it was fetched
     * @param permanent for a failure: whether trying again is pointless (404, 410, refused by robots.txt)
     * @param canonical the page's own canonical URL (normalised) when it states one and it differs, else null
     */
    public record Entry(String url, State state, String source, int attempts, String reason, boolean permanent,
                        String canonical, Instant updated) {
    }

    /** A URL that failed transiently is tried again at later polls, this many attempts in all. */
    public static final int MAX_ATTEMPTS = 3;
    private static final int CACHE_ENTRIES = 20_000;
    private static final String SEQUENCE = "storeSequence";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Entry> pending = new HashMap<>();
    private final Map<String, Entry> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Frontier.Entry> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private long storeSequence;
    private final boolean fresh;

    private Frontier(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(16));
        this.searchers = new SearcherManager(writer, true, true, null);
        String recorded = DirectoryReader.indexExists(directory) ? lastCommitData() : null;
        this.storeSequence = recorded == null ? 0 : Long.parseLong(recorded);
        this.fresh = recorded == null;
    }

    /** Whether this frontier was never committed before this process opened it. */
    public boolean isNew() {
        return fresh;
    }

    /** Opens (or creates) the frontier under {@code <data>/frontier}; fails if another process has it open. */
    public static Frontier open(Path data) throws IOException {
        return new Frontier(data.resolve("frontier"));
    }

    private String lastCommitData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().get(SEQUENCE);
        }
    }

    /** What is known about a normalised URL. */
    public synchronized Optional<Entry> get(String url) throws IOException {
        Entry e = pending.get(url);
        if (e == null) e = cache.get(url);
        if (e == null) {
            e = lookUp(url);
            if (e != null) cache.put(url, e);
        }
        return Optional.ofNullable(e);
    }

    /**
     * Whether a URL should be fetched: never seen, or fetched without its article acknowledged (a crash came
     * between), or failed transiently fewer than {@link #MAX_ATTEMPTS} times.
     */
    public synchronized boolean wanted(String url) throws IOException {
        Optional<Entry> e = get(url);
        if (e.isEmpty()) return true;
        return switch (e.get().state()) {
            case STORED, DISCOVERED -> false;
            case FETCHED -> true;
            case FAILED -> !e.get().permanent() && e.get().attempts() < MAX_ATTEMPTS;
        };
    }

    /** Known and deliberately left alone (older than the first poll's limit). */
    public synchronized void skipped(String url, String source, String reason) throws IOException {
        if (get(url).isPresent()) return;
        put(new Entry(url, State.DISCOVERED, source, 0, reason, true, null, Instant.now()));
    }

    public synchronized void fetched(String url, String source, String canonical) throws IOException {
        put(new Entry(url, State.FETCHED, source, attempts(url) + 1, null, false, canonical, Instant.now()));
    }

    /** The URL's article is durable in the store (call only once ingestion acknowledged it). */
    public synchronized void stored(String url, String source, String canonical) throws IOException {
        Entry known = get(url).orElse(null);
        int attempts = known == null ? 0 : known.attempts();
        put(new Entry(url, State.STORED, source, attempts, null, false, canonical, Instant.now()));
    }

    public synchronized void failed(String url, String source, String reason, boolean permanent) throws IOException {
        Entry known = get(url).orElse(null);
        if (known != null && known.state() == State.STORED) return; // an article stored is never un-stored
        put(new Entry(url, State.FAILED, source, attempts(url), reason, permanent, null, Instant.now()));
    }

    private int attempts(String url) throws IOException {
        return get(url).map(Entry::attempts).orElse(0);
    }

    /** The store's ingestion sequence the last commit was consistent with. */
    public synchronized long storeSequence() {
        return storeSequence;
    }

    /** Makes every change durable, consistent with the store up to its ingestion sequence {@code sequence}. */
    public synchronized void commit(long sequence) throws IOException {
        storeSequence = Math.max(storeSequence, sequence);
        writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(storeSequence)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        cache.putAll(pending);
        pending.clear();
    }

    /**
     * Marks stored the URLs of the articles the store committed after this frontier's last commit (a crash came
     * between the two), then commits. Each article's {@code id} is the URL it was fetched at and its {@code url}
     * its canonical URL, as the follower gives them; articles ingested otherwise have their URL marked too, which
     * is right: they are in the store.
     *
     * @return how many articles were read back
     */
    public long reconcile(ArticleStore store, java.util.function.UnaryOperator<String> normalise) throws IOException {
        long[] n = {0};
        IOException[] failure = {null};
        store.forEachAfter(storeSequence(), stored -> {
            n[0]++;
            try {
                var article = stored.analyzed().article();
                String canonical = article.url() == null ? null : normalise.apply(article.url());
                if (article.id() != null && article.id().startsWith("http")) stored(normalise.apply(article.id()), null, canonical);
                if (canonical != null) stored(canonical, null, null);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) throw failure[0];
        commit(store.lastSequence());
        return n[0];
    }

    /** URLs known, committed or not (deleted documents aside). */
    public synchronized long size() throws IOException {
        return writer.getDocStats().numDocs;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private void put(Entry e) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("url", e.url(), Field.Store.YES));
        doc.add(new StoredField("state", e.state().name()));
        if (e.source() != null) doc.add(new StoredField("source", e.source()));
        doc.add(new StoredField("attempts", e.attempts()));
        if (e.reason() != null) doc.add(new StoredField("reason", e.reason()));
        doc.add(new StoredField("permanent", e.permanent() ? 1 : 0));
        if (e.canonical() != null) doc.add(new StoredField("canonical", e.canonical()));
        doc.add(new StoredField("updated", e.updated().toEpochMilli()));
        writer.updateDocument(new Term("url", e.url()), doc);
        pending.put(e.url(), e);
        cache.remove(e.url());
    }

    private Entry lookUp(String url) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term("url", url)), 1);
            if (hits.scoreDocs.length == 0) return null;
            Document d = searcher.storedFields().document(hits.scoreDocs[0].doc);
            return new Entry(url, State.valueOf(d.get("state")), d.get("source"), d.getField("attempts").numericValue().intValue(),
                    d.get("reason"), d.getField("permanent").numericValue().intValue() == 1, d.get("canonical"),
                    Instant.ofEpochMilli(d.getField("updated").numericValue().longValue()));
        } finally {
            searchers.release(searcher);
        }
    }
}
