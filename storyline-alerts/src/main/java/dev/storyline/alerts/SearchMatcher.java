package dev.storyline.alerts;

import dev.storyline.store.ArticleFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Matches a new article against many saved searches without running all of them: a presearcher over the queries'
 * terms picks the candidates (the searches sharing a presearch term with the article, plus those with nothing to
 * index), and only those run against the article's one-document index; filters are checked on the article's fields.
 * Written by hand because Lucene's lucene-monitor, which does this, is not served from Maven Central. Immutable
 * once built; {@link #matchEvery} runs every search, the peer it must agree with.
 */
public final class SearchMatcher {

    /** A saved search under an id (the alert's). */
    public record Entry(String id, SavedSearch search) {
    }

    /**
     * A search compiled: its parsed query (null: every article), presearch terms (null: run it always), and the
     * query cut down to the fields of each kind of article met so far (by {@link ArticleUnderTest#fieldsKey()}).
     */
    private record Compiled(Entry entry, Query query, Set<Term> terms, Map<String, Query> projections) {

        Query projectedFor(ArticleUnderTest article) {
            return projections.computeIfAbsent(article.fieldsKey(), k -> FieldProjection.project(query, article.fields()));
        }
    }

    private final Compiled[] compiled;
    private final Map<String, Map<BytesRef, int[]>> postings = new HashMap<>();
    private final int[] alwaysRun;

    private SearchMatcher(Compiled[] compiled) {
        this.compiled = compiled;
        Map<String, Map<BytesRef, List<Integer>>> lists = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < compiled.length; i++) {
            Set<Term> terms = compiled[i].terms();
            if (terms == null) {
                always.add(i);
                continue;
            }
            for (Term t : terms) {
                lists.computeIfAbsent(t.field(), f -> new HashMap<>()).computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), b -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((field, byTerm) -> {
            Map<BytesRef, int[]> packed = new HashMap<>(byTerm.size() * 2);
            byTerm.forEach((term, ids) -> packed.put(term, ids.stream().mapToInt(Integer::intValue).distinct().toArray()));
            postings.put(field, packed);
        });
        this.alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Compiles the searches.
     *
     * @param frequency how common a term is (to index a conjunction by its rarest part); {@link #guessedFrequency}
     *                  when there are no statistics
     * @throws IllegalArgumentException naming the first search whose query does not parse
     */
    public static SearchMatcher of(List<Entry> entries, Analyzer analyzer, ToDoubleFunction<Term> frequency) {
        Compiled[] compiled = new Compiled[entries.size()];
        for (int i = 0; i < compiled.length; i++) compiled[i] = compile(entries.get(i), analyzer, frequency);
        return new SearchMatcher(compiled);
    }

    public static SearchMatcher of(List<Entry> entries, Analyzer analyzer) {
        return of(entries, analyzer, SearchMatcher::guessedFrequency);
    }

    public static double guessedFrequency(Term term) {
        return QueryTerms.guessedFrequency(term);
    }

    private static Compiled compile(Entry entry, Analyzer analyzer, ToDoubleFunction<Term> frequency) {
        String q = entry.search().query();
        if (q == null) return new Compiled(entry, null, null, null);
        Query query = ArticleFields.parse(q, analyzer);
        return new Compiled(entry, query, QueryTerms.of(query, frequency), new ConcurrentHashMap<>(4));
    }

    public int size() {
        return compiled.length;
    }

    /** How many searches are run against every article (nothing to index). */
    public int alwaysRunCount() {
        return alwaysRun.length;
    }

    /** The ids of the searches the article matches, in the order the searches were given. */
    public List<String> match(ArticleUnderTest article) {
        BitSet candidates = candidates(article);
        List<String> matched = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Compiled c = compiled[i];
            if (article.passesFilters(c.entry().search()) && (c.query() == null || article.matches(c.projectedFor(article)))) {
                matched.add(c.entry().id());
            }
        }
        return matched;
    }

    /**
     * The same answer as {@link #match}, the naive way: every search run, whole, against the article: the
     * brute-force peer that the presearch and the field projection must agree with.
     */
    public List<String> matchEvery(ArticleUnderTest article) {
        List<String> matched = new ArrayList<>();
        for (Compiled c : compiled) if (matches(c, article)) matched.add(c.entry().id());
        return matched;
    }

    /**
     * Every search run, each cut to the article's fields, with no presearch: the second peer of the benchmark, which
     * shows what the presearch alone saves.
     */
    public List<String> matchEveryCut(ArticleUnderTest article) {
        List<String> matched = new ArrayList<>();
        for (Compiled c : compiled) {
            if (article.passesFilters(c.entry().search()) && (c.query() == null || article.matches(c.projectedFor(article)))) {
                matched.add(c.entry().id());
            }
        }
        return matched;
    }

    /** How many searches the presearcher would run for this article (for the benchmark). */
    public int candidateCount(ArticleUnderTest article) {
        return candidates(article).cardinality();
    }

    private static boolean matches(Compiled c, ArticleUnderTest article) {
        return article.passesFilters(c.entry().search()) && (c.query() == null || article.matches(c.query()));
    }

    /** The searches sharing a presearch term with the article's terms, and those always run. */
    private BitSet candidates(ArticleUnderTest article) {
        BitSet candidates = new BitSet(compiled.length);
        for (int i : alwaysRun) candidates.set(i);
        try {
            LeafReader reader = (LeafReader) article.index().createSearcher().getIndexReader();
            BytesRef prefix = new BytesRef();
            for (var field : reader.getFieldInfos()) {
                Map<BytesRef, int[]> byTerm = postings.get(field.name);
                Map<BytesRef, int[]> byPrefix = postings.get(field.name + QueryTerms.PREFIX);
                if (byTerm == null && byPrefix == null) continue;
                Terms terms = reader.terms(field.name);
                if (terms == null) continue;
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    int[] ids = byTerm == null ? null : byTerm.get(term);
                    if (ids != null) for (int id : ids) candidates.set(id);
                    if (byPrefix == null) continue;
                    prefix.bytes = term.bytes;
                    prefix.offset = term.offset;
                    for (int length = 1; length <= term.length; length++) {
                        prefix.length = length;
                        int[] withPrefix = byPrefix.get(prefix);
                        if (withPrefix != null) for (int id : withPrefix) candidates.set(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return candidates;
    }

    /** For tests: the presearch terms of a search ("field:term" sorted), or null when it is always run. */
    static List<String> presearchTerms(String query, Analyzer analyzer) {
        Set<Term> terms = QueryTerms.of(ArticleFields.parse(query, analyzer), QueryTerms::guessedFrequency);
        if (terms == null) return null;
        String[] shown = terms.stream().map(Term::toString).toArray(String[]::new);
        Arrays.sort(shown);
        return List.of(shown);
    }
}
