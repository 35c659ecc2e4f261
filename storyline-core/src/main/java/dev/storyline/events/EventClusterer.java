package dev.storyline.events;

import dev.storyline.AnalyzedArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online event and story assignment, article by article. An article joins the most similar open event (TF-IDF
 * cosines per feature family against the event's bounded centroid, combined, discounted by the publication-time
 * gap) when that similarity reaches the threshold, else starts a new event; a new event joins the story whose
 * entities and places it shares enough of. Candidates come from inverted indexes over features, never from a
 * scan of all events. Deterministic for a given order of arrival; thread-safe ({@link #assign} is serialised,
 * as events depend on every article before).
 * <p>
 * At the end of a window (the end of a batch, a day's close) its owner calls {@link #recheck}: the window's
 * articles are clustered afresh, knowing all of them ({@link WindowReclustering}), and events merge or split to
 * match; merged events' ids stay resolvable ({@link #resolve}), and every article moved is reported with why.
 */
public final class EventClusterer {

    private static final int SHOWN_PER_FAMILY = 8;
    /** Features per family an evicted event keeps, for people (its label, top entities and terms). */
    private static final int COMPACTED_PER_FAMILY = 10;

    private final FeatureExtractor extractor;
    private final ClusteringConfig config;
    private final EventStore store;
    private final Map<String, Summary> summaries = new HashMap<>();
    // Articles assigned by this clusterer: the clock of the summaries' cache (the window's count stops growing).
    private long assigned;
    /** The latest arrivals' features, for the re-check, by arrival number (at most {@code recheckArticles}). */
    private final LinkedHashMap<Long, WindowArticle> window = new LinkedHashMap<>();
    private long arrivals;
    /** Event merged away by a re-check → the event that took its articles. */
    private final Map<String, String> mergedInto = new HashMap<>();

    /**
     * An article kept for the re-check, compactly (about 2 KB against 15 for its {@link ArticleFeatures}): its keys,
     * interned so that articles share them, and their counts.
     */
    private record WindowArticle(long arrival, String id, LocalDate published, String label, String[] keys, int[] counts,
                                 Map<String, String> surfaces, String language, String eventId) {

        static WindowArticle of(long arrival, ArticleFeatures a, String eventId) {
            String[] keys = new String[a.counts().size()];
            int[] counts = new int[keys.length];
            int i = 0;
            for (Map.Entry<String, Integer> e : a.counts().entrySet()) {
                keys[i] = e.getKey().intern();
                counts[i++] = e.getValue();
            }
            return new WindowArticle(arrival, a.id(), a.published(), a.label(), keys, counts, a.surfaces(),
                    a.language() == null ? null : a.language().intern(), eventId);
        }

        WindowArticle in(String event) {
            return new WindowArticle(arrival, id, published, label, keys, counts, surfaces, language, event);
        }

        ArticleFeatures features() {
            Map<String, Integer> map = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) map.put(keys[i], counts[i]);
            return new ArticleFeatures(id, published, label, map, surfaces, language);
        }
    }

    /**
     * A re-check needs this many articles counted: with fewer, idf cannot tell a topic's words from an event's (two
     * reports of two phone calls between the same presidents, alone, share all their counted words and merge).
     */
    private static final int RECHECK_MIN_DOCUMENTS = 100;

    public EventClusterer(FeatureExtractor extractor, ClusteringConfig config, EventStore store) {
        this.extractor = extractor;
        this.config = config;
        this.store = store;
    }

    /** A clusterer with default settings, capitalised names standing in for entities until those are filled, in memory. */
    public static EventClusterer inMemory() {
        return new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults(), new InMemoryEventStore());
    }

    public synchronized Assignment assign(AnalyzedArticle article) {
        return assign(extractor.features(article));
    }

    /** Every event so far, in creation order (less those a re-check merged into another). */
    public synchronized List<EventState> events() {
        return store.events().stream().filter(e -> !mergedInto.containsKey(e.id())).toList();
    }

    /** Every story so far, in creation order (less those whose events were all merged into other stories' events). */
    public synchronized List<StoryState> stories() {
        return store.stories().stream().filter(s -> !s.events().isEmpty()).toList();
    }

    /** The event {@code eventId} is now: itself, or the one a re-check merged it into. */
    public synchronized String resolve(String eventId) {
        String id = eventId;
        for (String next; (next = mergedInto.get(id)) != null; ) id = next;
        return id;
    }

    /** Keys of the strongest features of {@code family} in the event's centroid, as written where known. */
    public synchronized List<String> topFeatures(EventState event, Family family, int count) {
        return event.centroid().entrySet().stream()
                .filter(e -> Family.of(e.getKey()) == family && !NameVariants.isVariant(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue(
                        Comparator.comparingDouble(v -> v)).reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(e -> TermWords.shown(e.getKey(), event.surfaces(), List.of()))
                .toList();
    }

    synchronized Assignment assign(ArticleFeatures article) {
        evictOldEvents(article.published());
        store.countDocument(article.published(), article.counts().keySet());
        assigned++;
        Map<String, Double> weights = tfIdf(article.counts());
        Map<Family, Double> norms = norms(weights, true);

        Comparison best = null;
        for (EventState candidate : candidates(article, weights)) {
            Comparison c = compare(article, weights, norms, candidate);
            if (best == null || c.similarity > best.similarity) best = c;
        }
        Map<String, Double> contribution = contribution(article.counts());
        if (best != null && best.similarity >= config.eventThreshold()) {
            EventState joined = join(best.event, article, contribution, best.similarity);
            store.putEvent(joined);
            remember(article, joined.id());
            StoryState story = store.story(joined.storyId());
            store.putStory(grow(story, article, contribution, null));
            return new Assignment(article.id(), joined.id(), joined.storyId(), false, false,
                    explain(best, weights, article, List.of()));
        }
        String eventId = "e" + store.nextSequence();
        StoryMatch storyMatch = findStory(article, weights);
        StoryState story;
        if (storyMatch == null) {
            String storyId = "s" + store.nextSequence();
            story = grow(new StoryState(storyId, store.nextSequence(), List.of(), null, null, Map.of()),
                    article, contribution, eventId);
        } else {
            story = grow(storyMatch.story, article, contribution, eventId);
        }
        store.putStory(story);
        EventState created = new EventState(eventId, store.nextSequence(), story.id(), 0, null, null, Map.of(),
                Map.of(), article.label(), 0);
        store.putEvent(join(created, article, contribution, 0));
        remember(article, eventId);
        Explanation why = best == null
                ? new Explanation(null, 0, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                storyMatch == null ? List.of() : storyMatch.shared)
                : explain(best, weights, article, storyMatch == null ? List.of() : storyMatch.shared);
        return new Assignment(article.id(), eventId, story.id(), true, storyMatch == null, why);
    }

    /** Keeps the article's features for the re-check, the oldest arrival leaving when the window is full. */
    private void remember(ArticleFeatures article, String eventId) {
        if (config.recheckArticles() <= 0) return;
        long arrival = arrivals++;
        window.put(arrival, WindowArticle.of(arrival, article, eventId));
        if (window.size() > config.recheckArticles()) window.remove(window.keySet().iterator().next());
    }

    /**
     * Re-clusters the window (the articles published within {@code recheckDays} of the newest, and those without a
     * date, among the latest {@code recheckArticles} arrivals) knowing all of it, and makes the events match: each
     * group of articles keeps the event that holds most of it, a group no event holds starts a new event in the
     * story its articles came from (a split), and an event left without articles is merged into the one that took
     * most of them. Cost: about a hundred comparisons per article of the window, then near-linear in the pairs kept
     * (a 20,000-article window: about 3 CPU seconds, {@code storyline bench recheck}).
     *
     * @return the articles that changed event, in order of arrival, with why
     */
    public synchronized List<Revision> recheck() {
        List<WindowArticle> members = windowArticles();
        if (members.size() < 2 || store.documentCount() < RECHECK_MIN_DOCUMENTS) return List.of();
        WindowReclustering reclustering = new WindowReclustering(config, store::documentFrequency, store.documentCount());
        List<ArticleFeatures> features = members.stream().map(WindowArticle::features).toList();
        List<WindowReclustering.Vector> vectors = features.stream().map(reclustering::vector).toList();
        int[] cluster = reclustering.cluster(vectors);

        Map<Integer, String> eventOfCluster = matchClustersToEvents(members, cluster);
        Map<String, List<Integer>> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            before.computeIfAbsent(members.get(i).eventId(), k -> new ArrayList<>()).add(i);
            after.computeIfAbsent(eventOfCluster.get(cluster[i]), k -> new ArrayList<>()).add(i);
        }
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            String to = eventOfCluster.get(cluster[i]);
            if (!to.equals(members.get(i).eventId())) {
                changed.add(members.get(i).eventId());
                changed.add(to);
            }
        }
        for (String id : changed) {
            rebuild(id, before.getOrDefault(id, List.of()).stream().map(features::get).toList(),
                    after.getOrDefault(id, List.of()).stream().map(features::get).toList());
        }
        for (String id : changed) {
            if (store.event(id).size() > 0) continue;
            // Emptied: its articles went to other events; the one that took most of them stands for it.
            Map<String, Integer> went = new HashMap<>();
            for (int i : before.get(id)) went.merge(eventOfCluster.get(cluster[i]), 1, Integer::sum);
            String into = went.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> -store.event(e.getKey()).sequence())).orElseThrow().getKey();
            mergedInto.put(id, into);
            summaries.remove(id);
            StoryState story = store.story(store.event(id).storyId());
            List<String> events = new ArrayList<>(story.events());
            events.remove(id);
            store.putStory(new StoryState(story.id(), story.sequence(), events, story.first(), story.last(), story.profile()));
        }

        List<Revision> revisions = new ArrayList<>();
        List<Integer> byArrival = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) byArrival.add(i);
        byArrival.sort(Comparator.comparingLong(i -> members.get(i).arrival()));
        for (int i : byArrival) {
            WindowArticle m = members.get(i);
            String to = eventOfCluster.get(cluster[i]);
            if (to.equals(m.eventId())) continue;
            window.put(m.arrival(), m.in(to));
            revisions.add(new Revision(m.id(), m.eventId(), to, store.event(to).storyId(),
                    whyMoved(features.get(i), vectors, i, after.get(to), reclustering, store.event(to))));
        }
        return revisions;
    }

    /** The window's articles, sorted by id (then arrival), so that the re-check does not depend on arrival order. */
    private List<WindowArticle> windowArticles() {
        LocalDate newestInWindow = null;
        for (WindowArticle m : window.values()) newestInWindow = latest(newestInWindow, m.published());
        if (newestInWindow != null) {
            LocalDate from = newestInWindow.minusDays(config.recheckDays());
            window.values().removeIf(m -> m.published() != null && m.published().isBefore(from));
        }
        List<WindowArticle> members = new ArrayList<>(window.values());
        members.sort(Comparator.comparing(WindowArticle::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparingLong(WindowArticle::arrival));
        return members;
    }

    /**
     * Each cluster keeps the event that holds most of its articles, largest overlaps first (ties: the older event,
     * then the lower cluster); a cluster left without one starts a new event in the story of most of its articles.
     */
    private Map<Integer, String> matchClustersToEvents(List<WindowArticle> members, int[] cluster) {
        Map<Integer, Map<String, Integer>> overlap = new java.util.TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            overlap.computeIfAbsent(cluster[i], c -> new HashMap<>()).merge(members.get(i).eventId(), 1, Integer::sum);
        }
        record Overlap(int cluster, String event, int articles, long sequence) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        overlap.forEach((c, events) -> events.forEach((e, n) -> overlaps.add(new Overlap(c, e, n, store.event(e).sequence()))));
        overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.articles).thenComparingLong(Overlap::sequence)
                .thenComparingInt(Overlap::cluster));
        Map<Integer, String> eventOfCluster = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Overlap o : overlaps) {
            if (eventOfCluster.containsKey(o.cluster) || taken.contains(o.event)) continue;
            eventOfCluster.put(o.cluster, o.event);
            taken.add(o.event);
        }
        for (Map.Entry<Integer, Map<String, Integer>> e : overlap.entrySet()) {
            if (eventOfCluster.containsKey(e.getKey())) continue;
            String from = e.getValue().entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(x -> -store.event(x.getKey()).sequence())).orElseThrow().getKey();
            String id = "e" + store.nextSequence();
            StoryState story = store.story(store.event(from).storyId());
            List<String> events = new ArrayList<>(story.events());
            events.add(id);
            store.putStory(new StoryState(story.id(), story.sequence(), events, story.first(), story.last(), story.profile()));
            store.putEvent(new EventState(id, store.nextSequence(), story.id(), 0, null, null, Map.of(), Map.of(), null, 0));
            eventOfCluster.put(e.getKey(), id);
        }
        return eventOfCluster;
    }

    /**
     * The event with its window articles {@code before} replaced by {@code after}: rebuilt from them when the window
     * holds all its articles, else its centroid less the leavers' contributions plus the newcomers'.
     */
    private void rebuild(String id, List<ArticleFeatures> before, List<ArticleFeatures> after) {
        EventState e = store.event(id);
        boolean whole = e.size() == before.size();
        Map<String, Double> centroid = new LinkedHashMap<>(whole ? Map.of() : e.centroid());
        java.util.Set<ArticleFeatures> stay = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        stay.addAll(after);
        if (!whole) {
            for (ArticleFeatures a : before) {
                if (stay.contains(a)) continue;
                contribution(a.counts()).forEach((key, v) -> centroid.computeIfPresent(key, (k, c) -> c - v > 1e-9 ? c - v : null));
            }
        }
        java.util.Set<ArticleFeatures> had = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        had.addAll(before);
        LocalDate first = whole ? null : e.first(), last = whole ? null : e.last();
        Map<String, String> surfaces = new HashMap<>(whole ? Map.of() : e.surfaces());
        for (ArticleFeatures a : after) {
            if (whole || !had.contains(a)) contribution(a.counts()).forEach((key, v) -> centroid.merge(key, v, Double::sum));
            first = earliest(first, a.published());
            last = latest(last, a.published());
            a.surfaces().forEach(surfaces::putIfAbsent);
        }
        Map<String, Double> kept = prune(centroid);
        TermWords.retain(surfaces, kept.keySet());
        int size = e.size() - before.size() + after.size();
        // The label stays while its article does; else the first of the event's window articles gives it.
        boolean labelStays = !whole || after.stream().anyMatch(a -> a.label().equals(e.label()));
        String label = labelStays ? e.label() : after.isEmpty() ? e.label() : after.get(0).label();
        store.putEvent(new EventState(id, e.sequence(), e.storyId(), size, first, last, kept, surfaces, label,
                labelStays ? e.labelScore() : 0));
    }

    /** Why a re-check moved an article: its mean similarity with its new event's other window articles, and what it shares. */
    private Explanation whyMoved(ArticleFeatures article, List<WindowReclustering.Vector> vectors, int index,
                                 List<Integer> eventMembers, WindowReclustering reclustering, EventState event) {
        Map<Family, Double> byFamily = new EnumMap<>(Family.class);
        double sum = 0;
        int others = 0;
        for (int j : eventMembers) {
            if (j == index) continue;
            Map<Family, Double> pair = new EnumMap<>(Family.class);
            sum += reclustering.similarity(vectors.get(index), vectors.get(j), pair);
            pair.forEach((f, v) -> byFamily.merge(f, v, Double::sum));
            others++;
        }
        int n = Math.max(others, 1);
        byFamily.replaceAll((f, v) -> v / n);
        return explain(new Comparison(event, sum / n, byFamily), tfIdf(article.counts()), article, List.of());
    }

    /**
     * When an article is newer than any before (so once a day of arrivals), events, stories and document
     * frequencies that fell out of the active window behind it leave.
     */
    private void evictOldEvents(LocalDate published) {
        LocalDate newest = store.newestDay();
        if (published == null || (newest != null && !published.isAfter(newest))) return;
        store.evictBefore(published.minusDays(config.activeWindowDays()),
                published.minusDays(Math.max(config.activeWindowDays(), config.storyWindowDays())), this::compact);
    }

    private EventState compact(EventState e) {
        summaries.remove(e.id());
        Map<String, Double> kept = new LinkedHashMap<>();
        for (Family f : Family.values()) {
            e.centroid().entrySet().stream().filter(x -> Family.of(x.getKey()) == f)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(COMPACTED_PER_FAMILY).forEach(x -> kept.put(x.getKey(), x.getValue()));
        }
        Map<String, String> surfaces = new HashMap<>(e.surfaces());
        TermWords.retain(surfaces, kept.keySet());
        return new EventState(e.id(), e.sequence(), e.storyId(), e.size(), e.first(), e.last(), kept, surfaces,
                e.label(), e.labelScore());
    }

    /** The article's features weighted (1 + ln tf) × idf, idf smoothed so that unseen keys stay finite. */
    private Map<String, Double> tfIdf(Map<String, Integer> counts) {
        Map<String, Double> w = new LinkedHashMap<>();
        counts.forEach((key, n) -> w.put(key, (1 + Math.log(n)) * idf(key)));
        return w;
    }

    private double idf(String key) {
        return Math.log((store.documentCount() + 1.0) / (store.documentFrequency(key) + 1.0)) + 1.0;
    }

    /** Euclidean norm per family, of idf-weighted values when {@code weighted} is false (centroids). */
    private Map<Family, Double> norms(Map<String, Double> vector, boolean alreadyWeighted) {
        Map<Family, Double> sums = new EnumMap<>(Family.class);
        vector.forEach((key, v) -> {
            double x = alreadyWeighted ? v : v * idf(key);
            sums.merge(Family.of(key), x * x, Double::sum);
        });
        sums.replaceAll((f, s) -> Math.sqrt(s));
        return sums;
    }

    /** What an article adds to a centroid: per family, its log counts scaled to unit length (idf comes later). */
    private static Map<String, Double> contribution(Map<String, Integer> counts) {
        Map<Family, Double> sums = new EnumMap<>(Family.class);
        counts.forEach((key, n) -> {
            double x = 1 + Math.log(n);
            sums.merge(Family.of(key), x * x, Double::sum);
        });
        Map<String, Double> unit = new LinkedHashMap<>();
        counts.forEach((key, n) -> unit.put(key, (1 + Math.log(n)) / Math.sqrt(sums.get(Family.of(key)))));
        return unit;
    }

    /** Events sharing the article's names, places, dates, numbers or strongest terms, best retrieval scores first. */
    private List<EventState> candidates(ArticleFeatures article, Map<String, Double> weights) {
        List<String> query = new ArrayList<>();
        List<Map.Entry<String, Double>> terms = new ArrayList<>();
        weights.entrySet().forEach(e -> {
            if (Family.of(e.getKey()) == Family.TERM) terms.add(e);
            else query.add(e.getKey());
        });
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        terms.stream().limit(config.queryTerms()).forEach(e -> query.add(e.getKey()));

        Map<String, Double> scores = new HashMap<>();
        for (String key : query) {
            double w = weights.get(key);
            for (String eventId : store.eventsNear(key, article.published(), config.eventWindowDays())) {
                scores.merge(eventId, w, Double::sum);
            }
        }
        List<EventState> found = new ArrayList<>();
        scores.keySet().forEach(id -> {
            EventState e = store.event(id);
            long gap = gapDays(article.published(), e.first(), e.last());
            if (gap <= config.eventWindowDays()) found.add(e);
        });
        found.sort(Comparator.<EventState>comparingDouble(e -> -scores.get(e.id())).thenComparingLong(EventState::sequence));
        return found.size() <= config.maxCandidates() ? found : found.subList(0, config.maxCandidates());
    }

    /** Days between {@code day} and the span [first, last]; 0 inside it or when either side is unknown. */
    static long gapDays(LocalDate day, LocalDate first, LocalDate last) {
        if (day == null || first == null) return 0;
        if (day.isBefore(first)) return ChronoUnit.DAYS.between(day, first);
        if (day.isAfter(last)) return ChronoUnit.DAYS.between(last, day);
        return 0;
    }

    /** What comparisons need of an event beyond its centroid, as of a number of articles assigned. */
    private record Summary(EventState event, long assigned, long documents, Map<Family, Double> norms, String latestYear,
                           java.util.Set<String> languages) {
    }

    /**
     * The languages an event's articles wrote its words in, read from its words as written ("t:presid@fr"); empty
     * for an event whose words have no language (articles of unknown language).
     */
    static java.util.Set<String> languages(EventState event) {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        for (String key : event.surfaces().keySet()) {
            if (!key.startsWith("t:")) continue;
            String feature = TermWords.feature(key);
            if (feature.length() < key.length()) languages.add(key.substring(feature.length() + 1));
        }
        return java.util.Set.copyOf(languages);
    }

    /**
     * The event's per-family centroid norms under current idf and its latest year, cached until the event changes
     * or a twentieth of the window's articles have arrived since: recomputing them for every candidate was most of
     * the cost of an article, and idf barely moves between (norms cached only at update time drifted badly while
     * the collection was young, hence the relative bound).
     */
    private Summary summary(EventState event) {
        Summary s = summaries.get(event.id());
        if (s == null || s.event != event || assigned > s.assigned + s.documents / 20) {
            s = new Summary(event, assigned, store.documentCount(), norms(event.centroid(), false),
                    latestYear(event.centroid().keySet()), languages(event));
            summaries.put(event.id(), s);
        }
        return s;
    }

    private record Comparison(EventState event, double similarity, Map<Family, Double> byFamily) {
    }

    private Comparison compare(ArticleFeatures article, Map<String, Double> weights, Map<Family, Double> norms,
                               EventState event) {
        Summary summary = summary(event);
        Map<Family, Double> centroidNorms = summary.norms;
        Map<Family, Double> dots = new EnumMap<>(Family.class);
        weights.forEach((key, w) -> {
            Double c = event.centroid().get(key);
            if (c != null) dots.merge(Family.of(key), w * c * idf(key), Double::sum);
        });
        Map<Family, Double> byFamily = new EnumMap<>(Family.class);
        double sum = 0, weightSum = 0;
        for (Family f : Family.values()) {
            double fw = config.weights().getOrDefault(f, 0.0);
            Double an = norms.get(f), cn = centroidNorms.get(f);
            if (fw <= 0 || an == null || cn == null || an == 0 || cn == 0) continue;
            double cos = dots.getOrDefault(f, 0.0) / (an * cn);
            byFamily.put(f, cos);
            // Calibrated across languages as the window similarity is: an article whose language none of the event's
            // articles wrote in meets its words less, though it reports the same happening.
            if (f == Family.TERM && article.language() != null && !summary.languages.isEmpty()
                    && !summary.languages.contains(article.language())) {
                cos = Math.min(1, cos * WindowReclustering.CROSS_LANGUAGE_TERM_SCALE);
                fw *= WindowReclustering.CROSS_LANGUAGE_TERM_WEIGHT;
            }
            sum += fw * cos;
            weightSum += fw;
        }
        double similarity = weightSum == 0 ? 0 : sum / weightSum;
        String articleYear = latestYear(weights.keySet());
        if (articleYear != null && summary.latestYear != null && !articleYear.equals(summary.latestYear)) {
            similarity *= config.yearMismatch();
        }
        long gap = gapDays(article.published(), event.first(), event.last());
        similarity /= 1 + gap / config.timeScaleDays();
        return new Comparison(event, similarity, byFamily);
    }

    /**
     * Whether both sides mention calendar years ("d:2013") and their latest differ. An article's latest year is
     * mostly its own ("now"), earlier ones background; on ECB+ dev, same-topic pairs whose latest years differ are
     * 69% pairs of different events, against 2% when they agree.
     */
    static boolean yearsDisagree(java.util.Set<String> article, java.util.Set<String> event) {
        String a = latestYear(article), e = latestYear(event);
        return a != null && e != null && !a.equals(e);
    }

    static String latestYear(java.util.Set<String> keys) {
        String latest = null;
        for (String key : keys) if (isYear(key) && (latest == null || key.compareTo(latest) > 0)) latest = key;
        return latest;
    }

    private static boolean isYear(String key) {
        return key.length() == 6 && key.startsWith("d:");
    }

    private EventState join(EventState event, ArticleFeatures article, Map<String, Double> contribution,
                            double similarity) {
        Map<String, Double> centroid = new LinkedHashMap<>(event.centroid());
        contribution.forEach((key, v) -> centroid.merge(key, v, Double::sum));
        Map<String, Double> kept = prune(centroid);
        // The event's names and words as first written, then the article's for what it brings.
        Map<String, String> surfaces = new HashMap<>(event.surfaces());
        article.surfaces().forEach(surfaces::putIfAbsent);
        TermWords.retain(surfaces, kept.keySet());
        boolean relabel = event.size() == 0 || similarity > event.labelScore();
        return new EventState(event.id(), event.sequence(), event.storyId(), event.size() + 1,
                earliest(event.first(), article.published()), latest(event.last(), article.published()), kept,
                surfaces, relabel ? article.label() : event.label(), relabel ? similarity : event.labelScore());
    }

    /** The strongest {@code centroidSize} features of each family, by summed weight × current idf. */
    private Map<String, Double> prune(Map<String, Double> vector) {
        Map<Family, List<Map.Entry<String, Double>>> byFamily = new EnumMap<>(Family.class);
        vector.entrySet().forEach(e -> byFamily.computeIfAbsent(Family.of(e.getKey()), f -> new ArrayList<>()).add(e));
        Map<String, Double> kept = new LinkedHashMap<>();
        for (List<Map.Entry<String, Double>> entries : byFamily.values()) {
            if (entries.size() > config.centroidSize()) {
                entries.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue() * idf(e.getKey()))
                        .thenComparing(Map.Entry.comparingByKey()));
                entries = entries.subList(0, config.centroidSize());
            }
            entries.forEach(e -> kept.put(e.getKey(), e.getValue()));
        }
        return kept;
    }

    private record StoryMatch(StoryState story, double similarity, List<String> shared) {
    }

    /** The story whose entities and places the article shares most, if enough; time-windowed when dates are known. */
    private StoryMatch findStory(ArticleFeatures article, Map<String, Double> weights) {
        Map<String, Double> names = new LinkedHashMap<>();
        weights.forEach((key, w) -> {
            Family f = Family.of(key);
            if (f == Family.ENTITY || f == Family.PLACE) names.put(key, w);
        });
        if (names.isEmpty()) return null;
        double articleNorm = Math.sqrt(names.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String key : names.keySet()) for (String storyId : store.storiesWith(key)) seen.merge(storyId, 1, Integer::sum);
        StoryMatch best = null;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (e.getValue() < config.storyMinShared()) continue;
            StoryState story = store.story(e.getKey());
            if (gapDays(article.published(), story.first(), story.last()) > config.storyWindowDays()) continue;
            double dot = 0, norm = 0;
            List<Map.Entry<String, Double>> shared = new ArrayList<>();
            for (Map.Entry<String, Double> p : story.profile().entrySet()) {
                double c = p.getValue() * idf(p.getKey());
                norm += c * c;
                Double w = names.get(p.getKey());
                if (w != null) {
                    dot += w * c;
                    shared.add(Map.entry(p.getKey(), w * c));
                }
            }
            double cos = norm == 0 ? 0 : dot / (articleNorm * Math.sqrt(norm));
            if (cos < config.storyThreshold()) continue;
            if (best == null || cos > best.similarity
                    || (cos == best.similarity && story.sequence() < best.story.sequence())) {
                best = new StoryMatch(story, cos, shown(shared, article.surfaces()));
            }
        }
        return best;
    }

    private StoryState grow(StoryState story, ArticleFeatures article, Map<String, Double> contribution, String newEvent) {
        Map<String, Double> profile = new LinkedHashMap<>(story.profile());
        contribution.forEach((key, v) -> {
            Family f = Family.of(key);
            if (f == Family.ENTITY || f == Family.PLACE) profile.merge(key, v, Double::sum);
        });
        List<String> events = story.events();
        if (newEvent != null) {
            events = new ArrayList<>(events);
            events.add(newEvent);
        }
        return new StoryState(story.id(), story.sequence(), events, earliest(story.first(), article.published()),
                latest(story.last(), article.published()), prune(profile));
    }

    private Explanation explain(Comparison c, Map<String, Double> weights, ArticleFeatures article, List<String> storyShared) {
        Map<Family, List<Map.Entry<String, Double>>> shared = new EnumMap<>(Family.class);
        weights.forEach((key, w) -> {
            Double v = c.event.centroid().get(key);
            if (v != null) shared.computeIfAbsent(Family.of(key), f -> new ArrayList<>()).add(Map.entry(key, w * v * idf(key)));
        });
        // A date is also counted as its month and year (so that near days meet); people need only the most precise.
        List<Map.Entry<String, Double>> dates = shared.getOrDefault(Family.DATE, List.of());
        if (!dates.isEmpty()) dates.removeIf(d -> dates.stream().anyMatch(o -> o != d && o.getKey().startsWith(d.getKey())));
        // Names as the event first wrote them, so that an event keeps one spelling across languages.
        Map<String, String> surfaces = new HashMap<>(article.surfaces());
        surfaces.putAll(c.event.surfaces());
        return new Explanation(c.event.id(), c.similarity, c.byFamily,
                shown(shared.getOrDefault(Family.ENTITY, List.of()), surfaces),
                shown(shared.getOrDefault(Family.PLACE, List.of()), surfaces),
                shown(shared.getOrDefault(Family.DATE, List.of()), surfaces),
                shown(shared.getOrDefault(Family.NUMBER, List.of()), surfaces),
                shown(shared.getOrDefault(Family.TERM, List.of()), article.surfaces()), storyShared);
    }

    /** The strongest shared features, as written where known. */
    private static List<String> shown(List<Map.Entry<String, Double>> contributions, Map<String, String> surfaces) {
        return contributions.stream()
                .filter(e -> !NameVariants.isVariant(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN_PER_FAMILY)
                .map(e -> TermWords.shown(e.getKey(), surfaces, List.of()))
                .toList();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
