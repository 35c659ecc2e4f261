package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.store.ArticleFields;
import dev.storyline.store.ArticleStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How common a term is, for the presearcher to index a conjunction by its rarest part: from the store's index
 * (document frequencies of what was ingested so far), or from a sample of articles; the length guess breaks ties and
 * stands in for a term never seen.
 */
final class TermFrequencies {

    private TermFrequencies() {
    }

    /** Document frequencies in the store, each looked up once. */
    static ToDoubleFunction<Term> of(ArticleStore store) {
        Map<Term, Double> cache = new HashMap<>();
        return term -> cache.computeIfAbsent(term, t -> {
            try {
                long df = store.documentFrequency(t.field(), t.bytes().utf8ToString());
                return (df < 0 ? 0 : df) + QueryTerms.guessedFrequency(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Document frequencies in these articles, indexed as the store indexes them. */
    static ToDoubleFunction<Term> of(List<AnalyzedArticle> articles, Analyzer analyzer) {
        Map<Term, Integer> counts = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            MemoryIndex index = new MemoryIndex();
            ArticleFields.forEachTextField(a.article(), (field, text) -> index.addField(field, text, analyzer));
            try {
                LeafReader reader = (LeafReader) index.createSearcher().getIndexReader();
                for (var field : reader.getFieldInfos()) {
                    Terms terms = reader.terms(field.name);
                    if (terms == null) continue;
                    TermsEnum e = terms.iterator();
                    for (BytesRef t = e.next(); t != null; t = e.next()) counts.merge(new Term(field.name, BytesRef.deepCopyOf(t)), 1, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot happen in memory", e);
            }
        }
        return term -> counts.getOrDefault(term, 0) + QueryTerms.guessedFrequency(term);
    }
}
