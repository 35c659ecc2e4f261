package dev.storyline.web;

import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.EventState;
import dev.storyline.events.Explanation;
import dev.storyline.events.Family;
import dev.storyline.events.StoryState;
import dev.storyline.store.ArticleStore;
import dev.storyline.events.DurableEventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events and stories of the stored articles, for the UI and the API, read from what the events store committed
 * (so a start reads them instead of recomputing them). A store with articles the events have not seen (written
 * before events were kept, or cut by a crash between the two commits) has them assigned on a background thread
 * first, so that search and articles are served at once; until then the stories are those committed so far, and
 * posted articles are stored and left for that catch-up to assign, in order. Thread-safe.
 */
final class StoryIndex {

    /** An article as an event lists it, with why it is there. */
    record Member(String key, String title, String source, String published, String language, Assignment assignment) {
    }

    /** An entity or place: its feature value (a canonical entity key when the entity stage ran) and how it is written. */
    record Named(String key, String name) {

        /** Whether there is an entity page for it: canonical keys are "TYPE:…". */
        boolean linkable() {
            return key.matches("(PER|ORG|LOC|MISC):.+");
        }
    }

    /** A story as the feed and the story page show it. */
    record Story(StoryState state, String label, List<EventState> events, int articles, List<String> sources,
                 List<String> languages, List<Named> entities, List<Named> places) {
    }

