package dev.storyline.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.DocumentFrequencies;
import dev.storyline.events.EventState;
import dev.storyline.events.DurableEventStore;
import dev.storyline.events.InMemoryEventStore;
import dev.storyline.events.WindowedEventStore;
import dev.storyline.events.StoryState;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The embedded {@link DurableEventStore}: events, stories, each article's assignment and the windowed document
 * frequencies in a Lucene index of their own, {@code <data>/events}, beside the articles'. Why a sibling index
 * rather than fields of the article documents: an event changes with every article that joins it, and rewriting
 * article documents (their analysed text) for that would cost far more than rewriting a small event document;
 * Lucene still gives what the articles have, an atomic commit, and an order between the two commits makes a crash
 * between them harmless (see {@link #articlesThrough()}).
 *
 * <p>The active window lives in memory (an {@link InMemoryEventStore} that hands over what leaves the window), as
 * the clusterer reads it for every article; it is read back from the index when the clusterer first needs it (the
 * reads below do not, so a server starts at once). Events and stories changed since the last commit are written at
 * the next {@link #commit}, once each however often they changed, and evicted ones are written compacted and
 * forgotten. Readers (the server, export) see what was committed. Single writer; reads may run concurrently.
 */
public final class LuceneEventStore extends WindowedEventStore {

    /** Format of the index; another value at open means it must be rebuilt (by replaying the articles). */
    static final int VERSION = 1;

    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String ACTIVE = "active";
    private static final String STATE = "state";
    private static final String SEQUENCE = "sequence";
    private static final String LAST = "last";
    private static final String EVENT = "event";
    private static final String STORY = "story";
    private static final String SOURCE = "source";
    private static final String LANGUAGE = "language";
    private static final String COUNTS = "counts";

    private static final String EVENT_TYPE = "event";
    private static final String STORY_TYPE = "story";
    private static final String ASSIGNMENT_TYPE = "assignment";
    private static final String FREQUENCIES_TYPE = "frequencies";

    // Assignments as JSON, records mapped by Jackson: a field added to Assignment or Explanation is kept as it is.
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long articlesThrough;

    private LuceneEventStore(Path folder, boolean empty) throws IOException {
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        Map<String, String> committed = committedData(directory);
        boolean current = !empty && (committed.isEmpty() || String.valueOf(VERSION).equals(committed.get("version")));
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                // Closing without a commit must not write half a batch: what is not committed is replayed.
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        if (!current) committed = Map.of();
        DocumentFrequencies frequencies = new DocumentFrequencies();
        startWindow(Long.parseLong(committed.getOrDefault("sequence", "0")), frequencies);
        this.articlesThrough = Long.parseLong(committed.getOrDefault("articles", "0"));
        String newest = committed.get("newest");
        frequencies.restoreWindow(newest == null || newest.isEmpty() ? null : LocalDate.parse(newest),
                Long.parseLong(committed.getOrDefault("first-live-week", String.valueOf(DocumentFrequencies.TIMELESS))));
    }

    /**
     * Opens (or creates) the events of the store under {@code data}, loading the active window. An index of
     * another format version is started afresh (its articles are then assigned again).
     */
    public static LuceneEventStore open(Path data) throws IOException {
        return new LuceneEventStore(data.resolve("events"), false);
    }

    /** Opens the events of the store under {@code data} emptied: the first commit replaces what was there. */
    public static LuceneEventStore openEmpty(Path data) throws IOException {
        return new LuceneEventStore(data.resolve("events"), true);
    }

    private static Map<String, String> committedData(Directory directory) throws IOException {
        if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) return Map.of();
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    @Override
    protected void restoreActiveWindow(DocumentFrequencies frequencies) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (ScoreDoc sd : all(searcher, of(FREQUENCIES_TYPE), null)) {
                Document d = searcher.storedFields().document(sd.doc);
                BytesRef counts = d.getBinaryValue(COUNTS);
                StateCodec.restoreBucket(frequencies, Long.parseLong(d.get("week")), counts.bytes, counts.offset, counts.length);
            }
            Sort bySequence = new Sort(new SortField(SEQUENCE, SortField.Type.LONG));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : all(searcher, activeOf(EVENT_TYPE), bySequence)) {
                BytesRef state = stored.document(sd.doc).getBinaryValue(STATE);
                active().putEvent(StateCodec.decodeEvent(state.bytes, state.offset, state.length, frequencies::sharedKey));
            }
            for (ScoreDoc sd : all(searcher, activeOf(STORY_TYPE), bySequence)) {
                BytesRef state = stored.document(sd.doc).getBinaryValue(STATE);
                active().putStory(StateCodec.decodeStory(state.bytes, state.offset, state.length, frequencies::sharedKey));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query of(String type) {
        return new TermQuery(new Term(TYPE, type));
    }

    private static Query activeOf(String type) {
        return new BooleanQuery.Builder()
                .add(of(type), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ACTIVE, "true")), BooleanClause.Occur.FILTER).build();
    }

    private static ScoreDoc[] all(IndexSearcher searcher, Query query, Sort sort) throws IOException {
        int n = Math.max(1, searcher.count(query));
        return sort == null ? searcher.search(query, n).scoreDocs : searcher.search(query, n, sort).scoreDocs;
    }

    // ---- EventStore: the active window in memory; what changed is written at commit ----

    /** Every event, committed or not, in creation order: reads the whole index (for tests and small stores). */
    @Override
    public List<EventState> events() {
        return withUncommittedEvents(readAll(EVENT_TYPE, StateCodec::decodeEvent));
    }

    /** Every story, committed or not, in creation order: reads the whole index (for tests and small stores). */
    @Override
    public List<StoryState> stories() {
        return withUncommittedStories(readAll(STORY_TYPE, StateCodec::decodeStory));
    }

    /** What the active window holds in memory (see {@link InMemoryEventStore#footprint()}). */
    public InMemoryEventStore.Footprint footprint() {
        return window().footprint();
    }

    // ---- assignments and commits ----

    /** Records where a stored article went; durable at the next {@link #commit}. */
    @Override
    public void recordAssignment(AssignedArticle assigned) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, "article:" + assigned.key(), Field.Store.NO));
        doc.add(new StringField(TYPE, ASSIGNMENT_TYPE, Field.Store.NO));
        doc.add(new StringField(EVENT, assigned.assignment().eventId(), Field.Store.NO));
        doc.add(new StringField(STORY, assigned.assignment().storyId(), Field.Store.NO));
        doc.add(new NumericDocValuesField(SEQUENCE, assigned.sequence()));
        if (assigned.source() != null) doc.add(new SortedDocValuesField(SOURCE, new BytesRef(assigned.source())));
        if (assigned.language() != null) doc.add(new SortedDocValuesField(LANGUAGE, new BytesRef(assigned.language())));
        doc.add(new StoredField(STATE, new BytesRef(JSON.writeValueAsBytes(assigned))));
        // By the article's key: recording it twice (a replay after a crash) leaves one.
        writer.updateDocument(new Term(ID, "article:" + assigned.key()), doc);
    }

    /** The sequence number of the last stored article whose assignment is committed: later ones are to be replayed. */
    @Override
    public long articlesThrough() {
        return articlesThrough;
    }

    /**
     * Writes what changed since the last commit and commits it, with {@code articlesThrough}: every stored article
     * up to that sequence number has its assignment in this commit. Called after the articles' own commit, so that
     * the events never get ahead of the articles; a crash in between leaves them behind, and the articles after
     * {@link #articlesThrough()} are then assigned again from the store.
     */
    @Override
    public void commit(long articlesThrough) throws IOException {
        for (String id : changedEvents) writer.updateDocument(new Term(ID, "event:" + id), eventDoc(active().event(id), true));
        for (EventState e : evictedEvents.values()) writer.updateDocument(new Term(ID, "event:" + e.id()), eventDoc(e, false));
        for (String id : changedStories) writer.updateDocument(new Term(ID, "story:" + id), storyDoc(active().story(id), true));
        for (StoryState s : evictedStories.values()) writer.updateDocument(new Term(ID, "story:" + s.id()), storyDoc(s, false));
        DocumentFrequencies frequencies = active().frequencies();
        for (long week : frequencies.takeDropped()) writer.deleteDocuments(new Term(ID, "week:" + week));
        for (long week : frequencies.takeChanged()) {
            writer.updateDocument(new Term(ID, "week:" + week), bucketDoc(week, frequencies.buckets().get(week)));
        }
        forgetChanges();
        this.articlesThrough = Math.max(this.articlesThrough, articlesThrough);
        Map<String, String> data = new HashMap<>();
        data.put("version", String.valueOf(VERSION));
        data.put("sequence", String.valueOf(active().sequence()));
        data.put("articles", String.valueOf(this.articlesThrough));
        data.put("newest", frequencies.newest() == null ? "" : frequencies.newest().toString());
        data.put("first-live-week", String.valueOf(frequencies.firstLiveWeek()));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document eventDoc(EventState e, boolean isActive) {
        Document doc = new Document();
        doc.add(new StringField(ID, "event:" + e.id(), Field.Store.NO));
        doc.add(new StringField(TYPE, EVENT_TYPE, Field.Store.NO));
        doc.add(new StringField(STORY, e.storyId(), Field.Store.NO));
        if (isActive) doc.add(new StringField(ACTIVE, "true", Field.Store.NO));
        doc.add(new NumericDocValuesField(SEQUENCE, e.sequence()));
        doc.add(new StoredField(STATE, new BytesRef(StateCodec.encode(e))));
        return doc;
    }

    private static Document storyDoc(StoryState s, boolean isActive) {
        Document doc = new Document();
        doc.add(new StringField(ID, "story:" + s.id(), Field.Store.NO));
        doc.add(new StringField(TYPE, STORY_TYPE, Field.Store.NO));
        if (isActive) doc.add(new StringField(ACTIVE, "true", Field.Store.NO));
        doc.add(new NumericDocValuesField(SEQUENCE, s.sequence()));
        doc.add(new NumericDocValuesField(LAST, s.last() == null ? Long.MIN_VALUE : s.last().toEpochDay()));
        doc.add(new StoredField(STATE, new BytesRef(StateCodec.encode(s))));
        return doc;
    }

    private static Document bucketDoc(long week, DocumentFrequencies.Bucket bucket) {
        Document doc = new Document();
        doc.add(new StringField(ID, "week:" + week, Field.Store.NO));
        doc.add(new StringField(TYPE, FREQUENCIES_TYPE, Field.Store.NO));
        doc.add(new StoredField("week", String.valueOf(week)));
        doc.add(new StoredField(COUNTS, new BytesRef(StateCodec.encode(bucket))));
        return doc;
    }

    // ---- reads of what is committed (the server, export) ----

    /** Where the article with this store key went, if its assignment is committed. */
    @Override
    public Optional<AssignedArticle> assignment(String articleKey) {
        return first(new TermQuery(new Term(ID, "article:" + articleKey)), AssignedArticle.class);
    }

    /** The articles of an event, in ingestion order. */
    @Override
    public List<AssignedArticle> members(String eventId) {
        Query q = new BooleanQuery.Builder().add(of(ASSIGNMENT_TYPE), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(EVENT, eventId)), BooleanClause.Occur.FILTER).build();
        return read(q, new Sort(new SortField(SEQUENCE, SortField.Type.LONG)), Integer.MAX_VALUE, AssignedArticle.class);
    }

    @Override
    public Optional<EventState> storedEvent(String id) {
        List<EventState> found = read(new TermQuery(new Term(ID, "event:" + id)), null, 1, StateCodec::decodeEvent);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** These events, in creation order (unknown ids are left out). */
    @Override
    public List<EventState> storedEvents(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        List<BytesRef> terms = ids.stream().map(id -> new BytesRef("event:" + id)).toList();
        return read(new TermInSetQuery(ID, terms), new Sort(new SortField(SEQUENCE, SortField.Type.LONG)),
                ids.size(), StateCodec::decodeEvent);
    }

    @Override
    public Optional<StoryState> storedStory(String id) {
        List<StoryState> found = read(new TermQuery(new Term(ID, "story:" + id)), null, 1, StateCodec::decodeStory);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Stories, the latest (by their last article's day, then creation) first. */
    @Override
    public List<StoryState> latestStories(int offset, int limit) {
        if (limit <= 0) return List.of();
        Sort latest = new Sort(new SortField(LAST, SortField.Type.LONG, true), new SortField(SEQUENCE, SortField.Type.LONG, true));
        List<StoryState> page = read(of(STORY_TYPE), latest, offset + limit, StateCodec::decodeStory);
        return page.subList(Math.min(offset, page.size()), page.size());
    }

    @Override
    public int storyCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(of(STORY_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public Spread spread(String storyId) {
        Query q = new BooleanQuery.Builder().add(of(ASSIGNMENT_TYPE), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(STORY, storyId)), BooleanClause.Occur.FILTER).build();
        IndexSearcher searcher = acquire();
        try {
            return searcher.search(q, new CollectorManager<DistinctValues, Spread>() {
                @Override
                public DistinctValues newCollector() {
                    return new DistinctValues();
                }

                @Override
                public Spread reduce(Collection<DistinctValues> collectors) {
                    Set<String> sources = new TreeSet<>(), languages = new TreeSet<>();
                    for (DistinctValues c : collectors) {
                        c.resolve();
                        sources.addAll(c.sources);
                        languages.addAll(c.languages);
                    }
                    return new Spread(sources, languages);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Distinct sources and languages of the matching assignments: ordinals per segment, resolved once each. */
    private static final class DistinctValues extends SimpleCollector {
        private final Set<String> sources = new HashSet<>(), languages = new HashSet<>();
        private SortedDocValues sourceValues, languageValues;
        private final Set<Integer> sourceOrdinals = new HashSet<>(), languageOrdinals = new HashSet<>();

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            resolve();
            sourceValues = DocValues.getSorted(context.reader(), SOURCE);
            languageValues = DocValues.getSorted(context.reader(), LANGUAGE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (sourceValues.advanceExact(doc)) sourceOrdinals.add(sourceValues.ordValue());
            if (languageValues.advanceExact(doc)) languageOrdinals.add(languageValues.ordValue());
        }

        void resolve() {
            try {
                for (int ord : sourceOrdinals) sources.add(sourceValues.lookupOrd(ord).utf8ToString());
                for (int ord : languageOrdinals) languages.add(languageValues.lookupOrd(ord).utf8ToString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sourceOrdinals.clear();
            languageOrdinals.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private <T> Optional<T> first(Query query, Class<T> type) {
        List<T> found = read(query, null, 1, type);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private <T> List<T> readAll(String docType, Decoder<T> decoder) {
        return read(of(docType), new Sort(new SortField(SEQUENCE, SortField.Type.LONG)), Integer.MAX_VALUE, decoder);
    }

    private interface Decoder<T> {
        T decode(byte[] bytes, int offset, int length) throws IOException;
    }

    private <T> List<T> read(Query query, Sort sort, int limit, Class<T> type) {
        return read(query, sort, limit, (bytes, offset, length) -> JSON.readValue(bytes, offset, length, type));
    }

    private <T> List<T> read(Query query, Sort sort, int limit, Decoder<T> decoder) {
        IndexSearcher searcher = acquire();
        try {
            // Counting first only when everything is asked for (a count is a second pass over the matches).
            int n = Math.max(1, limit <= 10_000 ? limit : Math.min(limit, searcher.count(query)));
            TopDocs top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
            List<T> found = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                BytesRef state = stored.document(sd.doc).getBinaryValue(STATE);
                found.add(decoder.decode(state.bytes, state.offset, state.length));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes without committing: what was not committed is replayed from the articles at the next open. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
