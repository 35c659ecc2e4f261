package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an analysed article into the features events are compared by: word stems of title and text, names and
 * places, resolved dates, and numbers. Thread-safe.
 */
public final class FeatureExtractor {

    // A number not glued to letters: 7.6, 1,000, 2013. Digit groups are joined so that "1,000" and "1000" meet.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(?:\\D|$))");
    private static final Pattern DAY_MONTH_OR_YEAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

    private static final int MAX_QUANTITY_DIGITS = 7;

    private final TermAnalyzer terms;
    private final NameSource names;
    private final BilingualLexicon lexicon;

    /** Words stay in their language's stems (no lexicon). */
    public FeatureExtractor(TermAnalyzer terms, NameSource names) {
        this(terms, names, null);
    }

    /**
     * @param lexicon pivots word stems of the languages it covers to English stems, so that reports of one happening
     *                in different languages share their words; null to keep each language's stems
     */
    public FeatureExtractor(TermAnalyzer terms, NameSource names, BilingualLexicon lexicon) {
        this.terms = terms;
        this.names = names;
        this.lexicon = lexicon;
    }

    /**
     * Capitalised names stand in for entities until the entity stage fills {@link AnalyzedArticle#entities()}; words
     * of French, German and Spanish pivot to English through the bilingual lexicon.
     */
    public static FeatureExtractor standard() {
        TermAnalyzer terms = new TermAnalyzer();
        return new FeatureExtractor(terms, NameSource.standard(terms), new BilingualLexicon(terms));
    }

    public ArticleFeatures features(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        String body = a.title() == null ? a.text() : a.title() + "\n" + a.text();
        addTerms(body, a.language(), counts);
        for (NameSource.Name name : names.names(analyzed)) {
            String key = (name.place() ? Family.PLACE : Family.ENTITY).key(name.key());
            counts.merge(key, 1, Integer::sum);
            surfaces.putIfAbsent(key, name.surface());
        }
        if (a.dateline() != null && !a.dateline().isBlank()) {
            String key = Family.PLACE.key(CapitalisedNames.key(a.dateline().strip()));
            counts.merge(key, 1, Integer::sum);
            surfaces.putIfAbsent(key, a.dateline().strip());
        }
        for (TimeExpression t : analyzed.dates()) {
            // Only calendar dates identify a happening; durations and sets ("every week") do not.
            if ("DATE".equals(t.type()) && t.value() != null && DAY_MONTH_OR_YEAR.matcher(t.value()).matches()) {
                // Day, month and year each: "2013-05-02" and "2013-05-03" still share their month and year.
                for (int length = 4; length <= t.value().length(); length += 3) {
                    String key = Family.DATE.key(t.value().substring(0, length));
                    counts.merge(key, 1, Integer::sum);
                    surfaces.putIfAbsent(key, t.value().substring(0, length));
                }
            }
        }
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            String number = THOUSANDS.matcher(m.group()).replaceAll("");
            // Longer digit strings are identifiers (URLs, article ids, phone numbers), not quantities: they only dilute.
            if (number.indexOf('.') < 0 && number.indexOf(',') < 0 && number.length() > MAX_QUANTITY_DIGITS) continue;
            counts.merge(Family.NUMBER.key(number), 1, Integer::sum);
        }
        return new ArticleFeatures(a.id(), a.publishedDate(), label(a), counts, surfaces);
    }

    /**
     * Word stems as TERM features; in a language the lexicon covers, each known stem stands as its English stems
     * instead (unknown ones, often names and cognates, stay as they are), so that "séisme" and "earthquake" meet.
     */
    private void addTerms(String body, String language, Map<String, Integer> counts) {
        Map<String, Integer> stems = terms.stems(body, language);
        if (lexicon == null || !lexicon.covers(language)) {
            stems.forEach((stem, n) -> counts.merge(Family.TERM.key(stem), n, Integer::sum));
            return;
        }
        stems.forEach((stem, n) -> {
            java.util.List<String> english = lexicon.english(stem, language);
            if (english.isEmpty()) counts.merge(Family.TERM.key(stem), n, Integer::sum);
            else for (String e : english) counts.merge(Family.TERM.key(e), n, Integer::sum);
        });
    }

    private static String label(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title().strip();
        String first = a.text().strip().lines().findFirst().orElse("");
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
}
