package dev.storyline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word stems of French, German, Spanish and Italian pivoted to English word stems, the concept ids reports in
 * different languages share ("séisme", "Erdbeben", "terremoto" → "earthquak"); of Polish, news' key terms only
 * ({@link #KEY_TERMS}). Spanish and Italian words their dictionaries to and from English lack come through German. Read from {@code lexicon/freedict-en.tsv},
 * derived from Debian's FreeDict dictionaries by {@code tools/freedict-lexicon.py} (licences in the README beside
 * it); both sides are stemmed here with the same stemmers as the features, so that the lexicon follows them.
 * Loaded on first use (about 48,000 words), then read-only; thread-safe.
 */
public final class BilingualLexicon {

    static final String RESOURCE = "lexicon/freedict-en.tsv";
    /**
     * The languages the shipped dictionary pivots (FreeDict's dictionaries to and from English, and to German, that
     * GPL-3 allows). Italian's is small (3,400 words) but its words meet the other languages' beyond the key terms.
     */
    static final Set<String> LANGUAGES = Set.of("fr", "de", "es", "it");
    /**
     * News' key terms ({@code lexicon/news-terms.tsv}, written for Storyline): the words reports of a happening name
     * it by (earthquake, flood, election, pope, ceremony...), in the sense news uses, for the dictionary's languages
     * and for Italian and Polish, which have no dictionary. They come before the dictionary's first senses, which are
     * often not the news sense ("Regierung" → administration, "incendie" → conflagration, "Hochwasser" → flow) or
     * missing ("élection", "coalition", "Stromausfall").
     */
    static final String KEY_TERMS = "lexicon/news-terms.tsv";
    /** The languages of {@link #KEY_TERMS}' columns after English, in order. */
    static final List<String> KEY_TERM_LANGUAGES = List.of("fr", "de", "es", "it", "pl");
    /** Translations kept per stem: the dictionary's first senses (more only dilute the article's vector). */
    static final int MAX_TRANSLATIONS = 1;
    /** German compounds shorter than this are not split (their parts would be too short to mean anything). */
    private static final int MIN_COMPOUND = 8, MIN_PART = 4;

    private final TermAnalyzer terms;
    private volatile Map<String, Map<String, String[]>> byLanguage;
    /**
     * Per language, lowercased headword → its own first English stem, for the headwords whose stem other headwords
     * share with another sense ("luna" moon, "lunes" Monday: both "lun"; "barra" pole, "barro" mud): the stem keeps
     * the first word's sense, which file order picks, so a text's word that is itself one of them reads as itself.
     */
    private volatile Map<String, Map<String, String>> sharedStems;
    /**
     * Per language, lowercased word → the English proper noun the dictionary gives as its first sense ("escocia" →
     * "Scotland"): by word, not stem, as stems conflate a place with its demonym ("écosse", "écossais").
     */
    private volatile Map<String, Map<String, String>> properNouns;

    public BilingualLexicon(TermAnalyzer terms) {
        this.terms = terms;
    }

    /** Whether stems of {@code language} are pivoted (English is the pivot itself). */
    public boolean covers(String language) {
        // Decided without loading: English articles (and others) never pay for the lexicon.
        return language != null && (LANGUAGES.contains(language) || KEY_TERM_LANGUAGES.contains(language))
                && lexicon().containsKey(language);
    }

    /**
     * The English stems {@code stem} (a stem of {@code language} as {@link TermAnalyzer} makes them) stands for; a
     * German compound the lexicon lacks is read as its parts ("parlamentswahl" → "parliament", "elect"); empty when
     * unknown.
     */
    public List<String> english(String stem, String language) {
        Map<String, String[]> words = language == null ? null : lexicon().get(language);
        if (words == null) return List.of();
        String[] found = words.get(stem);
        if (found != null) return List.of(found);
        if ("de".equals(language) && stem.length() >= MIN_COMPOUND) return compound(stem, words);
        return List.of();
    }

    /**
     * The English proper noun a one-word name of {@code language} translates to, when the dictionary's first sense is
     * one ("Schottland", "Escocia" → "Scotland"); null otherwise. A name that is also a common word
     * ("Granada", a pomegranate) is not translated: its first sense is not a proper noun.
     */
    public String properNoun(String name, String language) {
        if (language == null || !covers(language)) return null;
        Map<String, String> nouns = properNouns.get(language);
        if (nouns == null) return null;
        return nouns.get(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The English stems a word of {@code language} stands for: its own first sense when it is a headword whose stem
     * {@code stem} other headwords share with other senses, else as {@link #english(String, String)}; key terms keep
     * their stems ("muerte", "muertos" are both "dead").
     */
    public List<String> english(String stem, String word, String language) {
        Map<String, String> shared = language == null || word == null ? null : sharedStems().get(language);
        String own = shared == null ? null : shared.get(word.toLowerCase(java.util.Locale.ROOT));
        return own != null ? List.of(own) : english(stem, language);
    }

    private Map<String, Map<String, String>> sharedStems() {
        lexicon();
        return sharedStems;
    }

    /** The longest known head of a compound, and its modifier when that is known too (less a linking s, n, en, es). */
    private static List<String> compound(String stem, Map<String, String[]> words) {
        for (int split = MIN_PART; split <= stem.length() - MIN_PART; split++) {
            String[] head = words.get(stem.substring(split));
            if (head == null) continue;
            List<String> parts = new ArrayList<>();
            String modifier = stem.substring(0, split);
            String[] first = words.get(modifier);
            for (String link : new String[]{"s", "n", "en", "es", "e"}) {
                if (first != null) break;
                if (modifier.endsWith(link) && modifier.length() - link.length() >= MIN_PART) {
                    first = words.get(modifier.substring(0, modifier.length() - link.length()));
                }
            }
            if (first != null) parts.add(first[0]);
            parts.add(head[0]);
            return parts;
        }
        return List.of();
    }

    private Map<String, Map<String, String[]>> lexicon() {
        Map<String, Map<String, String[]>> l = byLanguage;
        if (l == null) {
            synchronized (this) {
                if (byLanguage == null) byLanguage = load();
                l = byLanguage;
            }
        }
        return l;
    }

    private Map<String, Map<String, String[]>> load() {
        Map<String, Map<String, Set<String>>> building = new HashMap<>();
        Map<String, Map<String, String>> nouns = new HashMap<>();
        // About 15,000 English words stand for 40,000 entries: each is stemmed once.
        Map<String, String> englishStems = new HashMap<>();
        // Key terms first: a stem keeps the first translation it is given.
        readKeyTerms(building, englishStems);
        Map<String, Set<String>> keyTermStems = new HashMap<>();
        building.forEach((lang, words) -> keyTermStems.put(lang, Set.copyOf(words.keySet())));
        // Per language and stem, each headword's own first English stem (to find the stems headwords share).
        Map<String, Map<String, Map<String, String>>> headwords = new HashMap<>();
        try (InputStream in = BilingualLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the bilingual lexicon " + RESOURCE + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3 || !LANGUAGES.contains(f[0])) continue;
                String stem = single(f[1], f[0]);
                if (stem == null) continue;
                Set<String> english = building.computeIfAbsent(f[0], k -> new HashMap<>())
                        .computeIfAbsent(stem, k -> new LinkedHashSet<>());
                String first = f[2].split("\\|")[0];
                if (Character.isUpperCase(first.codePointAt(0))) {
                    nouns.computeIfAbsent(f[0], k -> new HashMap<>()).putIfAbsent(f[1], first);
                }
                String own = englishStems.computeIfAbsent(first, w -> java.util.Objects.requireNonNullElse(single(w, "en"), ""));
                if (!own.isEmpty() && !keyTermStems.getOrDefault(f[0], Set.of()).contains(stem)) {
                    headwords.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(stem, k -> new java.util.LinkedHashMap<>())
                            .putIfAbsent(f[1].toLowerCase(java.util.Locale.ROOT), own);
                }
                for (String word : f[2].split("\\|")) {
                    if (english.size() >= MAX_TRANSLATIONS) break;
                    String e = englishStems.computeIfAbsent(word, w -> java.util.Objects.requireNonNullElse(single(w, "en"), ""));
                    if (e.isEmpty()) e = null;
                    if (e != null) english.add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bilingual lexicon " + RESOURCE, e);
        }
        Map<String, Map<String, String[]>> done = new HashMap<>();
        building.forEach((lang, words) -> {
            Map<String, String[]> m = new HashMap<>(words.size() * 2);
            words.forEach((stem, english) -> {
                if (!english.isEmpty()) m.put(stem, english.toArray(String[]::new));
            });
            done.put(lang, Map.copyOf(m));
        });
        Map<String, Map<String, String>> shared = new HashMap<>();
        headwords.forEach((lang, stems) -> {
            Map<String, String> m = new HashMap<>();
            stems.values().forEach(words -> {
                if (new java.util.HashSet<>(words.values()).size() < 2) return;
                // The stem's sense is its first headword's; a headword that only extends that one ("tag" → "tagen",
                // "mensch" → "menschen") is taken for its inflected form and keeps the stem's sense.
                String first = words.keySet().iterator().next();
                words.forEach((word, own) -> {
                    if (!word.startsWith(first)) m.put(word, own);
                });
            });
            shared.put(lang, Map.copyOf(m));
        });
        sharedStems = Map.copyOf(shared);
        Map<String, Map<String, String>> properDone = new HashMap<>();
        nouns.forEach((lang, m) -> properDone.put(lang, Map.copyOf(m)));
        properNouns = Map.copyOf(properDone);
        return Map.copyOf(done);
    }

    /** Reads {@link #KEY_TERMS}: an English word, then the words of each language for it (forms separated by commas). */
    private void readKeyTerms(Map<String, Map<String, Set<String>>> building, Map<String, String> englishStems) {
        try (InputStream in = BilingualLexicon.class.getResourceAsStream(KEY_TERMS)) {
            if (in == null) throw new IllegalStateException("the key terms " + KEY_TERMS + " are missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = r.readLine()) != null; ) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != KEY_TERM_LANGUAGES.size() + 1) {
                    throw new IllegalStateException(KEY_TERMS + ":" + number + ": expected " + (KEY_TERM_LANGUAGES.size() + 1) + " columns, found " + f.length);
                }
                String english = englishStems.computeIfAbsent(f[0], w -> java.util.Objects.requireNonNullElse(single(w, "en"), ""));
                if (english.isEmpty()) throw new IllegalStateException(KEY_TERMS + ":" + number + ": \"" + f[0] + "\" is not one English word");
                for (int i = 0; i < KEY_TERM_LANGUAGES.size(); i++) {
                    String language = KEY_TERM_LANGUAGES.get(i);
                    for (String form : f[i + 1].split(",")) {
                        String stem = form.isBlank() ? null : single(form.strip(), language);
                        if (stem == null) continue;
                        Set<String> senses = building.computeIfAbsent(language, k -> new HashMap<>()).computeIfAbsent(stem, k -> new LinkedHashSet<>());
                        if (senses.isEmpty()) senses.add(english);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the key terms " + KEY_TERMS, e);
        }
    }

    /** The stem of a single word, or null when it is a stop word or not one word. */
    private String single(String word, String language) {
        Map<String, Integer> stems = terms.stems(word, language);
        return stems.size() == 1 ? stems.keySet().iterator().next() : null;
    }
}
