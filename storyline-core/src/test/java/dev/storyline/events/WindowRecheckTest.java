package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window re-check on invented features: reports of two earthquakes (words of the kind shared, their own places,
 * people, tolls and details), among unrelated background articles that give idf its meaning.
 */
class WindowRecheckTest {

    private static final List<String> QUAKE = List.of("t:earthquak", "t:magnitud", "t:struck", "t:kill", "t:rubbl", "t:rescu");

    private static ArticleFeatures article(String id, List<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : keys) counts.merge(k, 1, Integer::sum);
        Map<String, String> surfaces = new HashMap<>();
        for (String k : keys) if (k.startsWith("e:") || k.startsWith("p:")) surfaces.put(k, Family.value(k));
        return new ArticleFeatures(id, null, id, counts, surfaces);
    }

    /** Four reports of each earthquake: the kind's words, most of the event's own features, and a detail of their own. */
    private static List<ArticleFeatures> quakes() {
        List<String> turkey = List.of("e:gaziantep", "e:erdogan", "p:TR", "n:7.8", "n:1500", "t:mourn", "t:kahramanmara",
                "t:flatten", "t:dawn", "t:toll", "t:nation", "t:seven", "t:day", "t:build", "t:collaps", "t:cold");
        List<String> chile = List.of("e:antofagasta", "e:boric", "p:CL", "n:6.1", "n:2", "t:onemi", "t:hous", "t:damag",
                "t:north", "t:visit", "t:region", "t:emerg", "t:offic", "t:wednesday", "t:coast", "t:mine");
        List<ArticleFeatures> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> t = new ArrayList<>(QUAKE), c = new ArrayList<>(QUAKE);
            for (int k = 0; k < turkey.size(); k++) {
                if (k % 4 != i) t.add(turkey.get(k));
                if (k % 4 != i) c.add(chile.get(k));
            }
            t.addAll(List.of("t:said", "t:turkey-detail" + i));
            c.addAll(List.of("t:said", "t:chile-detail" + i));
            reports.add(article("turkey-" + i, t));
            reports.add(article("chile-" + i, c));
        }
        return reports;
    }

    private static List<ArticleFeatures> background() {
        List<ArticleFeatures> articles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // Pairs of background articles share a topic word, so that there is something to cluster besides quakes.
            articles.add(article("bg-" + i, List.of("t:said", "t:offici", "t:topic" + i / 2, "t:word" + i, "e:person" + i / 2, "n:" + i)));
        }
        return articles;
    }

    /** Final event of each article id after a re-check (revisions applied, merged events resolved). */
    private static Map<String, String> runAndRecheck(EventClusterer clusterer, List<ArticleFeatures> articles, List<Revision> revisions) {
        Map<String, String> event = new LinkedHashMap<>();
        for (ArticleFeatures a : articles) event.put(a.id(), clusterer.assign(a).eventId());
        revisions.addAll(clusterer.recheck());
        for (Revision r : revisions) event.put(r.articleId(), r.toEvent());
        event.replaceAll((id, e) -> clusterer.resolve(e));
        return event;
    }

    private static EventClusterer clusterer(double onlineThreshold) {
        return new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withEventThreshold(onlineThreshold),
                new InMemoryEventStore());
    }

    private static List<ArticleFeatures> stream(long seed) {
        List<ArticleFeatures> articles = new ArrayList<>(background());
        articles.addAll(quakes());
        if (seed != 0) Collections.shuffle(articles, new Random(seed));
        return articles;
    }

    @Test
    void recheckSplitsAnEventThatMergedTwoHappeningsOnline() {
        // An online threshold so low that the reports of both earthquakes land in one event.
        EventClusterer clusterer = clusterer(0.05);
        List<Revision> revisions = new ArrayList<>();
        List<ArticleFeatures> articles = new ArrayList<>(background());
        articles.addAll(quakes());
        Map<String, String> online = new LinkedHashMap<>();
        for (ArticleFeatures a : articles) online.put(a.id(), clusterer.assign(a).eventId());
        assertEquals(online.get("turkey-0"), online.get("chile-0"), "the setup: online merged the two earthquakes");

        revisions.addAll(clusterer.recheck());
        Map<String, String> event = new HashMap<>(online);
        for (Revision r : revisions) event.put(r.articleId(), r.toEvent());
        event.replaceAll((id, e) -> clusterer.resolve(e));
        for (int i = 1; i < 4; i++) {
            assertEquals(event.get("turkey-0"), event.get("turkey-" + i));
            assertEquals(event.get("chile-0"), event.get("chile-" + i));
        }
        assertNotEquals(event.get("turkey-0"), event.get("chile-0"));
        // The split-off event is a new event in the same story: the same kind of happening.
        EventState turkey = clusterer.events().stream().filter(e -> e.id().equals(event.get("turkey-0"))).findFirst().orElseThrow();
        EventState chile = clusterer.events().stream().filter(e -> e.id().equals(event.get("chile-0"))).findFirst().orElseThrow();
        assertEquals(4, turkey.size());
        assertEquals(4, chile.size());
        assertEquals(turkey.storyId(), chile.storyId());
        // Each move says why: the similarity with the articles it joined and the names they share.
        Revision moved = revisions.stream().filter(r -> !r.articleId().startsWith("bg")).findFirst().orElseThrow();
        assertTrue(moved.why().similarity() >= ClusteringConfig.defaults().recheckThreshold(), moved.toString());
        List<String> ownNames = moved.articleId().startsWith("chile") ? List.of("antofagasta", "boric") : List.of("gaziantep", "erdogan");
        assertTrue(moved.why().entities().stream().anyMatch(ownNames::contains), moved.why().toString());
        assertEquals(event.get(moved.articleId()), moved.toEvent());
    }

    @Test
    void recheckMergesEventsThatOnlineKeptApartAndTheirIdsStayResolvable() {
        // An online threshold so high that every report starts its own event.
        EventClusterer clusterer = clusterer(0.99);
        List<Revision> revisions = new ArrayList<>();
        Map<String, String> online = new LinkedHashMap<>();
        for (ArticleFeatures a : stream(0)) online.put(a.id(), clusterer.assign(a).eventId());
        assertNotEquals(online.get("turkey-0"), online.get("turkey-1"), "the setup: online kept the reports apart");

        revisions.addAll(clusterer.recheck());
        Map<String, String> event = new HashMap<>(online);
        for (Revision r : revisions) event.put(r.articleId(), r.toEvent());
        for (int i = 1; i < 4; i++) assertEquals(event.get("turkey-0"), event.get("turkey-" + i));
        // turkey-1's own event was emptied into turkey-0's: its id now resolves there, and it is no longer listed.
        assertEquals(event.get("turkey-0"), clusterer.resolve(online.get("turkey-1")));
        List<String> listed = clusterer.events().stream().map(EventState::id).toList();
        assertFalse(listed.contains(online.get("turkey-1")));
        assertTrue(clusterer.stories().stream().flatMap(s -> s.events().stream()).allMatch(listed::contains));
    }

    @Test
    void afterTheRecheckTheEventsDoNotDependOnArrivalOrder() {
        Map<String, String> first = runAndRecheck(clusterer(0.22), stream(0), new ArrayList<>());
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, String> other = runAndRecheck(clusterer(0.22), stream(seed), new ArrayList<>());
            assertEquals(partition(first), partition(other), "seed " + seed);
        }
    }

    /** The groups of article ids, whatever the events are called. */
    private static java.util.Set<java.util.Set<String>> partition(Map<String, String> eventOf) {
        return eventOf.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))).values().stream().collect(Collectors.toSet());
    }

    @Test
    void eventsPartlyOutsideTheWindowKeepTheirArticleCounts() {
        ClusteringConfig d = ClusteringConfig.defaults().withEventThreshold(0.05);
        // A window of the latest 60 arrivals: the early background and some reports are outside it.
        ClusteringConfig small = new ClusteringConfig(d.eventThreshold(), d.weights(), d.centroidSize(), d.queryTerms(),
                d.maxCandidates(), d.eventWindowDays(), d.timeScaleDays(), d.storyThreshold(), d.storyMinShared(),
                d.storyWindowDays(), d.yearMismatch(), d.activeWindowDays(), d.recheckThreshold(), d.recheckDays(), 60);
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(), small, new InMemoryEventStore());
        List<ArticleFeatures> articles = stream(5);
        for (ArticleFeatures a : articles) clusterer.assign(a);
        List<Revision> revisions = clusterer.recheck();
        assertFalse(revisions.isEmpty());
        assertEquals(articles.size(), clusterer.events().stream().mapToInt(EventState::size).sum());
        assertTrue(clusterer.events().stream().allMatch(e -> e.size() > 0));
    }

    @Test
    void aClustererThatKeepsNoWindowHasNothingToRecheck() {
        EventClusterer clusterer = new EventClusterer(FeatureExtractor.standard(),
                ClusteringConfig.defaults().withEventThreshold(0.05).withoutRecheck(), new InMemoryEventStore());
        for (ArticleFeatures a : stream(0)) clusterer.assign(a);
        assertEquals(List.of(), clusterer.recheck());
    }
}
