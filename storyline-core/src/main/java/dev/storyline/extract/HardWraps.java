package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of paragraphs that a text browser or mail client wrapped at a fixed width (w3m, lynx and
 * html2text print 80 columns unless told otherwise), so that the line classifier sees paragraphs, not fragments of
 * them. Text that is not hard-wrapped is returned as it is.
 *
 * <p>A wrapped text has a width: most of its long lines end within a few columns of it, and few lines pass it
 * (unbreakable URLs). A line is joined to the next when the next line's first word would not have fitted after it
 * (what a greedy wrapper does), the next line is not indented less, and does not open a list item. Hand-written: the
 * wrapping of text browsers is our input's edge, no library undoes it.
 */
final class HardWraps {

    /** Widths above this are paragraphs printed whole, not wrapped. */
    private static final int MAX_WIDTH = 160;
    private static final int MIN_WIDTH = 30;
    /** How far from the width the last word of a wrapped line may end: a long word moves to the next line. */
    private static final int NEAR_WIDTH = 15;
    /** At most this share of the lines may pass the width (words too long to break: URLs, compounds). */
    private static final double OVER_SHARE = 0.005;
    private static final int MIN_NEAR_LINES = 4;
    /** A bullet opens a list item wherever it stands. */
    private static final Pattern BULLET = Pattern.compile("[•◦▪▫□■●○‣·*]\\s.*");
    /**
     * Dashes, "o", "+" and numbers open an item only when indented, as browsers print nested lists: at the margin
     * they are words ("o" is Spanish for "or") or a date cut by the wrapping ("… am\n15. Dezember").
     */
    private static final Pattern INDENTED_MARKER = Pattern.compile("\\s+(?:[+o–—-]|\\d{1,3}[.)]|\\[\\d+])\\s.*");

    private HardWraps() {
    }

    /** The text with wrapped paragraphs joined into one line each; other lines unchanged. */
    static String unwrap(String raw) {
        return unwrap(raw, 0);
    }

    /**
     * The same, for text whose renderer prints lines of at most {@code widestLine} columns and cuts longer
     * paragraphs there ({@link TextBrowser#widestLine}; 0 when unknown or unbounded): those are joined first.
     */
    static String unwrap(String raw, int widestLine) {
        String[] split = raw.split("\r?\n", -1);
        String[] lines = withDropCapsJoined(split);
        if (widestLine > MAX_WIDTH) lines = joinedAtWidestLine(lines, widestLine);
        if (lines != split) raw = String.join("\n", lines);
        int width = width(lines);
        if (width < 0) return unwrapColumns(raw, lines);
        List<String> out = new ArrayList<>(lines.length);
        StringBuilder current = null;
        String last = null; // the last physical line of the paragraph being joined
        for (String line : lines) {
            if (current != null && continues(last, line, width)) {
                String next = line.strip();
                // html2text breaks at hyphens: "Bahn-" + "Sprecherin" is one word
                if (!hyphenated(last.stripTrailing())) current.append(' ');
                current.append(next);
            } else {
                if (current != null) out.add(current.toString());
                current = new StringBuilder(line.stripTrailing());
            }
            last = line;
        }
        if (current != null) out.add(current.toString());
        return String.join("\n", out);
    }

    /**
     * The lines with the paragraphs the renderer cut at its widest line joined again. Asked for lines as wide as it
     * allows (one line per block), w3m still breaks a paragraph longer than 1,023 columns there, greedily: an
     * interview's answer of 160 words comes out as a line of about 1,020 columns and its last words on the next
     * line, each half a fragment ("… dass die Leute sagen, da" / "muss doch was gemacht werden …") that no longer
     * reads as one paragraph. A line is joined to the next when the next line's first word would not have fitted
     * within the widest line after it, and the next line goes on in lower case at the same indentation (a paragraph
     * that merely ends near the limit is followed by a line that opens as one of its own does). Text whose renderer
     * prints paragraphs whole (html2text) is never joined so: its long lines end where their paragraphs do.
     */
    static String[] joinedAtWidestLine(String[] lines, int widestLine) {
        List<String> out = new ArrayList<>(lines.length);
        boolean joined = false;
        for (int k = 0; k < lines.length; k++) {
            if (k > 0 && cutAtWidestLine(lines[k - 1], lines[k], widestLine)) {
                String previous = lines[k - 1].stripTrailing();
                out.add(out.remove(out.size() - 1).stripTrailing() + (hyphenated(previous) ? "" : " ") + lines[k].strip());
                joined = true;
            } else {
                out.add(lines[k]);
            }
        }
        return joined ? out.toArray(String[]::new) : lines;
    }

