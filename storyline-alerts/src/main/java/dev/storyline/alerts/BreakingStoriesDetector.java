package dev.storyline.alerts;

import dev.storyline.StoredEvents;
import dev.storyline.alerts.breaking.ArticleArrival;
import dev.storyline.alerts.breaking.BreakingConfig;
import dev.storyline.alerts.breaking.BreakingSignal;
import dev.storyline.alerts.breaking.BreakingStories;
import dev.storyline.alerts.breaking.RecentArrivals;
import dev.storyline.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The breaking-story detector ({@link BreakingStories}) behind the evaluator's hook: each evaluated article is an
 * arrival at its ingestion time, each burst a signal. Rebuilt at start from the store's recent arrivals up to the
 * evaluator's cursor, so that a restart neither forgets a story's recent pace nor signals a burst twice.
 */
public final class BreakingStoriesDetector implements BreakingDetector {

    private final BreakingStories stories;

    public BreakingStoriesDetector(BreakingStories stories) {
        this.stories = stories;
    }

    /** The factory the evaluator of {@code store} uses: the standard settings, rebuilt from the store. */
    public static Factory factory(ArticleStore store, StoredEvents events) {
        return through -> new BreakingStoriesDetector(RecentArrivals.rebuild(BreakingConfig.defaults(), store, events.store(), through));
    }

    @Override
    public List<Signal> observe(ArticleAssignment a) {
        List<Signal> signals = new ArrayList<>();
        for (BreakingSignal s : stories.observe(new ArticleArrival(a.articleKey(), a.eventId(), a.storyId(), a.source(),
                a.language(), a.ingested()))) {
            signals.add(new Signal(s.storyId(), s.eventId(), s.burst(), a.title(), s.why()));
        }
        return signals;
    }
}
