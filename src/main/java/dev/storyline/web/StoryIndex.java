package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.events.CanonicalEntities;
import dev.storyline.events.Assignment;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.EventState;
import dev.storyline.events.Explanation;
import dev.storyline.events.Family;
import dev.storyline.events.StoryState;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events and stories of the stored articles, for the UI and the API: the clusterer's state plus, per event, the
 * articles that joined it and why. The clusterer keeps its state in memory, so the index is rebuilt at start by
 * replaying the store in ingestion order (deterministic: the same stories every start), on a background thread so
 * that search and articles are served at once; articles posted meanwhile wait for the replay, to keep the order.
 * Thread-safe.
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

    private final EventClusterer clusterer;
    private final Map<String, List<Member>> members = new HashMap<>();
    private final Map<String, Assignment> byArticleKey = new HashMap<>();
    // Events match entities by a type-free key ("kasim-jomart-tokayev"); entity pages are keyed by the canonical
    // key ("PER:kasim-jomart-tokayev"). The last canonical key seen for each matching key links the two.
    private final Map<String, String> canonicalByFeature = new HashMap<>();
    private final List<Map.Entry<String, AnalyzedArticle>> waiting = new ArrayList<>();
    private final AtomicLong replayed = new AtomicLong();
    private volatile long toReplay;
    private volatile boolean ready = true;
    private volatile String failure;

    StoryIndex(EventClusterer clusterer) {
        this.clusterer = clusterer;
    }

    /** Starts replaying {@code store} on a daemon thread; the index answers (with what it has) meanwhile. */
    static StoryIndex replayInBackground(ArticleStore store, EventClusterer clusterer) {
        StoryIndex index = new StoryIndex(clusterer);
        index.ready = false;
        Thread replay = new Thread(() -> {
            try {
                index.run(store);
            } catch (IOException | RuntimeException e) {
                index.failure = e.toString();
            }
        }, "storyline-stories-replay");
        replay.setDaemon(true);
        replay.start();
        return index;
    }

    private void run(ArticleStore store) throws IOException {
        toReplay = store.count();
        store.forEach(stored -> {
            assign(stored.key(), stored.analyzed());
            replayed.incrementAndGet();
        });
        synchronized (this) {
            for (Map.Entry<String, AnalyzedArticle> posted : waiting) assign(posted.getKey(), posted.getValue());
            waiting.clear();
            ready = true;
        }
    }

    /** Whether every stored article has been assigned; while not, {@link #progress()} says how far the replay is. */
    boolean ready() {
        return ready;
    }

    /** "replayed of total", or why the replay failed. */
    String progress() {
        if (failure != null) return "the stories could not be rebuilt: " + failure;
        return String.format("%,d of %,d articles", replayed.get(), toReplay);
    }

    /** Adds a newly stored article (after the replay, if one is running). */
    synchronized void add(String key, AnalyzedArticle analyzed) {
        if (!ready) {
            waiting.add(Map.entry(key, analyzed));
            return;
        }
        assign(key, analyzed);
    }

    private synchronized void assign(String key, AnalyzedArticle analyzed) {
        Assignment assignment = clusterer.assign(analyzed);
        byArticleKey.put(key, assignment);
        for (EntityMention m : analyzed.entities()) {
            if (m.canonical() != null) canonicalByFeature.put(CanonicalEntities.untyped(m.canonical()), m.canonical());
        }
        Article a = analyzed.article();
        members.computeIfAbsent(assignment.eventId(), k -> new ArrayList<>())
                .add(new Member(key, a.title(), a.source(), a.published(), a.language(), assignment));
    }

    /** Stories, the latest (by its last article's day, then creation) first. */
    synchronized List<Story> stories(int offset, int limit) {
        return clusterer.stories().stream()
                .sorted(Comparator.comparing(StoryState::last, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparingLong(StoryState::sequence).reversed())
                .skip(offset).limit(limit).map(this::story).toList();
    }

    synchronized int storyCount() {
        return clusterer.stories().size();
    }

    synchronized Optional<Story> story(String id) {
        return clusterer.stories().stream().filter(s -> s.id().equals(id)).findFirst().map(this::story);
    }

    /** Where the article with this store key went, once it has been assigned. */
    synchronized Optional<Assignment> assignmentOf(String articleKey) {
        return Optional.ofNullable(byArticleKey.get(articleKey));
    }

    /** The distinct stories of these articles, in the order of the articles, at most {@code limit}. */
    synchronized List<Story> storiesOf(List<String> articleKeys, int limit) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String key : articleKeys) {
            Assignment a = byArticleKey.get(key);
            if (a != null) ids.add(a.storyId());
            if (ids.size() >= limit) break;
        }
        return ids.stream().map(this::story).flatMap(Optional::stream).toList();
    }

    synchronized Optional<EventState> event(String id) {
        return clusterer.events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    synchronized List<Member> members(String eventId) {
        return List.copyOf(members.getOrDefault(eventId, List.of()));
    }

    /** The strongest features of one family in an event's centroid, with their written forms. */
    List<Named> top(EventState event, Family family, int count) {
        return event.centroid().entrySet().stream()
                .filter(e -> Family.of(e.getKey()) == family)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(e -> named(e.getKey(), event.surfaces()))
                .toList();
    }

    /** A centroid feature as shown: linked by its canonical entity key when there is one, written as seen. */
    private synchronized Named named(String feature, Map<String, String> surfaces) {
        String value = Family.value(feature);
        return new Named(canonicalByFeature.getOrDefault(value, value), surfaces.getOrDefault(feature, value));
    }

    private Story story(StoryState state) {
        Map<String, EventState> byId = new HashMap<>();
        for (EventState e : clusterer.events()) byId.put(e.id(), e);
        List<EventState> events = state.events().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        int articles = 0;
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (EventState e : events) {
            articles += e.size();
            surfaces.putAll(e.surfaces());
            for (Member m : members.getOrDefault(e.id(), List.of())) {
                if (m.source() != null) sources.add(m.source());
                if (m.language() != null) languages.add(m.language());
            }
        }
        // The label of the story is that of its largest event (the first, among equals).
        String label = events.stream().max(Comparator.comparingInt(EventState::size).thenComparing(e -> -e.sequence()))
                .map(EventState::label).orElse(state.id());
        List<Named> entities = new ArrayList<>();
        List<Named> places = new ArrayList<>();
        state.profile().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Named n = named(e.getKey(), surfaces);
                    if (Family.of(e.getKey()) == Family.PLACE) {
                        if (places.size() < 6) places.add(n);
                    } else if (entities.size() < 8) {
                        entities.add(n);
                    }
                });
        return new Story(state, label == null ? state.id() : label, events, articles, List.copyOf(sources),
                List.copyOf(languages), entities, places);
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
