package dev.storyline.summaries;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written articles (written for these tests) about one invented earthquake, reported by two outlets. */
class EventSummariserTest {

    private final EventSummariser summariser = new EventSummariser(new TermAnalyzer());

    private static StoredArticle article(String key, String source, String language, String published, String title, String text) {
        List<EntityMention> entities = new ArrayList<>();
        for (String name : List.of("Lindau", "Marta Keller", "Red Cross", "Croix-Rouge")) {
            int at = text.indexOf(name);
            String canonical = name.equals("Croix-Rouge") ? "ORG:red-cross" : (name.equals("Lindau") ? "LOC:lindau" : "X:" + name.toLowerCase().replace(' ', '-'));
            if (at >= 0) entities.add(new EntityMention(name, "ORG", at, at + name.length(), canonical));
        }
        Article a = new Article(key, null, source, title, published, List.of(), null, language, text);
        return new StoredArticle(key, new AnalyzedArticle(a, entities, List.of()), Instant.parse(published + "T12:00:00Z"));
    }

    private static final StoredArticle WIRE = article("wire-1", "Wire", "en", "2026-03-02",
            "Earthquake in Lindau leaves 12 dead",
            "An earthquake of magnitude 6.1 struck Lindau on Monday morning, killing 12 people.\n"
                    + "Rescue teams searched collapsed buildings in the old town through the night.\n"
                    + "Read more: our live coverage of the disaster.\n"
                    + "Mayor Marta Keller said the city would open three shelters for the homeless.");
    private static final StoredArticle DAILY = article("daily-1", "Daily", "en", "2026-03-02",
            "Lindau earthquake: twelve people killed as buildings collapse",
            "Twelve people were killed when an earthquake of magnitude 6.1 struck Lindau on Monday.\n"
                    + "The Red Cross sent forty volunteers and two field hospitals to the stricken town.\n"
                    + "By John Smith.");
    private static final StoredArticle TABLOID = article("tab-1", "Tabloid", "en", "2026-03-03",
            "12 dead in earthquake",
            "Residents told of their fear as the ground shook under their homes in the lakeside town for long seconds.");

    @Test
    void summaryDrawsFromBothOutlets() {
        EventSummary s = summariser.summarise(List.of(WIRE, DAILY));
        Set<String> sources = s.sentences().stream().map(SummarySentence::source).collect(Collectors.toSet());
        assertEquals(Set.of("Wire", "Daily"), sources, s.toString());
    }

    @Test
    void summaryKeepsOnlyOneOfTwoSentencesThatSayTheSame() {
        EventSummary s = summariser.summarise(List.of(WIRE, DAILY));
        List<String> texts = s.sentences().stream().map(SummarySentence::text).toList();
        boolean wireLead = texts.contains(WIRE.analyzed().article().text().lines().findFirst().orElseThrow());
        boolean dailyLead = texts.contains(DAILY.analyzed().article().text().lines().findFirst().orElseThrow());
        assertFalse(wireLead && dailyLead, texts.toString());
        for (int i = 0; i < texts.size(); i++)
            for (int j = i + 1; j < texts.size(); j++)
                assertTrue(summariser.similarity(texts.get(i), "en", texts.get(j), "en") < EventSummariser.DUPLICATE, texts.toString());
    }

    @Test
    void summarySkipsPointersAndBylines() {
        EventSummary s = summariser.summarise(List.of(WIRE, DAILY));
        assertTrue(s.sentences().stream().noneMatch(x -> x.text().startsWith("Read more") || x.text().startsWith("By ")), s.toString());
    }

    @Test
    void headlineIsTheTitleNearestTheOthers() {
        EventSummary s = summariser.summarise(List.of(TABLOID, WIRE, DAILY));
        assertEquals("Earthquake in Lindau leaves 12 dead", s.headline(), s.toString());
        assertEquals("wire-1", s.headlineArticleKey());
    }

    @Test
    void eachSentenceNamesItsArticleAndOutlet() {
        EventSummary s = summariser.summarise(List.of(WIRE, DAILY));
        for (SummarySentence x : s.sentences()) {
            StoredArticle from = x.articleKey().equals("wire-1") ? WIRE : DAILY;
            assertTrue(from.analyzed().article().text().contains(x.text()), x.toString());
            assertEquals(from.analyzed().article().source(), x.source());
        }
    }

