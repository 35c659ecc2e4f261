package dev.storyline.alerts;

import dev.storyline.entities.EntityRegistry;
import dev.storyline.events.AssignedArticle;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleFields;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of alerts finds in one article after another: the saved searches through the {@link SearchMatcher}, the
 * watched entities (with the languages and outlets that named each so far), the watched stories, and the breaking
 * signals. Not thread-safe: one evaluation runs at a time (the evaluator's, or a dry run's of its own).
 */
final class AlertEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluation.class);

    private final ArticleStore store;
    private final Analyzer analyzer = ArticleFields.analyzer();
    private final Clock clock;
    private final Map<String, EntitySightings> sightings;
    private final EntityRegistry entities;
    private List<Alert> alerts = List.of();
    private List<SearchMatcher.Entry> searchEntries = List.of();
    private SearchMatcher matcher = SearchMatcher.of(List.of(), analyzer);
    private Map<String, Alert> byId = Map.of();

    /** @param sightings per alert id, what its entity's first mentions were (kept durably by the caller) */
    AlertEvaluation(ArticleStore store, Clock clock, Map<String, EntitySightings> sightings) {
        this(store, clock, sightings, null);
    }

    /**
     * @param entities the registry the articles were resolved into, which knows the keys an entity had before a
     *                 re-key, so that a watch made with any of them sees articles stored with any of them; null for
     *                 keys taken as they are
     */
    AlertEvaluation(ArticleStore store, Clock clock, Map<String, EntitySightings> sightings, EntityRegistry entities) {
        this.store = store;
        this.clock = clock;
        this.sightings = sightings;
        this.entities = entities;
    }

    /** Every key the entity with this key has or had. */
    private List<String> keysOf(String key) {
        return entities == null ? List.of(key) : entities.keysOf(key);
    }

    /** Takes the current alerts; the saved searches are compiled again only when they changed. */
    void use(List<Alert> current) {
        if (current.equals(alerts)) return;
        List<SearchMatcher.Entry> entries = new ArrayList<>();
        Map<String, Alert> ids = new HashMap<>();
        for (Alert a : current) {
            ids.put(a.id(), a);
            if (a.kind() != AlertKind.SEARCH) continue;
            try {
                if (a.search().query() != null) ArticleFields.parse(a.search().query(), analyzer);
                entries.add(new SearchMatcher.Entry(a.id(), a.search()));
            } catch (IllegalArgumentException e) {
                LOG.warn("alert '{}' ({}) is left out: {}", a.name(), a.id(), e.getMessage());
            }
        }
        if (!entries.equals(searchEntries)) {
            // Indexed by each search's rarest words as the store counts them (a dry run in a test has no store).
            matcher = store == null ? SearchMatcher.of(entries, analyzer) : SearchMatcher.of(entries, analyzer, TermFrequencies.of(store));
            searchEntries = entries;
        }
        alerts = List.copyOf(current);
        byId = ids;
        sightings.keySet().retainAll(ids.keySet());
    }

    /**
     * The matches of one article.
     *
     * @param assigned    where the article went (its event and story), else null
     * @param onlyNewer   whether an alert applies only to articles ingested after it was created (evaluation as
     *                    articles arrive) or to any (a dry run over recent articles)
     * @param signals     what the breaking detector said of this article
     */
    List<Match> evaluate(StoredArticle stored, AssignedArticle assigned, boolean onlyNewer,
                         List<BreakingDetector.Signal> signals) throws IOException {
        List<Match> found = new ArrayList<>();
        ArticleUnderTest article = null;
        if (!searchEntries.isEmpty()) {
            article = new ArticleUnderTest(stored.analyzed(), analyzer, this::keysOf);
            for (String id : matcher.match(article)) {
                Alert a = byId.get(id);
                if (applies(a, stored, onlyNewer)) found.add(match(a, stored, assigned, "query: " + a.search().describe(), a.id() + ":" + stored.key()));
            }
        }
        Article art = stored.analyzed().article();
        Set<String> named = null;
        for (Alert a : alerts) {
            switch (a.kind()) {
                case ENTITY -> {
                    if (named == null) named = entitiesOf(stored);
                    if (!named.contains(a.entity())) continue;
                    if (a.entityMode() == EntityMode.EVERY_ARTICLE) {
                        if (applies(a, stored, onlyNewer)) found.add(match(a, stored, assigned, "names " + a.entity(), a.id() + ":" + stored.key()));
                        continue;
                    }
                    EntitySightings seen = sightings(a, onlyNewer ? a.created() : stored.ingested());
                    String novelty = seen.novelty(art.language(), art.source());
                    if (novelty != null && applies(a, stored, onlyNewer)) {
                        found.add(match(a, stored, assigned, novelty + " for " + a.entity(), a.id() + ":" + stored.key()));
                    }
                    seen.saw(art.language(), art.source());
                }
                case STORY -> {
                    if (assigned == null || !assigned.assignment().newEvent()) continue;
                    if (!a.storyId().equals(assigned.assignment().storyId())) continue;
                    if (applies(a, stored, onlyNewer)) {
                        found.add(match(a, stored, assigned, "new event " + assigned.assignment().eventId() + " in story " + a.storyId(),
                                a.id() + ":" + stored.key()));
                    }
                }
                case BREAKING -> {
                    if (!applies(a, stored, onlyNewer)) continue;
                    for (BreakingDetector.Signal s : signals) {
                        Match m = match(a, stored, assigned, s.why(), a.id() + ":" + s.storyId() + ":" + s.burst());
                        found.add(new Match(m.id(), m.alertId(), m.alertName(), m.kind(), m.articleKey(), m.sequence(),
                                s.eventId() == null ? m.eventId() : s.eventId(), s.storyId(),
                                s.label() == null ? m.title() : s.label(), m.url(), m.source(), m.language(), m.published(),
                                m.why(), m.matchedAt()));
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }

    private static boolean applies(Alert a, StoredArticle stored, boolean onlyNewer) {
        return a != null && (!onlyNewer || !stored.ingested().isBefore(a.created()));
    }

    /** The keys the article's entities have or had (an article resolved before a re-key carries a former one). */
    private Set<String> entitiesOf(StoredArticle stored) {
        Set<String> keys = new HashSet<>();
        for (var m : stored.analyzed().entities()) if (m.canonical() != null) keys.addAll(keysOf(m.canonical()));
        return keys;
    }

    /**
     * The languages and outlets that named the alert's entity, first read from the store (articles ingested before
     * {@code before}), then kept up to date article by article.
     */
    private EntitySightings sightings(Alert a, Instant before) throws IOException {
        EntitySightings seen = sightings.get(a.id());
        if (seen != null) return seen;
        seen = new EntitySightings();
        for (int offset = 0; ; offset += 1000) {
            SearchResults page = store.search(new SavedSearch(null, null, null, a.entity(), null, null).request(offset, 1000)
                    .withEntityAliases(keysOf(a.entity())));
            for (StoredArticle s : page.hits()) {
                if (s.ingested().isBefore(before)) seen.saw(s.analyzed().article().language(), s.analyzed().article().source());
            }
            if (page.hits().size() < 1000) break;
        }
        sightings.put(a.id(), seen);
        return seen;
    }

    private Match match(Alert a, StoredArticle stored, AssignedArticle assigned, String why, String id) {
        Article art = stored.analyzed().article();
        return new Match(id, a.id(), a.name(), a.kind(), stored.key(), stored.sequence(),
                assigned == null ? null : assigned.assignment().eventId(),
                assigned == null ? null : assigned.assignment().storyId(),
                art.title(), art.url(), art.source(), art.language(), art.published(), why, clock.instant());
    }

    /** The assignment as the breaking detector sees it. */
    static BreakingDetector.ArticleAssignment assignmentOf(StoredArticle stored, AssignedArticle assigned) {
        Article art = stored.analyzed().article();
        return new BreakingDetector.ArticleAssignment(stored.key(), stored.sequence(), assigned.assignment().storyId(),
                assigned.assignment().eventId(), assigned.assignment().newEvent(), assigned.assignment().newStory(),
                art.source(), art.language(), art.title(), art.published(), stored.ingested());
    }
}
