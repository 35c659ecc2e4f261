package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One new article, indexed alone in memory with the store's fields and analyzers (Lucene {@link MemoryIndex}), and
 * the facts the search filters read (language, source, entities, publication day), so that a saved search is asked
 * of it exactly as the desk's search would ask the store.
 */
public final class ArticleUnderTest {

    private final AnalyzedArticle analyzed;
    private final MemoryIndex index;
    private final IndexSearcher searcher;
    private final Set<String> entities = new HashSet<>();
    private final Set<String> fields = new HashSet<>();
    private final String fieldsKey;
    private final LocalDate day;

    public ArticleUnderTest(AnalyzedArticle analyzed, Analyzer analyzer) {
        this(analyzed, analyzer, java.util.List::of);
    }

    /**
     * @param keysOf every key an entity key stands for (its current key and former ones: {@code EntityRegistry#keysOf}),
     *               so that a search saved with a key the entity no longer has, or an article resolved with one,
     *               still meet
     */
    public ArticleUnderTest(AnalyzedArticle analyzed, Analyzer analyzer,
                            java.util.function.Function<String, ? extends java.util.Collection<String>> keysOf) {
        this.analyzed = analyzed;
        Article a = analyzed.article();
        this.index = new MemoryIndex();
        ArticleFields.forEachTextField(a, (field, text) -> {
            index.addField(field, text, analyzer);
            fields.add(field);
        });
        this.fieldsKey = String.join(",", new java.util.TreeSet<>(fields));
        index.freeze();
        this.searcher = index.createSearcher();
        searcher.setQueryCache(null);
        for (EntityMention m : analyzed.entities()) if (m.canonical() != null) entities.addAll(keysOf.apply(m.canonical()));
        this.day = a.publishedDate();
    }

    public AnalyzedArticle analyzed() {
        return analyzed;
    }

    /** The one-article index (its terms are what the presearcher looks up). */
    MemoryIndex index() {
        return index;
    }

    /** Whether the query matches the article (counted, not scored: a query boosted to 0 still matches). */
    public boolean matches(Query query) {
        try {
            return searcher.count(query) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
    }

    /** Whether the article passes the search's filters (language, source, entity, date range), as the store's. */
    public boolean passesFilters(SavedSearch s) {
        Article a = analyzed.article();
        if (s.language() != null && !s.language().equals(a.language())) return false;
        if (s.source() != null && !s.source().equals(a.source())) return false;
        if (s.entity() != null && !entities.contains(s.entity())) return false;
        if (s.from() != null && (day == null || day.isBefore(s.from()))) return false;
        return s.to() == null || (day != null && !day.isAfter(s.to()));
    }

    /** The text fields the article has (its language's and the language-neutral ones). */
    Set<String> fields() {
        return fields;
    }

    /** The same for every article with the same fields (a projection of a query to them can be shared). */
    String fieldsKey() {
        return fieldsKey;
    }

    public boolean mentions(String canonical) {
        return entities.contains(canonical);
    }
}
