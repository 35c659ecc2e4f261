package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved searches in the shapes of news-search query logs, with their words taken from real articles: mostly one or
 * two names or words; some quoted phrases; boolean combinations (OR lists, AND NOT, a grouped OR ANDed with a word);
 * a few prefix wildcards, pure negations and filter-only searches; and a fifth or so with filters (language,
 * outlet, entity, date range). Deterministic for a seed. For the equivalence test and {@code storyline bench alerts}.
 */
public final class SearchGenerator {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");

    private final Random random;
    private final List<String> names = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();

    public SearchGenerator(List<AnalyzedArticle> articles, long seed) {
        this.random = new Random(seed);
        Set<String> n = new LinkedHashSet<>(), w = new LinkedHashSet<>(), p = new LinkedHashSet<>(), l = new LinkedHashSet<>(),
                s = new LinkedHashSet<>(), e = new LinkedHashSet<>();
        Set<LocalDate> d = new LinkedHashSet<>();
        for (AnalyzedArticle analyzed : articles) {
            Article a = analyzed.article();
            boolean named = false;
            for (EntityMention m : analyzed.entities()) {
                if (m.text().matches("[\\p{L} .'-]{3,}")) {
                    n.add(m.text().replace("\"", ""));
                    named = true;
                }
                if (m.canonical() != null) e.add(m.canonical());
            }
            // Articles without analysis: capitalised word runs stand in for names.
            if (!named) for (Matcher m = NAME.matcher(a.text()); m.find(); ) n.add(m.group());
            String previous = null;
            for (Matcher m = WORD.matcher(a.text()); m.find(); ) {
                String word = m.group().toLowerCase(Locale.ROOT);
                w.add(word);
                if (previous != null && random.nextInt(8) == 0) p.add(previous + " " + word);
                previous = word;
            }
            if (a.language() != null) l.add(a.language());
            if (a.source() != null) s.add(a.source());
            if (a.publishedDate() != null) d.add(a.publishedDate());
        }
        names.addAll(n);
        words.addAll(w);
        phrases.addAll(p);
        languages.addAll(l);
        sources.addAll(s);
        entities.addAll(e);
        days.addAll(d);
        days.sort(null);
        if (words.isEmpty()) throw new IllegalArgumentException("no words to make searches of in " + articles.size() + " articles");
        if (names.isEmpty()) names.addAll(words);
        if (phrases.isEmpty()) phrases.add(words.get(0));
    }

    public List<SavedSearch> generate(int count) {
        List<SavedSearch> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(next());
        return out;
    }

    public SavedSearch next() {
        int shape = random.nextInt(200);
        String query;
        if (shape < 50) query = name();
        else if (shape < 80) query = word() + " " + word();
        else if (shape < 100) query = name() + " " + word();
        else if (shape < 120) query = "\"" + pick(phrases) + "\"";
        else if (shape < 140) query = name() + " OR " + name() + (random.nextBoolean() ? " OR " + name() : "");
        else if (shape < 156) query = "(" + name() + " OR " + name() + ") AND " + word();
        else if (shape < 176) query = random.nextBoolean() ? name() + " AND NOT " + word() : word() + " -" + word();
        else if (shape < 190) query = word() + " " + word() + " " + word();
        else if (shape < 193) query = word().substring(0, 4) + "*";
        else if (shape < 195) query = "-" + word();
        else query = null;
        String language = random.nextInt(100) < 15 ? pickOrNull(languages) : null;
        String source = random.nextInt(100) < 8 ? pickOrNull(sources) : null;
        String entity = query == null || random.nextInt(100) < 8 ? pickOrNull(entities) : null;
        LocalDate from = null, to = null;
        if (!days.isEmpty() && random.nextInt(100) < 10) {
            from = days.get(random.nextInt(days.size()));
            to = random.nextBoolean() ? null : from.plusDays(random.nextInt(30));
        }
        return new SavedSearch(query, language, source, entity, from, to);
    }

    private String name() {
        String name = pick(names);
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }

    private String word() {
        return pick(words);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pickOrNull(List<T> values) {
        return values.isEmpty() ? null : pick(values);
    }
}
