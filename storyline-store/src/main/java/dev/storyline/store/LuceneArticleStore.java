package dev.storyline.store;

import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded store: one Lucene index under {@code <data>/articles}. Lucene's commit is atomic, which gives
 * the durability contract of {@link ArticleStore} for free; identity terms (content hash, normalised URL)
 * give idempotence.
 */
public final class LuceneArticleStore implements ArticleStore {

    private static final List<String> FACETS = List.of("language", "source", "entity");
    private static final int FACET_VALUES = 20;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer analyzer = ArticleFields.analyzer();
    // Identities added since the last refresh: checked before the (slower to refresh) searcher.
    private final Set<String> pendingContent = new HashSet<>();
    private final Set<String> pendingUrls = new HashSet<>();
    private long nextSequence;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private LuceneArticleStore(Path data) throws IOException {
        Files.createDirectories(data);
        this.directory = FSDirectory.open(data.resolve("articles"));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        facetsConfig.setMultiValued("entity", true);
        this.nextSequence = lastCommittedSequence() + 1;
    }

    /** Opens (or creates) the store under {@code data}; fails if another process has it open for writing. */
    public static LuceneArticleStore open(Path data) throws IOException {
        StoreSwap.finishInterrupted(data); // a reanalyze that crashed mid-swap: complete it before reading
        return new LuceneArticleStore(data);
    }

    @Override
    public synchronized Added add(AnalyzedArticle analyzed) throws IOException {
        return add(analyzed, Instant.now());
    }

    @Override
    public synchronized Added add(AnalyzedArticle analyzed, Instant ingested) throws IOException {
        Article a = analyzed.article();
        ArticleIdentity identity = ArticleIdentity.of(a);
        if (isKnown(identity)) return Added.DUPLICATE;
        Document doc = new Document();
        doc.add(new StringField("key", identity.key(), Field.Store.YES));
        if (identity.contentKey() != null) doc.add(new StringField("content_key", identity.contentKey(), Field.Store.NO));
        if (identity.urlKey() != null) doc.add(new StringField("url_key", identity.urlKey(), Field.Store.NO));
        long sequence = nextSequence++;
        doc.add(new NumericDocValuesField("seq", sequence));
        doc.add(new StoredField("ingested", ingested.toEpochMilli()));
        doc.add(new StoredField("json", AnalysisJson.line(AnalysisJson.of(analyzed))));
        addFacet(doc, "language", a.language());
        addFacet(doc, "source", a.source());
        Set<String> entities = new LinkedHashSet<>();
        for (EntityMention m : analyzed.entities()) if (m.canonical() != null) entities.add(m.canonical());
        for (String entity : entities) addFacet(doc, "entity", entity);
        LocalDate day = a.publishedDate();
        if (day != null) {
            doc.add(new LongPoint("published_day", day.toEpochDay()));
            doc.add(new NumericDocValuesField("published_sort", day.toEpochDay()));
        }
        ArticleFields.forEachTextField(a, (field, value) -> doc.add(new TextField(field, value, Field.Store.NO)));
        // updateDocument on the key: even a retried add before a commit cannot leave two copies.
        writer.updateDocument(new Term("key", identity.key()), facetsConfig.build(doc));
        if (identity.contentKey() != null) pendingContent.add(identity.contentKey());
        if (identity.urlKey() != null) pendingUrls.add(identity.urlKey());
        return Added.ADDED;
    }