    /** Whether {@code line} goes on the paragraph the renderer cut after {@code previous} (its last printed line). */
    private static boolean cutAtWidestLine(String previous, String line, int widestLine) {
        String text = previous.strip();
        int n = columns(previous.stripTrailing());
        String next = line.strip();
        // a rule printed as wide as the page (a row of "━") is a block of its own, not words cut from a paragraph
        return n <= widestLine && n > widestLine - MAX_WORD && !next.isEmpty()
                && text.length() - text.lastIndexOf(' ') <= MAX_WORD && firstWord(next, false) <= MAX_WORD
                && continues(previous, line, widestLine)
                && Character.isLowerCase(next.codePointAt(0)) && indent(line) == indent(previous);
    }

    /**
     * The lines with each drop cap joined to the word it opens. A paragraph's first letter set large ("T", then
     * "urkey has been removed from …") is printed by text browsers as a line of its own, often with a blank line
     * under it, and the paragraph then opens in the middle of a word, in lower case, which reads as a fragment. A
     * line of one capital letter is joined to the next non-blank line (at most one blank line apart) when that line
     * opens in lower case and holds {@value #DROP_CAP_MIN_WORDS} words or more: a forum's avatar letter ("Y") over
     * its member's name ("yellowkitty") or an address is no paragraph.
     */
    static String[] withDropCapsJoined(String[] lines) {
        List<String> out = null;
        for (int k = 0; k < lines.length; k++) {
            int next = k + 1 < lines.length && lines[k + 1].isBlank() ? k + 2 : k + 1;
            if (next < lines.length && isDropCap(lines[k]) && opensInsideAWord(lines[next])) {
                if (out == null) out = new ArrayList<>(List.of(lines).subList(0, k));
                String rest = lines[next];
                out.add(rest.substring(0, indent(rest)) + lines[k].strip() + rest.strip());
                k = next;
            } else if (out != null) {
                out.add(lines[k]);
            }
        }
        return out == null ? lines : out.toArray(String[]::new);
    }

    private static final int DROP_CAP_MIN_WORDS = 4;

    private static boolean isDropCap(String line) {
        String t = line.strip();
        return t.codePointCount(0, t.length()) == 1 && Character.isUpperCase(t.codePointAt(0));
    }

    private static boolean opensInsideAWord(String line) {
        String t = line.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && t.split("\\s+").length >= DROP_CAP_MIN_WORDS;
    }

    /** Longer words are not cut by a greedy wrapper: they are URLs or code the line ends on before the limit. */
    private static final int MAX_WORD = 60;

    /**
     * Text printed one line per block may still hold columns the browser wrapped at a width of their own: w3m lays
     * out a page's layout tables at the widths their markup asks for, whatever the screen's width, so an article in
     * a table cell comes out as an indented column of lines about 70 wide beside unwrapped lines of 300. Each block
     * (consecutive non-blank lines at one indentation) of {@value #MIN_COLUMN_LINES} lines or more, at most
     * {@value #MAX_WIDTH} wide, with {@value #MIN_COLUMN_NEAR_LINES} or more lines ending near its widest, not all
     * at one column, is unwrapped at that width by the greedy rule. The text is returned as it is when no block is wrapped.
     */
    private static String unwrapColumns(String raw, String[] lines) {
        List<String> out = null;
        int i = 0;
        while (i < lines.length) {
            int j = blockEnd(lines, i);
            int width = j - i >= MIN_COLUMN_LINES ? columnWidth(lines, i, j) : -1;
            if (width > 0 && out == null) {
                out = new ArrayList<>(lines.length);
                for (int k = 0; k < i; k++) out.add(lines[k]);
            }
            if (width > 0) {
                StringBuilder current = new StringBuilder(lines[i].stripTrailing());
                for (int k = i + 1; k < j; k++) {
                    // a line ending a sentence ends a paragraph here: scrapers that print one paragraph a line
                    // without blank lines between make blocks like wrapped columns
                    if (!ScrapedLineClassifier.endsSentence(lines[k - 1]) && continues(lines[k - 1], lines[k], width)) {
                        if (!hyphenated(lines[k - 1].stripTrailing())) current.append(' ');
                        current.append(lines[k].strip());
                    } else {
                        out.add(current.toString());
                        current = new StringBuilder(lines[k].stripTrailing());
                    }
                }
                out.add(current.toString());
            } else if (out != null) {
                for (int k = i; k < j; k++) out.add(lines[k]);
            }
            i = j;
        }
        return out == null ? raw : String.join("\n", out);
    }