    private static final List<String> ENTITY_TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private final ArticleStore articles;
    private final StoredEvents stored;
    private final DurableEventStore events;
    // Feature value → entity-page key: lookups in the article index, cached (a stale answer only picks another type's page).
    private final Map<String, String> canonical = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > 20_000;
                }
            });
    private final AtomicLong replayed = new AtomicLong();
    private volatile long toReplay;
    private volatile boolean ready = true;
    private volatile String failure;

    private StoryIndex(ArticleStore articles, StoredEvents stored) {
        this.articles = articles;
        this.stored = stored;
        this.events = stored.store();
    }

    /**
     * The stories of {@code articles}; if some stored articles have no event yet, they are assigned on a daemon
     * thread, which takes {@code writerLock} (the one posted articles are stored under) to finish.
     */
    static StoryIndex open(ArticleStore articles, StoredEvents events, Object writerLock) {
        return open(articles, events, writerLock, CommitListener.NONE);
    }

    /** @param caughtUp hears when the background catch-up has assigned every stored article (the alerts then evaluate them) */
    static StoryIndex open(ArticleStore articles, StoredEvents events, Object writerLock, CommitListener caughtUp) {
        StoryIndex index = new StoryIndex(articles, events);
        if (events.behind(articles) == 0) {
            // Stories are read from the index; the clusterer's window is only for posted articles: read it meanwhile.
            Thread load = new Thread(() -> {
                try {
                    events.loadWindow();
                } catch (RuntimeException e) {
                    index.failure = e.toString();
                }
            }, "storyline-events-window");
            load.setDaemon(true);
            load.start();
            return index;
        }
        index.ready = false;
        Thread catchUp = new Thread(() -> {
            try {
                index.catchUp(writerLock);
                if (index.ready) caughtUp.committed();
            } catch (IOException | RuntimeException e) {
                index.failure = e.toString();
            }
        }, "storyline-events-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
        return index;
    }

    private void catchUp(Object writerLock) throws IOException {
        toReplay = stored.behind(articles);
        while (!stored.isClosed()) {
            long before = replayed.get();
            stored.catchUp(articles, n -> replayed.set(before + n));
            synchronized (writerLock) {
                // Posted articles wait under this lock: none can slip in between the check and `ready`.
                if (stored.behind(articles) == 0) {
                    ready = true;
                    return;
                }
                toReplay = replayed.get() + stored.behind(articles);
            }
        }
    }

    /** Whether every stored article has its event; while not, {@link #progress()} says how far the catch-up is. */
    boolean ready() {
        return ready;
    }

    /** "assigned of total", or why the catch-up failed. */
    String progress() {
        if (failure != null) return "the stories could not be brought up to date: " + failure;
        return String.format("%,d of %,d articles", replayed.get(), toReplay);
    }

    /** Stories, the latest (by its last article's day, then creation) first. */
    List<Story> stories(int offset, int limit) {
        return events.latestStories(offset, limit).stream().map(this::story).toList();
    }

    int storyCount() {
        return events.storyCount();
    }

    Optional<Story> story(String id) {
        return events.storedStory(id).map(this::story);
    }

    /** Where the article with this store key went, once its assignment is committed. */
    Optional<Assignment> assignmentOf(String articleKey) {
        return events.assignment(articleKey).map(AssignedArticle::assignment);
    }

    /** The distinct stories of these articles, in the order of the articles, at most {@code limit}. */
    List<Story> storiesOf(List<String> articleKeys, int limit) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String key : articleKeys) {
            if (ids.size() >= limit) break;
            events.assignment(key).ifPresent(a -> ids.add(a.assignment().storyId()));
        }
        return ids.stream().map(this::story).flatMap(Optional::stream).toList();
    }

    Optional<EventState> event(String id) {
        return events.storedEvent(id);
    }

    List<Member> members(String eventId) {
        return events.members(eventId).stream()
                .map(a -> new Member(a.key(), a.title(), a.source(), a.published(), a.language(), a.assignment()))
                .toList();
    }

    /** The strongest features of one family in an event's centroid, with their written forms. */
    List<Named> top(EventState event, Family family, int count) {
        return top(event, family, count, List.of());
    }

    /**
     * The same, words in the first of the reader's languages that wrote them ("président" for a French reader where
     * the feature is the pivot stem "presid"; see {@link dev.storyline.events.TermWords}).
     */
    List<Named> top(EventState event, Family family, int count, List<String> readerLanguages) {
        return event.centroid().entrySet().stream()
                .filter(e -> Family.of(e.getKey()) == family && !dev.storyline.events.NameVariants.isVariant(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(e -> named(e.getKey(), event.surfaces(), readerLanguages))
                .toList();
    }

    /** The word each language of the event wrote for a word feature (its value, as {@link Named#key} gives it). */
    static Map<String, String> wordsByLanguage(EventState event, String value) {
        String prefix = Family.TERM.key(value) + "@";
        Map<String, String> words = new java.util.TreeMap<>();
        event.surfaces().forEach((k, word) -> {
            if (k.startsWith(prefix)) words.put(k.substring(prefix.length()), word);
        });
        return words;
    }

    /**
     * A centroid feature as shown, written as seen. Events match entities by a type-free key ("kasim-jomart-tokayev")
     * while entity pages are keyed by the canonical key ("PER:kasim-jomart-tokayev"): the type under which the
     * stored articles mention it most links the two.
     */
    private Named named(String feature, Map<String, String> surfaces) {
        return named(feature, surfaces, List.of());
    }

    private Named named(String feature, Map<String, String> surfaces, List<String> readerLanguages) {
        String value = Family.value(feature);
        String written = dev.storyline.events.TermWords.shown(feature, surfaces, readerLanguages);
        Family family = Family.of(feature);
        if (family != Family.ENTITY && family != Family.PLACE) return new Named(value, written);
        return new Named(canonical.computeIfAbsent(value, this::mostMentionedType), written);
    }

    private String mostMentionedType(String value) {
        String best = value;
        long most = 0;
        try {
            for (String type : ENTITY_TYPES) {
                long n = articles.articlesMentioning(type + ":" + value);
                if (n > most) {
                    most = n;
                    best = type + ":" + value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }

    private Story story(StoryState state) {
        List<EventState> storyEvents = events.storedEvents(state.events());
        DurableEventStore.Spread spread = events.spread(state.id());
        int count = 0;
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (EventState e : storyEvents) {
            count += e.size();
            surfaces.putAll(e.surfaces());
        }
        // The label of the story is that of its largest event (the first, among equals).
        String label = storyEvents.stream().max(Comparator.comparingInt(EventState::size).thenComparing(e -> -e.sequence()))
                .map(EventState::label).orElse(state.id());
        List<Named> entities = new ArrayList<>();
        List<Named> places = new ArrayList<>();
        state.profile().entrySet().stream()
                .filter(e -> !dev.storyline.events.NameVariants.isVariant(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    if (Family.of(e.getKey()) == Family.PLACE) {
                        if (places.size() < 6) places.add(named(e.getKey(), surfaces));
                    } else if (entities.size() < 8) {
                        entities.add(named(e.getKey(), surfaces));
                    }
                });
        return new Story(state, label == null ? state.id() : label, storyEvents, count, List.copyOf(spread.sources()),
                List.copyOf(spread.languages()), entities, places);
    }

    /** Why an article is in its event, in words. */
    static String why(Assignment a) {
        Explanation w = a.why();
        StringBuilder s = new StringBuilder();
        if (a.newEvent()) {
            s.append("Started this event");
            if (w.comparedEvent() != null) s.append(String.format(java.util.Locale.ROOT, " (the nearest, %s, was only %.2f similar)", w.comparedEvent(), w.similarity()));
            if (!a.newStory() && !w.storyShared().isEmpty()) s.append("; joined the story by sharing ").append(String.join(", ", w.storyShared()));
            return s.append('.').toString();
        }
        s.append(String.format(java.util.Locale.ROOT, "Joined at similarity %.2f", w.similarity()));
        shared(s, "entities", w.entities());
        shared(s, "places", w.places());
        shared(s, "dates", w.dates());
        shared(s, "numbers", w.numbers());
        shared(s, "words", w.terms());
        return s.append('.').toString();
    }

    private static void shared(StringBuilder s, String what, List<String> values) {
        if (values.isEmpty()) return;
        s.append("; shares ").append(what).append(": ").append(String.join(", ", values.subList(0, Math.min(6, values.size()))));
    }
}
