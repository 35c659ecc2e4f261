package dev.storyline.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/** Decides what each line of a scraped page is, from its words alone. Immutable, thread-safe. */
final class ScrapedLineClassifier {

    /** A line this long that ends like a sentence is a paragraph. */
    static final int PROSE_MIN_WORDS = 6;
    /** A line this long is a paragraph even when its final punctuation was lost in scraping. */
    static final int UNPUNCTUATED_PROSE_MIN_WORDS = 15;
    /** The longest line without letters that may still be a date with its time. */
    private static final int NUMERIC_DATE_MAX_CHARS = 64;
    /** Date lines carry little else: "Publié le 7 janvier 2022 à 10h30, mis à jour à 12h00". */
    private static final int DATE_LINE_MAX_OTHER_WORDS = 8;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h\\u200B\\uFEFF]+");
    /** One to three digits and a full stop or bracket, once or twice (w3m prints an ordered list's numbers twice). */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?:\\d{1,3}[.)] ?){1,2}");
    /** A bracketed token with a letter and a digit, hyphen or underscore, no space: a file name, not a button. */
    private static final Pattern IMAGE_FILE_NAME = Pattern.compile("\\[(?=[^\\]\\s]*\\p{L})(?=[^\\]\\s]*[-_0-9])[^\\]\\s]+]");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:h.]\\d{2}(?!\\d)");

    private final BoilerplateLexicon lexicon;
    private final DatelineParser datelines;
    private final BylineParser bylines;

    ScrapedLineClassifier(BoilerplateLexicon lexicon, DatelineParser datelines, BylineParser bylines) {
        this.lexicon = lexicon;
        this.datelines = datelines;
        this.bylines = bylines;
    }

    static String normaliseWhitespace(String line) {
        return WHITESPACE.matcher(line).replaceAll(" ").strip();
    }

    /** The runs of non-space characters that hold a letter (what {@code \\S*\\p{L}\\S*} finds), counted by hand: hot path. */
    static int countWords(String text) {
        int words = 0;
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                if (letter) words++;
                letter = false;
            } else if (!letter && Character.isLetter(c)) {
                letter = true;
            }
        }
        return letter ? words + 1 : words;
    }

    /** @param text a non-blank line, whitespace-normalised */
    ScrapedLine classify(int position, String text) {
        int words = countWords(text);
        boolean endsSentence = endsSentence(text);
        if (words == 0 && LIST_NUMBER.matcher(text).matches()) {
            return new ScrapedLine(position, text, ScrapedLineKind.LIST_NUMBER, 0, false, null, null, null);
        }
        if (text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']' && IMAGE_FILE_NAME.matcher(text).matches()) {
            return new ScrapedLine(position, text, ScrapedLineKind.IMAGE, words, false, null, null, null);
        }
        if (words == 0) {
            // a date without letters ("07.01.2022 10:30") is short; a long run of digits and signs (html2text prints
            // some pages' tables as one line of thousands) is not looked up: the date patterns would take minutes
            Optional<DateMention> date = text.length() <= NUMERIC_DATE_MAX_CHARS ? TextDates.first(text)
                    : Optional.empty();
            return date.isPresent()
                    ? new ScrapedLine(position, text, ScrapedLineKind.DATE, 0, false, null, null, date.get())
                    : new ScrapedLine(position, text, ScrapedLineKind.COUNTER, 0, false, null, null, null);
        }
        if (looksLikeCode(text)) {
            return new ScrapedLine(position, text, ScrapedLineKind.CODE, words, endsSentence, null, null, null);
        }
        Optional<ScrapedLineKind> furniture = lexicon.match(text, words);
        if (furniture.isPresent()) {
            return new ScrapedLine(position, text, furniture.get(), words, endsSentence, null, null, null);
        }
        Dateline dateline = datelines.parse(text).orElse(null);
        if (dateline != null && dateline.rest().isEmpty()) {
            return new ScrapedLine(position, text, ScrapedLineKind.DATELINE, words, endsSentence, dateline, null,
                    dateline.date());
        }
        Optional<Byline> byline = bylines.parse(text);
        if (byline.isPresent()) {
            return new ScrapedLine(position, text, ScrapedLineKind.BYLINE, words, endsSentence, null, byline.get(),
                    byline.get().date());
        }
        Optional<DateMention> date = dateLine(text, endsSentence);
        if (date.isPresent()) {
            return new ScrapedLine(position, text, ScrapedLineKind.DATE, words, endsSentence, null, null, date.get());
        }
        ScrapedLineKind kind;
        if (endsSentence && words >= PROSE_MIN_WORDS || words >= UNPUNCTUATED_PROSE_MIN_WORDS) {
            kind = ScrapedLineKind.PROSE;
        } else if (endsSentence) {
            kind = ScrapedLineKind.SHORT_PROSE;
        } else {
            kind = ScrapedLineKind.HEADING;
        }
        return new ScrapedLine(position, text, kind, words, endsSentence, dateline, null, null);
    }

    /**
     * Whether a line is program source: one character in {@value #CODE_CHARS_PER_SYMBOL} or more is a brace, square
     * bracket, semicolon, equals sign or logical operator ("0?(a.parentElement&&e.body.removeChild(a),…"). Prose
     * uses these a few times a paragraph at most (parentheses, common in prose and in sports line-ups, do not
     * count); lines shorter than {@value #CODE_MIN_CHARS} characters are not judged.
     */
    static boolean looksLikeCode(String text) {
        if (text.length() < CODE_MIN_CHARS) return false;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CODE_SYMBOLS.indexOf(text.charAt(i)) >= 0) symbols++;
        }
        return symbols * CODE_CHARS_PER_SYMBOL >= text.length();
    }

    private static final String CODE_SYMBOLS = "{}[];=<>|&\\";
    private static final int CODE_MIN_CHARS = 40, CODE_CHARS_PER_SYMBOL = 20;

    /**
     * The date of a line that is mostly a date. A short sentence about a date ("On 7 January he resigned.") keeps
     * more words beside it, and ends with a full stop.
     */
    private static Optional<DateMention> dateLine(String text, boolean endsSentence) {
        if (countWords(text) > DATE_LINE_MAX_OTHER_WORDS + 6) return Optional.empty();
        var all = TextDates.findAll(text);
        if (all.isEmpty()) return Optional.empty();
        StringBuilder left = new StringBuilder();
        int from = 0;
        for (DateMention d : all) {
            left.append(text, from, d.start()).append(' ');
            from = d.end();
        }
        left.append(text.substring(from));
        String other = TIME.matcher(left).replaceAll(" ");
        int otherWords = (int) Pattern.compile("\\p{L}+").matcher(other).results()
                .filter(m -> TextDates.weekday(m.group()).isEmpty()).count();
        boolean mostlyDate = endsSentence ? otherWords <= 2 : otherWords <= DATE_LINE_MAX_OTHER_WORDS;
        return mostlyDate ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * Whether the line ends like a sentence, looking through closing quotes and brackets, a footnote's number after
     * them ("… die wir nicht nutzen.”1", "… in 2019.[3]"), and emoji or a heart closing a blogger's sentence
     * ("… und das gefällt mir 😉", "… schönen Sonntag <3").
     */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (endsWithEmoji(text, i + 1) || text.startsWith("<3", i - 1) && i >= 1) return true;
        int beforeNote = footnoteStart(text, i);
        if (beforeNote < i) i = beforeNote;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'”’»)]".indexOf(text.charAt(i)) >= 0)) i--;
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    /** Where a footnote's number ending at {@code last} begins ("1", "[12]" after punctuation or a quote), or {@code last}. */
    private static int footnoteStart(String text, int last) {
        int i = last;
        boolean bracketed = i >= 0 && text.charAt(i) == ']';
        if (bracketed) i--;
        int digits = 0;
        while (i >= 0 && Character.isDigit(text.charAt(i)) && digits < 3) {
            i--;
            digits++;
        }
        if (digits == 0 || bracketed && (i < 0 || text.charAt(i--) != '[')) return last;
        // only right after the sentence's punctuation or closing quote: "in 2019" or "Seite 12" is no footnote
        // ("Windows Mobile 6.1" is a version number: a digit before the point)
        boolean afterSentence = i >= 0 && ".!?…\"”’»".indexOf(text.charAt(i)) >= 0
                && (bracketed || !(i > 0 && Character.isDigit(text.charAt(i - 1))));
        return afterSentence ? i : last;
    }

    /** Emoji and pictographs ("😉", "❤", "☺"), with their variation selectors. */
    private static boolean endsWithEmoji(String text, int end) {
        int i = end;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp == 0xFE0F || cp == 0x200D || cp >= 0x1F3FB && cp <= 0x1F3FF) {
                i -= Character.charCount(cp);
                continue;
            }
            return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
        }
        return false;
    }
}