    private static void addFacet(Document doc, String dimension, String value) {
        if (value == null || value.isBlank()) return;
        doc.add(new StringField(dimension, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    private boolean isKnown(ArticleIdentity identity) throws IOException {
        if (identity.contentKey() != null && pendingContent.contains(identity.contentKey())) return true;
        if (identity.urlKey() != null && pendingUrls.contains(identity.urlKey())) return true;
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new TermQuery(new Term("key", identity.key())), BooleanClause.Occur.SHOULD);
            if (identity.contentKey() != null) any.add(new TermQuery(new Term("content_key", identity.contentKey())), BooleanClause.Occur.SHOULD);
            if (identity.urlKey() != null) any.add(new TermQuery(new Term("url_key", identity.urlKey())), BooleanClause.Occur.SHOULD);
            return searcher.count(any.build()) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        pendingContent.clear();
        pendingUrls.clear();
    }

    @Override
    public Optional<StoredArticle> get(String key) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term("key", key)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(load(searcher, top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        Query query = query(request);
        IndexSearcher searcher = searchers.acquire();
        try {
            boolean ranked = request.query() != null && !request.query().isBlank();
            Sort sort = ranked ? Sort.RELEVANCE : new Sort(
                    new SortField("published_sort", SortField.Type.LONG, true),
                    new SortField("seq", SortField.Type.LONG, true));
            int wanted = Math.max(1, request.offset() + request.limit());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted, sort,
                    new FacetsCollectorManager());
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            List<StoredArticle> hits = new ArrayList<>();
            for (int i = request.offset(); i < docs.length && hits.size() < request.limit(); i++) {
                hits.add(load(searcher, docs[i].doc));
            }
            Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            if (state != null) {
                SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
                for (String dimension : FACETS) {
                    Map<String, Integer> values = new LinkedHashMap<>();
                    FacetResult top = hasDimension(state, dimension) ? counts.getTopChildren(FACET_VALUES, dimension) : null;
                    if (top != null) for (LabelAndValue lv : top.labelValues) values.put(lv.label, lv.value.intValue());
                    facets.put(dimension, values);
                }
            }
            return new SearchResults(result.topDocs().totalHits.value(), hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    private static boolean hasDimension(SortedSetDocValuesReaderState state, String dimension) {
        for (String d : state.getDims()) if (d.equals(dimension)) return true;
        return false;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) return cached.state();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private Query query(SearchRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (request.query() == null || request.query().isBlank()) {
            q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            q.add(ArticleFields.parse(request.query(), analyzer), BooleanClause.Occur.MUST);
        }
        if (request.language() != null) q.add(new TermQuery(new Term("language", request.language())), BooleanClause.Occur.FILTER);
        if (request.source() != null) q.add(new TermQuery(new Term("source", request.source())), BooleanClause.Occur.FILTER);
        if (request.entity() != null) {
            // The entity's former keys too: articles resolved before it was re-keyed carry one of them.
            BooleanQuery.Builder keys = new BooleanQuery.Builder();
            for (String key : request.entityKeys()) keys.add(new TermQuery(new Term("entity", key)), BooleanClause.Occur.SHOULD);
            q.add(keys.build(), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            q.add(LongPoint.newRangeQuery("published_day", from, to), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    private static StoredArticle load(IndexSearcher searcher, int doc) throws IOException {
        return load(searcher, doc, 0);
    }

    private static StoredArticle load(IndexSearcher searcher, int doc, long sequence) throws IOException {
        Document d = searcher.storedFields().document(doc);
        return new StoredArticle(d.get("key"), AnalysisJson.read(d.get("json")),
                Instant.ofEpochMilli(d.getField("ingested").numericValue().longValue()), sequence);
    }

    @Override
    public void forEach(Consumer<StoredArticle> consumer) throws IOException {
        forEachAfter(0, consumer);
    }

    @Override
    public void forEachAfter(long sequence, Consumer<StoredArticle> consumer) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort bySequence = new Sort(new SortField("seq", SortField.Type.LONG));
            Query after = sequence <= 0 ? new MatchAllDocsQuery()
                    : NumericDocValuesField.newSlowRangeQuery("seq", sequence + 1, Long.MAX_VALUE);
            ScoreDoc last = null;
            while (true) {
                TopDocs page = last == null
                        ? searcher.search(after, 1000, bySequence)
                        : searcher.searchAfter(last, after, 1000, bySequence);
                if (page.scoreDocs.length == 0) return;
                for (ScoreDoc sd : page.scoreDocs) {
                    consumer.accept(load(searcher, sd.doc, (Long) ((FieldDoc) sd).fields[0]));
                }
                last = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized long lastSequence() {
        return nextSequence - 1;
    }

    @Override
    public long articlesMentioning(String canonical) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term("entity", canonical));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long documentFrequency(String field, String term) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term(field, term));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private long lastCommittedSequence() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new MatchAllDocsQuery(), 1, new Sort(new SortField("seq", SortField.Type.LONG, true)));
            if (top.scoreDocs.length == 0) return 0;
            Object value = ((FieldDoc) top.scoreDocs[0]).fields[0];
            return value instanceof Long l ? l : 0;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
