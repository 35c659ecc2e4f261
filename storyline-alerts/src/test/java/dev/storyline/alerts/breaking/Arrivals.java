package dev.storyline.alerts.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Hand-made streams for the detector's tests: a quiet background, and stories added to it at chosen times. */
final class Arrivals {

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private final List<ArticleArrival> list = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(7);
    private int n;

    /**
     * A background of small stories (a new one every 10 minutes, each 1 to 3 articles over a few hours, from 30
     * outlets) for {@code days}: what a quiet desk sees, and what the detector learns the system's rate from.
     */
    Arrivals background(int days) {
        long minutes = days * 24L * 60;
        for (long m = 0; m < minutes; m += 10) {
            String story = "bg" + m;
            int size = 1 + random.nextInt(3);
            for (int k = 0; k < size; k++) {
                add(story, story, "outlet-" + random.nextInt(30), START.plus(Duration.ofMinutes(m + k * 90L)));
            }
        }
        return this;
    }

    /** {@code articles} articles of {@code story}, evenly spread over {@code over} from {@code from}, cycling over {@code outlets} outlets. */
    Arrivals spread(String story, String event, int articles, int outlets, Instant from, Duration over) {
        for (int k = 0; k < articles; k++) {
            add(story, event, "wire-" + k % outlets, from.plus(over.multipliedBy(k).dividedBy(articles)));
        }
        return this;
    }

    Arrivals add(String story, String event, String source, Instant at) {
        list.add(new ArticleArrival("a" + n++, event, story, source, "en", at));
        return this;
    }

    List<ArticleArrival> sorted() {
        List<ArticleArrival> out = new ArrayList<>(list);
        out.sort(java.util.Comparator.comparing(ArticleArrival::arrivedAt));
        return out;
    }

    static List<BreakingSignal> replay(BreakingStories detector, List<ArticleArrival> arrivals) {
        List<BreakingSignal> out = new ArrayList<>();
        for (ArticleArrival a : arrivals) out.addAll(detector.observe(a));
        return out;
    }

    static List<BreakingSignal> of(List<BreakingSignal> signals, String story) {
        return signals.stream().filter(s -> story.equals(s.storyId())).toList();
    }
}
