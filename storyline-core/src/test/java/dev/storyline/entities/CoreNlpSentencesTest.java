package dev.storyline.entities;

import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CoreNlpSentences} against CoreNLP's own {@code tokenize,ssplit}: every token and every sentence, annotation
 * for annotation and in the same order, on real news text and on every short word in the contexts the lexer's rules
 * look at. Loads no CRF.
 */
class CoreNlpSentencesTest {

    private static final List<String> LANGUAGES = List.of("fr", "en", "de", "es");
    private static final Path SHARED = Path.of(System.getProperty("storyline.shared", "../shared"));

    @Test
    void writtenTextGetsCoreNlpsTokensAndSentences() {
        String text = "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den Präsidenten Emmanuel Macron empfangen, "
                + "sagte ein Sprecher.\nMr. Smith met Dr. Jones of the World Health Organization in Geneva (Switzerland) on "
                + "Tuesday, and Smith said: the colour was right! Really? Yes. They cannot stay, etc. and so on. "
                + "See <a href=\"x\">the page about this and that</a> or www.example.com now. The end . . . of it all\n\n";
        for (String language : LANGUAGES) assertSameAsCoreNlp(CoreNlpSentences.of(language), text);
    }

    @Test
    void sentenceEndsGetCoreNlpsSplit() {
        // Written for this test: what WordToSentenceProcessor looks at. Marks that end a sentence (full-width ones
        // too), closing brackets and quotes that join the sentence they follow (straight quotes only when that
        // sentence has an odd number of them), a line break between them, empty lines, a paragraph separator.
        String text = "Sie kam an. (Spät.) Er sagte: \"Gut.\" Dann ging er. \"Wieder?\" Nein!!! Doch?! "
                + "«Ja.» Wer weiß. ’’ Na. '' Also. -RRB- Ende。 Noch ein Satz！Und？\n"
                + "Die Zeile endet hier.\n) Eine Klammer danach. 'Zitat.' Er rief 'los.' dann.\n\n\n"
                + "Absatz eins\u2029Absatz zwei . . . und drei.\u2029\nLetzte Zeile ohne Punkt";
        for (String language : LANGUAGES) assertSameAsCoreNlp(CoreNlpSentences.of(language), text);
        assertNotNull(CoreNlpSentences.of("de").tokens(text), "the text takes this class's own path");
    }

    @Test
    void mostOfAnEnglishOrGermanTextIsLeftOutOfTheLexer() {
        String text = "Die Regierung in Berlin hat am Dienstag beschlossen, dass die neuen Regeln ab dem kommenden Jahr "
                + "gelten sollen. Der Minister sagte, man werde die Lage weiter beobachten.";
        CoreNlpSentences.Plan plan = CoreNlpSentences.Plan.of(text + " ");
        assertTrue(plan.shown.length() < text.length() / 3, plan.shown);
        assertNotNull(CoreNlpSentences.of("de").tokens(text));
    }

    @Test
    void aRunsLastChunkIsLeftOutBeforeAWordOrANumberOnly() {
        // Written for this test: runs of plain words followed by what the lexer reads a run's last token for (a number
        // with a hyphen or dash after "late", "for", "top"...) and by what it does not (a hyphenated word, a number, an
        // abbreviation, a word with an apostrophe), runs of two, a line break before what follows, a run ending the text.
        String text = "Die Temperatur sank bis late -20 und for -5 Grad, dann top \u201310 und mid -3 Punkte.\n"
                + "Er sagte heute Ost-West sei vorbei, im Jahr 2024 oder 3,5 Prozent mehr. Sie traf Dr. Jones und "
                + "Peter's Freund in U.S. Städten.\nZwei Worte 11-20 Mal, zwei Worte\n-20 Grad, early b -2 und c -7 "
                + "oder dc -1 bei f -9 und m -4 Wochen.\nDas ist gut (Berlin) 12:30 Uhr oder TRS-80 Rechner am Ende.\n"
                + "Sie sagte dann \u201Ewir kommen\u201C und er sagte \"nein\" oder auch \u00BBja\u00AB und \u00ABnon\u00BB. "
                + "Es war kalt \u2013 sehr kalt \u2014 bis late \u201320 oder top \u2013 und late - 5 Grad.";
        for (String language : List.of("en", "de")) assertSameAsCoreNlp(CoreNlpSentences.of(language), text);
        assertNotNull(CoreNlpSentences.of("de").tokens(text), "the text takes this class's own path");
        assertEquals("Er  Ost-West", CoreNlpSentences.Plan.of("Er sagte heute Ost-West").shown);
        assertEquals("Er  heute -20", CoreNlpSentences.Plan.of("Er sagte heute -20").shown);
        assertEquals("Er  2024", CoreNlpSentences.Plan.of("Er sagte\n2024").shown.replace('\n', ' '));
        assertEquals("Es  \u2013 gut", CoreNlpSentences.Plan.of("Es war kalt \u2013 gut").shown);
        assertEquals("Es  kalt \u201320", CoreNlpSentences.Plan.of("Es war kalt \u201320").shown);
    }

