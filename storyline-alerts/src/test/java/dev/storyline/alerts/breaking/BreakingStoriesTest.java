package dev.storyline.alerts.breaking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.storyline.alerts.breaking.Arrivals.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakingStoriesTest {

    private static final Instant DAY2 = START.plus(Duration.ofDays(2));

    @Test
    void aNewStoryWithTwelveOutletsInHalfAnHourBreaksOnce() {
        List<ArticleArrival> stream = new Arrivals().background(3)
                .spread("quake", "quake/1", 20, 12, DAY2, Duration.ofMinutes(30))
                // and it goes on for hours at a rate that is now its own
                .spread("quake", "quake/1", 24, 12, DAY2.plus(Duration.ofMinutes(30)), Duration.ofHours(8))
                .sorted();
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), stream), "quake");
        assertEquals(1, signals.size(), "one signal for one burst: " + signals);
        BreakingSignal s = signals.get(0);
        assertEquals(DAY2, s.since(), "the burst started with its first article");
        assertTrue(s.articles() <= 10, "caught within ten articles: " + s);
        assertTrue(s.why().matches("\\d+ articles from \\d+ outlets in \\d+ min, [0-9.]+x a new story's usual rate"), s.why());
    }

    @Test
    void aStoryThatAlwaysGetsFiftyAnHourDoesNotBreak() {
        Arrivals arrivals = new Arrivals().background(4)
                .spread("war", "war/1", 50 * 24 * 4, 40, START, Duration.ofDays(4));
        BreakingStories detector = new BreakingStories(BreakingConfig.defaults());
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(detector, arrivals.sorted()), "war");
        // From the start it is new and breaks once (during the warm-up, unsaid); after that, never.
        assertEquals(List.of(), signals.stream().filter(s -> s.since().isAfter(START.plus(Duration.ofDays(1)))).toList());
    }

    @Test
    void aStoryThatGrowsSlowlyDoesNotBreak() {
        Arrivals arrivals = new Arrivals().background(6);
        // From 1 an hour to 12 an hour over four days, from 20 outlets: each hour a little more than the last.
        for (int h = 0; h < 96; h++) {
            int perHour = 1 + h * 11 / 96;
            arrivals.spread("election", "election/" + h / 12, perHour, 20, DAY2.plus(Duration.ofHours(h)), Duration.ofHours(1));
        }
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted()), "election");
        assertEquals(List.of(), signals);
    }

    @Test
    void aBusyStoryThatSuddenlyTriplesBreaksAsItsOwnRateSays() {
        Arrivals arrivals = new Arrivals().background(4)
                .spread("summit", "summit/1", 5 * 48, 10, START.plus(Duration.ofDays(1)), Duration.ofDays(2))
                // a new development: 40 articles from 20 outlets in an hour, on top of the 5 an hour it always had
                .spread("summit", "summit/2", 40, 20, START.plus(Duration.ofDays(3)), Duration.ofHours(1));
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted()), "summit");
        assertEquals(1, signals.size(), signals.toString());
        assertTrue(signals.get(0).why().endsWith("the story's usual rate"), signals.get(0).why());
        assertTrue(signals.get(0).baseline() > 3, "judged against its own rate: " + signals.get(0));
    }

    @Test
    void aSecondBurstAfterAQuietPeriodIsSignalledAgain() {
        Arrivals arrivals = new Arrivals().background(4)
                .spread("storm", "storm/1", 20, 10, DAY2, Duration.ofMinutes(30))
                .spread("storm", "storm/2", 40, 15, DAY2.plus(Duration.ofDays(1)), Duration.ofMinutes(30));
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted()), "storm");
        assertEquals(2, signals.size(), signals.toString());
        assertTrue(signals.get(0).burst() != signals.get(1).burst(), "each burst has its own number");
    }

    @Test
    void oneOutletRepeatingItselfIsNoBurst() {
        Arrivals arrivals = new Arrivals().background(3)
                .spread("liveblog", "liveblog/1", 30, 1, DAY2, Duration.ofMinutes(30))
                .spread("liveblog", "liveblog/1", 6, 2, DAY2, Duration.ofMinutes(30));
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted()), "liveblog");
        assertEquals(List.of(), signals, "36 articles, but from three outlets, one of them 30 times");
    }

    @Test
    void nothingIsSignalledDuringTheWarmUp() {
        List<ArticleArrival> stream = new Arrivals().background(1)
                .spread("early", "early/1", 30, 15, START.plus(Duration.ofHours(3)), Duration.ofMinutes(30)).sorted();
        assertEquals(List.of(), Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), stream));
    }

    @Test
    void anEventThatOutgrowsItsWholeStoryBreaksInsideABigStory() {
        Arrivals arrivals = new Arrivals().background(4)
                .spread("war", "war/front", 10 * 24 * 3, 30, START, Duration.ofDays(3))
                .spread("war", "war/ceasefire", 60, 30, START.plus(Duration.ofDays(2)), Duration.ofMinutes(40));
        List<BreakingSignal> signals = Arrivals.of(Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted()), "war");
        assertEquals(1, signals.size(), signals.toString());
        assertEquals("war/ceasefire", signals.get(0).eventId());
    }

    @Test
    void storiesIdleForTheBaselineAreForgotten() {
        BreakingConfig config = BreakingConfig.defaults();
        BreakingStories detector = new BreakingStories(config);
        // A thousand one-article stories a day for ten days: what is kept stays at the baseline's worth.
        int maxTracked = 0;
        for (int day = 0; day < 10; day++) {
            for (int i = 0; i < 1000; i++) {
                Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofSeconds(i * 86L));
                detector.observe(new ArticleArrival("a" + day + "-" + i, "e" + day + "-" + i, "s" + day + "-" + i, "o" + i % 40, "en", at));
            }
            maxTracked = Math.max(maxTracked, detector.trackedStories());
        }
        long baselineDays = config.baseline().toDays();
        assertTrue(maxTracked <= (baselineDays + 1) * 1000, "at most the baseline's stories and a day: " + maxTracked);
        assertTrue(detector.trackedStories() >= baselineDays * 1000 - 50, "but those of the baseline are kept: " + detector.trackedStories());
        assertEquals(detector.trackedStories(), detector.trackedEvents());
    }

    @Test
    void arrivalsOutOfOrderCountAtTheLatestTime() {
        BreakingStories detector = new BreakingStories(BreakingConfig.defaults().withWarmUp(Duration.ZERO));
        detector.observe(new ArticleArrival("a", "e", "s", "o1", "en", START.plus(Duration.ofHours(5))));
        // An arrival stamped an hour earlier (another writer's clock) counts as arriving now, not in the past.
        for (int i = 0; i < 12; i++) {
            List<BreakingSignal> s = detector.observe(new ArticleArrival("b" + i, "e", "s", "o" + (i + 2), "en", START.plus(Duration.ofHours(4))));
            s.forEach(signal -> assertTrue(!signal.since().isBefore(START.plus(Duration.ofHours(5))), signal.toString()));
        }
    }

    @Test
    void theMorningRushIsNoBurst() {
        Arrivals arrivals = new Arrivals().background(6);
        // The whole desk wakes up at 7: five articles an hour at night, twenty at 7, forty from 8 to 8 in the evening,
        // on a story of its own and on twenty others of the same kind.
        int[] profile = {5, 5, 5, 5, 5, 5, 5, 20, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 20, 10, 5, 5};
        for (int h = 0; h < 6 * 24; h++) {
            int perHour = profile[h % 24];
            Instant hour = START.plus(Duration.ofHours(h));
            arrivals.spread("markets", "markets/" + h / 24, perHour, 25, hour, Duration.ofHours(1));
            for (int k = 0; k < 20; k++) arrivals.spread("rush" + k, "rush" + k, perHour / 5, 10, hour.plusSeconds(k * 7), Duration.ofHours(1));
        }
        List<BreakingSignal> signals = Arrivals.replay(new BreakingStories(BreakingConfig.defaults()), arrivals.sorted());
        assertEquals(List.of(), signals.stream().filter(s -> s.since().isAfter(START.plus(Duration.ofDays(2)))).toList());
    }
}
