package dev.storyline.alerts.breaking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebuildTest {

    /** A detector rebuilt at a restart from the lookback's arrivals signals exactly what an uninterrupted one does. */
    @Test
    void aRebuiltDetectorSignalsWhatAnUninterruptedOneDoes() {
        BurstReplay.Stream stream = BurstReplay.synthetic(BurstReplay.Plan.defaults().withDays(10).withPerDay(500));
        BreakingConfig config = BreakingConfig.defaults();
        List<BreakingSignal> uninterrupted = Arrivals.replay(new BreakingStories(config), stream.arrivals());
        assertTrue(uninterrupted.size() > 20, "the stream has bursts to signal: " + uninterrupted.size());
        Instant first = stream.arrivals().get(0).arrivedAt();
        // Restarts early (the lookback reaches the stream's start) and late (it does not).
        for (Duration after : List.of(Duration.ofDays(3), Duration.ofDays(8).plusHours(5), Duration.ofDays(10).plusHours(17))) {
            Instant restart = first.plus(after);
            Instant from = restart.minus(config.rebuildLookback());
            List<ArticleArrival> before = stream.arrivals().stream()
                    .filter(a -> a.arrivedAt().isBefore(restart) && !a.arrivedAt().isBefore(from)).toList();
            BreakingStories rebuilt = BreakingStories.rebuild(config, before);
            List<BreakingSignal> afterRestart = new ArrayList<>();
            for (ArticleArrival a : stream.arrivals()) if (!a.arrivedAt().isBefore(restart)) afterRestart.addAll(rebuilt.observe(a));
            List<BreakingSignal> expected = uninterrupted.stream().filter(s -> s.burst() >= restart.toEpochMilli()).toList();
            assertTrue(!expected.isEmpty(), "signals after the restart at " + after);
            assertEquals(expected, afterRestart, "restart " + after + " after the start");
        }
    }
}