    @Test
    void randomTextsOfHardChunksGetCoreNlpsTokensAndSentences() {
        // Chunks the lexer treats each its own way, strung at random with plain words between them.
        List<String> hard = List.of("-20", "\u201315", "\u2014", "-", "11-20", "2024", "3,5", "1/2", "1 1/2", "12:30", "3D",
                "TRS-80", "Ost-West", "Peter's", "don't", "cannot", "Dr.", "Mr.", "etc.", "Inc.", "U.S.", "z.B.", "No.",
                "No. 5", "...", ". . .", "\u2026", "\"", "'", "\u201EZitat\u201C", "\u201Cquote\u201D", "(", ")", "(xx)",
                "www.example.com", "a@b.de", "<b>", "</b>", "&amp;", "Yahoo!", "e!", "?!", "!!", "Jan.", "Nr.", "v.", "A.",
                "B.", "\u00BBZitat\u00AB", "\u00ABnon\u00BB", "(Berlin)", "\"Zitat\"", "\u2010", "\u2012", "\u2015", "\u201320", "\u2014x", "\u00AD", "\u00A0", "caf\u00E9", "\u0141\u00F3d\u017A", "\u0152uvre", "\u0416\u0443\u043A", "$5", "5%", "#1", "@x");
        List<String> plain = List.of("late", "early", "mid", "for", "top", "ak", "b", "c", "dc", "f", "m", "the", "Die",
                "sagte", "Berlin", "heute,", "Jahr.", "gut!", "wie?", "(Reuters", "Ende)", "aber:", "so;", "M\u00FCller",
                "Stra\u00DFe", "x", "Ab", "(Abc", "Ok.", "wirklich.");
        List<String> separators = List.of(" ", " ", " ", " ", "\n", "  ", " \n ");
        java.util.Random random = new java.util.Random(20261206);
        List<CoreNlpSentences> tokenizers = List.of(CoreNlpSentences.of("en"), CoreNlpSentences.of("de"));
        int tokens = 0;
        for (int t = 0; t < 1_500; t++) {
            StringBuilder text = new StringBuilder();
            int chunks = 5 + random.nextInt(40);
            for (int c = 0; c < chunks; c++) {
                if (c > 0) text.append(separators.get(random.nextInt(separators.size())));
                List<String> from = random.nextInt(3) == 0 ? hard : plain;
                text.append(from.get(random.nextInt(from.size())));
            }
            for (CoreNlpSentences tokenizer : tokenizers) tokens += assertSameAsCoreNlp(tokenizer, text.toString());
        }
        assertTrue(tokens > 50_000, tokens + " tokens");
    }

    @Test
    void aLexerTokenOverLeftOutWordsSendsTheTextToCoreNlp() {
        // An SGML tag's attributes are plain words: the lexer, shown the tag without them, would make a shorter tag.
        String text = "Look <span class=\"one two three four five\"> here";
        assertNull(CoreNlpSentences.of("en").tokens(text));
        assertSameAsCoreNlp(CoreNlpSentences.of("en"), text);
    }

