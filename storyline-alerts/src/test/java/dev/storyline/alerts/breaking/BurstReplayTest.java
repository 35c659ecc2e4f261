package dev.storyline.alerts.breaking;

import dev.storyline.alerts.breaking.BurstReplay.Detection;
import dev.storyline.alerts.breaking.BurstReplay.Kind;
import dev.storyline.events.ClusteringEvaluation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floors on the replay that {@code storyline bench breaking} measures at full size (see the README, "Breaking stories"): bursts
 * of known start injected into a stream, at the detector's default threshold.
 */
class BurstReplayTest {

    private static BurstReplay.Result replay(List<BurstReplay.Stream> streams) {
        List<Detection> detections = new ArrayList<>();
        java.util.Map<Kind, Integer> falseAlarms = new java.util.EnumMap<>(Kind.class);
        double days = 0;
        int tracked = 0;
        for (BurstReplay.Stream s : streams) {
            BurstReplay.Result r = BurstReplay.evaluate(s, BreakingConfig.defaults());
            detections.addAll(r.detections());
            r.falseAlarms().forEach((k, n) -> falseAlarms.merge(k, n, Integer::sum));
            days += r.days();
            tracked = Math.max(tracked, r.tracked());
        }
        return new BurstReplay.Result(BreakingConfig.defaults(), detections, falseAlarms, days, tracked);
    }

    private static double found(List<Detection> ds) {
        return ds.stream().filter(Detection::detected).count() / (double) ds.size();
    }

    private static double median(List<Detection> ds, java.util.function.ToDoubleFunction<Detection> f) {
        double[] v = ds.stream().filter(Detection::detected).mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static void print(String name, BurstReplay.Result r) {
        List<Detection> clear = r.detections().stream().filter(d -> d.burst().clear()).toList();
        System.out.printf("breaking replay (%s): clear bursts found %.3f (median delay %.0f articles, %.1f min), all %.3f, "
                        + "false alarms %.2f a day over %.0f days %s%n", name, found(clear), median(clear, Detection::delayArticles),
                median(clear, Detection::delayMinutes), found(r.detections()), r.falseAlarmsPerDay(), r.days(), r.falseAlarms());
    }

    @Test
    void aSyntheticReplayFindsTheClearBurstsQuicklyWithFewFalseAlarms() {
        List<BurstReplay.Stream> streams = List.of(
                BurstReplay.synthetic(BurstReplay.Plan.defaults().withDays(4).withPerDay(500).withSeed(11)),
                BurstReplay.synthetic(BurstReplay.Plan.defaults().withDays(4).withPerDay(500).withSeed(12)));
        BurstReplay.Result r = replay(streams);
        print("synthetic", r);
        List<Detection> clear = r.detections().stream().filter(d -> d.burst().clear()).toList();
        assertTrue(found(clear) >= 0.9, "at least 90% of the clear bursts (8+ articles within an hour) found");
        List<Detection> newStories = clear.stream().filter(d -> d.burst().kind() == Kind.BURST && d.detected()).toList();
        assertTrue(newStories.stream().allMatch(d -> d.delayArticles() <= 12), "a new story's burst within 12 of its articles: "
                + newStories.stream().filter(d -> d.delayArticles() > 12).toList());
        assertTrue(median(clear, Detection::delayArticles) <= 8, "half within 8");
        assertTrue(r.falseAlarmsPerDay() <= 0.5, "at most one false alarm every two days");
        // A steady story's hour can be far out in its Poisson tail by chance (an hour of 23 where 7 are usual): once.
        assertTrue(r.falseAlarms().getOrDefault(Kind.STEADY, 0) <= 1, "steady stories, however big, at most once by chance");
        assertEquals(0, r.falseAlarms().getOrDefault(Kind.BURST, 0), "a burst is signalled once");
    }

    @Test
    void onTheTimeShiftedEcbPlusStreamTheBurstsStandOutOfBigStories() throws Exception {
        Path file = Path.of(System.getProperty("storyline.shared", "../shared")).resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(file), "ECB+ dev data absent (" + file + "): breaking replay on ECB+ skipped");
        List<ClusteringEvaluation.Document> docs = ClusteringEvaluation.read(file);
        BurstReplay.Plan plan = BurstReplay.Plan.defaults();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<BurstReplay.Stream> streams = new ArrayList<>();
        for (long seed : new long[]{1, 2}) {
            List<ArticleArrival> background = BurstReplay.goldStream(docs.stream().map(ClusteringEvaluation.Document::id).toList(),
                    docs.stream().map(ClusteringEvaluation.Document::event).toList(),
                    docs.stream().map(ClusteringEvaluation.Document::topic).toList(), 1000, start,
                    Duration.ofDays(plan.warmUpDays() + plan.days()), plan.outlets(), plan.diurnal(), seed);
            streams.add(BurstReplay.over(plan.withSeed(seed), start, background));
        }
        BurstReplay.Result r = replay(streams);
        print("ECB+", r);
        List<Detection> wide = r.detections().stream().filter(d -> d.burst().kind() == Kind.BURST
                && d.burst().articles() >= 20 && d.burst().outlets() >= 10 && d.burst().minutes() <= 60).toList();
        assertTrue(found(wide) >= 0.9, "20+ articles from 10 outlets within the hour stand out of ECB+'s stories of ~23 articles a day");
        List<Detection> onStories = r.detections().stream().filter(d -> d.burst().kind() == Kind.BURST_ON_STORY).toList();
        assertTrue(found(onStories) >= 0.8, "a story at 2 an hour receiving 15 in half an hour");
        assertTrue(r.falseAlarmsPerDay() <= 0.5, "at most one false alarm every two days");
    }
}
