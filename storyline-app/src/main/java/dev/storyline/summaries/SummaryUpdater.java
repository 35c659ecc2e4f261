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
 * (like the alerts' evaluator), finds each one's event, and recomputes the summaries of those events only, from a
 * bounded number of their articles ({@link #bounded}), marking what is new against the summary kept before; then it
 * moves its cursor. At open it catches up, so a crash between a commit and the update loses nothing, and summarising
 * an event again from the same articles gives the same summary. One updater per store (the process that writes it).
 */
public final class SummaryUpdater implements CommitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryUpdater.class);
    /** Articles a summary reads: the first ones (which state the core facts and headline) and the latest (the news). */
    static final int FIRST_ARTICLES = 10, LATEST_ARTICLES = 20;
    /** Articles kept read (a few KB each): the working set of the events that are growing. */
    static final int PREPARED_ARTICLES = 5_000;
    /** Events summarised per flush of the cursor during a long catch-up. */
    private static final int FLUSH_EVERY = 500;

    private final ArticleStore store;
    private final StoredEvents events;
    private final SummaryStore summaries;
    private final EventSummariser summariser;
    /**
     * Articles already read, by store key, the most recently used kept: an event that grows is summarised again from
     * its new articles' reading and the others' kept one, not by reading and splitting all of them again.
     */
    private final Map<String, EventSummariser.Prepared> prepared = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventSummariser.Prepared> eldest) {
            return size() > PREPARED_ARTICLES;
        }
    };

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
     * Summarises again the events of the articles committed since the cursor, stopping before the first article whose
     * event is not committed yet.
     *
     * @return how many events were summarised
     */
    public synchronized int updateNew() throws IOException {
        long cursor = Math.min(summaries.cursor(), store.lastSequence());
        if (store.lastSequence() <= cursor) return 0;
        Set<String> touched = new LinkedHashSet<>();
        long[] through = {cursor};
        int[] done = {0};
        try {
            store.forEachAfter(cursor, stored -> {
                Optional<AssignedArticle> assigned = events.store().assignment(stored.key());
                if (assigned.isEmpty()) throw new Stop();
                touched.add(assigned.get().assignment().eventId());
                through[0] = stored.sequence();
                if (touched.size() >= FLUSH_EVERY) {
                    try {
                        done[0] += flush(touched, through[0]);
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
        return done[0] + flush(touched, through[0]);
    }

    private int flush(Set<String> touched, long through) throws IOException {
        for (String eventId : touched) update(eventId);
        int n = touched.size();
        touched.clear();
        if (through != summaries.cursor()) summaries.cursor(through);
        return n;
    }

    /**
     * The event's summary as of its committed articles: the kept one, or (when articles arrived that the listener has
     * not heard of yet) computed now and kept.
     */
    public EventSummary current(String eventId) throws IOException {
        return update(eventId);
    }

    /** Summarises the event again, against its kept summary, unless it is kept for as many articles as it has. */
    public synchronized EventSummary update(String eventId) throws IOException {
        List<AssignedArticle> members = events.store().members(eventId);
        Optional<SummaryStore.Kept> before = summaries.get(eventId);
        if (before.isPresent() && before.get().articles() == members.size()) return before.get().summary();
        List<EventSummariser.Prepared> articles = prepared(bounded(members));
        EventSummary previous = before.map(SummaryStore.Kept::summary).orElse(null);
        EventSummary summary = summariser.summarisePrepared(articles, previous);
        summaries.put(eventId, new SummaryStore.Kept(summary, members.size()));
        return summary;
    }

    /**
     * A story's summary: its events' articles summarised together (each event's bounded set, then the story's first
     * and latest of those), so that the sentences come from across the story's events and outlets. Computed when asked
     * (from the articles already read, mostly), not kept: a story's events are each kept up to date.
     */
    public synchronized EventSummary storySummary(List<String> eventIds) throws IOException {
        List<AssignedArticle> all = new ArrayList<>();
        for (String eventId : eventIds) all.addAll(bounded(events.store().members(eventId)));
        all.sort(java.util.Comparator.comparingLong(AssignedArticle::sequence));
        return summariser.summarisePrepared(prepared(bounded(all)), null);
    }

    private List<EventSummariser.Prepared> prepared(List<AssignedArticle> members) throws IOException {
        List<EventSummariser.Prepared> articles = new ArrayList<>();
        for (AssignedArticle m : members) {
            EventSummariser.Prepared p = prepared.get(m.key());
            if (p == null) {
                Optional<StoredArticle> stored = store.get(m.key());
                if (stored.isEmpty()) continue;
                p = summariser.prepare(stored.get());
                prepared.put(m.key(), p);
            }
            articles.add(p);
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
