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
    /** Thousands grouped by spaces, as French writes them ("2 012", with a no-break or narrow no-break space too). */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<![\\p{N}.,])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\p{N}]|[.,]\\d)");
    private static final Pattern DAY_MONTH_OR_YEAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern DAY_OF_A_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T");

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
        addTerms(body, a.language(), counts, surfaces);
        for (NameSource.Name name : names.names(analyzed)) {
            String key = (name.place() ? Family.PLACE : Family.ENTITY).key(pivotName(name, a.language()));
            counts.merge(key, 1, Integer::sum);
            surfaces.putIfAbsent(key, name.surface());
        }
        if (a.dateline() != null && !a.dateline().isBlank()) {
            String key = Family.PLACE.key(CapitalisedNames.key(a.dateline().strip()));
            counts.merge(key, 1, Integer::sum);
            surfaces.putIfAbsent(key, a.dateline().strip());
        }
        for (TimeExpression t : analyzed.dates()) {
            String date = calendarDate(t);
            if (date == null) continue;
            // Day, month and year each: "2013-05-02" and "2013-05-03" still share their month and year.
            for (int length = 4; length <= date.length(); length += 3) {
                String key = Family.DATE.key(date.substring(0, length));
                counts.merge(key, 1, Integer::sum);
                surfaces.putIfAbsent(key, date.substring(0, length));
            }
        }
        Matcher m = NUMBER.matcher(joinSpacedThousands(body));
        while (m.find()) {
            // Thousands separators go, and a decimal comma is a point: "2 012", "2.012" and "2,012"; "6,8" and "6.8".
            String number = THOUSANDS.matcher(m.group()).replaceAll("").replace(',', '.');
            // Longer digit strings are identifiers (URLs, article ids, phone numbers), not quantities: they only dilute.
            if (number.indexOf('.') < 0 && number.indexOf(',') < 0 && number.length() > MAX_QUANTITY_DIGITS) continue;
            counts.merge(Family.NUMBER.key(number), 1, Integer::sum);
        }
        NameVariants.add(counts, surfaces);
        return new ArticleFeatures(a.id(), a.publishedDate(), label(a), counts, surfaces, a.language());
    }

    /**
     * The calendar date an expression places a happening on, or null. Only dates identify a happening; durations and
     * sets ("every week") do not. A time on a known day ("el lunes por la mañana" 2025-04-21TMO, "at 7.35"
     * 2025-04-21T07:35) gives its day: TimeML types "Monday morning" a TIME, while "Easter Monday" in another report
     * of the same death is a DATE.
     */
    static String calendarDate(TimeExpression t) {
        if (t.value() == null) return null;
        if ("DATE".equals(t.type())) return DAY_MONTH_OR_YEAR.matcher(t.value()).matches() ? t.value() : null;
        if ("TIME".equals(t.type())) {
            Matcher day = DAY_OF_A_TIME.matcher(t.value());
            return day.lookingAt() ? day.group(1) : null;
        }
        return null;
    }

    /**
     * Word stems as TERM features; in a language the lexicon covers, each known stem stands as its English stems
     * instead (unknown ones, often names and cognates, stay as they are), so that "séisme" and "earthquake" meet.
     */
    private void addTerms(String body, String language, Map<String, Integer> counts, Map<String, String> surfaces) {
        // One pass: each stem's count, and the word it was first read from (what a reader of the language sees).
        Map<String, Integer> stems = new LinkedHashMap<>();
        Map<String, String> words = new HashMap<>();
        boolean pivots = lexicon != null && lexicon.covers(language);
        terms.forEachStem(body, language, (stem, start, end) -> {
            String key = stem.toString();
            String word = body.substring(start, end);
            if (stems.merge(key, 1, Integer::sum) == 1) words.put(key, word);
            // Word by word: a word whose stem other words share with another sense reads as itself ("lunes", "luna").
            java.util.List<String> english = pivots ? lexicon.english(key, word, language) : java.util.List.of();
            if (english.isEmpty()) counts.merge(Family.TERM.key(key), 1, Integer::sum);
            else for (String e : english) counts.merge(Family.TERM.key(e), 1, Integer::sum);
        });
        if (language != null && !language.isBlank()) addWords(stems, words, language, pivots, surfaces);
    }

    /** Words kept per article for display: its most frequent stems' (an event shows its heaviest terms only). */
    static final int WORDS_KEPT = 40;

    /**
     * The article's own words for its {@link #WORDS_KEPT} most frequent word features, under
     * {@link TermWords#key}: "t:presid@fr" → "président", so that pages show each language's word, not the pivot.
     */
    private void addWords(Map<String, Integer> stems, Map<String, String> words, String language, boolean pivots,
                          Map<String, String> surfaces) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        stems.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(WORDS_KEPT)
                .forEach(e -> {
                    String word = words.get(e.getKey());
                    // A capitalised noun stays so in German; elsewhere a sentence's first word is lowercased.
                    String shown = "de".equals(language) ? word : word.toLowerCase(locale);
                    java.util.List<String> english = pivots ? lexicon.english(e.getKey(), language) : java.util.List.of();
                    if (english.isEmpty()) surfaces.putIfAbsent(TermWords.key(Family.TERM.key(e.getKey()), language), shown);
                    else for (String en : english) surfaces.putIfAbsent(TermWords.key(Family.TERM.key(en), language), shown);
                });
    }

    /**
     * A one-word name the registry keeps apart from its English form ("écosse", "schottland" against "scotland")
     * takes the English key when the lexicon translates it to an English proper noun; other names keep their key.
     */
    private String pivotName(NameSource.Name name, String language) {
        String key = name.key();
        if (lexicon == null || key.indexOf('-') >= 0 || key.isEmpty() || key.chars().noneMatch(Character::isLowerCase)
                || name.surface() == null || name.surface().isBlank() || name.surface().strip().indexOf(' ') >= 0) {
            return key;
        }
        String english = lexicon.properNoun(name.surface(), language);
        return english == null ? key : CapitalisedNames.key(english);
    }

    /** "2 012 morts" → "2012 morts": a number written with spaced thousands is one number, not two. */
    static String joinSpacedThousands(String text) {
        Matcher m = SPACED_THOUSANDS.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        do {
            out.append(text, from, m.start()).append(m.group().replaceAll("[ \u00A0\u202F]", ""));
            from = m.end();
        } while (m.find());
        return out.append(text, from, text.length()).toString();
    }

    private static String label(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title().strip();
        String first = a.text().strip().lines().findFirst().orElse("");
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
}
