package dev.storyline.entities;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.util.CoreMap;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's tokens and sentences of a text: exactly what its annotators {@code tokenize,ssplit} give, the same
 * {@code CoreLabel}s with the same annotations, for less of the English lexer's time.
 * <p>
 * Most of a news text is plain words ("Berlin", "sagte,", "(Reuters", "Jahr."), and {@code PTBLexer}, a JFlex automaton
 * of some 60,000 lines, costs the same on them as on a URL: about a third of the names stage's CPU. Here every run of
 * three or more plain chunks (between spaces or line breaks; see {@link #plainChunk}) is shown to the lexer by its first
 * and last chunk only (by its first alone, from two chunks on, when a word, a number, an opening bracket or quote or
 * a lone dash follows it: see
 * {@link Plan#lastMayBeLeftOut}), and the chunks between are made into tokens by hand, as the lexer makes them: a plain chunk is
 * one word token, with a bracket before or a punctuation mark after it as a token of its own, whatever stands around
 * it, for the lexer's rules either need a character a plain chunk does not have (an apostrophe, a hyphen, a digit,
 * a slash...) or look past a token by at most one chunk and one character, which the kept first chunk provides.
 * Each token's offsets are mapped back onto the text, and a lexer token that would span left-out chunks (an SGML tag
 * over several words) sends the whole text to CoreNLP's own pipeline instead. The plain-chunk rule follows
 * {@code PTBLexer.flex} of CoreNLP 4.5.10 (English, also used for German); French and Spanish have lexers of their own
 * that split some plain words ("del", "dámelo"), so they keep CoreNLP's pipeline. Written by hand because CoreNLP has
 * no way to skip text; {@code CoreNlpSentencesTest} compares every token and sentence, annotation for annotation, with
 * CoreNLP's on the shared news pages and on every short word in the contexts the lexer's rules look at.
 * <p>
 * Thread-safe: one per language, shared.
 */
public final class CoreNlpSentences implements Annotator {

    /**
     * The tokenizer's options. A line break ends a sentence (article text keeps one paragraph, title or caption a
     * line: a name never runs across one); a character the tokenizer cannot read is dropped silently (as by default,
     * without a warning per document).
     */
    static final String TOKENIZER_OPTIONS = "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,untokenizable=noneDelete";

    /** Runs of plain chunks shorter than this are left to the lexer: it must read a run's first and last anyway. */
    private static final int SHORTEST_RUN = 3;

    /** Words {@code PTBLexer} splits even when plain ("cannot" → "can" "not"): its ASSIMILATIONS2 and 3, letters only. */
    private static final Set<String> ASSIMILATIONS = Set.of("cannot", "dunno", "gonna", "gotta", "lemme", "gimme",
            "wanna", "nno", "aint", "dont", "doesnt", "didnt", "theyre");

    /**
     * Words that {@code PTBLexer} may keep with a following full stop, or whose full stop it reads with the words
     * after it: every letters-only word of its ABBREV1, ABBREV2 (but single letters, which are never plain before a
     * stop), ABBREV3, ABBREVSN and ABBREV4 lists, and of its special cases (pty., op. cit., Alex. Brown), in lower
     * case (the lexer is case-insensitive but for a few letters; leaving out more words than it needs costs nothing).
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // ABMONTH, ABDAYS
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
            // ABSTATE
            "ala", "ariz", "az", "ark", "calif", "colo", "conn", "ct", "dak", "del", "fla", "ga", "ill", "ind", "kan",
            "kans", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
            "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
            // ABCOMP
            "inc", "co", "cos", "corp", "pty", "pte", "ptys", "ptes", "ppty", "ppte", "pptys", "pptes", "ltd", "plc",
            "rt", "bancorp", "bhd", "assn", "univ", "intl", "sys",
            // ABNUM, ABPTIT (letters-only ones), ABTAXONOMY
            "tel", "est", "ext", "sq", "jr", "sr", "bros", "esq", "sci",
            "sp", "spp", "ssp", "sspp", "subsp", "subspp", "aff", "fl", "var",
            // ABVARIA
            "etc", "ect", "al", "seq", "bldg", "pls", "wrt", "orig", "incl", "tsp", "tbsp", "kr", "eg", "avg", "pl",
            "cir", "lb", "min", "max", "cit",
            // ABTITLE
            "mr", "mrs", "ms", "mx", "dr", "drs", "prof", "profs", "sen", "sens", "rep", "reps", "atty", "attys", "lt",
            "col", "gen", "messrs", "gov", "govs", "adm", "rev", "fr", "maj", "sgt", "cpl", "pvt", "capt", "st", "sta",
            "ste", "ave", "pres", "lieut", "hon", "brig", "cmdr", "comdr", "pfc", "spc", "supt", "supts", "det", "mt",
            "ft", "adj", "adv", "asst", "assoc", "ens", "insp", "mlle", "mme", "msgr", "sfc", "amb", "smt", "ven", "br",
            "eng",
            // ABCOMP2
            "invt", "elec", "natl", "mfg", "mtg", "dept", "blvd", "rd", "viz", "exh", "exhs", "govt", "v", "wm", "jos",
            "cie", "cf", "treas", "ph", "sc", "syn", "def", "mk", "soc",
            // ABBREV3, ABBREVSN, ABBREV4
            "ca", "ch", "chs", "fig", "figs", "prop", "no", "nos", "nr", "nrs", "vol", "vols", "sec", "secs", "sect",
            "sects", "art", "arts", "para", "paras", "pp", "op", "approx", "pt", "rs", "apt", "res", "so", "vs",
            // special cases
            "loc", "alex");

    /** Words {@code PTBLexer} keeps with a following exclamation mark (BANGWORDS, BANGMAGAZINES). */
    private static final Set<String> BANG_WORDS = Set.of("e", "yahoo", "jeopardy", "ok");

    /** The lengths of the words in {@link #ASSIMILATIONS}: a word of another length needs no lower-case copy. */
    private static final int SHORTEST_ASSIMILATION = ASSIMILATIONS.stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST_ASSIMILATION = ASSIMILATIONS.stream().mapToInt(String::length).max().orElseThrow();

    /** The longest word of the lists above: a longer word is in none of them. */
    private static final int LONGEST_LISTED = 8;

    /** Marks that may close a plain chunk: each is a token of its own after the word. */
    private static final String CLOSING = ",.:;?!)";

    /** {@code WordToSentenceProcessor}'s defaults, which these options keep. */
    private static final Pattern BOUNDARY = Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX);
    private static final Pattern BOUNDARY_FOLLOWERS = Pattern.compile(WordToSentenceProcessor.DEFAULT_BOUNDARY_FOLLOWERS_REGEX);
    private static final Set<String> BOUNDARIES_TO_DISCARD = WordToSentenceProcessor.DEFAULT_SENTENCE_BOUNDARIES_TO_DISCARD;
    /** A token whose original text is this ends a sentence ({@code WordToSentenceProcessor.isForcedEndToken}). */
    private static final String PARAGRAPH_SEPARATOR = "\u2029";

    private final StanfordCoreNLP reference;
    /** Whether the language's tokenizer is {@code PTBTokenizer}, whose lexer the plain-chunk rule follows. */
    private final boolean ptbLexer;
    private final String lexerOptions;

    private CoreNlpSentences(Properties props, boolean ptbLexer) {
        this.reference = new StanfordCoreNLP(props);
        this.ptbLexer = ptbLexer;
        // What TokenizerAnnotator gives its tokenizer when a line break can end a sentence.
        this.lexerOptions = "tokenizeNLs," + props.getProperty("tokenize.options");
    }

    /** CoreNLP's tokenizer and sentence splitter for an ISO 639-1 language code, with the options above. */
    public static CoreNlpSentences of(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", lang);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", TOKENIZER_OPTIONS);
        boolean ptb = TokenizerAnnotator.TokenizerType.getTokenizerType(props) == TokenizerAnnotator.TokenizerType.English
                || TokenizerAnnotator.TokenizerType.getTokenizerType(props) == TokenizerAnnotator.TokenizerType.German;
        return new CoreNlpSentences(props, ptb);
    }

    /** CoreNLP's own pipeline, which this one stands in for. */
    StanfordCoreNLP reference() {
        return reference;
    }

    /**
     * Sets the document's {@code TokensAnnotation} and {@code SentencesAnnotation} from its {@code TextAnnotation},
     * as CoreNLP's {@code tokenize,ssplit} does.
     */
    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = text != null ? tokens(text) : null;
        if (tokens == null) {
            reference.annotate(annotation);
            return;
        }
        // What TokenizerAnnotator.annotate does with its tokenizer's tokens, then its sentence splitter.
        TokenizerAnnotator.adjustFinalToken(tokens);
        // A token's index is its place among all tokens, then among those left once the splitter drops the line
        // breaks: set at once to the second, in the same order of annotations (a line break keeps the first).
        int kept = 0;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            boolean newline = token.word().equals(AbstractTokenizer.NEWLINE_TOKEN);
            int index = newline ? i : kept++;
            token.set(CoreAnnotations.IsNewlineAnnotation.class, newline);
            token.set(CoreAnnotations.TokenBeginAnnotation.class, index);
            token.set(CoreAnnotations.TokenEndAnnotation.class, index + 1);
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotation.remove(CoreAnnotations.SentencesAnnotation.class);
        split(annotation, text, tokens);
    }

    /**
     * What {@code WordsToSentencesAnnotator} does with these options ({@code ssplit.newlineIsSentenceBreak=always},
     * every other {@code ssplit} option at its default) to tokens of {@link #tokens}, which carry none of the
     * annotations that steer it otherwise (forced ends, mentions, sections, a document id): the same sentences, the
     * same annotations in the same order. Its processor matches a regex against every token; here a token is only
     * matched when its first character can start a sentence end, and the tokens' indices among those left are set
     * by {@link #annotate} already.
     */
    private static void split(Annotation annotation, String text, List<CoreLabel> tokens) {
        List<CoreMap> sentences = new ArrayList<>();
        for (List<CoreLabel> sentenceTokens : sentencesOf(tokens)) {
            int begin = sentenceTokens.get(0).beginPosition();
            int end = sentenceTokens.get(sentenceTokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, sentenceTokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
            int index = 1;
            for (CoreLabel token : sentenceTokens) {
                token.setIndex(index++);
                token.setSentIndex(sentences.size());
            }
            sentences.add(sentence);
        }
        // Line-break tokens leave the document's tokens; the text around them moves onto their neighbours.
        List<CoreLabel> finalTokens = new ArrayList<>(tokens.size());
        CoreLabel previous = null;
        for (CoreLabel token : tokens) {
            if (!token.isNewline()) {
                finalTokens.add(token);
                if (previous != null && previous.isNewline() && token.get(CoreAnnotations.BeforeAnnotation.class) != null) {
                    token.set(CoreAnnotations.BeforeAnnotation.class, previous.get(CoreAnnotations.OriginalTextAnnotation.class));
                }
            } else if (previous != null && previous.get(CoreAnnotations.AfterAnnotation.class) != null) {
                previous.set(CoreAnnotations.AfterAnnotation.class, token.get(CoreAnnotations.OriginalTextAnnotation.class));
            }
            previous = token;
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, finalTokens);
        for (CoreMap sentence : sentences) {
            List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class,
                    sentenceTokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
            sentence.set(CoreAnnotations.TokenEndAnnotation.class,
                    sentenceTokens.get(sentenceTokens.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    /**
     * {@code WordToSentenceProcessor.wordsToSentences} for these options: a line break ends a sentence and is left
     * out; a boundary token (". ! ?" and their full-width forms) ends one and stays in it; a closing bracket or quote
     * right after a boundary joins the sentence it ended (a line break in between prevents it).
     */
    static List<List<CoreLabel>> sentencesOf(List<CoreLabel> tokens) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        List<CoreLabel> current = new ArrayList<>();
        List<CoreLabel> last = null;
        boolean lastTokenWasNewline = false, lastEndForced = false;
        for (CoreLabel token : tokens) {
            String word = token.word();
            boolean forcedEnd = PARAGRAPH_SEPARATOR.equals(token.get(CoreAnnotations.OriginalTextAnnotation.class));
            if (!lastEndForced && last != null && current.isEmpty() && !lastTokenWasNewline
                    && BOUNDARY_FOLLOWERS.matcher(word).matches() && plausibleToAdd(last, word)) {
                last.add(token);
                continue;
            }
            boolean newSentForced = false, newSent = false;
            if (BOUNDARIES_TO_DISCARD.contains(word)) {
                newSentForced = true; // a forced end or a line break, which always ends a sentence here
                lastTokenWasNewline = true;
            } else {
                lastTokenWasNewline = false;
                current.add(token);
                if (mayEndSentence(word) && BOUNDARY.matcher(word).matches()) newSent = true;
                else if (forcedEnd) newSentForced = true;
            }
            if ((newSentForced || newSent) && !current.isEmpty()) {
                sentences.add(current);
                lastEndForced = ((last == null || last.isEmpty()) && lastEndForced) || newSentForced;
                last = current;
                current = new ArrayList<>();
            } else if (newSentForced) {
                lastEndForced = true;
            }
        }
        if (!current.isEmpty()) sentences.add(current);
        return sentences;
    }

    /** Whether a word's first character is one {@link #BOUNDARY} can start with. */
    private static boolean mayEndSentence(String word) {
        if (word.isEmpty()) return false;
        char c = word.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
    }

    /** {@code WordToSentenceProcessor.plausibleToAdd}: a straight quote joins only a sentence with an odd count of them. */
    private static boolean plausibleToAdd(List<CoreLabel> lastSentence, String word) {
        if (!word.equals("\"") && !word.equals("'")) return true;
        int singleQuotes = 0, doubleQuotes = 0;
        for (CoreLabel token : lastSentence) {
            String value = token.value();
            if (value.equals("'")) singleQuotes++;
            if (value.equals("\"")) doubleQuotes++;
        }
        return word.equals("\"") ? doubleQuotes % 2 != 0 : singleQuotes % 2 != 0;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return reference.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return reference.requires();
    }

    /**
     * The lexer's tokens of {@code text}, or null when they must come from CoreNLP's pipeline: the language has
     * another lexer, or a lexer token spans left-out chunks.
     */
    List<CoreLabel> tokens(String text) {
        if (!ptbLexer) return null;
        // TokenizerAnnotator adds a space: the lexer's trailing contexts cannot match the end of its input.
        String input = text + " ";
        Plan plan = Plan.of(input);
        MappedTokens factory = new MappedTokens(plan);
        PTBTokenizer<CoreLabel> lexer = new PTBTokenizer<>(new StringReader(plan.shown), factory, lexerOptions);
        List<CoreLabel> tokens = new ArrayList<>(input.length() / 5);
        int gap = 0;
        try {
            while (lexer.hasNext()) {
                CoreLabel token = lexer.next();
                while (gap < plan.gaps() && token.beginPosition() >= plan.gapEnd(gap)) {
                    CoreLabel last = addPlainTokens(input, plan.gapStart(gap), plan.gapEnd(gap), tokens);
                    setSpaceBetween(input, last, token);
                    gap++;
                }
                tokens.add(token);
            }
        } catch (SpansGap e) {
            return null;
        }
        if (gap < plan.gaps()) return null; // cannot happen: a run's last chunk follows each gap
        return tokens;
    }

    /**
     * Adds the tokens of the plain chunks in {@code input[from, to)} (and a line-break token for each line break
     * between them), chained to the last token already in {@code tokens} as the lexer chains them; returns the last.
     */
    private static CoreLabel addPlainTokens(String input, int from, int to, List<CoreLabel> tokens) {
        CoreLabel previous = tokens.get(tokens.size() - 1);
        int i = from;
        while (i < to) {
            char c = input.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '\n') {
                previous = add(input, AbstractTokenizer.NEWLINE_TOKEN, "\n", i, 1, previous, tokens);
                i++;
            } else {
                int end = i;
                while (end < to && !isSeparator(input.charAt(end))) end++;
                if (input.charAt(i) == '(') previous = add(input, "(", "(", i++, 1, previous, tokens);
                int wordEnd = CLOSING.indexOf(input.charAt(end - 1)) >= 0 ? end - 1 : end;
                String word = input.substring(i, wordEnd);
                previous = add(input, word, word, i, wordEnd - i, previous, tokens);
                if (wordEnd < end) {
                    String mark = input.substring(wordEnd, end);
                    previous = add(input, mark, mark, wordEnd, 1, previous, tokens);
                }
                i = end;
            }
        }
        return previous;
    }

    /**
     * A token as {@code PTBLexer.getNext} makes it ({@code original} is its text in the input), the text since the
     * previous token its before and that one's after.
     */
    private static CoreLabel add(String input, String word, String original, int begin, int length, CoreLabel previous,
                                 List<CoreLabel> tokens) {
        // A plain word is in NFC already (precomposed Latin letters only), as getNext would make it.
        CoreLabel token = token(word, original, begin, length);
        setSpaceBetween(input, previous, token);
        tokens.add(token);
        return token;
    }

    private static void setSpaceBetween(String input, CoreLabel previous, CoreLabel next) {
        String between = input.substring(previous.endPosition(), next.beginPosition());
        next.set(CoreAnnotations.BeforeAnnotation.class, between);
        previous.set(CoreAnnotations.AfterAnnotation.class, between);
    }

    /** Chunks are what lies between spaces and line breaks (any other character is part of a chunk). */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n';
    }

    /**
     * Whether {@code PTBLexer}, starting a token at {@code input[from]}, makes {@code input[from, to)} (followed by a
     * separator) into exactly these tokens, whatever precedes and follows: an optional opening bracket; a word of
     * Latin letters (its {@code WORD} rule, or ABBREV2PRE for a title or an initial before a space, both keeping the
     * text as it is); an optional closing mark of {@link #CLOSING}. Left out: the words it splits, a full stop after an
     * abbreviation or an initial (or before " ." : spaced dots), an exclamation mark after its bang words, a single
     * letter before any mark but a comma, and a bracket before one or two letters ("(xx)" is a smiley).
     */
    static boolean plainChunk(String input, int from, int to) {
        int i = from;
        boolean bracket = input.charAt(i) == '(';
        if (bracket) i++;
        int wordStart = i;
        while (i < to && isPlainLetter(input.charAt(i))) i++;
        int wordLength = i - wordStart;
        if (wordLength == 0) return false;
        char closing = 0;
        if (i < to) {
            if (i != to - 1 || CLOSING.indexOf(input.charAt(i)) < 0) return false;
            closing = input.charAt(i);
        }
        if (bracket && wordLength <= 2) return false;
        if (wordLength == 1 && closing != 0 && closing != ',') return false;
        if (closing == '.' && to + 1 < input.length() && input.charAt(to) == ' ' && input.charAt(to + 1) == '.') return false;
        if (wordLength > LONGEST_LISTED) return true;
        // Only a word before a full stop or an exclamation mark can be listed but for the splits: spare most words
        // their lower-case copy.
        if (closing != '.' && closing != '!' && (wordLength < SHORTEST_ASSIMILATION || wordLength > LONGEST_ASSIMILATION)) {
            return true;
        }
        String word = input.substring(wordStart, wordStart + wordLength).toLowerCase(Locale.ROOT);
        if (ASSIMILATIONS.contains(word)) return false;
        if (closing == '.' && ABBREVIATIONS.contains(word)) return false;
        return closing != '!' || !BANG_WORDS.contains(word);
    }

    /**
     * Basic Latin and Latin-1 letters and Latin Extended-A: letters to {@code PTBLexer} (and to every Unicode version),
     * precomposed, so already in NFC.
     */
    static boolean isPlainLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '\u00C0' && c <= '\u017F' && c != '\u00D7' && c != '\u00F7';
    }

    /**
     * What the lexer is shown of a text: the text less the chunks inside each run of {@link #SHORTEST_RUN} or more
     * plain chunks, or less all but the first of a run of two or more that {@link #lastMayBeLeftOut} allows (the "gaps"),
     * the spaces around them kept.
     */
    static final class Plan {
        final String shown;
        /** Gap {@code g} is {@code [gaps[2g], gaps[2g+1])} of the input. */
        private final int[] gaps;
        /** Where gap {@code g} was in {@link #shown}, and how many characters were left out up to its end. */
        private final int[] shownGapStarts, leftOut;

        private Plan(String shown, int[] gaps) {
            this.shown = shown;
            this.gaps = gaps;
            this.shownGapStarts = new int[gaps.length / 2];
            this.leftOut = new int[gaps.length / 2];
            int removed = 0;
            for (int g = 0; g < shownGapStarts.length; g++) {
                shownGapStarts[g] = gaps[2 * g] - removed;
                removed += gaps[2 * g + 1] - gaps[2 * g];
                leftOut[g] = removed;
            }
        }

        static Plan of(String input) {
            int[] gaps = new int[16];
            int count = 0;
            int n = input.length();
            int runLength = 0, secondStart = 0, previousEnd = 0, lastEnd = 0;
            int i = 0;
            while (true) {
                while (i < n && isSeparator(input.charAt(i))) i++;
                boolean plain = false;
                int start = i;
                if (i < n) {
                    while (i < n && !isSeparator(input.charAt(i))) i++;
                    plain = plainChunk(input, start, i);
                }
                if (plain) {
                    runLength++;
                    if (runLength == 2) secondStart = start;
                    previousEnd = lastEnd;
                    lastEnd = i;
                } else {
                    // A run's last chunk can be left out too when what follows it cannot read it (see lastMayBeLeftOut).
                    int gapEnd = start < n && lastMayBeLeftOut(input, start, i) ? lastEnd
                            : runLength >= SHORTEST_RUN ? previousEnd : -1;
                    if (runLength >= 2 && gapEnd > 0) {
                        if (count + 2 > gaps.length) gaps = Arrays.copyOf(gaps, gaps.length * 2);
                        gaps[count++] = secondStart;
                        gaps[count++] = gapEnd;
                    }
                    runLength = 0;
                    if (i >= n) break;
                }
            }
            gaps = Arrays.copyOf(gaps, count);
            if (count == 0) return new Plan(input, gaps);
            StringBuilder shown = new StringBuilder(n);
            int kept = 0;
            for (int g = 0; g < count; g += 2) {
                shown.append(input, kept, gaps[g]);
                kept = gaps[g + 1];
            }
            shown.append(input, kept, n);
            return new Plan(shown.toString(), gaps);
        }

        /**
         * Whether a run's last chunk may be left out when the chunk after the run is {@code input[from, to)}. The lexer
         * reads back one token only: {@code handleHyphenatedNumber} splits a number starting with a hyphen or dash
         * after some words ("late -20"), so that chunk must not start with one, but for a dash standing alone (never a
         * number). And the run's first chunk, which the lexer is then shown right before that chunk, is a plain chunk,
         * whose tokens stay the same before a word, a number, an opening bracket or quote or a dash (its only rule
         * looking past a space for a digit, ABBREV3's, needs a listed abbreviation and its full stop, never plain).
         */
        static boolean lastMayBeLeftOut(String input, int from, int to) {
            char next = input.charAt(from);
            if (isPlainLetter(next) || next >= '0' && next <= '9') return true;
            if (OPENING.indexOf(next) >= 0) return true;
            return to - from == 1 && DASHES.indexOf(next) >= 0;
        }

        /** Opening brackets and quotes after which a run's last chunk may be left out (German, English, French ones). */
        private static final String OPENING = "(\"\u201E\u201C\u00AB\u00BB";
        /** A hyphen and the dashes {@code PTBLexer}'s HYPHENS_DASHES matches, [-\u2010-\u2015]. */
        private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015";

        int gaps() {
            return shownGapStarts.length;
        }

        int gapStart(int g) {
            return gaps[2 * g];
        }

        int gapEnd(int g) {
            return gaps[2 * g + 1];
        }

        /** The input offset of offset {@code shownOffset} of {@link #shown}. */
        int inputOffset(int shownOffset) {
            int g = Arrays.binarySearch(shownGapStarts, shownOffset);
            // the number of gaps at or before the offset (a gap "at" it was left out just before it)
            int before = g >= 0 ? lastAt(g) + 1 : -g - 1;
            return before == 0 ? shownOffset : shownOffset + leftOut[before - 1];
        }

        /** The last gap left out at the same shown offset as gap {@code g} (never two: a chunk separates gaps). */
        private int lastAt(int g) {
            while (g + 1 < shownGapStarts.length && shownGapStarts[g + 1] == shownGapStarts[g]) g++;
            return g;
        }
    }

    /** A lexer token over left-out chunks: the text takes CoreNLP's own path. */
    private static final class SpansGap extends RuntimeException {
        SpansGap() {
            super(null, null, false, false);
        }
    }

    /** CoreNLP's token factory, with each token's offsets moved from the shown text back onto the input. */
    private static final class MappedTokens extends CoreLabelTokenFactory {
        private final transient Plan plan;

        MappedTokens(Plan plan) {
            this.plan = plan;
        }

        @Override
        public CoreLabel makeToken(String tokenText, String originalText, int begin, int length) {
            int inputBegin = plan.inputOffset(begin);
            if (length > 0 && plan.inputOffset(begin + length - 1) + 1 - inputBegin != length) throw new SpansGap();
            return token(tokenText, originalText, inputBegin, length);
        }
    }

    /**
     * The annotations each token ends with here: value, text, original text, offsets (from the token factory), before
     * and after (the lexer), is-newline and token indices (the tokenizer annotator), index and sentence index (the
     * splitter). A token made with room for them all is never regrown (CoreNLP's factory makes room for five).
     */
    private static final int TOKEN_ANNOTATIONS = 12;

    /** What {@code CoreLabelTokenFactory.makeToken} makes, the same annotations in the same order. */
    private static CoreLabel token(String word, String original, int begin, int length) {
        CoreLabel token = new CoreLabel(TOKEN_ANNOTATIONS);
        token.setValue(word);
        token.setWord(word);
        token.setOriginalText(original);
        token.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        token.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, begin + length);
        return token;
    }
}
