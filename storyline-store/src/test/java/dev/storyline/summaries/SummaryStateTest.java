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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's summary kept up to date from its state: each article read once, when it arrives. Articles written for
 * these tests (an invented earthquake).
 */
class SummaryStateTest {

    private final EventSummariser summariser = new EventSummariser(new TermAnalyzer());

    private static StoredArticle article(long sequence, String source, String day, String title, String text) {
        List<EntityMention> entities = new ArrayList<>();
        for (String name : List.of("Lindau", "Marta Keller")) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                entities.add(new EntityMention(name, name.equals("Lindau") ? "LOC" : "PER", at, at + name.length(),
                        name.equals("Lindau") ? "LOC:lindau" : "PER:marta-keller"));
            }
        }
        Article a = new Article("a" + sequence, null, source, title, day, List.of(), null, "en", text);
        return new StoredArticle("a" + sequence, new AnalyzedArticle(a, entities, List.of()), Instant.parse(day + "T12:00:00Z"), sequence);
    }

    private static final StoredArticle WIRE = article(1, "Wire", "2026-03-02", "Earthquake in Lindau leaves 12 dead",
            "An earthquake of magnitude 6.1 struck Lindau on Monday morning, killing 12 people in the old town.\n"
                    + "Rescue teams searched collapsed buildings in the old town of Lindau through the night.");
    private static final StoredArticle DAILY = article(2, "Daily", "2026-03-02", "Lindau earthquake kills 12",
            "Twelve people were killed when an earthquake of magnitude 6.1 struck Lindau on Monday, officials said.\n"
                    + "The Red Cross sent forty volunteers and two field hospitals to the stricken town of Lindau.");
    private static final StoredArticle SAME_DAY_ECHO = article(3, "Echo", "2026-03-02", "Earthquake in Lindau",
            "An earthquake of magnitude 6.1 struck Lindau on Monday morning and killed 12 people in the old town.");
    private static final StoredArticle NEXT_DAY = article(4, "Wire", "2026-03-03", "Lindau earthquake toll rises to 31",
            "The death toll from the earthquake of magnitude 6.1 in Lindau rose to 31 as rescuers searched collapsed buildings.\n"
                    + "Mayor Marta Keller said the town would open three shelters for the homeless in Lindau.");

    private SummaryState stateOf(StoredArticle... articles) {
        SummaryState state = SummaryState.empty();
        for (StoredArticle a : articles) summariser.add(state, List.of(summariser.prepare(a)));
        return state;
    }

    @Test
    void addingAnArticleTheStateAlreadyTookChangesNothing() {
        SummaryState state = stateOf(WIRE, DAILY);
        EventSummary before = state.summary();
        byte[] written = SummaryStateCodec.write(state);
        summariser.add(state, List.of(summariser.prepare(DAILY)));
        assertEquals(before, state.summary());
        assertEquals(2, state.articles());
        assertTrue(java.util.Arrays.equals(written, SummaryStateCodec.write(state)), "the state is untouched");
    }

    @Test
    void anArticleThatRepeatsTheEventLeavesTheChosenSentencesAsTheyWere() {
        SummaryState state = stateOf(WIRE, DAILY);
        List<SummaryState.Item> chosen = List.copyOf(state.all.chosen);
        summariser.add(state, List.of(summariser.prepare(SAME_DAY_ECHO)));
        assertEquals(chosen.size(), state.all.chosen.size());
        for (int i = 0; i < chosen.size(); i++) assertSame(chosen.get(i), state.all.chosen.get(i), "not chosen again");
        assertEquals(3, state.articles());
    }

    @Test
    void aStateReadBackGoesOnExactlyAsTheOneWritten() {
        SummaryState kept = stateOf(WIRE, DAILY);
        SummaryState read = SummaryStateCodec.read(SummaryStateCodec.write(kept));
        assertEquals(kept.summary(), read.summary());
        summariser.add(kept, List.of(summariser.prepare(NEXT_DAY)));
        summariser.add(read, List.of(summariser.prepare(NEXT_DAY)));
        assertEquals(kept.summary(), read.summary());
        assertEquals(kept.all.centroid, read.all.centroid);
    }

    @Test
    void aTornStateIsRefusedWithTheReason() {
        byte[] whole = SummaryStateCodec.write(stateOf(WIRE, DAILY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SummaryStateCodec.read(java.util.Arrays.copyOf(whole, whole.length - 7)));
        assertTrue(e.getMessage().contains("torn"), e.getMessage());
    }

    @Test
    void theNextDaysSentenceWithANewPersonAndNumberIsMarkedNewAndTheRestIsNot() {
        SummaryState state = stateOf(WIRE, DAILY, SAME_DAY_ECHO, NEXT_DAY);
        List<SummarySentence> sentences = state.summary().sentences();
        assertTrue(sentences.stream().anyMatch(s -> s.isNew() && (s.text().contains("31") || s.text().contains("Marta Keller"))), sentences.toString());
        assertTrue(sentences.stream().filter(s -> !s.articleKey().equals("a4")).noneMatch(SummarySentence::isNew), sentences.toString());
    }

    @Test
    void whatIsNewIsCountedFromTheEndOfThePreviousDaySoItStaysMarkedAllDay() {
        SummaryState state = stateOf(WIRE, DAILY, NEXT_DAY);
        assertTrue(state.summary().sentences().stream().anyMatch(SummarySentence::isNew), state.summary().toString());
        StoredArticle later = article(5, "Echo", "2026-03-03", "Lindau", "Officials in Lindau said the search for survivors went on through the day.");
        summariser.add(state, List.of(summariser.prepare(later)));
        assertTrue(state.summary().sentences().stream().anyMatch(s -> s.isNew() && s.articleKey().equals("a4")), state.summary().toString());
    }

    @Test
    void aStorySummaryDrawsOnEveryEventsState() {
        SummaryState quake = stateOf(WIRE, DAILY);
        SummaryState toll = stateOf(NEXT_DAY);
        EventSummary story = summariser.merge(List.of(quake, toll));
        assertTrue(story.sentences().stream().anyMatch(s -> s.articleKey().equals("a4")), story.toString());
        assertTrue(story.sentences().stream().anyMatch(s -> !s.articleKey().equals("a4")), story.toString());
        assertFalse(story.sentences().stream().anyMatch(SummarySentence::isNew));
    }

    @Test
    void aStateWrittenByTheFirstVersionIsReadAndGoesOnAsANewOne() throws Exception {
        byte[] v1;
        try (var in = SummaryStateTest.class.getResourceAsStream("lindau-v1.state")) {
            v1 = in.readAllBytes();
        }
        SummaryState read = SummaryStateCodec.read(v1);
        SummaryState fresh = stateOf(WIRE, DAILY);
        assertEquals(fresh.summary(), read.summary());
        summariser.add(read, List.of(summariser.prepare(NEXT_DAY)));
        summariser.add(fresh, List.of(summariser.prepare(NEXT_DAY)));
        assertEquals(fresh.summary(), read.summary());
    }

    @Test
    void aStateOfAnUnknownVersionIsRefusedWithTheReason() {
        byte[] bytes = SummaryStateCodec.write(stateOf(WIRE, DAILY));
        java.nio.ByteBuffer.wrap(bytes).putInt(4, 99);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryStateCodec.read(bytes));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void aStateReadAndWrittenAgainIsTheSameBytes() {
        byte[] written = SummaryStateCodec.write(stateOf(WIRE, DAILY, NEXT_DAY));
        assertTrue(java.util.Arrays.equals(written, SummaryStateCodec.write(SummaryStateCodec.read(written))));
    }

    @Test
    void aSentencePushedOutOfThePoolComesBackWhenTheEventTurnsBackToIt() {
        SummaryState state = SummaryState.empty();
        long sequence = 1;
        StoredArticle first = article(sequence++, "Lake", "2026-03-02", null,
                "A cloud of volcanic ash closed the airport of Lindau on Sunday evening.");
        summariser.add(state, List.of(summariser.prepare(first)));
        // Seven reports of the earthquake, six sentences each: more candidates, all nearer the event, than the pool holds.
        for (int a = 0; a < 7; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                text.append("Rescuers counted ").append(10 * a + s).append(" collapsed houses in the old town after the earthquake.\n");
            }
            summariser.add(state, List.of(summariser.prepare(article(sequence++, "Wire", "2026-03-02", null, text.toString()))));
        }
        assertFalse(pool(state).contains(first.analyzed().article().text()), "pushed out of the pool");
        // Then the ash cloud is the news.
        for (int a = 0; a < 30; a++) {
            summariser.add(state, List.of(summariser.prepare(article(sequence++, "Daily", "2026-03-03", null,
                    "The volcanic ash cloud kept the airport closed on day " + (a + 2) + " of the eruption, the airport said."))));
        }
        assertTrue(pool(state).contains(first.analyzed().article().text()), "back in the pool " + state.all.sentences);
    }

    /** The sentences MMR chooses among now. */
    private static List<String> pool(SummaryState state) {
        List<SummaryState.Item> sentences = state.all.sentences;
        return sentences.subList(0, Math.min(EventSummariser.MMR_POOL, sentences.size())).stream().map(SummaryState.Item::text).toList();
    }
}
