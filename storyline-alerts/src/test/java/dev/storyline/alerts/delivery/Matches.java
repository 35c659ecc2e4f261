package dev.storyline.alerts.delivery;

import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.Match;

import java.time.Instant;

/** Matches as the alerts would find them, for the delivery tests. */
final class Matches {

    private Matches() {
    }

    static Match of(String alertId, int n, Instant at) {
        return of(alertId, n, at, "story-" + (n % 3));
    }

    static Match of(String alertId, int n, Instant at, String story) {
        String key = "k" + n;
        return new Match(alertId + ":" + key, alertId, "Alert " + alertId, AlertKind.SEARCH, key, n, "event-" + n, story,
                "Report number " + n, "https://news.example/" + n, "Example News", "en", "2026-12-04",
                "query: report", at);
    }
}
