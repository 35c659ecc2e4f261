package dev.storyline.summaries;

import dev.storyline.AnalyzedArticle;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summaries kept up to date as articles are committed, over a real store and its events in a temporary folder. */
class SummaryUpdaterTest {

    @TempDir
    Path data;

    /** Written for this test: an invented earthquake, and an unrelated flood. */
    private static AnalyzedArticle article(String id, String source, String title, String text) {
        List<EntityMention> mentions = new ArrayList<>();
        int at = text.indexOf("Lindau");
        if (at >= 0) mentions.add(new EntityMention("Lindau", "LOC", at, at + 6, "LOC:lindau"));
        return new AnalyzedArticle(new Article(id, "https://" + source + "/" + id, source, title, "2026-03-02",
                List.of(), null, "en", text), mentions, List.of());
    }

    private static final AnalyzedArticle WIRE = article("w1", "wire.example", "Earthquake in Lindau leaves 12 dead",
            "An earthquake of magnitude 6.1 struck Lindau on Monday morning, killing 12 people in the old town.\n"
                    + "Rescue teams searched collapsed buildings in the old town of Lindau through the night.");
    private static final AnalyzedArticle DAILY = article("d1", "daily.example", "Lindau earthquake kills 12 as buildings collapse",
            "Twelve people were killed when an earthquake of magnitude 6.1 struck Lindau on Monday, officials said.\n"
                    + "The Red Cross sent forty volunteers and two field hospitals to the stricken town of Lindau.");
    private static final AnalyzedArticle UPDATE = article("w2", "wire.example", "Lindau earthquake toll rises to 31",
            "The death toll from the earthquake of magnitude 6.1 in Lindau rose to 31 as rescuers searched collapsed buildings.");
    private static final AnalyzedArticle FLOOD = article("f1", "wire.example", "Floods in Lima",
            "Heavy rain flooded the streets of Lima on Thursday and closed the airport, Peruvian officials said.");

    private static String key(AnalyzedArticle a) {
        return ArticleIdentity.of(a.article()).key();
    }

    private static void ingest(ArticleStore store, StoredEvents events, AnalyzedArticle... articles) throws IOException {
        for (AnalyzedArticle a : articles) {
            if (store.add(a) == ArticleStore.Added.ADDED) events.assign(key(a), store.lastSequence(), a);
        }
        store.commit();
        events.commit();
    }

    private static String eventOf(StoredEvents events, AnalyzedArticle a) {
        return events.store().assignment(key(a)).orElseThrow().assignment().eventId();
    }

