package dev.storyline.extract;

/**
 * One non-blank line of a scraped page, whitespace-normalised, with what it was recognised as.
 *
 * @param position      its rank among the page's non-blank lines
 * @param text          the line, runs of whitespace (no-break spaces included) as one space
 * @param kind          what it is
 * @param words         how many of its words contain a letter
 * @param endsSentence  whether it ends like a sentence ("." "!" "?" "…" ":" before closing quotes)
 * @param dateline      the dateline it opens with, or null
 * @param byline        the byline it is, or null
 * @param date          the date it carries when it is a date or byline line, or null
 */
record ScrapedLine(int position, String text, ScrapedLineKind kind, int words, boolean endsSentence,
                   Dateline dateline, Byline byline, DateMention date) {

    ScrapedLine withKind(ScrapedLineKind newKind) {
        return new ScrapedLine(position, text, newKind, words, endsSentence, dateline, byline, date);
    }

    boolean hasLetters() {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