    @Test
    void eventInTwoLanguagesHasASummaryPerLanguage() {
        StoredArticle french = article("fr-1", "Quotidien", "fr", "2026-03-02", "Séisme à Lindau : douze morts",
                "Un séisme de magnitude 6,1 a frappé Lindau lundi matin, faisant douze morts selon les autorités.\n"
                        + "La Croix-Rouge a envoyé quarante bénévoles et deux hôpitaux de campagne sur place.\n"
                        + "Lire aussi : les séismes les plus meurtriers de la région.");
        EventSummary s = summariser.summarise(List.of(WIRE, DAILY, french));
        assertEquals(Set.of("en", "fr"), s.byLanguage().keySet());
        assertEquals("Séisme à Lindau : douze morts", s.byLanguage().get("fr").headline());
        assertTrue(s.byLanguage().get("fr").sentences().stream().allMatch(x -> "fr".equals(x.language())));
        assertTrue(s.byLanguage().get("fr").sentences().stream().noneMatch(x -> x.text().startsWith("Lire aussi")));
        assertTrue(s.byLanguage().get("en").sentences().stream().allMatch(x -> "en".equals(x.language())));
    }

    @Test
    void eventInOneLanguageHasNoPerLanguageSplit() {
        assertTrue(summariser.summarise(List.of(WIRE, DAILY)).byLanguage().isEmpty());
    }

    @Test
    void sentenceWithANewNumberIsMarkedNew() {
        SummaryState state = SummaryState.empty();
        EventSummary before = summariser.add(state, List.of(summariser.prepare(WIRE), summariser.prepare(DAILY)));
        StoredArticle update = article("wire-2", "Wire", "en", "2026-03-03", "Lindau earthquake toll rises to 31",
                "The death toll from the earthquake in Lindau rose to 31 on Tuesday as rescuers found more bodies.");
        EventSummary after = summariser.add(state, List.of(summariser.prepare(update)));
        SummarySentence toll = after.sentences().stream().filter(x -> x.text().contains("31")).findFirst().orElseThrow(() -> new AssertionError(after));
        assertTrue(toll.isNew(), after.toString());
        assertTrue(after.sentences().stream().filter(x -> before.sentences().contains(x)).noneMatch(SummarySentence::isNew));
    }

    @Test
    void firstSummaryMarksNothingNew() {
        assertTrue(summariser.summarise(List.of(WIRE, DAILY)).sentences().stream().noneMatch(SummarySentence::isNew));
    }

    @Test
    void sentencesSplitWithinParagraphsAndKeepOffsets() {
        Article a = new Article("x", null, null, null, null, List.of(), null, "en",
                "Mr. Smith arrived at 9 a.m. on Monday. He left soon after.\nA second paragraph");
        List<EventSummariser.Span> spans = EventSummariser.sentences(a);
        assertEquals(List.of("Mr. Smith arrived at 9 a.m. on Monday.", "He left soon after.", "A second paragraph"),
                spans.stream().map(EventSummariser.Span::text).toList());
        for (EventSummariser.Span s : spans) assertEquals(s.text(), a.text().substring(s.start(), s.end()));
    }

    @Test
    void theAbbreviationCheckFromTheEndAgreesWithThePattern() {
        for (String sentence : List.of("He met Mr. ", "He met Mr.", "Il a vu M. ", "Ask Dña. ", "A note by Prof.  ", "Mr.",
                "He met them.", "He met Mr", "He met XMr. ", "He met (Mr. ", "He met J. ", "He met JK. ", "vs. ",
                "Un tour en Suisse. ", "What? ", "", " . ", "He met é. ", "He met É. ")) {
            assertEquals(EventSummariser.ABBREVIATION.matcher(sentence).find(),
                    EventSummariser.endsWithAbbreviation(sentence, 0, sentence.length()), sentence);
        }
    }

    @Test
    void theWordCountByHandAgreesWithThePattern() {
        for (String sentence : List.of("The toll rose to 31 as rescuers searched collapsed buildings.", "Le président kazakh a dit « stupides ».",
                "Herr Müller-Lüdenscheid sagte: „Wir bleiben.“", "L’État a réagi d'urgence, a-t-il dit.", "Cafe\u0301 olé 12 x-y -z ’a",
                "", "  ", "A B C d e f", "Él dijo: ¿qué pasó?")) {
            int words = 0, lowercase = 0;
            java.util.regex.Matcher m = EventSummariser.WORD.matcher(sentence);
            while (m.find()) {
                words++;
                if (Character.isLowerCase(m.group().charAt(0)) && m.group().length() >= 3) lowercase++;
            }
            assertEquals(((long) words << 32) | lowercase, EventSummariser.countWords(sentence), sentence);
        }
    }
}
