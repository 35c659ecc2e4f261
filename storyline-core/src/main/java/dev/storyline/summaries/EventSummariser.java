package dev.storyline.summaries;

import dev.storyline.entities.EntityMention;
import dev.storyline.events.CanonicalEntities;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;
import dev.storyline.time.TimeExpression;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarises an event from its articles: the headline is the title nearest the centroid of the titles, the summary
 * the sentences nearest the centroid of the event's articles, picked one by one with maximal marginal relevance
 * (MMR: centrality minus similarity to what is already picked) and a preference for articles not yet drawn from.
 * Vectors are the project's per-language word stems ({@link TermAnalyzer}) plus the entity stage's canonical keys
 * and the numbers, so that a French and an English sentence about Tokayev meet on "tokayev". Thread-safe, stateless.
 */
public final class EventSummariser {

    /** MMR's balance between centrality and novelty (Carbonell and Goldstein's usual 0.7). */
    static final double LAMBDA = 0.7;
    /** A sentence this close (cosine) to one already picked repeats it. */
    static final double DUPLICATE = 0.6;
    /** Taken off a sentence whose article is already quoted, so that the summary draws from several outlets. */
    static final double SAME_ARTICLE_PENALTY = 0.08;
    static final int MAX_SENTENCES = 4;
    /** Sentences, the most central, among which MMR picks. */
    static final int MMR_POOL = 40;
    /**
     * Candidates kept below the pool: a sentence that falls out of the pool stays here, scored at every update, and
     * comes back when the centroid turns its way (below it, a sentence is too far from the event to be chosen again
     * unless the event changes subject, and then the arriving articles bring sentences nearer than it).
     */
    static final int RESERVE = 20;
    /** Sentences read per article: news puts its facts first, and the tail is often boilerplate. */
    static final int SENTENCES_PER_ARTICLE = 8;
    private static final int MIN_WORDS = 6, MAX_WORDS = 60;
    /** Titles kept as headline candidates. */
    static final int TITLE_POOL = 10;
    /**
     * Terms of an event's centroid kept (the heaviest): it is a sum over every article the event receives, and the
     * light tail of a long event's vocabulary moves no cosine.
     */
    static final int CENTROID_TERMS = 300;
    /**
     * How far (radians) the centroid may turn before the sentences are chosen again: a sentence's centrality (a
     * cosine with the centroid) changes by at most the angle turned, and 0.05 is a twentieth of the usual gap between
     * a chosen sentence and one left out.
     */
    static final double MOVED = 0.05;
    /** An arrived sentence this close under the weakest chosen one's centrality may still win a place (MMR, outlets). */
    static final double CONTENDER_MARGIN = 0.1;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");
    /** Titles and initials the JDK's sentence breaker takes for the end of a sentence. */
    static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|\\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|Mme|Mlle|MM|Me|Hr|Fr|Sra|Sr|Dña|Nr|vs|\\p{Lu})\\.\\s*$");
    /** "1,500" and "1500" are one number (as the events' features have it). */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(?:\\D|$))");
    private static final Pattern END_OF_SENTENCE = Pattern.compile("[.!?…»\"”’')]$");
    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}\\p{M}'’-]+");
    /** Pointers and credits that are not news: "Lire aussi", "Read more", "By Jane Doe", "Photo: AFP". */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu)^\\W*(lire aussi|lire la suite|à lire|voir aussi|read more|related|see also|click here|sign up|subscribe"
                    + "|lesen sie auch|mehr zum thema|lea también|leer más|ver también|by [\\p{Lu}]|par [\\p{Lu}]|von [\\p{Lu}]"
                    + "|por [\\p{Lu}]|photo|foto|image|copyright|©|all rights reserved|tous droits)", Pattern.UNICODE_CASE);

    private final TermAnalyzer terms;

    public EventSummariser(TermAnalyzer terms) {
        this.terms = terms;
    }

    /**
     * What the summariser reads of an article, computed once, when it arrives: its title's vector, its first sentences
     * with their vectors and facts, and its unit vector (its share of the event's centroid).
     */
    public record Prepared(String key, long sequence, Instant ingested, String when, String source, String language,
                           String title, TermVector titleVector, List<PreparedSentence> sentences,
                           TermVector articleVector) {
    }

    /** A sentence of an article with its vector, its place in the article and the facts it states. */
    public record PreparedSentence(String text, int position, TermVector vector, boolean eligible, Set<String> facts) {
    }

    public Prepared prepare(StoredArticle stored) {
        Article a = stored.analyzed().article();
        boolean withEntities = !stored.analyzed().entities().isEmpty();
        List<Span> spans = sentences(a, SENTENCES_PER_ARTICLE);
        List<SentenceTerms> read = sentenceTerms(stored, spans);
        TermVector.Builder article = new TermVector.Builder();
        List<PreparedSentence> sentences = new ArrayList<>(spans.size());
        for (int position = 0; position < spans.size(); position++) {
            Span s = spans.get(position);
            TermVector v = read.get(position).terms().build();
            for (int i = 0; i < v.size(); i++) article.add(v.id(i), v.weight(i));
            boolean eligible = eligible(s.text());
            sentences.add(new PreparedSentence(s.text(), position, v, eligible,
                    eligible ? facts(read.get(position).facts(), withEntities ? null : s.text()) : Set.of()));
        }
        TermVector title = blank(a.title()) ? TermVector.EMPTY : titleVector(stored);
        return new Prepared(stored.key(), stored.sequence(), stored.ingested(), when(stored), a.source(), languageOf(stored),
                blank(a.title()) ? null : a.title().strip(), title, sentences, article.build());
    }

    /** A sentence's terms as they are read, and the keys of those that are facts (entities, numbers, dates). */
    private record SentenceTerms(TermVector.Builder terms, List<String> facts) {
    }

    /**
     * The terms of the article's first sentences: its stems read in one pass over the text they span (one analysis
     * rather than one per sentence), each given to its sentence by offset; then the entities, numbers and dates.
     */
    private List<SentenceTerms> sentenceTerms(StoredArticle stored, List<Span> spans) {
        Article a = stored.analyzed().article();
        List<SentenceTerms> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) out.add(new SentenceTerms(new TermVector.Builder(), new ArrayList<>(4)));
        if (spans.isEmpty()) return out;
        int from = spans.get(0).start(), to = spans.get(spans.size() - 1).end();
        int[] at = {0};
        terms.forEachStem(a.text().substring(from, to), a.language(), (stem, start, end) -> {
            int k = at[0];
            while (k < spans.size() && spans.get(k).end() <= from + start) k++;
            at[0] = k;
            if (k < spans.size() && spans.get(k).start() <= from + start && from + end <= spans.get(k).end()) {
                out.get(k).terms().add(TermVector.id('t', stem), 1);
            }
        });
        for (EntityMention m : stored.analyzed().entities()) {
            // Most mentions lie after the first sentences read.
            if (m.canonical() == null || m.end() > to) continue;
            int k = containing(spans, m.start(), m.end());
            if (k >= 0) {
                String key = "e:" + CanonicalEntities.untyped(m.canonical());
                out.get(k).terms().add(key, 1);
                out.get(k).facts().add(key);
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            for (String n : numbers(spans.get(k).text())) {
                out.get(k).terms().add("n:" + n, 1);
                out.get(k).facts().add("n:" + n);
            }
        }
        for (TimeExpression d : stored.analyzed().dates()) {
            int k = containing(spans, d.start(), d.end());
            if (d.value() != null && !d.value().isBlank() && k >= 0) {
                out.get(k).terms().set("d:" + d.value(), 1);
                out.get(k).facts().add("d:" + d.value());
            }
        }
        return out;
    }

    /** The sentence that holds the span {@code start}–{@code end}, or -1. */
    private static int containing(List<Span> spans, int start, int end) {
        for (int k = 0; k < spans.size(); k++) if (start >= spans.get(k).start() && end <= spans.get(k).end()) return k;
        return -1;
    }

    /** The summary of an event's articles, chosen at once (nothing is marked new). */
    public EventSummary summarise(List<StoredArticle> articles) {
        SummaryState state = SummaryState.empty();
        return add(state, articles.stream().map(this::prepare).toList());
    }

    /**
     * Adds arrived articles to an event's state and chooses its sentences again where that can change them: when its
     * centroid has turned by more than {@link #MOVED} since the last choice, or an arrived sentence is central enough
     * to enter. A sentence is marked new when it states a fact (a number, an entity, a date) the summary did not state
     * at the end of the previous day, or at its first choice for an event first seen today. Articles at or below the
     * state's last sequence are skipped, so that adding the same articles twice changes nothing.
     *
     * @return the event's summary, also kept in the state
     */
    public EventSummary add(SummaryState state, List<Prepared> arrived) {
        List<Prepared> fresh = new ArrayList<>();
        for (Prepared p : arrived) if (p.sequence() == 0 || p.sequence() > state.lastSequence) fresh.add(p);
        if (fresh.isEmpty()) return state.summary;
        fresh.sort(Comparator.comparing(Prepared::when).thenComparing(Prepared::key));
        LocalDate day = fresh.stream().map(Prepared::ingested).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).orElse(state.day == null ? LocalDate.EPOCH : state.day);
        if (state.day != null && !state.day.equals(day) && state.baseline != null) state.baseline = chosenFacts(state);
        state.day = day;
        Map<SummaryState.Track, List<SummaryState.Item>> arrivedIn = new java.util.IdentityHashMap<>();
        for (Prepared p : fresh) {
            long order = state.arrivals++;
            state.articles++;
            state.lastSequence = Math.max(state.lastSequence, p.sequence());
            String language = p.language();
            if (state.byLanguage.isEmpty()) {
                if (state.onlyLanguage == null) state.onlyLanguage = language;
                else if (!state.onlyLanguage.equals(language)) {
                    // A second language: the first one's track is, so far, the event's own.
                    state.byLanguage.put(state.onlyLanguage, state.all.copy());
                    arrivedIn.computeIfAbsent(state.byLanguage.get(state.onlyLanguage), t -> new ArrayList<>());
                }
            }
            addTo(state.all, p, order, arrivedIn);
            if (!state.byLanguage.isEmpty()) {
                addTo(state.byLanguage.computeIfAbsent(language, l -> new SummaryState.Track()), p, order, arrivedIn);
            }
        }
        arrivedIn.forEach(EventSummariser::choose);
        if (state.baseline == null) state.baseline = chosenFacts(state);
        state.summary = summaryOf(state);
        return state.summary;
    }

    /** A story's summary: its events' states taken together (their centroids summed, their pools joined). */
    public EventSummary merge(List<SummaryState> events) {
        if (events.isEmpty()) return EventSummary.EMPTY;
        SummaryState.Track all = merged(events.stream().map(s -> s.all).toList());
        Set<String> languages = new java.util.TreeSet<>();
        for (SummaryState s : events) {
            if (s.byLanguage.isEmpty() && s.onlyLanguage != null) languages.add(s.onlyLanguage);
            languages.addAll(s.byLanguage.keySet());
        }
        Map<String, LanguageSummary> byLanguage = new TreeMap<>();
        if (languages.size() > 1) {
            for (String language : languages) {
                List<SummaryState.Track> tracks = events.stream().map(s -> s.track(language)).filter(java.util.Objects::nonNull).toList();
                byLanguage.put(language, languageSummary(merged(tracks), null));
            }
        }
        LanguageSummary whole = languageSummary(all, null);
        return new EventSummary(whole.headline(), whole.headlineArticleKey(), whole.sentences(), byLanguage);
    }

    private static SummaryState.Track merged(List<SummaryState.Track> tracks) {
        SummaryState.Track m = new SummaryState.Track();
        long offset = 0;
        for (SummaryState.Track t : tracks) {
            m.centroid.add(t.centroid);
            m.titleCentroid.add(t.titleCentroid);
            long shift = offset;
            t.sentences.forEach(i -> m.sentences.add(shifted(i, shift)));
            t.titles.forEach(i -> m.titles.add(shifted(i, shift)));
            offset += t.articles + 1L;
            m.articles += t.articles;
        }
        m.centroid.truncate(CENTROID_TERMS);
        choose(m, List.of());
        return m;
    }

    private static SummaryState.Item shifted(SummaryState.Item i, long offset) {
        return new SummaryState.Item(i.text(), i.articleKey(), i.source(), i.language(), i.position(), i.order() + offset,
                i.vector(), i.facts());
    }

    /** An article into a track: its share of the centroid, its sentences and title as candidates. */
    private static void addTo(SummaryState.Track track, Prepared p, long order,
                              Map<SummaryState.Track, List<SummaryState.Item>> arrivedIn) {
        double before = centroidNormSquared(track);
        TermVector v = p.articleVector();
        // The article weighs as its unit vector: its counts divided by its norm.
        double dot = before == 0 || v.isEmpty() ? 0 : track.centroid.dot(v, v.norm());
        if (!v.isEmpty()) track.centroid.add(v, v.norm());
        // |c + v|² = |c|² + 2 c·v + |v|², v a unit vector; a trim changes it, so it is counted again then.
        double after = track.centroid.truncate(CENTROID_TERMS) ? track.centroid.normSquared()
                : before + 2 * dot + (v.isEmpty() ? 0 : 1);
        track.centroidNormSquared = after;
        if (before > 0) {
            double cos = after == 0 ? 1 : Math.min(1, (before + dot) / Math.sqrt(before * after));
            track.moved += Math.acos(Math.max(-1, cos));
        }
        List<SummaryState.Item> arrived = arrivedIn.computeIfAbsent(track, t -> new ArrayList<>());
        for (PreparedSentence s : p.sentences()) {
            if (!s.eligible()) continue;
            SummaryState.Item item = new SummaryState.Item(s.text(), p.key(), p.source(), p.language(), s.position(), order,
                    s.vector(), s.facts());
            track.sentences.add(item);
            arrived.add(item);
        }
        if (p.title() != null && !p.titleVector().isEmpty()) {
            track.titleCentroid.add(p.titleVector(), p.titleVector().norm());
            track.titles.add(new SummaryState.Item(p.title(), p.key(), p.source(), p.language(), -1, order,
                    p.titleVector(), Set.of()));
        }
        track.articles++;
        track.changed();
    }

    /** A candidate with its centrality now. */
    record Scored(SummaryState.Item item, double score) {
    }

    private static final Comparator<Scored> MOST_CENTRAL = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingLong(s -> s.item().order()).thenComparingInt(s -> s.item().position());

    /**
     * Scores the pool against the centroid, keeps its most central, and picks again when that can change the choice;
     * the headline is the title nearest the titles' centroid (ties to the earliest).
     */
    private static void choose(SummaryState.Track track, List<SummaryState.Item> arrived) {
        double centroidNorm = Math.sqrt(centroidNormSquared(track));
        // What could be chosen at the last choice: a sentence that enters the pool since (arrived, or back from the
        // reserve) may deserve a place.
        List<SummaryState.Item> wasInPool = List.copyOf(track.sentences.subList(0, Math.min(MMR_POOL, track.sentences.size())));
        List<Scored> candidates = new ArrayList<>(track.sentences.size());
        for (SummaryState.Item i : track.sentences) {
            // News writes its facts first: a slight lead bonus breaks near-ties towards the opening sentences.
            candidates.add(new Scored(i, centrality(i.vector(), track.centroid, centroidNorm) + 0.1 / (1 + i.position())));
        }
        candidates.sort(MOST_CENTRAL);
        if (candidates.size() > MMR_POOL + RESERVE) candidates = candidates.subList(0, MMR_POOL + RESERVE);
        track.sentences = new ArrayList<>(candidates.size());
        for (Scored c : candidates) track.sentences.add(c.item());
        List<Scored> pool = candidates.subList(0, Math.min(MMR_POOL, candidates.size()));
        List<SummaryState.Item> inPool = track.sentences.subList(0, pool.size());
        boolean contender = false;
        // Few candidates score near the weakest chosen: only those are looked up (lists of a few dozen, by identity).
        for (Scored s : pool) {
            if (contender || s.score() < track.weakest - CONTENDER_MARGIN) continue;
            contender = containsSame(arrived, s.item()) || !containsSame(wasInPool, s.item());
        }
        boolean again = track.chosen.isEmpty() || track.moved > MOVED || contender
                || !track.chosen.stream().allMatch(c -> containsSame(inPool, c));
        if (again) {
            List<Scored> picked = pick(pool);
            track.chosen = new ArrayList<>(picked.stream().map(Scored::item).toList());
            track.weakest = picked.stream().mapToDouble(Scored::score).min().orElse(0);
            track.moved = 0;
        }
        track.headline = headline(track);
        track.changed();
    }

    private static boolean containsSame(List<SummaryState.Item> items, SummaryState.Item item) {
        for (SummaryState.Item i : items) if (i == item) return true;
        return false;
    }

    /** Cosine of a candidate with a centroid whose norm the caller computed once (it is compared with dozens). */
    private static double centrality(TermVector v, Centroid centroid, double centroidNorm) {
        if (v.isEmpty() || centroid.isEmpty() || v.norm() == 0 || centroidNorm == 0) return 0;
        return centroid.dot(v) / (v.norm() * centroidNorm);
    }

    private static SummaryState.Item headline(SummaryState.Track track) {
        if (track.titles.isEmpty()) return null;
        double n = Math.sqrt(track.titleCentroid.normSquared());
        List<Scored> titles = new ArrayList<>();
        for (SummaryState.Item t : track.titles) titles.add(new Scored(t, centrality(t.vector(), track.titleCentroid, n)));
        titles.sort(Comparator.comparingDouble((Scored s) -> Math.round(s.score() * 1e9) / 1e9).reversed()
                .thenComparingLong(s -> s.item().order()));
        if (titles.size() > TITLE_POOL) titles = titles.subList(0, TITLE_POOL);
        track.titles = new ArrayList<>(titles.stream().map(Scored::item).toList());
        return track.titles.get(0);
    }

    private static EventSummary summaryOf(SummaryState state) {
        LanguageSummary whole = languageSummary(state.all, state.baseline);
        Map<String, LanguageSummary> languages = new TreeMap<>();
        state.byLanguage.forEach((language, track) -> languages.put(language, languageSummary(track, state.baseline)));
        return new EventSummary(whole.headline(), whole.headlineArticleKey(), whole.sentences(), languages);
    }

    private static LanguageSummary languageSummary(SummaryState.Track track, Set<String> baseline) {
        List<SummarySentence> sentences = new ArrayList<>();
        for (SummaryState.Item i : track.chosen) {
            boolean isNew = baseline != null && !baseline.containsAll(i.facts());
            sentences.add(new SummarySentence(i.text(), i.articleKey(), i.source(), i.language(), isNew));
        }
        SummaryState.Item h = track.headline;
        return new LanguageSummary(h == null ? "" : h.text(), h == null ? null : h.articleKey(), sentences);
    }

    /** The facts the chosen sentences state, in every track. */
    private static Set<String> chosenFacts(SummaryState state) {
        Set<String> facts = new HashSet<>();
        state.all.chosen.forEach(i -> facts.addAll(i.facts()));
        state.byLanguage.values().forEach(t -> t.chosen.forEach(i -> facts.addAll(i.facts())));
        return facts;
    }

    private TermVector titleVector(StoredArticle stored) {
        Article a = stored.analyzed().article();
        TermVector.Builder v = new TermVector.Builder();
        terms.forEachStem(a.title(), a.language(), (stem, start, end) -> v.add(TermVector.id('t', stem), 1));
        String title = a.title().toLowerCase(Locale.ROOT);
        // An entity is named many times in an article: each written form is looked for in the title once.
        Map<String, Boolean> inTitle = new HashMap<>();
        for (EntityMention m : stored.analyzed().entities()) {
            if (m.canonical() != null && inTitle.computeIfAbsent(m.text(), t -> title.contains(t.toLowerCase(Locale.ROOT)))) {
                v.set("e:" + CanonicalEntities.untyped(m.canonical()), 1);
            }
        }
        numbers(a.title()).forEach(n -> v.set("n:" + n, 1));
        return v.build();
    }

    /**
     * MMR over the pool: each step takes the most central sentence unlike those already taken. Each candidate's
     * redundancy (its highest cosine with a sentence taken) is kept and raised by the newly taken one only.
     */
    static List<Scored> pick(List<Scored> pool) {
        List<Scored> chosen = new ArrayList<>();
        Set<String> usedArticles = new HashSet<>();
        double[] redundancy = new double[pool.size()];
        // How many of the chosen each candidate's redundancy accounts for: it is brought up to date only when the
        // candidate is looked at, and, the pool being most central first, a step stops at the first candidate whose
        // centrality alone cannot beat the best found (its redundancy and penalty only lower it). Same choice as
        // comparing every candidate with every chosen sentence, at a fraction of the cosines.
        int[] accounted = new int[pool.size()];
        boolean sorted = true;
        for (int i = 1; i < pool.size(); i++) if (pool.get(i).score() > pool.get(i - 1).score()) sorted = false;
        boolean[] taken = new boolean[pool.size()];
        while (chosen.size() < MAX_SENTENCES) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                if (taken[i]) continue;
                Scored c = pool.get(i);
                if (sorted && LAMBDA * c.score() <= bestValue) break;
                while (accounted[i] < chosen.size() && redundancy[i] < DUPLICATE) {
                    redundancy[i] = Math.max(redundancy[i], c.item().vector().cosine(chosen.get(accounted[i]++).item().vector()));
                }
                if (redundancy[i] >= DUPLICATE) continue;
                double value = LAMBDA * c.score() - (1 - LAMBDA) * redundancy[i]
                        - (usedArticles.contains(c.item().articleKey()) ? SAME_ARTICLE_PENALTY : 0);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) break;
            Scored b = pool.get(best);
            taken[best] = true;
            chosen.add(b);
            usedArticles.add(b.item().articleKey());
        }
        return chosen;
    }

    /** A sentence of an article's text with its offsets. */
    record Span(String text, int start, int end) {
    }

    /**
     * The article's sentences, per paragraph: the JDK's {@link BreakIterator} for the article's language (a solved
     * problem; it knows "Mr." and "M." are not ends of sentences in most cases).
     */
    static List<Span> sentences(Article a) {
        return sentences(a, Integer.MAX_VALUE);
    }

    /** The article's first {@code limit} sentences. */
    static List<Span> sentences(Article a, int limit) {
        Locale locale = a.language() == null ? Locale.ROOT : Locale.forLanguageTag(a.language());
        String text = a.text();
        List<Span> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        int paragraphStart = 0;
        while (paragraphStart <= text.length() && out.size() < limit) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            it.setText(paragraph);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                // "Mr." and "M." do not end a sentence: read on to the next break.
                while (end != BreakIterator.DONE && end < paragraph.length() && endsWithAbbreviation(paragraph, start, end)) {
                    int next = it.next();
                    if (next == BreakIterator.DONE) break;
                    end = next;
                }
                String raw = paragraph.substring(start, end);
                String stripped = raw.strip();
                if (stripped.isEmpty()) continue;
                int offset = paragraphStart + start + raw.indexOf(stripped.charAt(0));
                out.add(new Span(stripped, offset, offset + stripped.length()));
                if (out.size() >= limit) break;
            }
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "Mme", "Mlle", "MM", "Me", "Hr", "Fr", "Sra", "Dña", "Nr", "vs");

    /**
     * Whether {@code text[start, end)} ends with a title or an initial and its full stop ("Mr.", "M."): what
     * {@link #ABBREVIATION} matches, checked from the end rather than by a search through the whole sentence (this
     * runs on every sentence break of every arriving article).
     */
    static boolean endsWithAbbreviation(String text, int start, int end) {
        int e = end;
        while (e > start && isRegexSpace(text.charAt(e - 1))) e--;
        if (e == start || text.charAt(e - 1) != '.') return false;
        int w = e - 1;
        while (w > start && Character.isLetter(text.charAt(w - 1))) w--;
        if (w == e - 1 || (w > start && !isRegexSpace(text.charAt(w - 1)))) return false;
        if (w == e - 2 && Character.getType(text.charAt(w)) == Character.UPPERCASE_LETTER) return true;
        return ABBREVIATIONS.contains(text.substring(w, e - 1));
    }

    /** Java's {@code \s}: the ASCII white space. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The words of a sentence as {@link #WORD} finds them (high 32 bits), and how many of them start lowercase and have
     * three characters or more (low 32 bits): read in one pass by hand, as this runs on every arriving sentence.
     */
    static long countWords(String sentence) {
        int words = 0, lowercase = 0, n = sentence.length();
        for (int i = 0; i < n; ) {
            char ch = sentence.charAt(i);
            // ASCII, most of the text, is told apart without the Unicode tables (same answer, a fraction of the time).
            if (ch < 0x80 ? !isAsciiLetter(ch) : !Character.isLetter(sentence.codePointAt(i))) {
                i += ch < 0x80 ? 1 : Character.charCount(sentence.codePointAt(i));
                continue;
            }
            int start = i;
            i += ch < 0x80 ? 1 : Character.charCount(sentence.codePointAt(i));
            while (i < n) {
                char next = sentence.charAt(i);
                if (next < 0x80) {
                    if (!isAsciiLetter(next) && next != '\'' && next != '-') break;
                    i++;
                    continue;
                }
                int c = sentence.codePointAt(i);
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK;
                if (!Character.isLetter(c) && !mark && c != '’') break;
                i += Character.charCount(c);
            }
            words++;
            // Lowercase words of some length stand in for a verb: a list of names or a caption has few or none.
            if (Character.isLowerCase(sentence.charAt(start)) && i - start >= 3) lowercase++;
        }
        return ((long) words << 32) | lowercase;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether a sentence reads as news: neither a fragment, nor a wall of text, nor a pointer or a credit. The
     * cheapest tests first (the answer does not depend on their order).
     */
    static boolean eligible(String sentence) {
        // A line without final punctuation is a heading, a caption or a dateline, not a sentence of the report.
        if (!endsAsSentence(sentence) || sentence.contains("http")) return false;
        long counted = countWords(sentence);
        int words = (int) (counted >>> 32), lowercase = (int) counted;
        if (words < MIN_WORDS || words > MAX_WORDS) return false;
        if (lowercase < 3) return false;
        return !BOILERPLATE.matcher(sentence).find();
    }

    private static final String SENTENCE_ENDS = ".!?…»\"”’')";

    /** What {@link #END_OF_SENTENCE} finds, read from the last character rather than searched for along the text. */
    static boolean endsAsSentence(String sentence) {
        if (sentence.isEmpty()) return false;
        char last = sentence.charAt(sentence.length() - 1);
        // "$" also matches before a final line terminator: that rare case is left to the pattern.
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return END_OF_SENTENCE.matcher(sentence).find();
        }
        return SENTENCE_ENDS.indexOf(last) >= 0;
    }

    /**
     * A sentence's facts: its numbers, the entities it names and the dates it gives (their keys, as in its vector);
     * for an article read without entities ({@code unanalysedText} given), its capitalised words after the first stand
     * in for the names of people and places.
     */
    static Set<String> facts(List<String> factKeys, String unanalysedText) {
        Set<String> facts = new HashSet<>(factKeys);
        if (unanalysedText != null) for (String word : facts(unanalysedText)) if (!Character.isDigit(word.charAt(0))) facts.add("c:" + word);
        return Set.copyOf(facts);
    }

    /**
     * A sentence's facts: numbers, and the capitalised words after its first (names of people and places, months in
     * the languages that capitalise them). Read from the text alone so that a previous summary needs nothing else.
     */
    static Set<String> facts(String sentence) {
        Set<String> facts = new HashSet<>(numbers(sentence));
        Matcher m = CAPITALISED.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            if (first && m.start() <= 2) {
                first = false;
                continue;
            }
            first = false;
            facts.add(fold(m.group()));
        }
        return facts;
    }

    private static List<String> numbers(String text) {
        if (text.chars().noneMatch(Character::isDigit)) return List.of();
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(THOUSANDS.matcher(m.group()).replaceAll(""));
        return out;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static String fold(String word) {
        // Most names are plain ASCII: no decomposition needed for them.
        if (word.chars().allMatch(c -> c < 0x80)) return word.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }



    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, norm(a), b, norm(b));
    }


    /** The centroid's squared norm, kept between updates (counted again after a reload or a trim). */
    private static double centroidNormSquared(SummaryState.Track track) {
        if (Double.isNaN(track.centroidNormSquared)) track.centroidNormSquared = track.centroid.normSquared();
        return track.centroidNormSquared;
    }



    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) sum += x * x;
        return Math.sqrt(sum);
    }

    /** Cosine with the norms computed once by the caller (a centroid is compared with hundreds of sentences). */
    static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
        if (a.isEmpty() || b.isEmpty() || na == 0 || nb == 0) return 0;
        Map<String, Double> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) dot += e.getValue() * y;
        }
        return dot / (na * nb);
    }

    /** Cosine between two sentences' stems and numbers (the redundancy measure of {@code eval summaries}). */
    public double similarity(String a, String languageA, String b, String languageB) {
        Map<String, Double> va = new HashMap<>(), vb = new HashMap<>();
        terms.stems(a, languageA).forEach((s, n) -> va.merge("t:" + s, (double) n, Double::sum));
        terms.stems(b, languageB).forEach((s, n) -> vb.merge("t:" + s, (double) n, Double::sum));
        numbers(a).forEach(n -> va.merge("n:" + n, 1.0, Double::sum));
        numbers(b).forEach(n -> vb.merge("n:" + n, 1.0, Double::sum));
        return cosine(va, vb);
    }

    private static String languageOf(StoredArticle a) {
        String l = a.analyzed().article().language();
        return blank(l) ? "und" : l;
    }

    private static String when(StoredArticle a) {
        String p = a.analyzed().article().published();
        Instant ingested = a.ingested() == null ? Instant.EPOCH : a.ingested();
        return (blank(p) ? "9999" : p) + "|" + ingested;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
