package dev.storyline.summaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an event's summary is kept up to date from, so that an arriving article costs its own reading and a choice
 * among a few dozen sentences, never a reading of the event's other articles again: the running centroid of the
 * event's articles (the sum of their unit vectors, its heaviest terms kept), the pool of the most central sentences
 * and titles with their vectors (computed once, when their article arrived), what was chosen, and the facts the
 * summary stated at the end of the previous day (against which sentences are marked new).
 *
 * <p>Mutable: it is a running sum, owned by one updater at a time (under its lock) and written to the summary store
 * after each update; copying the centroid at every arrival would cost more than the arrival itself.
 */
public final class SummaryState {

    /**
     * A sentence or a title kept as a candidate, with what choosing among candidates needs. Immutable; compared by
     * identity (the chosen are pool items); its encoding is computed once, as a candidate is written with every update
     * of its event while it stays in the pool.
     */
    static final class Item {
        private final String text, articleKey, source, language;
        private final int position;
        private final long order;
        private final TermVector vector;
        private final Set<String> facts;
        private byte[] encoded;

        Item(String text, String articleKey, String source, String language, int position, long order,
             TermVector vector, Set<String> facts) {
            this(text, articleKey, source, language, position, order, vector, facts, null);
        }

        /** An item read from a state file, with the bytes it was read from (written back as they are). */
        Item(String text, String articleKey, String source, String language, int position, long order,
             TermVector vector, Set<String> facts, byte[] encoded) {
            this.text = text;
            this.articleKey = articleKey;
            this.source = source;
            this.language = language;
            this.position = position;
            this.order = order;
            this.vector = vector;
            this.facts = facts;
            this.encoded = encoded;
        }

        String text() { return text; }

        String articleKey() { return articleKey; }

        String source() { return source; }

        String language() { return language; }

        int position() { return position; }

        long order() { return order; }

        TermVector vector() { return vector; }

        double norm() { return vector.norm(); }

        Set<String> facts() { return facts; }

        /** Its bytes in a state file (see {@link SummaryStateCodec}), computed at the first write. */
        synchronized byte[] encoded() {
            if (encoded == null) encoded = SummaryStateCodec.encode(this);
            return encoded;
        }

        @Override
        public String toString() {
            return "Item[" + articleKey + "#" + position + ": " + text + "]";
        }
    }

    /** One summary's running parts: the event's across its languages, or one language's. */
    static final class Track {
        /** Sum of the articles' unit vectors (every article weighs the same), its heaviest terms only. */
        final Centroid centroid;
        /** Sum of the titles' unit vectors. */
        final Centroid titleCentroid;
        /**
         * The candidates, most central first: the first {@code EventSummariser.MMR_POOL} are MMR's pool (the only ones
         * that can be chosen), the rest a reserve from which a sentence can climb back when the centroid turns its way.
         */
        List<Item> sentences;
        /** The titles nearest the titles' centroid. */
        List<Item> titles;
        int articles;
        /** Angle (radians) the centroid has turned since the sentences were last chosen (a bound: a sum of steps). */
        double moved;
        /** The lowest centrality among the sentences chosen, when they were chosen. */
        double weakest;
        /** The centroid's squared norm, kept between updates; NaN when it must be counted (not written). */
        double centroidNormSquared = Double.NaN;
        /** The chosen sentences (as pool items) and headline; empty before the first choice. */
        List<Item> chosen;
        Item headline;
        /** Its bytes in a state file while it has not changed (a language that received nothing in an update). */
        byte[] encoded;

        Track() {
            this(new Centroid(), new Centroid(), new ArrayList<>(), new ArrayList<>(), 0, 0, 0, new ArrayList<>(), null);
        }

        Track(Centroid centroid, Centroid titleCentroid, List<Item> sentences, List<Item> titles,
              int articles, double moved, double weakest, List<Item> chosen, Item headline) {
            this.centroid = centroid;
            this.titleCentroid = titleCentroid;
            this.sentences = sentences;
            this.titles = titles;
            this.articles = articles;
            this.moved = moved;
            this.weakest = weakest;
            this.chosen = chosen;
            this.headline = headline;
        }

        Track copy() {
            Track copy = new Track(centroid.copy(), titleCentroid.copy(), new ArrayList<>(sentences),
                    new ArrayList<>(titles), articles, moved, weakest, new ArrayList<>(chosen), headline);
            copy.centroidNormSquared = centroidNormSquared;
            return copy;
        }

        /** Called by whatever changes it: its bytes must be written again. */
        void changed() {
            encoded = null;
        }
    }

    /** The highest ingestion sequence added: an article at or below it is not added again. */
    long lastSequence;
    /** Articles of the event this state accounts for (some may have been read only in part, see the updater). */
    int articles;
    /** Arrivals so far: the order of the articles, for ties. */
    long arrivals;
    /** The day (UTC, of the latest arrival) of the last update. */
    LocalDate day;
    /** Facts the summary stated at the end of the last day before {@link #day} (or at its first choice): null before. */
    Set<String> baseline;
    final Track all;
    /** Per language, once the event has articles in two languages or more. */
    final Map<String, Track> byLanguage;
    /** The one language of the articles so far, while there is one (its track is then {@link #all}). */
    String onlyLanguage;
    /** The summary as last chosen. */
    EventSummary summary = EventSummary.EMPTY;

    SummaryState() {
        this(0, 0, 0, null, null, new Track(), new TreeMap<>(), null, EventSummary.EMPTY);
    }

    SummaryState(long lastSequence, int articles, long arrivals, LocalDate day, Set<String> baseline, Track all,
                 Map<String, Track> byLanguage, String onlyLanguage, EventSummary summary) {
        this.lastSequence = lastSequence;
        this.articles = articles;
        this.arrivals = arrivals;
        this.day = day;
        this.baseline = baseline;
        this.all = all;
        this.byLanguage = byLanguage;
        this.onlyLanguage = onlyLanguage;
        this.summary = summary;
    }

    /** An empty state: the event before its first article. */
    public static SummaryState empty() {
        return new SummaryState();
    }

    public EventSummary summary() {
        return summary;
    }

    public int articles() {
        return articles;
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** The track of one language: the event's own while it has one language. */
    Track track(String language) {
        if (byLanguage.isEmpty()) return language.equals(onlyLanguage) ? all : null;
        return byLanguage.get(language);
    }
}
