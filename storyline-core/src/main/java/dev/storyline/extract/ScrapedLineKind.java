package dev.storyline.extract;

/** What one line of a scraped page is, as far as extraction cares. */
enum ScrapedLineKind {
    /** A sentence-like line long enough to be a paragraph of the article. */
    PROSE,
    /** A short line ending like a sentence ("Il a refusé."): content inside the body, noise outside it. */
    SHORT_PROSE,
    /** A short line without sentence punctuation: a headline, a sub-heading, a section name or a caption. */
    HEADING,
    /** The place, date and agency a story was filed with, alone on its line ("AA / Moscou"). */
    DATELINE,
    /** Who wrote it, possibly with the date ("Elena Teslova | 13.01.2022", "By Jane Doe"). */
    BYLINE,
    /** A date or a publication stamp alone on its line. */
    DATE,
    /** A bare number or a count of comments, views, reading minutes. */
    COUNTER,
    NAVIGATION,
    PREVIOUS_NEXT,
    READ_ALSO,
    SHARE,
    SUBSCRIPTION,
    COPYRIGHT,
    /** Translation, reporting and editing credits. */
    CREDIT,
    CAPTION,
    /** The opening of a comment section ("Leave a reply", "12 Kommentare"): nothing after it is the article. */
    COMMENTS,
    ADVERTISEMENT,
    /**
     * An image printed as its file name in brackets ("[IMG_4266-1024x1024]", "[cropped-alsterpanorama]"), as text
     * browsers do when it has no alt text: in an article as often as around it.
     */
    IMAGE,
    /** The number of a numbered list's item printed alone on its line ("3.", "87. 87."): a recipe's steps, references. */
    LIST_NUMBER,
    /**
     * Program source ("function(e){if(!e)throw…}"): a page's own scripts printed as text, or a code sample of a
     * programming article. Kept inside a body, but never scored as its prose.
     */
    CODE;

    /** Whether the line is part of a page's furniture rather than of any article text. */
    boolean isBoilerplate() {
        return switch (this) {
            case PROSE, SHORT_PROSE, HEADING, CODE -> false;
            default -> true;
        };
    }
}
