package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the clusterer keeps in memory is bounded by the active window: on a long stream of dated articles (new
 * people every day, a shared vocabulary), the events, postings and document frequencies held once the window is
 * full stay where they were, while events keep being created and leave compacted.
 */
class ActiveWindowTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int TOPICS_PER_DAY = 3;
    private static final int REPORTS_PER_TOPIC = 3;

    /** The reports of one day: each topic of the day has its own people and place, and words from a shared vocabulary. */
    private static List<ArticleFeatures> day(int d, Random random) {
        List<ArticleFeatures> articles = new ArrayList<>();
        for (int t = 0; t < TOPICS_PER_DAY; t++) {
            for (int r = 0; r < REPORTS_PER_TOPIC; r++) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                counts.put("e:person-" + d + "-" + t, 2);
                counts.put("e:agency-" + d + "-" + t, 1);
                counts.put("p:town-" + d + "-" + t, 1);
                counts.put("n:" + (100 + d * 10 + t), 1);
                for (int w = 0; w < 12; w++) counts.merge("t:topic" + t + "word" + w, 1, Integer::sum);
                for (int w = 0; w < 20; w++) counts.merge("t:word" + random.nextInt(400), 1, Integer::sum);
                articles.add(new ArticleFeatures("a" + d + "-" + t + "-" + r, START.plusDays(d), "Topic " + t + " on day " + d,
                        counts, Map.of()));
            }
        }
        return articles;
    }

    @Test
    void memoryStaysBoundedOnceTheWindowIsFull() {
        List<EventState> evicted = new ArrayList<>();
        InMemoryEventStore store = new InMemoryEventStore(0, new DocumentFrequencies(), new InMemoryEventStore.Archive() {
            @Override
            public void evicted(EventState compacted) {
                evicted.add(compacted);
            }

            @Override
            public void evicted(StoryState story) {
            }
        });
        ClusteringConfig config = ClusteringConfig.defaults();
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), config, store);
        Random random = new Random(3);
        InMemoryEventStore.Footprint atFullWindow = null;
        int created = 0;
        int days = config.activeWindowDays() * 2 + 30;
        for (int d = 0; d < days; d++) {
            for (ArticleFeatures a : day(d, random)) if (clusterer.assign(a).newEvent()) created++;
            if (d == config.activeWindowDays() + 15) atFullWindow = store.footprint();
        }
        InMemoryEventStore.Footprint atEnd = store.footprint();
        System.out.printf("active window: at day %d %s; at day %d %s; %d events created%n",
                config.activeWindowDays() + 15, atFullWindow, days - 1, atEnd, created);

        // Events and stories held: at most those of the window's days (plus the day that is arriving).
        int windowDays = config.activeWindowDays() + 1;
        assertTrue(atEnd.events() <= windowDays * TOPICS_PER_DAY, atEnd.toString());
        assertTrue(atEnd.stories() <= windowDays * TOPICS_PER_DAY, atEnd.toString());
        assertTrue(created > 2 * atEnd.events(), "most events have left memory: " + created + " created");
        // The same as when the window had just filled, within a tenth.
        assertTrue(atEnd.events() <= atFullWindow.events() * 1.1, atEnd + " vs " + atFullWindow);
        assertTrue(atEnd.eventPostings() <= atFullWindow.eventPostings() * 1.1, atEnd + " vs " + atFullWindow);
        assertTrue(atEnd.storyPostings() <= atFullWindow.storyPostings() * 1.1, atEnd + " vs " + atFullWindow);
        assertTrue(atEnd.frequencyKeys() <= atFullWindow.frequencyKeys() * 1.1, atEnd + " vs " + atFullWindow);
        // Document frequencies: the window's weeks only (its 13 whole weeks, the cutoff's and the current one).
        assertTrue(atEnd.frequencyWeeks() <= config.activeWindowDays() / 7 + 2, atEnd.toString());
        assertEquals(created, evicted.size() + atEnd.events(), "every event is in memory or was handed over");
        assertTrue(evicted.stream().allMatch(e -> e.centroid().size() <= 10 * Family.values().length),
                "evicted events are compacted");
    }

    @Test
    void windowedFrequenciesCountOnlyTheWindowsArticles() {
        InMemoryEventStore store = new InMemoryEventStore();
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults(), store);
        Random random = new Random(5);
        for (int d = 0; d < 200; d++) for (ArticleFeatures a : day(d, random)) clusterer.assign(a);
        long perWeek = 7L * TOPICS_PER_DAY * REPORTS_PER_TOPIC;
        long window = store.documentCount();
        assertTrue(window >= 13 * perWeek && window <= 15 * perWeek, "articles in the window: " + window);
        assertEquals(0, store.documentFrequency("e:person-3-0"), "a name of a day long gone");
        assertEquals(REPORTS_PER_TOPIC, store.documentFrequency("e:person-199-0"));
    }
}
