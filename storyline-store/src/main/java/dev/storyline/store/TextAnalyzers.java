package dev.storyline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Language-aware text analysis for search: each article's text is indexed twice, once in a field of its
 * language with that language's stemming and stop words ({@code text_fr}…), once in {@code text_any} with
 * language-neutral ICU tokenisation and folding (so that names match across languages and scripts).
 * Queries search every language field, each analysed its own way.
 */
final class TextAnalyzers {

    static final String ANY = "any";

    /** Languages with a Lucene stemmer; others are searchable through {@code text_any}. */
    static final Set<String> STEMMED = Set.of("fr", "en", "de", "es", "it", "pt", "nl", "ru", "tr", "ar");

    private TextAnalyzers() {
    }

    static String textField(String language) {
        return "text_" + (language != null && STEMMED.contains(language) ? language : ANY);
    }

    static String titleField(String language) {
        return "title_" + (language != null && STEMMED.contains(language) ? language : ANY);
    }

    /** One analyzer for the whole index that picks each field's analysis by the field's language suffix. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String language : STEMMED) {
            Analyzer a = forLanguage(language);
            byField.put("text_" + language, a);
            byField.put("title_" + language, a);
        }
        Analyzer neutral = neutral();
        byField.put("text_" + ANY, neutral);
        byField.put("title_" + ANY, neutral);
        return new PerFieldAnalyzerWrapper(neutral, byField);
    }

    private static Analyzer forLanguage(String language) {
        return switch (language) {
            case "fr" -> new FrenchAnalyzer();
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "tr" -> new TurkishAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            default -> neutral();
        };
    }

    /** ICU word segmentation (any script) and case, accent and width folding: "Tokaïev" finds "tokaiev". */
    static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                ICUTokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
            }
        };
    }
}