    @Test
    void newsPagesGetCoreNlpsTokensAndSentences() {
        Path pages = SHARED.resolve("data/extraction/trafilatura-eval/html");
        Assumptions.assumeTrue(Files.isDirectory(pages), "trafilatura pages absent (" + pages + "): skipped");
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.of(2024, 1, 1));
        List<String> texts = new ArrayList<>();
        try (var items = new InputReader().read(List.of(pages))) {
            items.filter(RawPage.class::isInstance).map(RawPage.class::cast).forEach(page -> {
                Article a = extractor.extract(page);
                if (a.text() != null && !a.text().isBlank()) texts.add(a.text());
            });
        }
        // Every page in every language's tokenizer, whatever its own language: more kinds of text than one each.
        for (String language : LANGUAGES) compareAll(language, texts, "trafilatura pages");
    }

    @Test
    void ecbPlusTextsGetCoreNlpsTokensAndSentences() throws IOException {
        // A second set, not looked at while writing the plain-chunk rule: English news already tokenized (`` '' , .).
        Path file = SHARED.resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(file), "ECB+ dev data absent (" + file + "): skipped");
        List<String> texts = ClusteringEvaluation.read(file).stream().map(ClusteringEvaluation.Document::text).toList();
        for (String language : List.of("en", "de")) compareAll(language, texts, "ECB+ dev texts");
    }

    @Test
    void everyShortWordGetsCoreNlpsTokensInTheContextsTheLexerLooksAt() {
        // Every word of up to three letters, in three cases, and the lexer's abbreviations and split words: a plain
        // chunk between plain chunks, before what its rules look for after an abbreviation (a capital, a small letter,
        // the words of ABBREV2's and ABBREVSN's lists, "Brown", "magazine", "ltd", "cit.").
        List<String> words = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            words.add("" + a);
            for (char b = 'a'; b <= 'z'; b++) {
                words.add("" + a + b);
                for (char c = 'a'; c <= 'z'; c++) words.add("" + a + b + c);
            }
        }
        words.addAll(List.of("cannot", "dunno", "gonna", "gotta", "lemme", "gimme", "wanna", "dont", "doesnt", "didnt",
                "theyre", "aint", "yahoo", "jeopardy", "sept", "tues", "thurs", "calif", "colo", "conn", "kans", "mass",
                "mich", "minn", "miss", "mont", "okla", "penn", "tenn", "wash", "wisc", "corp", "ptys", "ptes", "ppty",
                "ppte", "pptys", "pptes", "bancorp", "assn", "univ", "intl", "bros", "sspp", "subsp", "subspp", "bldg",
                "orig", "incl", "tbsp", "messrs", "profs", "atty", "attys", "govs", "capt", "pres", "lieut", "brig",
                "cmdr", "comdr", "supt", "supts", "asst", "assoc", "insp", "mlle", "msgr", "invt", "elec", "natl",
                "dept", "blvd", "exhs", "govt", "treas", "figs", "vols", "secs", "sect", "sects", "arts", "para",
                "paras", "approx", "alex", "berlin", "sagte", "magazine", "about", "according", "additionally"));
        CoreNlpSentences en = CoreNlpSentences.of("en");
        StringBuilder text = new StringBuilder();
        int texts = 0;
        for (String w : words) {
            for (String word : List.of(w, capitalised(w), w.toUpperCase(Locale.ROOT))) {
                text.append("aa");
                for (String context : CONTEXTS) text.append(' ').append(context.replace("W", word));
                text.append(" cc\n");
            }
            if (text.length() > 100_000) {
                assertSameAsCoreNlp(en, text.toString());
                texts++;
                text.setLength(0);
            }
        }
        assertSameAsCoreNlp(en, text.toString());
        assertTrue(texts > 100, texts + " texts");
    }

    /** A word W with each closing mark, and after a full stop or an exclamation mark what the lexer's rules look for. */
    private static final List<String> CONTEXTS = List.of("W cc", "W, cc", "W: cc", "W; cc", "W? cc", "W) cc",
            "W! cc", "W! magazine", "W. Cc", "W. cc", "W. About", "W. Additionally", "W. Brown", "W. Africa", "W. ltd",
            "W. cit.", "W. (Cc", "(W cc", "(W) cc", "(W. Cc", "(W, cc");

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static void compareAll(String language, List<String> texts, String what) {
        CoreNlpSentences sentences = CoreNlpSentences.of(language);
        int tokens = 0, tokenizedHere = 0;
        long shown = 0, total = 0;
        for (String text : texts) {
            tokens += assertSameAsCoreNlp(sentences, text);
            if (sentences.tokens(text) != null) tokenizedHere++;
            shown += CoreNlpSentences.Plan.of(text + " ").shown.length();
            total += text.length() + 1;
        }
        System.out.printf("CoreNlpSentencesTest: %s, %d %s, %d tokens, every annotation equal; %d texts tokenized with "
                + "plain chunks, %.1f%% of their characters shown to the lexer%n", language, texts.size(), what, tokens,
                tokenizedHere, 100.0 * shown / total);
        assertTrue(tokens > 10_000, language + ": only " + tokens + " tokens compared");
    }

    /** Asserts both give the same tokens and sentences; returns the number of tokens. */
    private static int assertSameAsCoreNlp(CoreNlpSentences sentences, String text) {
        Annotation ours = new Annotation(text);
        sentences.annotate(ours);
        Annotation theirs = new Annotation(text);
        sentences.reference().annotate(theirs);
        List<CoreLabel> ourTokens = ours.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> theirTokens = theirs.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(render(theirTokens), render(ourTokens), () -> "tokens of " + excerpt(text));
        List<CoreMap> ourSentences = ours.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> theirSentences = theirs.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(theirSentences.size(), ourSentences.size(), () -> "sentences of " + excerpt(text));
        for (int s = 0; s < theirSentences.size(); s++) {
            int at = s;
            assertEquals(render(theirSentences.get(s)), render(ourSentences.get(s)), () -> "sentence " + at + " of " + excerpt(text));
            assertEquals(render(theirSentences.get(s).get(CoreAnnotations.TokensAnnotation.class)),
                    render(ourSentences.get(s).get(CoreAnnotations.TokensAnnotation.class)), () -> "sentence " + at + " of " + excerpt(text));
        }
        return theirTokens.size();
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static List<String> render(List<CoreLabel> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) out.add(render(t));
        return out;
    }

    /** A map's annotations in their order, with their values (a list of tokens by its size only). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String render(CoreMap map) {
        StringBuilder out = new StringBuilder();
        for (Class key : map.keySet()) {
            Object value = map.get(key);
            if (value instanceof List<?> list) value = "list of " + list.size();
            out.append(key.getSimpleName()).append('=').append(value).append(" | ");
        }
        return out.toString();
    }
}
