package dev.storyline.summaries;

import dev.storyline.entities.EntityMention;
import dev.storyline.events.CanonicalEntities;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.Instant;
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
    /** Sentences read per article: news puts its facts first, and the tail is often boilerplate. */
    static final int SENTENCES_PER_ARTICLE = 8;
    private static final int MIN_WORDS = 6, MAX_WORDS = 60;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");
    /** Titles and initials the JDK's sentence breaker takes for the end of a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|\\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|Mme|Mlle|MM|Me|Hr|Fr|Sra|Sr|Dña|Nr|vs|\\p{Lu})\\.\\s*$");
    /** "1,500" and "1500" are one number (as the events' features have it). */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(?:\\D|$))");
    private static final Pattern END_OF_SENTENCE = Pattern.compile("[.!?…»\"”’')]$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
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
     * What the summariser reads of an article, computed once per article (title vector, sentences and their vectors)
     * so that an event summarised again as it grows costs only its new articles' reading.
     */
    public record Prepared(StoredArticle article, Map<String, Double> titleVector, List<PreparedSentence> sentences,
                           Map<String, Double> articleVector) {
    }

    /** A sentence of an article with its vector and its place in the article. */
    public record PreparedSentence(String text, int position, Map<String, Double> vector, double norm, boolean eligible) {
    }

    public Prepared prepare(StoredArticle stored) {
        Map<String, Double> articleVector = new HashMap<>();
        List<PreparedSentence> sentences = new ArrayList<>();
        int position = 0;
        for (Span s : sentences(stored.analyzed().article(), SENTENCES_PER_ARTICLE)) {
            Map<String, Double> v = sentenceVector(stored, s);
            v.forEach((k, x) -> articleVector.merge(k, x, Double::sum));
            sentences.add(new PreparedSentence(s.text(), position, v, norm(v), eligible(s.text())));
            position++;
        }
        Map<String, Double> title = blank(stored.analyzed().article().title()) ? Map.of() : titleVector(stored);
        return new Prepared(stored, title, sentences, normalised(articleVector));
    }

    /** The summary of an event's articles, without marking anything new. */
    public EventSummary summarise(List<StoredArticle> articles) {
        return summarise(articles, null);
    }

    /**
     * The summary of an event's articles; with {@code previous} (the event's summary before its latest articles), the
     * sentences bringing facts it did not have are marked new.
     */
    public EventSummary summarise(List<StoredArticle> articles, EventSummary previous) {
        return summarisePrepared(articles.stream().map(this::prepare).toList(), previous);
    }

    /** {@link #summarise(List, EventSummary)} over articles already {@link #prepare prepared}. */
    public EventSummary summarisePrepared(List<Prepared> articles, EventSummary previous) {
        if (articles.isEmpty()) return EventSummary.EMPTY;
        Set<String> known = previous == null ? null : facts(previous);
        LanguageSummary all = summariseOne(articles, known);
        Map<String, List<Prepared>> byLanguage = new TreeMap<>();
        for (Prepared a : articles) byLanguage.computeIfAbsent(languageOf(a.article()), l -> new ArrayList<>()).add(a);
        Map<String, LanguageSummary> languages = new TreeMap<>();
        if (byLanguage.size() > 1) byLanguage.forEach((language, some) -> languages.put(language, summariseOne(some, known)));
        return new EventSummary(all.headline(), all.headlineArticleKey(), all.sentences(), languages);
    }

    private LanguageSummary summariseOne(List<Prepared> articles, Set<String> known) {
        List<Prepared> ordered = new ArrayList<>(articles);
        Map<Prepared, String> when = new java.util.IdentityHashMap<>();
        for (Prepared p : ordered) when.put(p, when(p.article()));
        ordered.sort(Comparator.comparing((Prepared p) -> when.get(p)).thenComparing(p -> p.article().key()));
        Headline headline = headline(ordered);
        List<SummarySentence> sentences = new ArrayList<>();
        for (Candidate c : pick(candidates(ordered))) {
            Article a = c.article().analyzed().article();
            boolean isNew = known != null && !known.containsAll(facts(c.text()));
            sentences.add(new SummarySentence(c.text(), c.article().key(), a.source(), a.language(), isNew));
        }
        return new LanguageSummary(headline.title(), headline.key(), sentences);
    }

    private record Headline(String title, String key) {
    }

    /** The title nearest the centroid of the titles; ties go to the earliest article. */
    private static Headline headline(List<Prepared> ordered) {
        List<Prepared> titled = ordered.stream().filter(a -> !blank(a.article().analyzed().article().title())).toList();
        if (titled.isEmpty()) return new Headline("", null);
        Map<String, Double> centroid = centroid(titled.stream().map(Prepared::titleVector).toList());
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < titled.size(); i++) {
            double s = cosine(titled.get(i).titleVector(), centroid);
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = i;
            }
        }
        StoredArticle a = titled.get(best).article();
        return new Headline(a.analyzed().article().title().strip(), a.key());
    }

    private Map<String, Double> titleVector(StoredArticle stored) {
        Article a = stored.analyzed().article();
        Map<String, Double> v = new HashMap<>();
        terms.stems(a.title(), a.language()).forEach((stem, n) -> v.merge("t:" + stem, (double) n, Double::sum));
        String title = a.title().toLowerCase(Locale.ROOT);
        for (EntityMention m : stored.analyzed().entities()) {
            if (m.canonical() != null && title.contains(m.text().toLowerCase(Locale.ROOT))) {
                v.put("e:" + CanonicalEntities.untyped(m.canonical()), 1.0);
            }
        }
        numbers(a.title()).forEach(n -> v.put("n:" + n, 1.0));
        return v;
    }

    /** A sentence that may be picked, with its vector and its centrality. */
    record Candidate(StoredArticle article, int position, String text, Map<String, Double> vector, double norm, double score) {
    }

    private static List<Candidate> candidates(List<Prepared> ordered) {
        // Each article weighs the same in the centroid, however long it is.
        Map<String, Double> centroid = new HashMap<>();
        for (Prepared p : ordered) p.articleVector().forEach((k, x) -> centroid.merge(k, x, Double::sum));
        double centroidNorm = norm(centroid);
        List<Candidate> out = new ArrayList<>();
        for (Prepared p : ordered) {
            for (PreparedSentence s : p.sentences()) {
                if (!s.eligible()) continue;
                // News writes its facts first: a slight lead bonus breaks near-ties towards the opening sentences.
                double lead = 0.1 / (1 + s.position());
                out.add(new Candidate(p.article(), s.position(), s.text(), s.vector(), s.norm(),
                        cosine(s.vector(), s.norm(), centroid, centroidNorm) + lead));
            }
        }
        return out;
    }

    /** MMR over the candidates: each step takes the most central sentence unlike those already taken. */
    static List<Candidate> pick(List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        Set<String> usedArticles = new HashSet<>();
        // Only the most central sentences can win: MMR's pairwise comparisons are spent on those.
        List<Candidate> left = new ArrayList<>(candidates);
        left.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (left.size() > MMR_POOL) left = new ArrayList<>(left.subList(0, MMR_POOL));
        while (chosen.size() < MAX_SENTENCES && !left.isEmpty()) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : left) {
                double redundancy = 0;
                for (Candidate d : chosen) redundancy = Math.max(redundancy, cosine(c.vector(), c.norm(), d.vector(), d.norm()));
                if (redundancy >= DUPLICATE) continue;
                double value = LAMBDA * c.score() - (1 - LAMBDA) * redundancy
                        - (usedArticles.contains(c.article().key()) ? SAME_ARTICLE_PENALTY : 0);
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            if (best == null) break;
            chosen.add(best);
            usedArticles.add(best.article().key());
            left.remove(best);
        }
        return chosen;
    }

    private Map<String, Double> sentenceVector(StoredArticle stored, Span s) {
        Article a = stored.analyzed().article();
        Map<String, Double> v = new HashMap<>();
        terms.stems(s.text(), a.language()).forEach((stem, n) -> v.merge("t:" + stem, (double) n, Double::sum));
        for (EntityMention m : stored.analyzed().entities()) {
            if (m.canonical() != null && m.start() >= s.start() && m.end() <= s.end()) {
                v.merge("e:" + CanonicalEntities.untyped(m.canonical()), 1.0, Double::sum);
            }
        }
        numbers(s.text()).forEach(n -> v.merge("n:" + n, 1.0, Double::sum));
        return v;
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
                while (end != BreakIterator.DONE && end < paragraph.length() && ABBREVIATION.matcher(paragraph.substring(start, end)).find()) {
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

    /** Whether a sentence reads as news: neither a fragment, nor a wall of text, nor a pointer or a credit. */
    static boolean eligible(String sentence) {
        int words = 0, lowercase = 0;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words++;
            // Lowercase words of some length stand in for a verb: a list of names or a caption has few or none.
            if (Character.isLowerCase(m.group().charAt(0)) && m.group().length() >= 3) lowercase++;
        }
        if (words < MIN_WORDS || words > MAX_WORDS) return false;
        if (lowercase < 3) return false;
        if (BOILERPLATE.matcher(sentence).find()) return false;
        // A line without final punctuation is a heading, a caption or a dateline, not a sentence of the report.
        return END_OF_SENTENCE.matcher(sentence).find() && !sentence.contains("http");
    }

    /** The facts a summary states: its numbers and capitalised names (accent-folded, lowercased). */
    static Set<String> facts(EventSummary summary) {
        Set<String> facts = new HashSet<>();
        for (SummarySentence s : summary.sentences()) facts.addAll(facts(s.text()));
        for (LanguageSummary l : summary.byLanguage().values()) for (SummarySentence s : l.sentences()) facts.addAll(facts(s.text()));
        return facts;
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

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
        Map<String, Double> c = new LinkedHashMap<>();
        for (Map<String, Double> v : vectors) normalised(v).forEach((k, x) -> c.merge(k, x, Double::sum));
        return c;
    }

    private static Map<String, Double> normalised(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm == 0) return v;
        Map<String, Double> out = new HashMap<>();
        v.forEach((k, x) -> out.put(k, x / norm));
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, norm(a), b, norm(b));
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
