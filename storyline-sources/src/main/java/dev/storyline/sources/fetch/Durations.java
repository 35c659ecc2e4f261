package dev.storyline.sources.fetch;

import java.time.Duration;

/** Durations in the words the outcomes and notes use ("6 s", "250 ms", "1 h 30 min"). */
final class Durations {

    private Durations() {
    }

    static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        long s = (ms + 500) / 1000;
        if (s < 120) return s + " s";
        long min = s / 60;
        if (min < 120) return min + " min";
        long h = min / 60, rest = min % 60;
        return h + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    static String bytes(long n) {
        if (n < 1024) return n + " bytes";
        if (n < 1024 * 1024) return (n / 1024) + " KiB";
        return (n / (1024 * 1024)) + " MiB";
    }
}
