package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages whose frame holds the article's column beside other columns with paragraphs of their own (podcast blurbs,
 * explainers, sponsored links), as on news portals of 2008. Pages hand-written for Storyline: the article is
 * {@link BridgeArticle}'s, the blurbs are invented.
 */
class PageColumnsTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String ARTICLE = "<div id='content'><h1>Harbour bridge reopens after repairs</h1>"
            + BridgeArticle.PARAGRAPHS
            + "<p>The repairs cost 4.2 million euros, a fifth more than planned, because the corrosion under the "
            + "asphalt was worse than the first survey had shown, the council's engineer told the committee.</p>"
            + "<p>A second survey of the approach ramps is planned for the autumn, and the council expects to "
            + "publish its findings before the end of the year.</p></div>";

    private static String blurb(String text) {
        return "<p>" + text + "</p><a href='/listen/" + text.length() + "'>Listen now</a>";
    }

    /** A side column: blurbs of podcasts, each under its own link, and a list of sponsored links. */
    private static final String SIDE_COLUMN = "<div id='rightcol'><h3>Podcasts</h3>"
            + blurb("Harbour Talk is a weekly podcast compiled by the newsroom team. In the first part of this "
            + "series we look at the ferries and ask our panel how the timetable should change in spring.")
            + blurb("Harbour Talk is a weekly podcast compiled by the newsroom team. In the second part of this "
            + "series we look at the fish market and ask the traders what the new rents will mean for them.")
            + blurb("Harbour Talk is a weekly podcast compiled by the newsroom team. In the third part of this "
            + "series we look at the marina and ask the sailing club why its waiting list keeps growing.")
            + blurb("Harbour Talk is a weekly podcast compiled by the newsroom team. In the last part of this "
            + "series we look at the lighthouse and ask the keepers' society what should become of it.")
            + "<h3>Sponsored links</h3><ul>"
            + "<li><a href='/ad/1'>Cheap flights to the coast today</a></li>"
            + "<li><a href='/ad/2'>Compare home insurance quotes now</a></li>"
            + "<li><a href='/ad/3'>Learn a language in three weeks</a></li>"
            + "<li><a href='/ad/4'>Best garden furniture of the year</a></li>"
            + "<li><a href='/ad/5'>Holiday cottages by the harbour</a></li>"
            + "<li><a href='/ad/6'>Find local plumbers in your area</a></li>"
            + "<li><a href='/ad/7'>Used cars at the best prices here</a></li>"
            + "<li><a href='/ad/8'>Free credit score check online</a></li></ul></div>";

    private String text(String body) {
        return BridgeArticle.text(extractor, body);
    }

    @Test
    void theBlurbsOfASideColumnBesideTheArticlesColumnAreDropped() {
        String text = text("<div id='main'>" + ARTICLE + SIDE_COLUMN + "</div>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertTrue(text.contains("corrosion under the asphalt"), text);
        assertFalse(text.contains("Harbour Talk"), text);
        assertFalse(text.contains("Cheap flights"), text);
    }

    private static final String LINKS = "<ul><li><a href='/a'>Timetables of the buses</a></li>"
            + "<li><a href='/b'>Ferry times this week</a></li><li><a href='/c'>Road works in the town</a></li>"
            + "<li><a href='/d'>Parking in the old town</a></li><li><a href='/e'>Cycle paths of Lakeside</a></li>"
            + "<li><a href='/f'>Council meeting minutes</a></li><li><a href='/g'>Opening hours of the library</a></li>"
            + "<li><a href='/h'>Waste collection calendar</a></li><li><a href='/i'>Swimming pool prices</a></li>"
            + "<li><a href='/j'>Events at the town hall</a></li></ul>";

    @Test
    void prosePrintedStraightIntoTheFrameBesideTheColumnStays() {
        String lead = "Lakeside's harbour bridge is open again after eight months, and the town's drivers no longer "
                + "need the long detour through the industrial estate, which had added twenty minutes to every "
                + "trip between the old town and the ferry terminal since last spring, the council said today. "
                + "Traders on both sides of the water say they expect their customers back within weeks, and the "
                + "bus company will return to its old timetable on Monday, with the first bus crossing at six. "
                + "The ferry company, which had added crossings during the works, will keep two of them until "
                + "the summer, when it will decide whether the demand justifies keeping them for good.";
        String text = text("<div id='main'><span>" + lead + "</span>" + ARTICLE + LINKS + "</div>");
        assertTrue(text.contains("keeping them for good"), text);
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
    }

    @Test
    void sectionsOfOnePageWithTheSameClassAllStay() {
        String section = "<div class='section'><h2>%s</h2><p>%s</p>" + LINKS + "</div>";
        String first = String.format(section, "The deck", "Forty tonnes of corroded plates were cut out of the "
                + "deck and replaced with new steel over the winter months, the engineers said on Monday. "
                + "The welding was done at night so that the ferries could keep running by day. "
                + "Every plate was tested with ultrasound before the asphalt went back on, and the tests found "
                + "no flaw in any of the seams, according to the report the council published this week. "
                + "The report also lists the bolts that were replaced, nearly three thousand of them, and the "
                + "cost of each part of the work, which came to a fifth more than the council had planned. "
                + "The engineers say the deck should now last another forty years with ordinary care, provided that "
                + "the drains are cleared every autumn and the joints are checked after every hard winter.");
        String second = String.format(section, "The paint", "Three coats of grey paint now protect the whole "
                + "span from the salt of the harbour air, which had eaten through the old coat in places. "
                + "The paint is guaranteed for twenty years, the contractor told the committee, which asked for the "
                + "guarantee to be written into the contract after the old coat failed within twelve years.");
        String third = String.format(section, "The lamps", "New lamps use a third of the old ones' power, the "
                + "council said, and light the footpath as well as the road, which cyclists had asked for. "
                + "They switch off between two and five in the morning when no one crosses, and they dim when the "
                + "sensors on the railings find the footpath empty, which saves another tenth of the power.");
        String text = text("<div id='main'><h1>Harbour bridge reopens after repairs</h1>" + first + second + third
                + "</div>");
        assertTrue(text.contains("Three coats of grey paint"), text);
        assertTrue(text.contains("New lamps use a third"), text);
    }

    @Test
    void aBoxOfExplainersUnderTheirLabelsBesideTheArticleIsNotItsProse() {
        String explainers = "<div class='box'><div>Bookmark this page</div><div>What is this?</div>"
                + "<dl><dt>Pinboard</dt><dd>On Pinboard, readers keep the addresses of pages they like in one place "
                + "and can share them with friends, who see the newest first and can add their own notes.</dd>"
                + "<dt>Linkroll</dt><dd>At its most basic level, Linkroll lets readers save their bookmarks online "
                + "and tag them with descriptive words, so that they can find them again from any computer.</dd>"
                + "<dt>Newsvine</dt><dd>Newsvine lets readers submit stories and vote on them; the stories with "
                + "the most votes rise to the top of its front page, where everyone else can read them.</dd>"
                + "<dt>Clipmark</dt><dd>Clipmark keeps the paragraphs readers mark on any page, with the address "
                + "they came from, and lists the most marked paragraphs of the day for everyone to see.</dd></dl>"
                + "<div>Average rating</div></div>";
        // the frame holds the article, the box and two lists of links: the article's column is chosen first
        String text = text(ARTICLE + explainers + LINKS + LINKS);
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertFalse(text.contains("Pinboard"), text);
        assertFalse(text.contains("save their bookmarks"), text);
    }

    @Test
    void aLastParagraphAfterAnEmbeddedBoxIsStillTheArticles() {
        String text = text(ARTICLE + "<div class='box'><ul><li><a href='/a'>Ferry times this week</a></li>"
                + "<li><a href='/b'>Road works in the town</a></li></ul></div><div><p>The bridge's opening "
                + "ceremony, with the mayor and the school band, is planned for Saturday at noon.</p></div>");
        assertTrue(text.contains("school band"), text);
    }
    private static String product(String name, String description, String prices) {
        return "<div class='product'><div>" + name + "</div><p>" + description + "</p>" + prices + "</div>";
    }

    @Test
    void aSideColumnOfProductBlurbsWithoutLinksIsDroppedBesideTheColumnUnderTheTitle() {
        // prose as a whole (no links, long descriptions), so only the title heading tells the article's column
        String shop = "<div id='shop'>"
                + product("Harbour Lamp 40", "A cast iron lamp in the style of the old harbour lights, with a glass "
                + "shade and a warm bulb that lights a garden path or a porch on the darkest winter evening.",
                "<div>Lamps and More: $99.00</div><div>Coastline Store: $24.99</div>")
                + product("Bridge Print A3", "A print of the harbour bridge at dusk on heavy matte paper, signed by "
                + "the photographer and shipped flat in a card sleeve so that it arrives without a crease.",
                "<div>Print House: $19.95</div><div>Coastline Store: $22.50</div>")
                + product("Ferry Mug", "A stoneware mug with the old ferry's timetable printed around it, safe in "
                + "the dishwasher and the microwave, and large enough for the first coffee of a long day.",
                "<div>Mug World: $11.99</div><div>Coastline Store: $12.49</div>")
                + product("Lighthouse Clock", "A wall clock shaped like the lighthouse on the point, with a quiet "
                + "movement that does not tick and a lamp at the top that glows faintly after dark.",
                "<div>Clock Shop: $45.00</div><div>Coastline Store: $39.90</div>")
                + "</div>";
        String text = text("<div id='main'>" + ARTICLE + shop + "</div>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertTrue(text.contains("corrosion under the asphalt"), text);
        assertFalse(text.contains("cast iron lamp"), text);
        assertFalse(text.contains("Coastline Store"), text);
    }

    @Test
    void aSmallBoxOfBlurbsAndLinksBesideTheColumnUnderTheTitleIsDropped() {
        // under 500 characters of good text beside the article: only the title heading tells the article's column
        String box = "<div id='partners'><p>Our partner Coastline Store sells prints, lamps and mugs from the "
                + "harbour's workshops, and sends every order within two working days from its shop by the quay.</p>"
                + "<p>Coastline Store also frames the prints it sells, in oak or in ash, and hangs them for free for "
                + "readers who live in Lakeside or in one of the villages along the bay.</p>"
                + "<ul><li><a href='/shop/prints'>Prints of the harbour</a></li>"
                + "<li><a href='/shop/lamps'>Lamps of the harbour</a></li>"
                + "<li><a href='/shop/mugs'>Mugs of the old ferries</a></li>"
                + "<li><a href='/shop/frames'>Frames in oak and ash</a></li>"
                + "<li><a href='/shop/gifts'>Gift cards for readers</a></li></ul></div>";
        String text = text("<div id='main'>" + ARTICLE + box + "</div>");
        assertTrue(text.contains("Engineers replaced forty tonnes"), text);
        assertFalse(text.contains("Coastline Store"), text);
    }
}