    @Test
    void theEventOfCommittedArticlesGetsASummaryDrawnFromBothOutlets() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            ingest(store, events, WIRE, DAILY);
            updater.committed();
            String quake = eventOf(events, WIRE);
            assertEquals(quake, eventOf(events, DAILY), "the fixture's two reports are one event");
            EventSummary s = updater.summaries().get(quake).orElseThrow().summary();
            assertEquals(Set.of("wire.example", "daily.example"), s.sentences().stream().map(SummarySentence::source).collect(Collectors.toSet()));
            assertEquals(store.lastSequence(), updater.summaries().cursor());
        }
    }

    @Test
    void onlyTheEventsThatReceivedArticlesAreSummarisedAgain() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            ingest(store, events, WIRE, DAILY, FLOOD);
            assertEquals(2, updater.updateNew());
            ingest(store, events, UPDATE);
            assertEquals(1, updater.updateNew());
            assertEquals(0, updater.updateNew(), "nothing committed since: nothing to do");
        }
    }

    @Test
    void aLaterArticleWithANewNumberIsMarkedNew() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            ingest(store, events, WIRE, DAILY);
            updater.committed();
            ingest(store, events, UPDATE);
            updater.committed();
            EventSummary s = updater.summaries().get(eventOf(events, WIRE)).orElseThrow().summary();
            assertTrue(s.sentences().stream().anyMatch(x -> x.isNew() && x.text().contains("31")), s.toString());
        }
    }

    @Test
    void summariesAndCursorSurviveARestartAndCatchUpWithWhatWasMissed() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater.open(data, store, events);
            // Committed while no updater listens (a crash before the listener ran).
            ingest(store, events, WIRE, DAILY);
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            assertEquals(store.lastSequence(), updater.summaries().cursor());
            assertTrue(updater.summaries().get(eventOf(events, WIRE)).isPresent());
        }
    }

    @Test
    void aSummaryFileACrashLeftUnreadableIsComputedAgainFromTheArticles() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, store)) {
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            ingest(store, events, WIRE, DAILY);
            updater.committed();
            String quake = eventOf(events, WIRE);
            EventSummary kept = updater.summaries().get(quake).orElseThrow().summary();
            try (var files = java.nio.file.Files.walk(data.resolve("summaries"))) {
                Path file = files.filter(f -> f.getFileName().toString().equals(quake + ".state")).findFirst().orElseThrow();
                byte[] whole = java.nio.file.Files.readAllBytes(file);
                java.nio.file.Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
            }
            assertTrue(updater.summaries().get(quake).isEmpty(), "a torn file reads as absent");
            assertEquals(kept, updater.current(quake));
        }
    }

    @Test
    void anEventsArticlesAreBoundedToTheFirstAndTheLatest() {
        List<Integer> members = java.util.stream.IntStream.range(0, 100).boxed().toList();
        List<Integer> read = SummaryUpdater.bounded(members);
        assertEquals(SummaryUpdater.FIRST_ARTICLES + SummaryUpdater.LATEST_ARTICLES, read.size());
        assertEquals(0, read.get(0));
        assertEquals(99, read.get(read.size() - 1));
    }

    @Test
    void anUpdateReadsOnlyTheArrivingArticlesNeverTheEventsEarlierOnes() throws Exception {
        try (LuceneArticleStore lucene = LuceneArticleStore.open(data); StoredEvents events = StoredEvents.open(data, lucene)) {
            ReadsWatched store = new ReadsWatched(lucene);
            SummaryUpdater updater = SummaryUpdater.open(data, store, events);
            ingest(lucene, events, WIRE, DAILY);
            updater.committed();
            store.read.clear();
            ingest(lucene, events, UPDATE);
            updater.committed();
            assertEquals(List.of(key(UPDATE)), store.read, "the update read the arriving article only");
            assertTrue(updater.summaries().get(eventOf(events, WIRE)).orElseThrow().summary().sentences().stream()
                    .anyMatch(x -> x.text().contains("31")), "and the summary took it");
        }
    }

    /** The real store, with the keys of the articles read from it written down (by key or after a sequence). */
    private static final class ReadsWatched implements ArticleStore {
        private final ArticleStore store;
        final List<String> read = new ArrayList<>();

        ReadsWatched(ArticleStore store) {
            this.store = store;
        }

        @Override
        public Added add(AnalyzedArticle article) throws IOException {
            return store.add(article);
        }

        @Override
        public void commit() throws IOException {
            store.commit();
        }

        @Override
        public java.util.Optional<dev.storyline.store.StoredArticle> get(String key) throws IOException {
            read.add(key);
            return store.get(key);
        }

        @Override
        public dev.storyline.store.SearchResults search(dev.storyline.store.SearchRequest request) throws IOException {
            return store.search(request);
        }

        @Override
        public void forEach(java.util.function.Consumer<dev.storyline.store.StoredArticle> consumer) throws IOException {
            store.forEach(a -> {
                read.add(a.key());
                consumer.accept(a);
            });
        }

        @Override
        public void forEachAfter(long sequence, java.util.function.Consumer<dev.storyline.store.StoredArticle> consumer) throws IOException {
            store.forEachAfter(sequence, a -> {
                read.add(a.key());
                consumer.accept(a);
            });
        }

        @Override
        public long lastSequence() {
            return store.lastSequence();
        }

        @Override
        public long articlesMentioning(String canonical) throws IOException {
            return store.articlesMentioning(canonical);
        }

        @Override
        public long count() throws IOException {
            return store.count();
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }
}