    /** The end (exclusive) of the block at {@code from}: its non-blank lines at one indentation, or the one line. */
    private static int blockEnd(String[] lines, int from) {
        if (lines[from].isBlank()) return from + 1;
        int indent = indent(lines[from]);
        int j = from + 1;
        while (j < lines.length && !lines[j].isBlank() && indent(lines[j]) == indent) j++;
        return j;
    }

    /** The block's widest line when it is at most {@value #MAX_WIDTH} and several lines end near it, else -1. */
    private static int columnWidth(String[] lines, int from, int to) {
        int widest = 0;
        for (int k = from; k < to; k++) widest = Math.max(widest, columns(lines[k].stripTrailing()));
        if (widest > MAX_WIDTH || widest - indent(lines[from]) < MIN_WIDTH) return -1;
        // wrapped lines end at varied columns near the width; a headline printed twice is two lines of one length
        int near = 0, firstNear = -1;
        boolean varied = false;
        for (int k = from; k < to - 1; k++) {
            int n = columns(lines[k].stripTrailing());
            if (n <= widest - NEAR_WIDTH) continue;
            near++;
            if (firstNear < 0) firstNear = n;
            else if (n != firstNear) varied = true;
        }
        return near >= MIN_COLUMN_NEAR_LINES && varied ? widest : -1;
    }

    private static final int MIN_COLUMN_LINES = 3, MIN_COLUMN_NEAR_LINES = 2;

    /**
     * The column the text was wrapped at, or -1 when it was not wrapped: the narrowest width that next to no line
     * passes (a few words too long to break do: URLs, compounds), provided several lines end near it. Text printed
     * one line per block has paragraphs longer than any such width.
     */
    static int width(String[] lines) {
        int[] count = new int[MAX_WIDTH + 2]; // count[n]: lines of n columns; MAX_WIDTH + 1 holds all longer ones
        int total = 0;
        for (String l : lines) {
            if (l.strip().indexOf(' ') < 0) continue; // one word: nothing was wrapped there
            count[Math.min(columns(l.stripTrailing()), MAX_WIDTH + 1)]++;
            total++;
        }
        int allowedOver = Math.max(2, (int) (OVER_SHARE * total));
        int over = count[MAX_WIDTH + 1];
        if (over > allowedOver) return -1;
        int w = MAX_WIDTH;
        while (w > MIN_WIDTH && over + count[w] <= allowedOver) over += count[w--];
        // the lines let pass may be the widest of the paragraphs, not words too long to break: take them back
        for (int n = Math.min(MAX_WIDTH, w + NEAR_WIDTH / 2); n > w; n--) {
            if (count[n] > 0) {
                w = n;
                break;
            }
        }
        int near = 0;
        for (int n = w - NEAR_WIDTH / 2 + 1; n <= w; n++) near += count[n];
        return near >= MIN_NEAR_LINES ? w : -1;
    }

    private static boolean continues(String previous, String line, int width) {
        String next = line.strip();
        if (next.isEmpty() || previous.isBlank()) return false;
        if (indent(line) < indent(previous) || BULLET.matcher(next).matches()
                || INDENTED_MARKER.matcher(line).matches()) return false;
        String prev = previous.stripTrailing();
        boolean hyphenated = hyphenated(prev);
        int firstWord = firstWord(next, hyphenated);
        int room = hyphenated ? 0 : 1;
        return columns(prev) + room + firstWord > width;
    }

    /** Whether the line ends inside a hyphenated word ("Bahn-"), not with a dash of its own ("word -"). */
    private static boolean hyphenated(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    /** The length of the first word, up to its first hyphen when the wrapper breaks at hyphens. */
    private static int firstWord(String s, boolean hyphenBreaks) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            if (hyphenBreaks && s.charAt(i) == '-') return i + 1;
            i++;
        }
        return i;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    private static int columns(String s) {
        return s.codePointCount(0, s.length());
    }
}
