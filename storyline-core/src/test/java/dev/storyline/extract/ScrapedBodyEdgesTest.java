package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scraped text: what stands just outside the densest run of prose and is still the article's. A standfirst above
 * the byline, date and share buttons, and a list of points that closes the article. Pages hand-written in the
 * shape w3m prints (one line per block), the article invented.
 */
class ScrapedBodyEdgesTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(LocalDate.of(2024, 3, 5));

    private static final String BODY = """
            The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck, the town council said in a statement.
            Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about twelve thousand vehicles a day between the old town and the ferry terminal.
            Night closures will continue until Friday while the last lamps are installed, the council added, and buses will keep their detour until then.
            """;

    /** More of the article, in other words than {@link #BODY} (a repeated line counts as a headline). */
    private static final String MORE = """
            Cyclists will get a lane of their own on the eastern side from the spring, once the railings have been raised to the height the new rules ask for.
            The mayor thanked residents of the old town for their patience during the closures and promised a street party on the bridge in June.
            Traders in the harbour district said their takings had fallen by a third while the detour was in place, and asked for help with their rents.
            """;

    private String text(String page) {
        return extractor.extract("p", "https://courier.example/news/bridge", page).text();
    }

    @Test
    void aStandfirstAboveTheBylineAndShareButtonsIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg
                4 March 2024
                Share on Facebook
                Share on Twitter
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("Anna Berg"), text);
    }

    @Test
    void aParagraphAboveAHeadlineIsNotAStandfirst() {
        String text = text("""
                The council also approved the budget for the new swimming pool, which will open next summer in the park.
                Harbour bridge reopens after repairs after a long winter of closures in the town
                By Anna Berg
                """ + BODY);
        assertFalse(text.contains("swimming pool"), text);
    }

    @Test
    void aListOfPointsThatClosesTheArticleIsKept() {
        String text = text(BODY + """
                  • the speed limit on the bridge is now 30 kilometres an hour
                  • lorries over 20 tonnes must use the ring road at night
                  • the cycle lane on the eastern side opens in the spring
                Share on Facebook
                """);
        assertTrue(text.contains("lorries over 20 tonnes must use the ring road"), text);
        assertTrue(text.contains("the cycle lane on the eastern side"), text);
    }

    @Test
    void aClosingParagraphLeftWithoutItsFullStopIsKept() {
        String text = text(BODY + MORE + """
                All in all a good week for the town, and the ferries start running again from Saturday if the wind allows
                Share this:
                  • Twitter
                  • Email
                """);
        assertTrue(text.contains("All in all a good week for the town"), text);
        assertFalse(text.contains("Share this"), text);
    }

    @Test
    void anUnendedTeaserFollowedByMoreTeasersIsNot() {
        String text = text(BODY + MORE + """
                The harbour festival moves to July this year because the quay walls are being repaired in the spring months
                Ferry timetable for the summer season
                Lakeside football club wins the regional cup
                """);
        assertFalse(text.contains("The harbour festival moves to July"), text);
    }

    @Test
    void aShortLineWithoutAFullStopAfterTheArticleIsNot() {
        String text = text(BODY + MORE + """
                More news from the harbour district
                Share this:
                """);
        assertFalse(text.contains("More news from the harbour"), text);
    }

    @Test
    void aMenuAfterTheArticleIsNot() {
        String text = text(BODY + """
                  • Home
                  • Local news
                  • Sport
                  • Contact us
                """);
        assertFalse(text.contains("Local news"), text);
    }

    @Test
    void theArticlesFirstPartAboveABoxOfOtherHeadlinesJoinsTheBody() {
        String first = """
                The council's engineer said the corrosion under the asphalt had been worse than the first survey showed, and that the plates under both lanes had to be cut out and replaced in one go.
                The works were paid for by the regional road fund and a loan from the harbour company, which wants the bridge open before the ferry season starts at the end of the month.
                """;
        // headlines of other stories between the parts: not the furniture of an article's head
        String gallery = "Advertisement\nFerry timetable changes in spring for the island routes\n"
                + "School roof repairs delayed again after the contractor ran out of steel\n"
                + "Market square gets twenty new oak benches around the fountain\nAdvertisement\n";
        String text = text("Harbour bridge reopens after repairs\n" + first + gallery + BODY + MORE);
        assertTrue(text.contains("plates under both lanes had to be cut out"), text);
        assertTrue(text.contains("street party on the bridge"), text);
        assertFalse(text.contains("Ferry timetable"), text);
    }

    @Test
    void prosAboveACommentSectionIsNotTheArticlesFirstPart() {
        String other = """
                The council also approved the budget for the new swimming pool, which will open next summer in the park beside the old school and the tennis courts.
                Residents asked for longer opening hours in the evenings, and the council said it would look at the costs of staff for the late shifts before deciding.
                """;
        // blank lines between blocks, as w3m prints them: no line is joined to the next as a wrapped paragraph
        String text = text((other + "Leave a comment\n" + BODY + MORE)
                .replace("\n", "\n\n"));
        assertFalse(text.contains("swimming pool"), text);
    }

    @Test
    void aShortClosingSentenceRightAfterTheBodyIsKept() {
        // six words score nothing in the densest run: only the edge rule takes it
        String text = text(BODY + MORE + """
                We will report again on Friday.
                Tags: bridge, harbour
                """);
        assertTrue(text.endsWith("We will report again on Friday."), text);
    }

    @Test
    void aShortListAnnouncedByAColonClosesTheArticle() {
        String text = text(BODY + MORE + """
                The detour signs point to:
                  • the ferry terminal
                  • the old town
                  • the ring road
                Share on Facebook
                """);
        assertTrue(text.contains("the ring road"), text);
        assertFalse(text.contains("Share on Facebook"), text);
    }

    @Test
    void anArticleAboveACommentThreadWinsOverALongerComment() {
        // the last comment runs to three paragraphs: denser than the short article above the thread
        String comment = "I drive over this bridge every morning and I can tell you that the new deck is a lot "
                + "quieter than the old one, although the lamps on the eastern side were still off yesterday and "
                + "the cycle lane markings look unfinished to me, so I hope the council checks the work again "
                + "before the ferry season starts and the traffic doubles, as it does every year in the summer, "
                + "and the queues reach back to the old town square again while the harbour company counts its "
                + "money and the residents breathe the fumes of the lorries waiting at the lights for twenty "
                + "minutes, which nobody at the council seems to care about, judging by the answers I got.\n";
        String text = text(BODY + "Share on Facebook\n12 Comments\nComment by Tom Reed — 4 March 2024\n" + comment
                + "Comment by Ann Lee — 4 March 2024\n" + comment.replace("every morning", "every evening")
                + "Comment by Sam Hill — 5 March 2024\n" + comment.replace("every morning", "on Sundays")
                + comment.replace("every morning", "on Mondays") + comment.replace("every morning", "at night"));
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("quieter than the old one"), text);
    }

    @Test
    void aShortArticleAfterItsHeadlineAndDateWinsOverALongerAuthorBox() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + """
                Tags
                Lakeside
                Bridges
                Traffic
                Share on Facebook
                Share on Twitter
                Previous article
                Next article
                """ + ANNA_BERG_AUTHOR_BOX);
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    /** The head of a short article: headline, date, then a list of tags and a picture before the first paragraph. */
    private static final String TAGGED_HEAD = """
            Home
            News
            Harbour bridge reopens after repairs
            4 March 2024
            Politics
            Transport
            Lakeside
            Bridges
            Harbour
            Roads
            [bridge-works_4f2a]
            """;

    /** The furniture and the longer box of the site's own prose that follow the short article. */
    private static final String AFTER_SHORT_ARTICLE = """
            Share on Facebook
            Share on Twitter
            Previous article
            Next article
            """ + ScrapedBodyEdgesTest.ANNA_BERG_AUTHOR_BOX;

    @Test
    void aShortArticleAfterItsDatedHeadlineWinsAcrossATagListAndAPicture() {
        String text = text(TAGGED_HEAD + BODY + AFTER_SHORT_ARTICLE);
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    @Test
    void aDateOpeningOnTheDaysNumberIsNoListsItem() {
        // "4. März 2024" opens like a numbered list's item; it is the dated headline's date all the same
        String text = text(TAGGED_HEAD.replace("4 March 2024", "4. März 2024") + BODY + AFTER_SHORT_ARTICLE);
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    @Test
    void aShortArticleUnderTheHeadlineItsAddressNamesWinsAcrossATagListAndAPicture() {
        String url = "https://courier.example/2024/03/04/harbour-bridge-reopens-after-repairs/";
        // no date under the headline: only the address names the article
        String page = TAGGED_HEAD.replace("4 March 2024\n", "") + BODY + """
                Tags
                Lakeside
                Most read
                Ferry timetable for the winter
                Council budget approved
                """ + AFTER_SHORT_ARTICLE;
        String text = extractor.extract("p", url, page).text();
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    @Test
    void aDatedItemOfAMenuIsNoArticlesHeadline() {
        // the menu's "• … on 11 May" reads as a date line under a heading; the teaser below it is not the article
        String text = text("""
                Home
                Town hall
                • Open day at the town hall on 11 May
                • Council meetings
                • Parking permits
                Open day
                Politics and music
                On the same Saturday the town invites everyone to the market square, where local bands will play from eleven in the morning and the council's departments will answer questions at their stands until five.
                Read more
                Share on Facebook
                Share on Twitter
                Harbour bridge reopens after repairs
                """ + BODY);
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertFalse(text.contains("local bands will play"), text);
    }

    @Test
    void aRecipesStepsStayInTheBodyWhenTheirNumbersStandAlone() {
        // w3m prints an ordered list's number on its own line (twice) when the item is a paragraph
        String text = text("""
                Recipes
                Almond biscuits for the holidays
                These almond biscuits keep for two weeks in a tin and taste even better after a few days, which makes them the ideal thing to bake on a quiet Sunday afternoon before the holidays begin.
                1. 1.
                Put the flour, the ground almonds, the sugar and the butter into a large bowl.
                2. 2.
                Knead everything with the dough hooks of a mixer into a smooth dough.
                3. 3.
                Wrap the dough in foil and leave it in the fridge for one hour.
                4. 4.
                Roll the dough out thinly and cut out stars, then bake them for twelve minutes.
                Share on Facebook
                """);
        assertTrue(text.contains("Put the flour"), text);
        assertTrue(text.contains("bake them for twelve minutes."), text);
        assertFalse(text.contains("1. 1."), text);
    }

    @Test
    void anImagesFileNameBetweenParagraphsIsNotTheArticlesText() {
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + """
                [IMG_2041-harbour-bridge-1024x683]
                """ + MORE + """
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("street party"), text);
        assertFalse(text.contains("IMG_2041"), text);
    }

    @Test
    void aStandfirstUnderTheHeadlineIsKeptAcrossACaptionAndAShareMenu() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                4 March 2024
                • Recommend:
                □ Twitter
                □ Facebook
                Workers repaint the bridge's steel deck in January © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertFalse(text.contains("Workers repaint") || text.contains("Recommend"), text);
    }

    @Test
    void aStandfirstUnderTheHeadlineAndItsDateIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                4 March 2024
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                • Recommend:
                □ Twitter
                □ Facebook
                Workers repaint the bridge's steel deck in January © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
    }

    @Test
    void aStandfirstWithoutItsFullStopUnderTheHeadlineIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens with new timetables
                [image]
                4 March 2024
                • Reading time: 3 min.
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
    }

    @Test
    void aShortUnendedLineUnderTheHeadlineIsNoStandfirst() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                Lakeside news, traffic and the ferry timetables for the whole week
                [image]
                4 March 2024
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertFalse(text.contains("ferry timetables for the whole week"), text);
    }

    @Test
    void aStandfirstUnderTheHeadlinesShareButtonsIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                • Facebook
                • Pinterest
                • E-Mail
                After eight months of works the town gets its busiest crossing back, and the ferry season can open with new timetables
                Workers on the deck
                © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
    }

    @Test
    void aParagraphUnderShareButtonsWithNoHeadlineAboveIsNoStandfirst() {
        String text = text("""
                • Home
                • News
                • Facebook
                • Pinterest
                • E-Mail
                Our newsletter brings the news of the town and the harbour to your inbox every morning at seven with the weather
                Workers on the deck
                © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertFalse(text.contains("Our newsletter brings"), text);
    }

    @Test
    void aStandfirstUnderAHeadlineThatAsksIsKept() {
        String text = text("""
                Home
                News
                Is the harbour bridge safe again?
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                4 March 2024
                • Recommend:
                □ Twitter
                □ Facebook
                Workers repaint the bridge's steel deck in January © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
    }

    @Test
    void aTeaserUnderAnotherHeadlineAboveALinkToItIsNoStandfirst() {
        String text = text("""
                Swimming pool to open in June
                The council approved the last part of the budget for the new pool in the park on Tuesday evening.
                Read more
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY);
        assertFalse(text.contains("swimming pool") || text.contains("new pool"), text);
        assertTrue(text.startsWith("The harbour bridge in Lakeside"), text);
    }

    @Test
    void aStandfirstAndAFirstParagraphSplitByAPhotoAreBothKept() {
        String text = text("""
                Home
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                4 March 2024
                Share on Facebook
                The works were paid for by the region and the harbour company, which had asked for the repairs since the storm of 2021 damaged the deck.
                1/2
                """ + BODY);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertTrue(text.contains("The works were paid for") && text.contains("Night closures"), text);
    }

    @Test
    void aCaptionEndingOnThePhotosCreditIsLeftOutOfTheText() {
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + """
                Workers on the bridge's steel deck during the last week of the repairs. Foto: Town of Lakeside
                """ + MORE + """
                The mayor and the chief engineer at the reopening on Monday morning. © Lakeside Courier / Anna Berg
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("street party"), text);
        assertFalse(text.contains("Workers on the bridge") || text.contains("chief engineer"), text);
    }

    @Test
    void aSentenceWithAColonInsideIsNoCredit() {
        assertFalse(ScrapedTextExtractor.endsOnPhotoCredit(
                "The council gave one reason for the delay: the steel plates arrived late from the foundry."));
        assertFalse(ScrapedTextExtractor.endsOnPhotoCredit("Source: the council's statement of Monday, which says more."));
        assertTrue(ScrapedTextExtractor.endsOnPhotoCredit("The reopened bridge at dusk (Photo: Anna Berg)"));
    }

    @Test
    void anAuthorBoxNamingTheBylinesAuthorIsLeftOutOfTheText() {
        String text = text("""
                Harbour bridge reopens after repairs
                By Dana Reyes
                4 March 2024
                """ + BODY + MORE + """
                About the author
                Dana Reyes is a reporter at the Lakeside Courier who covers the town council, transport and the harbour, and has written about the town's bridges since 2015.
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("asked for help with their rents"), text);
        assertFalse(text.contains("covers the town council"), text);
    }

    @Test
    void aClosingSelfIntroductionIsLeftOutOfTheText() {
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + MORE + """
                Hi, I'm Lea, I write this blog about our little harbour town and its people, and I love long walks along the water in the evening.
                Share on Facebook
                """);
        assertTrue(text.contains("asked for help with their rents"), text);
        assertFalse(text.contains("I write this blog"), text);
    }

    @Test
    void aSelfIntroductionWithNoArticleAboveItIsTheText() {
        // a one-person office's home page: its text is the owner introducing themself, no author box closing an article
        String text = text("""
                Lakeside Bridge Surveys
                Contact
                Welcome!
                I'm Lea Marsh, a chartered engineer who inspects old steel and stone bridges for councils and owners around the lake. I write clear reports and stay until the repairs are done.
                Portrait of Lea Marsh
                What clients say
                """);
        assertTrue(text.contains("a chartered engineer who inspects old steel"), text);
    }

    @Test
    void aShortQuestionToTheReaderAfterTheArticleIsLeftOut() {
        // a box of offers under the article opens on a question of a few words
        String text = text("""
                Harbour bridge reopens after repairs
                By Dana Reyes
                4 March 2024
                """ + BODY + MORE + """
                Looking for a weekend trip?
                Book a guided ferry tour with our partners.
                """);
        assertTrue(text.contains("asked for help with their rents"), text);
        assertFalse(text.contains("Looking for a weekend trip"), text);
        assertFalse(text.contains("guided ferry tour"), text);
    }

    @Test
    void aParagraphOpeningOnAnotherPersonsNameStays() {
        String text = text("""
                Harbour bridge reopens after repairs
                By Dana Reyes
                4 March 2024
                """ + BODY + MORE + """
                Tom Berg, who chairs the traders' association, said the street party in June would be the first on the bridge since its opening in 1961.
                Share on Facebook
                """);
        assertTrue(text.contains("chairs the traders' association"), text);
    }

    /** A closing box of the site's own prose about its author: longer and denser than a short article. */
    private static final String ANNA_BERG_AUTHOR_BOX = """
            About the author
            Anna Berg has written about the towns along the northern coast for more than twenty years, first for the weekly Harbour Post and since 2009 for this newspaper, where she covers local politics, transport and the ferries.
            Before she turned to journalism she worked as a civil engineer for the regional roads authority, and she still likes nothing better than a long afternoon spent inspecting an old steel bridge or a lock.
            She lives with her family and two very old cats in a wooden house above the harbour, sings in the church choir on Sundays and sails a small boat whenever the wind on the bay allows it.
            Her book about the lighthouses of the coast, written over three winters and illustrated with her own photographs, was published last year and won the regional prize for non-fiction.
            Readers can write to her at the newsroom's address or meet her at the monthly open evening held at the library.
            """;

    /** A short article, a headline with no date above it, then furniture and a longer box of the site's own prose. */
    private static final String UNDATED_ARTICLE_THEN_AUTHOR_BOX = """
            Home
            News
            Harbour bridge reopens after repairs
            """ + BODY + """
            Share on Facebook
            Share on Twitter
            Previous article
            Next article
            Tags
            Lakeside
            Bridges
            Traffic
            Most read
            Ferry timetable for the winter
            Council budget approved
            """ + ANNA_BERG_AUTHOR_BOX;

    @Test
    void aShortArticleUnderTheHeadlineItsAddressNamesWinsOverALongerBoxFarBelow() {
        String url = "https://courier.example/2024/03/04/harbour-bridge-reopens-after-repairs/";
        String text = extractor.extract("p", url, UNDATED_ARTICLE_THEN_AUTHOR_BOX).text();
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    @Test
    void aShortArticleUnderTheTwoWordHeadlineItsAddressNamesWinsOverALongerBoxFarBelow() {
        // a slug of two words ("bridge-reopens") names the article as well as a longer one
        String url = "https://courier.example/2024/03/04/bridge-reopens/";
        String page = UNDATED_ARTICLE_THEN_AUTHOR_BOX.replace("Harbour bridge reopens after repairs", "Bridge reopens");
        String text = extractor.extract("p", url, page).text();
        assertTrue(text.contains("The harbour bridge in Lakeside reopened"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("civil engineer"), text);
    }

    @Test
    void anAddressNamingNoHeadlineLeavesTheDensestRunAlone() {
        // a section's address ("/news/bridge") names no article: the longer block still wins, as before
        String text = extractor.extract("p", "https://courier.example/news/bridge", UNDATED_ARTICLE_THEN_AUTHOR_BOX).text();
        assertTrue(text.contains("civil engineer"), text);
    }

    @Test
    void theWordsOfAnAddressesLastNamedSegmentAreFolded() {
        assertTrue(ScrapedTextExtractor.slugWords("https://blog.example/2012/12/08/mandelpl%C3%A4tzchen-mit-zimt/")
                .containsAll(java.util.List.of("mandelplatzchen", "mit", "zimt")));
        assertTrue(ScrapedTextExtractor.slugWords("https://news.example/politik/wahl-in-berlin-123456.html")
                .equals(java.util.Set.of("wahl", "in", "berlin")));
    }

    @Test
    void aShortLineThePagePrintsTwiceIsLeftOutOfTheText() {
        // a consent notice under each of two embedded videos, and a gallery caption printed again in the gallery
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + """
                Click the button below to load the video from the platform.
                Load video
                The bridge at dawn, seen from the ferry terminal.
                """ + MORE + """
                Click the button below to load the video from the platform.
                Load video
                The old town's residents will vote in May on whether the bridge should be closed to lorries at night, the council said.
                The bridge at dawn, seen from the ferry terminal.
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("closed to lorries at night"), text);
        assertFalse(text.contains("load the video") || text.contains("seen from the ferry terminal"), text);
    }

    @Test
    void aParagraphThePagePrintsTwiceIsStillTheArticles() {
        // a page printing its article once for each layout: the paragraphs are longer than any notice
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + MORE + """
                Share on Facebook
                Harbour bridge reopens after repairs
                """ + BODY + """
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("street party"), text);
    }

    @Test
    void aFiguresCaptionOpeningOnItsNumberIsLeftOutOfTheText() {
        String text = text("""
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY + """
                Figure 2: The new steel plates of the deck before they were painted, in the works yard by the ferry terminal.
                Figure 3 shows how the plates were lifted into place, one by one, from a barge moored under the bridge.
                """ + MORE + """
                [Abbildung 4: die Brücke bei Nacht]
                Share on Facebook
                """);
        assertTrue(text.contains("Night closures will continue") && text.contains("street party"), text);
        assertTrue(text.contains("Figure 3 shows how the plates were lifted"), text);
        assertFalse(text.contains("before they were painted") || text.contains("Brücke bei Nacht"), text);
    }

    @Test
    void aFigureLabelNeedsItsNumberAndACaptionAfterIt() {
        assertTrue(ScrapedTextExtractor.opensOnFigureLabel("Abb. 3 – Die Baustelle im Januar"));
        assertTrue(ScrapedTextExtractor.opensOnFigureLabel("Fig. 12: sections of the deck"));
        assertFalse(ScrapedTextExtractor.opensOnFigureLabel("Figure 2 shows the deck before the repairs."));
        assertFalse(ScrapedTextExtractor.opensOnFigureLabel("Figures from the council show more traffic."));
        assertFalse(ScrapedTextExtractor.opensOnFigureLabel("Photography was not allowed on the bridge."));
    }

    /** The article's opening, longer than {@link #LATER_PART}: the densest run. */
    private static final String LONG_OPENING = BODY + MORE + """
            The works began last July, when inspectors found that water had been seeping into the joints of the deck for years and that several plates had rusted through in places nobody could see from the road or from the water below.
            The council chose to close the bridge for the whole winter rather than for a few nights at a time, which it said would have made the repairs last twice as long and cost a third more than the eleven million budgeted.
            """;

    /** The article's later part, after a gallery: five long paragraphs. */
    private static final String LATER_PART = """
            The ferry company said it expected its passengers to come back quickly now that the crossing is open again, and that it would add two sailings a day to the islands from the first of April to meet the demand of the season.
            Residents of the old town had complained through the winter about lorries taking the narrow streets by the cathedral, which were never meant for them, and about the noise of the night works on the deck under their windows.
            The council promised that the weight limit on the cathedral streets would stay in place after the reopening and that the police would check it more often, with fines for drivers who ignore the signs at the bottom of the hill.
            A final inspection of the bridge is planned for the autumn, when the engineers will measure how the new plates have settled, and the council will then decide whether the old tram rails under the asphalt should be taken out for good.
            Until then the harbour master has asked yacht owners to keep clear of the two middle arches, where divers will go on checking the piers every month, and to report any loose metal they see floating near the bridge.
            """;

    private static final String GALLERY = """
            Share on Facebook
            Share on Twitter
            Advertisement
            Photo gallery
            Photo 1 of 5
            Photo 2 of 5
            Photo 3 of 5
            Photo 4 of 5
            Photo 5 of 5
            Advertisement
            """;

    @Test
    void theArticlesLaterPartBelowAGalleryIsJoined() {
        String text = text("Harbour bridge reopens after repairs\n4 March 2024\n" + LONG_OPENING + GALLERY + LATER_PART
                + "Share on Facebook\n");
        assertTrue(text.contains("Night closures will continue") && text.contains("eleven million budgeted"), text);
        assertTrue(text.contains("two sailings a day") && text.contains("old tram rails"), text);
    }

    @Test
    void longCommentsBelowTheArticleAreNotItsLaterPart() {
        String text = text("Harbour bridge reopens after repairs\n4 March 2024\n" + LONG_OPENING + GALLERY
                + "4 responses to Harbour bridge reopens after repairs\n" + LATER_PART + "Share on Facebook\n");
        assertTrue(text.contains("Night closures will continue") && text.contains("eleven million budgeted"), text);
        assertFalse(text.contains("two sailings a day"), text);
    }

    @Test
    void aShortBlockFarBelowTheArticleIsNotItsLaterPart() {
        // two paragraphs under a gallery: a teaser or a box, not enough to be the article's
        String text = text("Harbour bridge reopens after repairs\n4 March 2024\n" + LONG_OPENING + GALLERY
                + LATER_PART.lines().limit(2).map(l -> l + "\n").reduce("", String::concat) + "Share on Facebook\n");
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("two sailings a day"), text);
    }

    private static final String[] BODY_LINES = BODY.lines().toArray(String[]::new);
    private static final String[] MORE_LINES = MORE.lines().toArray(String[]::new);

    /** The article's six paragraphs with {@code between} printed after the third, under a headline and a date. */
    private String textWith(String between, String after) {
        return text("Harbour bridge reopens after repairs\n4 March 2024\n" + String.join("\n", BODY_LINES) + "\n"
                + between + String.join("\n", MORE_LINES) + "\n" + after);
    }

    @Test
    void aHeadlineAfterAReadAlsoMarkerIsLeftOutOfTheText() {
        // markers the lexicon does not list, in two languages: the cue is the marker, the colon and a headline
        String text = textWith("Zobacz także: Nowy rozkład rejsów promowych na sezon letni\n"
                + "Worth a look: Ferry operator orders two electric boats for the harbour\n"
                + ">> Lakeside council votes on parking fees in the old town <<\n", "");
        assertTrue(text.contains("Night closures will continue") && text.contains("Cyclists will get a lane"), text);
        assertFalse(text.contains("rozkład rejsów"), text);
        assertFalse(text.contains("two electric boats"), text);
        assertFalse(text.contains("parking fees"), text);
    }

    @Test
    void aLabelOpeningASentenceOrAListOfValuesIsNotAReadAlsoHeadline() {
        String text = textWith("Detour: Buses 4 and 7 will keep using the ferry road until Friday night.\n"
                + "Tolls: Cars 2 euros, vans 5 euros, lorries: 12 euros, bicycles: free\n"
                + "Mayor: \"The bridge is the heart of this town\"\n", "");
        assertTrue(text.contains("Detour: Buses 4 and 7"), text);
        assertTrue(text.contains("Tolls: Cars 2 euros"), text);
        assertTrue(text.contains("Mayor: \"The bridge is the heart"), text);
    }

    @Test
    void callsToTheReaderToSignUpOrConsentAreLeftOutOfTheText() {
        String text = textWith("Courier Weekly Newsletter\n"
                + "Sign up to get the week's best local stories in your inbox every Friday morning.\n",
                "Ich bin damit einverstanden, dass mir der Courier Angebote per E-Mail schickt.\n"
                        + "Courier Would Like To Send You Push Notifications.\n");
        assertTrue(text.contains("Night closures will continue") && text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("Newsletter"), text);
        assertFalse(text.contains("Sign up"), text);
        assertFalse(text.contains("einverstanden"), text);
        assertFalse(text.contains("Push Notifications"), text);
    }

    @Test
    void aCallToSignUpBetweenTwoParagraphsDoesNotEndTheArticle() {
        String text = text("Harbour bridge reopens after repairs\n4 March 2024\n" + BODY
                + "Sign up for our daily newsletter\n"
                + "Cyclists will get a lane of their own on the eastern side from the spring, once the railings have been raised to the height the new rules ask for.\n"
                + "Share on Facebook\nMore stories\n");
        assertTrue(text.contains("Night closures will continue") && text.contains("Cyclists will get a lane"), text);
        assertFalse(text.contains("newsletter"), text);
    }

    @Test
    void aCallToSignUpBelowTheLastParagraphStillEndsTheArticle() {
        String text = text("Harbour bridge reopens after repairs\n4 March 2024\n" + BODY
                + "Sign up for our daily newsletter\n"
                + "Get the week's best stories from the harbour.\n"
                + "Share on Facebook\n");
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("week's best stories"), text);
    }

    @Test
    void theCommentSectionsRulesBelowTheArticleAreLeftOut() {
        String text = textWith("", "Readers' comments are moderated before they appear, and we will not publish insults or advertising.\n"
                + "Kommentare unter Pseudonym sind erlaubt, solange sie sachlich bleiben.\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("moderated"), text);
        assertFalse(text.contains("Pseudonym"), text);
    }

    @Test
    void callsForTheReadersMoneyOrPraiseAreLeftOutOfTheText() {
        String text = textWith("", "Hat Ihnen der Artikel gefallen? Unterstützen Sie den Courier mit einer kleinen Spende.\n"
                + "Your contribution helps us keep every story about the harbour free to read.\n"
                + "If you enjoyed this story, please pass it on to a neighbour.\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("Spende"), text);
        assertFalse(text.contains("contribution helps"), text);
        assertFalse(text.contains("pass it on"), text);
    }

    @Test
    void callsToShareTheArticleAreLeftOutOfTheText() {
        String text = textWith("", "Beitrag gefallen? Dann schick ihn an deine Nachbarn weiter!\n"
                + "Share this story with someone who crosses the bridge every day.\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("Nachbarn weiter"), text);
        assertFalse(text.contains("crosses the bridge every day"), text);
    }

    @Test
    void theSameCallsInFrenchSpanishAndItalianAreLeftOut() {
        // Written for this test (December 2026), as French, Spanish and Italian outlets close their articles.
        String text = textWith("", "Vous avez aimé cet article ? Soutenez notre journalisme local.\n"
                + "¿Te ha gustado este artículo? Compártelo o haz una donación.\n"
                + "Ti è piaciuto questo articolo? Condividi questo articolo con i tuoi amici.\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("Vous avez aimé"), text);
        assertFalse(text.contains("haz una donación"), text);
        assertFalse(text.contains("Ti è piaciuto"), text);
    }

    @Test
    void aParagraphOnDonationsInsideTheArticleStays() {
        String text = textWith("Local firms have donated the lamps for the footpath, and the rowing club will support the repairs with a spring collection.\n", "");
        assertTrue(text.contains("donated the lamps for the footpath"), text);
    }

    @Test
    void aRightsNoticeOrDisclaimerBelowTheArticleIsLeftOut() {
        String text = textWith("", "Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte fremder Seiten, auf die dieser Text verweist; für sie sind allein deren Betreiber verantwortlich.\n"
                + "The Courier is not responsible for the content of the sites that readers link to in their letters, and all rights in the photographs stay with their authors.\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("keine Haftung"), text);
        assertFalse(text.contains("not responsible for the content"), text);
    }

    @Test
    void aSentenceOnLiabilityInsideTheArticleStays() {
        String text = textWith("Der Betreiber übernimmt keine Haftung für Schäden an Booten, die während der Sperrung im Hafen liegen.\n", "");
        assertTrue(text.contains("keine Haftung für Schäden an Booten"), text);
    }

    @Test
    void aParagraphOnModeratingCommentsInsideTheArticleStays() {
        String text = textWith("The council will moderate comments on its own page about the bridge, a spokesman said on Monday.\n", "");
        assertTrue(text.contains("moderate comments on its own page"), text);
    }

    @Test
    void aSentenceThatAgreesOrTellsOfSigningUpIsNotACall() {
        String text = textWith("", "Die Händler sind mit dem neuen Busplan einverstanden, sagte ihr Sprecher am Montag.\n");
        assertTrue(text.contains("mit dem neuen Busplan einverstanden"), text);
    }

    @Test
    void aCaptionSayingWhoStandsWhereOrThatThePictureIllustratesIsLeftOut() {
        String text = textWith("Mayor Ruth Olsen (l.) and the chief engineer Tom Hale on the new deck.\n"
                + "Ferries wait at the terminal on the old town side (file photo).\n", "");
        assertTrue(text.contains("Night closures will continue") && text.contains("Cyclists will get a lane"), text);
        assertFalse(text.contains("Ruth Olsen"), text);
        assertFalse(text.contains("Ferries wait at the terminal"), text);
    }

    @Test
    void aLongParagraphWithAPositionInBracketsStays() {
        String line = "The plan shows the two new lanes (left) beside the old footpath, and the council says the railings "
                + "on that side will be raised to the height the new rules ask for before the cyclists are let on.";
        assertTrue(textWith(line + "\n", "").contains("The plan shows the two new lanes (left)"));
    }

    @Test
    void aShortLineIntroducingWhatTheTextLeavesOutIsLeftOut() {
        String text = textWith("", "More from the harbour column:\n"
                + "Share on Facebook\n");
        assertTrue(text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("More from the harbour column"), text);
    }

    @Test
    void aShortLineIntroducingTheArticlesOwnListStays() {
        String text = textWith("The works in numbers:\n"
                + "- forty tonnes of steel plates replaced on the deck and the two ramps of the bridge\n"
                + "- twelve thousand vehicles a day expected back on the crossing from Monday morning\n", "");
        assertTrue(text.contains("The works in numbers:"), text);
    }

    @Test
    void aHeadingStandingAloneAmongLinesLeftOutIsLeftOut() {
        String text = textWith("Share on Facebook\n"
                + "Ferry timetables for the summer\n"
                + "Share on Twitter\n", "");
        assertTrue(text.contains("Night closures will continue") && text.contains("Traders in the harbour"), text);
        assertFalse(text.contains("Ferry timetables"), text);
    }

    @Test
    void aSubheadingAboveItsParagraphStays() {
        String text = textWith("What the detour cost the harbour\n", "");
        assertTrue(text.contains("What the detour cost the harbour"), text);
    }

    @Test
    void aStandfirstAboveAFirstParagraphUnderACaptionIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                By Anna Berg | 4 March 2024
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                Workers on the steel deck of the harbour bridge in Lakeside in January
                The works were paid for by the region and the harbour company, which had asked for them since the storm of 2021.
                © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertTrue(text.contains("The works were paid for") && text.contains("Night closures"), text);
        assertFalse(text.contains("Workers on the steel deck"), text);
    }

    @Test
    void teasersUnderTheirHeadlinesAboveTheArticleAreNoStandfirst() {
        String text = text("""
                Swimming pool to open in June after a long wait
                The council approved the last part of the budget for the new pool in the park on Tuesday evening.
                Read more
                Ferry fares to rise in the spring for all passengers
                The operator blames the price of fuel and says that the winter timetable will stay as it is this year.
                Read more
                Harbour bridge reopens after repairs
                4 March 2024
                """ + BODY);
        assertFalse(text.contains("new pool") || text.contains("price of fuel"), text);
        assertTrue(text.startsWith("The harbour bridge in Lakeside"), text);
    }

    @Test
    void aStandfirstAboveAPicturesCreditLineIsKept() {
        String text = text("""
                Home
                News
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                © Town of Lakeside
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertFalse(text.contains("Town of Lakeside"), text);
    }

    @Test
    void aStandfirstAboveAPicturesCaptionPrintedAsProseIsKeptWithoutTheCaption() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg | 4 March 2024
                [bridge-works_4f2a]
                Workers lift the last steel plate onto the deck of the harbour bridge in Lakeside in January
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertFalse(text.contains("Workers lift the last steel plate"), text);
        assertTrue(text.contains("Night closures will continue"), text);
    }

    @Test
    void aStandfirstAboveALinkToTheCommentsIsKept() {
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg
                4 March 2024
                • Comments
                """ + BODY + """
                Sign up for our newsletter
                """);
        assertTrue(text.startsWith("After eight months of works"), text);
        assertFalse(text.contains("Comments"), text);
    }

    /** The page's head and a gallery before the article, more lines than the standfirst rules look back over. */
    private static final String HEAD_GALLERY = """
            [bridge-01]
            Picture 1 of 6
            [bridge-02]
            Picture 2 of 6
            [bridge-03]
            Picture 3 of 6
            [bridge-04]
            Picture 4 of 6
            [bridge-05]
            Picture 5 of 6
            [bridge-06]
            Picture 6 of 6
            Share on Facebook
            Share on Twitter
            Share by e-mail
            Harbour bridge reopens after repairs
            """;

    @Test
    void theStandfirstUnderTheHeadlineTheAddressNamesIsKeptAboveAGallery() {
        String text = extractor.extract("p", "https://courier.example/news/2024/03/harbour-bridge-reopens-after-repairs",
                """
                Home
                News
                Harbour bridge reopens after repairs
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg
                4 March 2024
                """ + HEAD_GALLERY + BODY).text();
        assertTrue(text.startsWith("After eight months of works"), text);
        assertTrue(text.contains("Night closures will continue"), text);
        assertFalse(text.contains("Picture 1") || text.contains("Anna Berg"), text);
    }

    @Test
    void theStandfirstUnderTheNamedHeadlineIsKeptAcrossAPicturePrintedAsItsAltText() {
        // a picture without a file name in its alt text: the browser prints "[Harbour bridge]"
        String text = extractor.extract("p", "https://courier.example/news/2024/03/harbour-bridge-reopens-after-repairs",
                """
                Home
                News
                Harbour bridge reopens after repairs
                [Harbour bridge]
                After eight months of works the town gets its busiest crossing back, a week before the ferry season opens.
                By Anna Berg
                """ + HEAD_GALLERY + BODY).text();
        assertTrue(text.startsWith("After eight months of works"), text);
        assertFalse(text.contains("[Harbour bridge]"), text);
    }

    @Test
    void aParagraphUnderAnotherHeadlineFarAboveIsNoStandfirst() {
        String text = extractor.extract("p", "https://courier.example/news/2024/03/harbour-bridge-reopens-after-repairs",
                """
                Home
                Ferry company cuts its winter timetable
                The operator blames the price of fuel and says that two crossings a day will be dropped until April.
                4 March 2024
                """ + HEAD_GALLERY + BODY).text();
        assertFalse(text.contains("price of fuel"), text);
        assertTrue(text.startsWith("The harbour bridge in Lakeside"), text);
    }

    @Test
    void aCaptionWithItsCreditUnderTheNamedHeadlineIsNoStandfirst() {
        String text = extractor.extract("p", "https://courier.example/news/2024/03/harbour-bridge-reopens-after-repairs",
                """
                Home
                Harbour bridge reopens after repairs
                Workers lift the last steel plate onto the deck of the harbour bridge in January. (Photo: Town of Lakeside)
                """ + HEAD_GALLERY + BODY).text();
        assertFalse(text.contains("Workers lift the last steel plate"), text);
        assertTrue(text.startsWith("The harbour bridge in Lakeside"), text);
    }

    @Test
    void aShortLabelOverABulletedListInsideTheArticleIsLeftOut() {
        // Written for this test: a box of links to other stories printed between the article's paragraphs, under a
        // label ending on a colon; and the article's own sentence announcing a list, which stays
        String text = text("""
                Home
                News
                Harbour bridge reopens after repairs
                By Anna Berg
                4 March 2024
                """ + BODY + """
                Further reading on the bridge:
                • Works on the bridge start in July
                • What the repairs will cost the town
                """ + MORE + """
                The council has set out what it will do next on the quay for the summer:
                • a ferry timetable
                • new lamps
                Sign up for our newsletter
                """);
        assertFalse(text.contains("Further reading"), text);
        assertTrue(text.contains("Night closures will continue") && text.contains("Traders in the harbour"), text);
        assertTrue(text.contains("what it will do next on the quay for the summer:"), text);
    }

    /** Other stories' headlines between the head and the body, the article's own among them. */
    private static final String MOST_READ = """
            Most read
            Ferry company cuts its winter timetable
            Council approves the budget for a new library
            School roof to be replaced over the summer
            Harbour bridge reopens after eight months of repairs: the council promises a street party on it in June
            Market hall opens on Sundays from April
            """;

    @Test
    void theStandfirstUnderTheTitlePrintedAsASentenceIsKeptAcrossItsDateAndAuthor() {
        // the address names nothing; the long headline reads as prose; a box of headlines stands between
        String text = extractor.extract("p", "https://courier.example/news/2024/03/04/81234.html", """
                Home
                News
                Harbour bridge reopens after eight months of repairs: the council promises a street party on it in June
                Published:
                Monday, 4 March 2024 at 09:15 in the morning
                Anna Berg
                Lakeside Desk
                Engineers say the new steel deck will last fifty years, but people in the old town still have questions about the closures.
                """ + MOST_READ + BODY).text();
        assertTrue(text.startsWith("Engineers say the new steel deck"), text);
        assertFalse(text.contains("Anna Berg") || text.contains("Most read") || text.contains("Ferry company"), text);
    }

    @Test
    void aParagraphUnderTheTitleWithNoDateOrBylineBetweenIsNoStandfirst() {
        // a teaser under the same headline at the page's head: no date or author marks an article's head
        String text = extractor.extract("p", "https://courier.example/news/2024/03/04/81234.html", """
                Home
                News
                Harbour bridge reopens after eight months of repairs: the council promises a street party on it in June
                Engineers say the new steel deck will last fifty years, but people in the old town still have questions about the closures.
                """ + MOST_READ + BODY).text();
        assertFalse(text.contains("Engineers say the new steel deck"), text);
        assertTrue(text.startsWith("The harbour bridge in Lakeside"), text);
    }

    @Test
    void aRecipesIngredientsUnderItsIntroductionAreKept() {
        String text = text("""
                Almond biscuits
                These almond biscuits keep for two weeks in a tin and taste even better after a few days, which makes them the ideal thing to bake on a quiet Sunday afternoon.
                My grandmother baked them every December, and the smell of cinnamon and butter still fills the kitchen the moment the first tray comes out of the oven.
                Ingredients
                250 g flour
                100 g ground almonds
                150 g cold butter
                80 g sugar
                1 pinch of salt
                Share on Facebook
                """);
        assertTrue(text.contains("250 g flour"), text);
        assertTrue(text.contains("1 pinch of salt"), text);
        assertFalse(text.contains("Share on Facebook"), text);
    }

    @Test
    void aSpecSheetUnderTheArticleIsKept() {
        String text = text(BODY + """
                Technical data
                Length: 2.44 metres
                Weight: 186 grams
                Deck: steel plates
                Lanes: 2
                Opened: 1962
                Traffic: 12,000 vehicles a day
                """);
        assertTrue(text.contains("Weight: 186 grams"), text);
        assertTrue(text.contains("Deck: steel plates"), text);
    }

    @Test
    void teasersUnderTheArticleWhoseHeadlinesHoldAFigureAndAColonAreNoSpecSheet() {
        // each headline holds a figure and a unit-like word ("3 races"), but what stands before its colon is no label
        String text = text(BODY + """
                Lakeside rowers win 3 races in a row at the regatta: a club on the rise
                Town theatre opens its season with 2 new plays about the harbour: what to expect
                Ferry company orders 4 new electric boats for the island crossing: the first in May
                Old town market returns after 5 years away from the square: a walk among the stalls
                """);
        assertFalse(text.contains("Lakeside rowers"), text);
        assertFalse(text.contains("electric boats"), text);
    }

    @Test
    void theStandfirstUnderTheTitleIsKeptWhenItsBylineAndDateFollowIt() {
        // nothing between the headline and its standfirst; the head's date and author come under the standfirst
        String text = extractor.extract("p", "https://courier.example/news/2024/03/04/81234.html", """
                Home
                News
                Harbour bridge reopens after eight months of repairs: the council promises a street party on it in June
                Engineers say the new steel deck will last fifty years, but people in the old town still have questions about the closures.
                4 March 2024, 09:15 by
                Anna Berg
                """ + MOST_READ + BODY).text();
        assertTrue(text.startsWith("Engineers say the new steel deck"), text);
        assertFalse(text.contains("Anna Berg") || text.contains("Most read") || text.contains("Ferry company"), text);
    }

    @Test
    void theTitleIsTheHeadlineTheBreadcrumbEndsOnNotAGalleryLabelOrAPriceBoxBullet() {
        // the headline printed once, far above the body, and once more as the breadcrumb's last item; a gallery
        // prints its label under each picture and three price boxes repeat their selling points, nearer the body
        Article a = extractor.extract("p", "https://courier.example/news/2024/03/04/81234.html", """
                1. News>
                2. Lakeside>
                3. Harbour bridge reopens after eight months
                Subscribers' edition
                Harbour bridge reopens after eight months
                Our reporter on the deck
                Home delivery
                • Save on webinars and products
                • Daily prices and market data
                Digital
                • Save on webinars and products
                • Daily prices and market data
                Print and digital
                • Save on webinars and products
                • Daily prices and market data
                [lazyload] Full screen
                Picture 1 of 3
                [lazyload] Full screen
                Picture 2 of 3
                [lazyload] Full screen
                Picture 3 of 3
                """ + BODY);
        assertEquals("Harbour bridge reopens after eight months", a.title());
    }

    @Test
    void aShortPostAboveTheCommentFormWinsOverTheSidebarPrintedBelowTheForm() {
        String text = text(blogPostWithCommentForm("•", """
                [ ]
                Email (required)
                [ ]
                Name (required)
                [ ]
                [Post Comment]
                """));
        assertTrue(text.startsWith("The bridge is open again"), text);
        assertFalse(text.contains("personal blog of Anna Berg") || text.contains("Creative Commons"), text);
    }

    @Test
    void theWritersSignOffUnderTheLastParagraphIsKept() {
        String text = text("""
                Harbour bridge reopens
                """ + BODY + MORE + """
                Have a lovely weekend, all of you!
                x Anna
                Related posts
                The ferry timetable for the winter
                """);
        assertTrue(text.strip().endsWith("x Anna"), text);
    }

    @Test
    void aShortHeadingUnderTheLastParagraphThatGreetsNoOneIsNoSignOff() {
        String text = text("""
                Harbour bridge reopens
                """ + BODY + MORE + """
                X Factor final
                Dein Kommentar
                Best Western Lakeside
                """);
        assertFalse(text.contains("X Factor") || text.contains("Dein Kommentar") || text.contains("Best Western"), text);
    }

    @Test
    void aBrowsersMarkForAnEmbeddedFrameDoesNotSplitTheArticle() {
        // lynx prints "IFRAME: <address>" where an embedded video stands; w3m and html2text print nothing there
        String text = text("""
                Gear
                New kit for ski mountaineering
                14 January 2024
                New kit for ski mountaineering
                When you race uphill against the clock, every gram and every second counts, and the smallest details of your equipment decide how fast you are at the top.
                Our designers spent two winters with racers in the Alps to find what could still be taken away without giving up safety or comfort.
                Featherweight harness
                The lightest harness we have ever made weighs less than a bar of chocolate and folds into a pocket.
                IFRAME: https://video.example/embed/harness-7Qx
                Race pack
                A new ski holder lets you strap your skis to the pack without taking it off, and a tunnel pocket keeps the crampons apart from the rest.
                * The hook folds back by itself when it is not used
                * The lower loop sits where your hand finds it with gloves on
                IFRAME: https://video.example/embed/pack-2Rb
                Aluminium poles
                The pole for ambitious ski mountaineers who cannot resist the snowy summits and go out as often as the weather lets them, in seven lengths.
                Tags:
                Ski touring Racing
                Comments
                Log in to write a comment.
                """);
        assertTrue(text.contains("lightest harness") && text.contains("new ski holder")
                && text.contains("The pole for ambitious ski mountaineers"), text);
        assertFalse(text.contains("IFRAME"), text);
    }

    @Test
    void aHeadingStarredByTheRenderingIsReadAsItsPlainText() {
        // html2text sets stars around a heading, more for a higher level: the title is the heading's words alone
        var a = extractor.extract("p", "https://courier.example/news/bridge", """
                Home
                News
                ****** Harbour bridge reopens after eight months ******
                By Anna Berg
                4 March 2024
                """ + BODY + """
                **** Cyclists get their own lane! ****
                """ + MORE + """
                ***** Read more *****
                Ferry timetable for the summer
                """);
        assertEquals("Harbour bridge reopens after eight months", a.title());
        assertTrue(a.text().contains("Cyclists get their own lane!") && a.text().contains("street party"), a.text());
        assertFalse(a.text().contains("**"), a.text());
    }

    @Test
    void characterReferencesARenderingLeftUndecodedAreReadAsTheirCharacters() {
        // html2text leaves some pages' numeric references as they stand in the source ("&#xFC;" for "ü")
        String text = text("""
                Startseite
                Kultur
                Tanz im Regen
                Nirgends und &#xFC;berall ist das Gedicht, das die Choreografin zu ihrem ersten St&#252;ck f&#xFC;r die neue Kompanie angeregt hat.
                Sechzehn T&#xE4;nzerinnen und T&#xE4;nzer bewegen sich eine Stunde lang unter einem Vorhang aus Wasser, der sich &#xF6;ffnet und wieder schlie&#xDF;t.
                Am Ende steht die Menge still, nass bis auf die Haut, und das Publikum wei&#xDF; nicht, ob es klatschen oder schweigen soll.
                Teilen
                """);
        assertTrue(text.contains("Nirgends und überall ist das Gedicht") && text.contains("ersten Stück für")
                && text.contains("Publikum weiß nicht"), text);
    }

    /** A page whose portrait's alt text stands bare above the article, as lynx prints it (w3m brackets it). */
    private static final String PAGE_WITH_BARE_PORTRAIT_CAPTION = """
            Fraktion
            Presse
            Hafenrat
            Dana Reyes führt den Hafenrat
            Die Abgeordnete Dana Reyes ist mit großer Mehrheit zur Vorsitzenden des Hafenrats gewählt worden.
            Stand: 4.3.2024
            Teilen
            Porträt von Dana Reyes (Foto: Hafenamt/Tom Ek)
            Der Hafenrat hat die Abgeordnete Dana Reyes am Montag mit 41 von 45 Stimmen zu seiner Vorsitzenden gewählt, nachdem ihr Vorgänger nach zwölf Jahren nicht mehr angetreten war.
            In ihrer ersten Rede versprach sie, die Sanierung der Kaimauern zu beschleunigen und die Fährverbindungen im Winter nicht weiter auszudünnen.
            Dana Reyes gehört dem Hafenrat seit 2015 an, zuvor leitete sie zehn Jahre lang die Lotsenschule der Stadt und arbeitete als Ingenieurin auf einer Werft.
            Teilen
            Themen: Hafen
            """;

    @Test
    void aPicturesCaptionWithItsCreditIsNoHeadline() {
        // "(Foto: …)" marks the line as a picture's caption: it is not the heading above the article
        var a = extractor.extract("p", "https://fraktion.example/themen/reyes", PAGE_WITH_BARE_PORTRAIT_CAPTION);
        assertEquals("Dana Reyes führt den Hafenrat", a.title());
        assertFalse(a.text().contains("Porträt von"), a.text());
    }

    @Test
    void theNameACaptionGivesIsWhomThePictureShowsNotTheAuthor() {
        // "Porträt von Dana Reyes" names the woman pictured: the article's last paragraph about her is no author box
        String text = extractor.extract("p", "https://fraktion.example/themen/reyes", PAGE_WITH_BARE_PORTRAIT_CAPTION)
                .text();
        assertTrue(text.contains("Dana Reyes gehört dem Hafenrat seit 2015 an"), text);
    }

    @Test
    void theCommentFormIsReadWhateverMarksItsFields() {
        // lynx prints a form's text fields as rows of underscores and a submit button as its bare label; html2text
        // prints a field as its name in brackets ("[author ]"): the post above the form wins over the sidebar
        for (String field : new String[]{"____________________", "[author              ]"}) {
            String text = text(blogPostWithCommentForm("*", """
                    FIELD
                    FIELD
                    Email (required)
                    FIELD
                    Name (required)
                    FIELD
                    Post Comment
                    """.replace("FIELD", field)));
            assertTrue(text.startsWith("The bridge is open again"), field + ": " + text);
            assertFalse(text.contains("personal blog of Anna Berg"), field + ": " + text);
        }
    }

    /** A blog post of two paragraphs, its comment form ({@code form}: fields and button as a rendering prints them), the sidebar below. */
    private static String blogPostWithCommentForm(String bullet, String form) {
        return """
                Lakeside notes
                Harbour bridge reopens
                17/03/2024 ~ Anna Berg
                The bridge is open again, and I cycled over it this morning: the new deck is as smooth as glass and the lamps are finally lit.
                Thanks to the crews who worked through the nights all winter.
                Share this:
                BULLET Twitter
                BULLET Facebook
                Leave a comment
                Enter your comment here...
                """.replace("BULLET", bullet) + form + """
                About this blog
                This is the personal blog of Anna Berg, who has lived in the old town of Lakeside for twenty years and writes about its streets, its harbour and the people who keep them going.
                Here you will find my notes and pictures, which are meant to last a little longer than a post on a social network, and the odd longer piece about the town's history.
                Unless marked otherwise, all texts and pictures on this blog are mine and may be shared under a Creative Commons licence, with a link back to the page they come from.
                I started writing here when the ferry terminal was rebuilt, because nobody else seemed to keep a record of what the town looked like before and after the works.
                Since then the blog has grown into a small archive of the harbour district, with maps, old postcards and the memories readers have sent me over the years.
                If you have pictures of the old fish market or the tram that ran along the quay until the sixties, I would be very glad to hear from you by email.
                Recent comments
                """;
    }

    @Test
    void aLinksWordsPrintedWithUnderscoresAreSetApartButAProgramsNamesKeepThem() {
        // html2text prints a link's text with underscores for its spaces
        assertEquals("the Lakeside Harbour Authority said. Über uns",
                ScrapedTextExtractor.withLinkWordsApart("the Lakeside_Harbour_Authority said. Über_uns"));
        assertEquals("set MAX_LENGTH or max_length in cert_file.pem",
                ScrapedTextExtractor.withLinkWordsApart("set MAX_LENGTH or max_length in cert_file.pem"));
        String text = text("""
                Harbour bridge reopens
                The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck, the Lakeside_Town_Council said in a statement.
                Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about twelve thousand vehicles a day between the old town and the ferry terminal.
                Night closures will continue until Friday while the last lamps are installed, the council added, and buses will keep their detour until then.
                """ + MORE);
        assertTrue(text.contains("the Lakeside Town Council said in a statement."), text);
    }

    @Test
    void onAPageWhoseLinksArePrintedWithUnderscoresLowerCaseLinksAreSetApartToo() {
        // html2text joins every link's words so; a page with many mixed-case joins is printed that way, and its
        // lower-case links ("the_harbour_authority") are words too, while a constant keeps its name
        String page = """
                Home_Page News_Desk Über_uns Contact_Us Weather_Today
                Harbour bridge reopens
                The harbour bridge in Lakeside reopened to traffic on Monday after eight months of repairs to its steel deck, the_harbour_authority said in a statement.
                Engineers replaced forty tonnes of corroded plates and repainted the whole span, which carries about twelve thousand vehicles a day between the old town and the ferry terminal.
                Night closures will continue until Friday while the last lamps are installed, the council added, and buses will keep their detour until then and set BRIDGE_OPEN in their timetables.
                """ + MORE;
        String text = text(page);
        assertTrue(text.contains("the harbour authority said in a statement."), text);
        assertTrue(text.contains("BRIDGE_OPEN"), text);
        assertTrue(text(page.replace("Home_Page News_Desk Über_uns Contact_Us Weather_Today", "Home"))
                .contains("the_harbour_authority said"), "a page without such links keeps a lower-case name");
    }
}
