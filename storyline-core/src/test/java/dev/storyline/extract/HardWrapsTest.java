package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardWrapsTest {

    // Written for this test, wrapped at 60 columns the way w3m and lynx wrap (greedy, words whole).
    private static final String WRAPPED = """
            Home | World | Business | Sport

            Flood barriers hold as the river peaks in the old town

               The river crested at 6.2 metres on Tuesday night, a
               little under the level of 2013, and the new barriers
               along the quay held, the city's engineers said.

               About 300 residents of the lower streets had left
               their homes as a precaution; most were back by noon.
               * Emergency shelters stay open until Friday for those
                 whose cellars are still flooded.
               * Schools reopen on Thursday.
            """;

    @Test
    void joinsTheLinesOfEachWrappedParagraph() {
        String unwrapped = HardWraps.unwrap(WRAPPED);
        assertTrue(unwrapped.contains("   The river crested at 6.2 metres on Tuesday night, a little under the level of "
                + "2013, and the new barriers along the quay held, the city's engineers said.\n"), unwrapped);
        assertTrue(unwrapped.contains("About 300 residents of the lower streets had left their homes as a precaution; "
                + "most were back by noon.\n"), unwrapped);
    }

    @Test
    void keepsShortLinesListItemsAndBlankLinesApart() {
        String unwrapped = HardWraps.unwrap(WRAPPED);
        assertTrue(unwrapped.startsWith("Home | World | Business | Sport\n\nFlood barriers hold as the river peaks in "
                + "the old town\n\n"), unwrapped);
        assertTrue(unwrapped.contains("\n   * Emergency shelters stay open until Friday for those whose cellars are "
                + "still flooded.\n   * Schools reopen on Thursday."), unwrapped);
    }

    @Test
    void joinsWordsThatTheWrapperBrokeAtTheirHyphen() {
        String paragraph = "Die Deutsche Bahn ändert zum Fahrplanwechsel die Zutrittsbestimmungen zur DB Lounge. "
                + "Leider sind die Kapazitäten unserer DB-Lounges beschränkt, erklärte eine Bahn-Sprecherin dem "
                + "Zugreiseblog zur Begründung, und das gilt für alle Gäste der ersten Klasse, die mit einem "
                + "Sparpreis-Ticket reisen und Zutritt zur Lounge wollen, ab dem Fahrplanwechsel am 15. Dezember.";
        String wrapped = wrapAtHyphens(paragraph, 40);
        assertTrue(wrapped.lines().anyMatch(l -> l.endsWith("-")), wrapped);
        assertEquals(paragraph, HardWraps.unwrap(wrapped).strip());
    }

    /** What html2text does: greedy wrapping that may also break a word after one of its hyphens. */
    private static String wrapAtHyphens(String text, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String rest = word;
            while (true) {
                int room = width - line.length() - (line.isEmpty() ? 0 : 1);
                if (rest.length() <= room) {
                    if (!line.isEmpty()) line.append(' ');
                    line.append(rest);
                    break;
                }
                int hyphen = rest.lastIndexOf('-', room - 1);
                if (hyphen > 0) {
                    if (!line.isEmpty()) line.append(' ');
                    line.append(rest, 0, hyphen + 1);
                    rest = rest.substring(hyphen + 1);
                }
                out.append(line).append('\n');
                line.setLength(0);
            }
        }
        return out.append(line).append('\n').toString();
    }

    @Test
    void leavesTextPrintedOneLinePerBlockAsItIs() {
        String text = "Menu\nNews\n" + "This paragraph was printed on one line, as a scraper copies a page's text "
                .repeat(4) + "\nAnother paragraph, short.\n" + "And another long paragraph that goes on and on. "
                .repeat(5) + "\n";
        assertEquals(text, HardWraps.unwrap(text));
    }

    @Test
    void theExtractorReadsAWrappedArticleAsParagraphs() {
        String text = WRAPPED + "\nShare | Tweet | Email\n";
        String body = new ScrapedTextExtractor(LocalDate.of(2026, 12, 1)).extract("flood", null, text).text();
        assertEquals("The river crested at 6.2 metres on Tuesday night, a little under the level of 2013, and the new "
                + "barriers along the quay held, the city's engineers said.", body.lines().findFirst().orElse(""), body);
    }

    @Test
    void joinsAColumnWrappedInsideTextPrintedOneLinePerBlock() {
        // Written for this test, in the shape w3m gives a layout table: a menu row printed whole (wider than any
        // wrapping width), then the article's cell as an indented column wrapped at about 50 columns.
        String menu = "Home | World | Business | Sport | Technology | Science | Health | Travel | Opinion | "
                + "Weather | Video | Photos | Podcasts | Newsletters | Contact | About us | Advertise with us\n\n";
        menu = menu + menu + menu; // several lines wider than any wrapping width: the page is not wrapped as a whole
        String column = """
                          The river crested at 6.2 metres on Tuesday night,
                          a little under the level of 2013, and the new
                          barriers along the quay held, the engineers said.

                          Home
                          World
                          Business
                """;
        String unwrapped = HardWraps.unwrap(menu + column);
        assertTrue(unwrapped.contains("The river crested at 6.2 metres on Tuesday night, a little under the level of "
                + "2013, and the new barriers along the quay held, the engineers said.\n"), unwrapped);
        assertTrue(unwrapped.lines().anyMatch(l -> l.strip().equals("World")), "a menu's short lines stay apart");
        assertTrue(unwrapped.startsWith(menu), unwrapped);
    }

    @Test
    void leavesParagraphsPrintedOneALineWithoutBlankLinesApart() {
        // Written for this test: a scraper that prints each paragraph on a line of its own, no blank line between;
        // the one paragraph wrapped by its source is still joined.
        String page = """
                The river crested at 6.2 metres on Tuesday night, and the barriers held.
                About 300 residents had left their homes as a precaution on Monday
                evening; most were back by noon.
                Schools reopen on Thursday, the council said in a statement today.
                """;
        String wide = "Home | World | Business | Sport | Technology | Science | Health | Travel | Opinion | "
                + "Weather | Video | Photos | Podcasts | Newsletters | Contact | About us | Advertise with us\n\n";
        page = wide.repeat(3) + page; // printed one line per block: no width for the whole page
        String unwrapped = HardWraps.unwrap(page);
        assertTrue(unwrapped.contains("the barriers held.\nAbout 300 residents"), unwrapped);
        assertTrue(unwrapped.contains("on Monday evening; most were back"), unwrapped);
    }

    /** The paragraph broken greedily at {@code width} columns, as a text browser breaks its widest lines. */
    private static String wrappedAt(String paragraph, int width) {
        StringBuilder out = new StringBuilder(), line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        return out.append(line).toString();
    }

    /** w3m's widest line, as {@link TextBrowser#widestLine} gives it for lines as wide as w3m allows. */
    private static final int W3M_WIDEST = TextBrowser.W3M.widestLine(0);

    @Test
    void joinsAParagraphTheRendererCutAtItsWidestLine() {
        // Written for this test: an interview's long answer, printed one line per block, which w3m still breaks at
        // its widest line, here in the middle of a sentence.
        String answer = "Mayor Lind: We looked at the quay for three winters before we decided anything, and each "
                + "winter the water came a little higher than the one before. ";
        String paragraph = answer.repeat(7) + "The engineers told us that the barriers would hold, and they did.";
        String cut = wrappedAt(paragraph, W3M_WIDEST);
        assertTrue(cut.contains("\n"), "the paragraph must be longer than the widest line");
        // a paragraph a little shorter than the widest line, then a rule as wide as the page, then a heading
        String whole = "The shelters stay open until Friday for those whose cellars are still flooded. ".repeat(12)
                + "Schools reopen on Thursday, the council said.";
        assertTrue(whole.length() > W3M_WIDEST - 40 && whole.length() <= W3M_WIDEST);
        String rule = "━".repeat(W3M_WIDEST);
        String page = "Flood barriers hold\n\n" + cut + "\n" + whole + "\n" + rule + "\nMore from the region\n";
        String unwrapped = HardWraps.unwrap(page, W3M_WIDEST);
        assertTrue(unwrapped.contains("\n" + paragraph + "\n"), unwrapped);
        // the rule is a block of its own: neither joined to the paragraph above it nor the heading to it
        assertTrue(unwrapped.contains("\n" + whole + "\n" + rule + "\nMore from the region"), unwrapped);
    }

    @Test
    void leavesLongLinesApartWhenTheRendererPrintsParagraphsWhole() {
        // Written for this test: html2text prints a paragraph on one line however long; one that happens to end
        // near w3m's widest line is followed by a caption that opens in lower case: nothing was cut there
        String paragraph = "The shelters stay open until Friday for those whose cellars are still flooded. ".repeat(12)
                + "Schools reopen on Thursday, the council said in a statement.";
        assertTrue(paragraph.length() > W3M_WIDEST - 20 && paragraph.length() <= W3M_WIDEST, "length " + paragraph.length());
        String page = "Flood barriers hold\n\n" + paragraph + "\nphoto: the quay at noon on Tuesday\n";
        assertEquals(page, HardWraps.unwrap(page, TextBrowser.HTML2TEXT.widestLine(0)));
        assertEquals(page, HardWraps.unwrap(page));
    }

    @Test
    void keepsAParagraphEndingNearTheWidestLineApartFromTheHeadingUnderIt() {
        // Written for this test: a paragraph that ends, whole, a few columns short of the widest line, and a heading
        // printed right under it whose first word would not have fitted there: nothing was cut, the heading opens
        // in upper case as a line of its own does
        String paragraph = "The shelters stay open until Friday for those whose cellars are still flooded. ".repeat(12)
                + "Schools reopen on Thursday, the council said in a statement today.";
        assertTrue(paragraph.length() > W3M_WIDEST - 10 && paragraph.length() <= W3M_WIDEST, "length " + paragraph.length());
        String page = "Flood barriers hold\n\n" + paragraph + "\nNeighbourhoods\n";
        assertEquals(page, HardWraps.unwrap(page, W3M_WIDEST));
    }

    @Test
    void joinsADropCapPrintedOnItsOwnLineToTheWordItOpens() {
        // Written for this test: the first letter of the article set large, which the browser prints on a line of
        // its own above the rest of the paragraph
        String page = "Flood barriers hold\n\nBy Ann Lind\n12 March 2026\nT\n\nhe river crested at 6.2 metres on "
                + "Tuesday night, and the new barriers along the quay held.\n\nAbout 300 residents had left their homes.\n";
        String unwrapped = HardWraps.unwrap(page);
        assertTrue(unwrapped.contains("12 March 2026\nThe river crested at 6.2 metres on Tuesday night,"), unwrapped);
    }

    @Test
    void leavesAnAvatarsLetterApartFromTheMembersName() {
        // Written for this test: a forum prints each member's avatar as a letter over the name, in lower case
        String page = "Re: our cat will not eat\n\nY\nyellowkitty\nHas she been to the vet since Monday?\n\n"
                + "M\n\nmarta_b\nTry warming the food a little, it worked for ours.\n";
        assertEquals(page, HardWraps.unwrap(page));
    }
}
