package dev.storyline.alerts;

import dev.storyline.alerts.breaking.BreakingConfig;
import dev.storyline.alerts.breaking.BreakingStories;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaking branch's detector behind the evaluator's hook: a new story reported by twelve outlets within half an
 * hour breaks once, and its signal carries the story, the burst's number and why. (No warm-up here: a live detector
 * says nothing in its first day, which a test cannot wait for; the evaluator's own test covers the hook with a
 * simple detector.)
 */
class BreakingStoriesDetectorTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private static BreakingDetector.ArticleAssignment arrival(int n, String story, String outlet, Instant at) {
        return new BreakingDetector.ArticleAssignment("k" + n, n, story, story + "/e1", false, false, outlet, "en",
                "Report " + n, null, at);
    }

    @Test
    void aNewStoryTwelveOutletsReportInHalfAnHourBreaksOnce() {
        BreakingDetector detector = new BreakingStoriesDetector(new BreakingStories(BreakingConfig.defaults().withWarmUp(Duration.ZERO)));
        List<BreakingDetector.Signal> signals = new ArrayList<>();
        int n = 0;
        // A quiet background: a few stories, an article each every two hours, for two days.
        for (int h = 0; h < 48; h += 2) {
            for (int s = 0; s < 4; s++) signals.addAll(detector.observe(arrival(n++, "bg" + s, "outlet" + s, START.plus(Duration.ofHours(h)).plusSeconds(s))));
        }
        Instant burst = START.plus(Duration.ofHours(49));
        for (int i = 0; i < 20; i++) {
            signals.addAll(detector.observe(arrival(n++, "quake", "outlet" + (i % 12), burst.plus(Duration.ofSeconds(90L * i)))));
        }

        List<BreakingDetector.Signal> quake = signals.stream().filter(s -> s.storyId().equals("quake")).toList();
        assertEquals(1, quake.size(), signals.toString());
        assertTrue(quake.get(0).why().contains("outlets"), quake.get(0).why());
        assertTrue(quake.get(0).burst() >= burst.toEpochMilli(), "numbered by the arrival that tipped it");
    }
}
