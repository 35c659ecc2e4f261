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
}
