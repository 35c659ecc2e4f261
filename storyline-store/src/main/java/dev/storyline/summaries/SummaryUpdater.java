package dev.storyline.summaries;

import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the events' summaries up to date as articles arrive: after each commit it reads the articles after its cursor
 * (like the alerts' evaluator), prepares each one once (its sentences' vectors), groups them by event, and adds each
 * event's new articles to that event's kept state ({@link SummaryState}), which chooses again only when that can change
 * the summary; then it moves its cursor. No other article of the event is read again. At open it catches up, so a crash
 * between a commit and the update loses nothing, and adding the same articles again changes nothing (the state knows
 * the last sequence it took). An event whose state is missing (lost, torn, or of an unknown version) is rebuilt
 * from a bounded set of its articles ({@link #bounded}). One updater per store (the process that writes it).
 */
public final class SummaryUpdater implements CommitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryUpdater.class);
    /** Articles a rebuilt state reads: the first ones (the core facts and headline) and the latest (the news). */
    static final int FIRST_ARTICLES = 10, LATEST_ARTICLES = 20;
    /** Events updated per flush of the cursor during a long catch-up. */
    private static final int FLUSH_EVERY = 500;

    private final ArticleStore store;
    private final StoredEvents events;
    private final SummaryStore summaries;
    private final EventSummariser summariser;

    public SummaryUpdater(ArticleStore store, StoredEvents events, SummaryStore summaries, EventSummariser summariser) {
        this.store = store;
        this.events = events;
        this.summaries = summaries;
        this.summariser = summariser;
    }

    /** The updater of the summaries under {@code <data>/summaries}, caught up with the committed articles. */
    public static SummaryUpdater open(java.nio.file.Path data, ArticleStore store, StoredEvents events) throws IOException {
        SummaryUpdater updater = new SummaryUpdater(store, events, EmbeddedSummaryStore.open(data), new EventSummariser(new TermAnalyzer()));
        updater.updateNew();
        return updater;
    }

    public SummaryStore summaries() {
        return summaries;
    }

    @Override
    public void committed() {
        try {
            updateNew();
        } catch (IOException | RuntimeException e) {
            LOG.warn("summaries: update stopped at article #{} (retried at the next commit): {}", summaries.cursor(), e.toString());
        }
    }

    /**
     * Brings up to date the events of the articles committed since the cursor, stopping before the first article whose
     * event is not committed yet.
     *
     * @return how many events were updated
     */
    public synchronized int updateNew() throws IOException {
        long cursor = Math.min(summaries.cursor(), store.lastSequence());
        if (store.lastSequence() <= cursor) return 0;
        Map<String, List<EventSummariser.Prepared>> arrived = new LinkedHashMap<>();
        long[] through = {cursor};
        int[] done = {0};
        try {
            store.forEachAfter(cursor, stored -> {
                Optional<AssignedArticle> assigned = events.store().assignment(stored.key());
                if (assigned.isEmpty()) throw new Stop();
                arrived.computeIfAbsent(assigned.get().assignment().eventId(), e -> new ArrayList<>()).add(summariser.prepare(stored));
                through[0] = stored.sequence();
                if (arrived.size() >= FLUSH_EVERY) {
                    try {
                        done[0] += flush(arrived, through[0]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (Stop stopped) {
            // The rest waits for its events.
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return done[0] + flush(arrived, through[0]);
    }

    private int flush(Map<String, List<EventSummariser.Prepared>> arrived, long through) throws IOException {
        for (Map.Entry<String, List<EventSummariser.Prepared>> e : arrived.entrySet()) add(e.getKey(), e.getValue());
        int n = arrived.size();
        arrived.clear();
        if (through != summaries.cursor()) summaries.cursor(through);
        return n;
    }

    /** Adds an event's arrived articles to its kept state (rebuilt first when missing) and keeps it. */
    private void add(String eventId, List<EventSummariser.Prepared> arrived) throws IOException {
        Optional<SummaryStore.Kept> kept = summaries.get(eventId);
        SummaryState state = kept.isPresent() ? kept.get().state() : rebuilt(eventId, arrived);
        int before = state.articles();
        summariser.add(state, arrived);
        if (kept.isEmpty() || state.articles() != before) summaries.put(eventId, new SummaryStore.Kept(state));
    }

    /**
     * The state of an event the store keeps none of: its articles before {@code arriving}, a bounded set of them
     * read from the store, as if they had just arrived.
     */
    private SummaryState rebuilt(String eventId, List<EventSummariser.Prepared> arriving) throws IOException {
        long firstArriving = arriving.stream().mapToLong(EventSummariser.Prepared::sequence).min().orElse(Long.MAX_VALUE);
        List<AssignedArticle> earlier = events.store().members(eventId).stream().filter(m -> m.sequence() < firstArriving).toList();
        SummaryState state = SummaryState.empty();
        summariser.add(state, prepared(bounded(earlier)));
        // The articles left out by the bound still count (the state accounts for the event's size).
        state.articles = earlier.size();
        return state;
    }

    /**
     * The event's summary as of its committed articles: the kept one, or (when articles arrived that the listener has
     * not heard of yet) brought up to date now and kept.
     */
    public EventSummary current(String eventId) throws IOException {
        return update(eventId);
    }

    /** Adds to the event's state the articles it has not taken yet, unless it is kept for as many articles as it has. */
    public synchronized EventSummary update(String eventId) throws IOException {
        List<AssignedArticle> members = events.store().members(eventId);
        Optional<SummaryStore.Kept> kept = summaries.get(eventId);
        if (kept.isPresent() && kept.get().articles() == members.size()) return kept.get().summary();
        SummaryState state = kept.map(SummaryStore.Kept::state).orElseGet(SummaryState::empty);
        List<AssignedArticle> missing = members.stream().filter(m -> m.sequence() > state.lastSequence()).toList();
        int before = state.articles();
        summariser.add(state, prepared(bounded(missing)));
        state.articles = before + missing.size();
        summaries.put(eventId, new SummaryStore.Kept(state));
        return state.summary();
    }

    /**
     * A story's summary: its events' kept states taken together (their centroids summed, their candidate sentences
     * joined), so that the sentences come from across the story's events and outlets. Computed when asked, from the
     * states only: no article is read.
     */
    public synchronized EventSummary storySummary(List<String> eventIds) throws IOException {
        List<SummaryState> states = new ArrayList<>();
        for (String eventId : eventIds) {
            Optional<SummaryStore.Kept> kept = summaries.get(eventId);
            if (kept.isEmpty()) {
                update(eventId);
                kept = summaries.get(eventId);
            }
            kept.ifPresent(k -> states.add(k.state()));
        }
        return summariser.merge(states);
    }

    private List<EventSummariser.Prepared> prepared(List<AssignedArticle> members) throws IOException {
        List<EventSummariser.Prepared> articles = new ArrayList<>();
        for (AssignedArticle m : members) {
            Optional<StoredArticle> stored = store.get(m.key());
            stored.ifPresent(s -> articles.add(summariser.prepare(s)));
        }
        return articles;
    }

    /** The first {@link #FIRST_ARTICLES} and the latest {@link #LATEST_ARTICLES} of an event's articles (ingestion order). */
    public static <T> List<T> bounded(List<T> members) {
        if (members.size() <= FIRST_ARTICLES + LATEST_ARTICLES) return members;
        List<T> out = new ArrayList<>(members.subList(0, FIRST_ARTICLES));
        out.addAll(members.subList(members.size() - LATEST_ARTICLES, members.size()));
        return out;
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
