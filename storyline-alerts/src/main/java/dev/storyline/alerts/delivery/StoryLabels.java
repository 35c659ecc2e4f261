package dev.storyline.alerts.delivery;

import dev.storyline.events.EventState;
import dev.storyline.events.DurableEventStore;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** A story's label as the desk shows it: the label of its largest event (the first, among equals). */
public final class StoryLabels {

    private StoryLabels() {
    }

    public static Function<String, Optional<String>> of(DurableEventStore events) {
        return id -> {
            try {
                return events.storedStory(id).flatMap(story -> events.storedEvents(story.events()).stream()
                        .max(Comparator.comparingInt(EventState::size).thenComparing(e -> -e.sequence()))
                        .map(EventState::label));
            } catch (RuntimeException unreadable) {
                return Optional.empty(); // the email then names the story by its first article's title
            }
        };
    }

    public static Function<String, Optional<String>> none() {
        return id -> Optional.empty();
    }
}
