package dev.storyline.events;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

import java.nio.charset.StandardCharsets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns text into counts of lowercased, accent-folded word stems, per language: Lucene's tokenizer, stop words
 * and Snowball stemmers (a solved problem, so a library's; no hand-written stemmer). Languages without a
 * stemmer here are lowercased and folded only; Polish, which Snowball lacks, is lemmatised with Morfologik's
 * dictionary ({@link PolishLemmas}). Thread-safe (Lucene analyzers reuse components per thread).
 */
public final class TermAnalyzer {

    /** Stop words and Snowball stemmer name of each language we stem; elision for the languages that have it. */
    private record Language(CharArraySet stopWords, String snowball, boolean elision) {
    }

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            // English: Snowball's fuller list (pronouns, auxiliaries) rather than the analyzer's 33 words.
            Map.entry("en", new Language(snowballStopWords("english_stop.txt"), "English", false)),
            Map.entry("fr", new Language(FrenchAnalyzer.getDefaultStopSet(), "French", true)),
            Map.entry("de", new Language(germanStopWords(), "German", false)),
            Map.entry("es", new Language(SpanishAnalyzer.getDefaultStopSet(), "Spanish", false)),
            Map.entry("it", new Language(ItalianAnalyzer.getDefaultStopSet(), "Italian", true)),
            Map.entry("pt", new Language(PortugueseAnalyzer.getDefaultStopSet(), "Portuguese", false)),
            Map.entry("nl", new Language(DutchAnalyzer.getDefaultStopSet(), "Dutch", false)),
            Map.entry("ru", new Language(RussianAnalyzer.getDefaultStopSet(), "Russian", false)),
            Map.entry("sv", new Language(SwedishAnalyzer.getDefaultStopSet(), "Swedish", false)),
            Map.entry("da", new Language(DanishAnalyzer.getDefaultStopSet(), "Danish", false)),
            Map.entry("no", new Language(NorwegianAnalyzer.getDefaultStopSet(), "Norwegian", false)),
            Map.entry("fi", new Language(FinnishAnalyzer.getDefaultStopSet(), "Finnish", false)),
            Map.entry("hu", new Language(HungarianAnalyzer.getDefaultStopSet(), "Hungarian", false)),
            Map.entry("ro", new Language(RomanianAnalyzer.getDefaultStopSet(), "Romanian", false)),
            Map.entry("tr", new Language(TurkishAnalyzer.getDefaultStopSet(), "Turkish", false)));

    private static final CharArraySet ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
                    "all", "dell", "dall", "nell", "sull", "coll", "pell", "un", "sull"), true);

    /**
     * Function words Snowball's German list lacks but its English list has the like of (auxiliaries "wurde", "sei",
     * "hätte"; "dass" in today's spelling; "warum", "darauf", "deshalb"): kept, they only match German to German.
     */
    private static CharArraySet germanStopWords() {
        CharArraySet words = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
        // A list, not a field: LANGUAGES is built during class initialisation, before later fields are set.
        words.addAll(java.util.List.of(
                "dass", "wurde", "wurden", "worden", "sei", "seien", "wäre", "wären", "hätte", "hätten", "müssen", "müsste",
                "darf", "dürfen", "sollen", "wer", "wen", "wem", "wessen", "warum", "wieso", "weshalb", "darauf", "darin",
                "daran", "dabei", "davon", "darüber", "dafür", "dagegen", "daher", "deshalb", "dennoch", "jedoch", "zudem",
                "sowie", "ums", "beim", "schon", "bereits"));
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet snowballStopWords(String file) {
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(
                    IOUtils.requireResourceNonNull(SnowballFilter.class.getResourceAsStream(file), file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene ships " + file, e);
        }
    }

    /** One analyzer a language, built on first use: English-only collections never load Polish's dictionary. */
    private final Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();

    /** Stem counts of {@code text} in insertion order of first occurrence; tokens with digits are left to numbers. */
    public Map<String, Integer> stems(String text, String language) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Analyzer analyzer = analyzers.computeIfAbsent(key(language), TermAnalyzer::build);
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2 || hasDigit(term)) continue;
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return counts;
    }

    /** Receives the stems of a text one by one, with the offsets of the word each comes from. */
    @FunctionalInterface
    public interface StemSink {
        /** {@code stem} is valid during the call only (the analyzer reuses its buffer). */
        void stem(CharSequence stem, int start, int end);
    }

    /**
     * The stems of {@code text}, in order, each with the offsets of its word in {@code text}: the same stems as
     * {@link #stems}, read in one pass, so that a caller can tell a text's parts (sentences) apart by offset rather
     * than analyse each part on its own.
     */
    public void forEachStem(String text, String language, StemSink sink) {
        Analyzer analyzer = analyzers.computeIfAbsent(key(language), TermAnalyzer::build);
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2 || hasDigit(term)) continue;
                sink.stem(term, offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    /** Whether {@code lowercaseWord} is a stop word of {@code language} (English's when the language is unknown). */
    public boolean isStopWord(String lowercaseWord, String language) {
        if ("pl".equals(key(language))) return PolishLemmas.STOP_WORDS.contains(lowercaseWord);
        Language lang = LANGUAGES.get(key(language));
        return (lang == null ? LANGUAGES.get("en") : lang).stopWords().contains(lowercaseWord);
    }

    private static String key(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT);
    }

    private static boolean hasDigit(CharTermAttribute term) {
        for (int i = 0; i < term.length(); i++) if (Character.isDigit(term.charAt(i))) return true;
        return false;
    }

    private static Analyzer build(String language) {
        if ("pl".equals(language)) {
            // built once: computeIfAbsent calls this once per language
            PolishLemmas lemmas = new PolishLemmas();
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    // Lemmas before lowercasing: a capital tells the country "Polska" from the adjective "polska".
                    TokenStream ts = new StopFilter(source, PolishLemmas.STOP_WORDS);
                    ts = lemmas.filter(ts);
                    // Lemmas of function words ("będą" → "być") are function words too.
                    ts = new StopFilter(ts, PolishLemmas.STOP_WORDS);
                    ts = new ASCIIFoldingFilter(ts);
                    return new TokenStreamComponents(source, ts);
                }
            };
        }
        Language lang = LANGUAGES.get(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = source;
                if (lang != null && lang.elision()) ts = new ElisionFilter(ts, ELISIONS);
                ts = new LowerCaseFilter(ts);
                if (lang != null) {
                    ts = new StopFilter(ts, lang.stopWords());
                    ts = new SnowballFilter(ts, lang.snowball());
                }
                // Folding after stemming: the stemmers expect the accents their language writes.
                ts = new ASCIIFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }
}
