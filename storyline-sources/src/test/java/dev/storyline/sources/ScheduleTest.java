package dev.storyline.sources;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    private static final SourceSettings SETTINGS = new SourceSettings(Duration.ofMinutes(5), Duration.ofHours(6),
            Duration.ofDays(3), false);
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static SourceStatus at(Duration interval) {
        return SourceStatus.fresh(NOW, SETTINGS).with(3, NOW, null, NOW, interval, 0, null, null, null, Map.of());
    }

    @Test
    void aSourceWithNewArticlesIsPolledMoreOftenAndAQuietOneLessWithinTheBounds() {
        Schedule schedule = Schedule.DEFAULT;
        assertEquals(Duration.ofMinutes(30), schedule.succeeded(at(Duration.ofHours(1)), SETTINGS, NOW, 4, "4 new", Map.of(), null).interval());
        assertEquals(Duration.ofMinutes(90), schedule.succeeded(at(Duration.ofHours(1)), SETTINGS, NOW, 0, "nothing new", Map.of(), null).interval());
        assertEquals(Duration.ofMinutes(5), schedule.succeeded(at(Duration.ofMinutes(6)), SETTINGS, NOW, 4, "4 new", Map.of(), null).interval());
        SourceStatus quiet = schedule.succeeded(at(Duration.ofHours(5)), SETTINGS, NOW, 0, "nothing new", Map.of(), null);
        assertEquals(Duration.ofHours(6), quiet.interval());
        assertEquals(NOW.plus(Duration.ofHours(6)), quiet.nextFetch());
    }

    @Test
    void aFailingSourceBacksOffExponentiallyThenIsPausedWithItsReason() {
        Schedule schedule = new Schedule(4);
        SourceStatus st = at(Duration.ofMinutes(5));
        Duration[] expected = {Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20)};
        for (Duration delay : expected) {
            st = schedule.failed(st, SETTINGS, NOW, "HTTP 500", null, false);
            assertEquals(NOW.plus(delay), st.nextFetch());
            assertFalse(st.paused());
        }
        st = schedule.failed(st, SETTINGS, NOW, "HTTP 500", null, false);
        assertTrue(st.paused());
        assertEquals("paused after 4 failures in a row; the last: HTTP 500", st.pausedReason());
        assertFalse(st.dueAt(NOW.plus(Duration.ofDays(30))), "a paused source waits for the user");
    }

    @Test
    void retryAfterLongerThanTheBackoffIsHonoured() {
        SourceStatus st = Schedule.DEFAULT.failed(at(Duration.ofMinutes(5)), SETTINGS, NOW, "HTTP 429", Duration.ofHours(1), false);
        assertEquals(NOW.plus(Duration.ofHours(1)), st.nextFetch());
    }

    @Test
    void aSuccessForgetsTheFailures() {
        SourceStatus st = Schedule.DEFAULT.failed(at(Duration.ofMinutes(5)), SETTINGS, NOW, "HTTP 500", null, false);
        st = Schedule.DEFAULT.succeeded(st, SETTINGS, NOW, 1, "1 new", Map.of(), null);
        assertEquals(0, st.consecutiveFailures());
        assertNull(st.pausedReason());
    }
}
