package dev.storyline.entities;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spellings of a name reduced to forms that can be compared across languages and scripts:
 * Latin-ASCII transliteration (ICU), then normalisation rules of the kind the Europe Media Monitor uses for
 * name variants (Steinberger and Pouliquen), so that "Poutine", "Putin" and "Путин" all become {@code putin}.
 * Thread-safe: ICU transliterators are stateless, and the cache is concurrent.
 */
public final class NameForms {

    /** Russian BGN first (Ж→zh, Х→kh, Е→ye as English press writes them), then any other script. */
    private final Transliterator nonLatin =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private final Normalizer2 nfd = Normalizer2.getNFDInstance();
    /** Transliteration costs tens of µs and names repeat a lot in news: remember recent ones (cleared when full). */
    private final ConcurrentHashMap<String, String> latinCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> tokenCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> soundCache = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    /**
     * EMM-style rewrite rules, applied in order to each lower-case ASCII token: spelling conventions that
     * differ between languages for the same sound (German w/sch/tz, French ou/dj/tch, English kh/zh/y…).
     */
    private static final String[][] REWRITES = {
            {"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"},
            {"kh", "h"}, {"gh", "g"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"}, {"ou", "u"}, {"w", "v"},
            {"tz", "z"}, {"ts", "z"}, {"x", "ks"}, {"q", "k"}, {"y", "i"}, {"j", "i"},
    };

    /** Sound rules by language ("*": every language), in file order: see {@code sound-rules.tsv}. */
    private static final java.util.Map<String, List<String[]>> SOUND_RULES = soundRules();

    /**
     * The name's sound key: its words as the language of the article writes a foreign name's sounds, reduced to
     * one spelling ("Bachmut" in German, "Bakhmout" in French, "Bajmut" in Spanish and "Bakhmut" in English all give
     * {@code bahmut}). Coarser than {@link #compact}: only for joining a spelling to the one entity that sounds
     * the same. A name in another script is read as its English transliteration.
     */
    public String sound(String name, String language) {
        String lang = isNonLatin(name) || language == null || !SOUND_RULES.containsKey(language) ? "en" : language;
        String cacheKey = lang + '\u0000' + name;
        String cached = soundCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        StringBuilder out = new StringBuilder();
        for (String word : latin(name).toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            String w = word.replace("'", "");
            if (!w.isEmpty()) out.append(soundOfWord(w, lang));
        }
        if (soundCache.size() > CACHE_LIMIT) {
            soundCache.clear();
        }
        soundCache.put(cacheKey, out.toString());
        return out.toString();
    }

    static String soundOfWord(String word, String language) {
        String t = word;
        for (String[] rule : SOUND_RULES.get(language)) t = apply(t, rule);
        for (String[] rule : SOUND_RULES.get("*")) t = apply(t, rule);
        t = t.replace('C', 'c').replace('S', 's').replace('H', 'h').replace('J', 'j');
        // The same reductions as the EMM forms: initial glide (Yevgeny / Evgueni), mute final -e, doubled letters.
        if (t.length() > 3 && t.startsWith("ie")) t = t.substring(1);
        if (t.length() > 3 && t.endsWith("e")) t = t.substring(0, t.length() - 1);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) out.append(t.charAt(i));
        }
        return out.toString();
    }

    private static String apply(String word, String[] rule) {
        if (rule[0].startsWith("^")) {
            String from = rule[0].substring(1);
            return word.startsWith(from) ? rule[1] + word.substring(from.length()) : word;
        }
        if (rule[0].endsWith("$")) {
            String from = rule[0].substring(0, rule[0].length() - 1);
            return word.endsWith(from) ? word.substring(0, word.length() - from.length()) + rule[1] : word;
        }
        return word.contains(rule[0]) ? word.replace(rule[0], rule[1]) : word;
    }

    private static java.util.Map<String, List<String[]>> soundRules() {
        java.util.Map<String, List<String[]>> rules = new java.util.HashMap<>();
        String file = "sound-rules.tsv";
        try (java.io.InputStream in = NameForms.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t");
                if (row.length != 3) throw new IllegalStateException(file + ": not language, letters, sound: " + line);
                rules.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[]{row[1], row[2]});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Map.copyOf(rules);
    }

    /** The name as Latin ASCII, case kept: "Tokaïev" → "Tokaiev", "Москва" → "Moskva". */
    public String latin(String name) {
        if (isAscii(name)) {
            return name;
        }
        String cached = latinCache.get(name);
        if (cached != null) {
            return cached;
        }
        String latin = isLatinScript(name) ? stripMarks(name) : nonLatin.transliterate(name);
        if (latinCache.size() > CACHE_LIMIT) {
            latinCache.clear();
        }
        latinCache.put(name, latin);
        return latin;
    }

    /** The normalised tokens of a name: "Kassym-Jomart Tokayev" → [kasim, iomart, tokaev]. */
    public List<String> tokens(String name) {
        List<String> cached = tokenCache.get(name);
        if (cached != null) {
            return cached;
        }
        List<String> tokens = List.copyOf(computeTokens(name));
        if (tokenCache.size() > CACHE_LIMIT) {
            tokenCache.clear();
        }
        tokenCache.put(name, tokens);
        return tokens;
    }

    private List<String> computeTokens(String name) {
        String lower = latin(name).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>(4);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !isAlnum(lower.charAt(i))) {
                i++;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            // An apostrophe inside a word is a soft sign or an elision mark (Zelens'kyy, O'Connor): keep the word whole.
            while (i < n && (isAlnum(lower.charAt(i)) || (isApostrophe(lower.charAt(i)) && i + 1 < n
                    && isAlnum(lower.charAt(i + 1)) && !word.isEmpty()))) {
                if (!isApostrophe(lower.charAt(i))) {
                    word.append(lower.charAt(i));
                }
                i++;
            }
            if (i > start) {
                String token = normaliseToken(word.toString());
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /** The normalised tokens joined by spaces: "Vladimir Poutine" → "vladimir putin". */
    public String form(String name) {
        return String.join(" ", tokens(name));
    }

    /** The normalised tokens joined without spaces or hyphens: the key under which variants are equal. */
    public String compact(String name) {
        return String.join("", tokens(name));
    }

    /** A readable, stable key part: "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev". */
    public String slug(String name) {
        String lower = latin(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isAlnum(c)) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        if (!out.isEmpty() && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** A normalised token without its vowels: the blocking key under which fuzzy candidates are looked for. */
    public static String skeleton(String token) {
        if (token.isEmpty()) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        out.append(token.charAt(0));
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!isVowel(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String normaliseToken(String token) {
        String t = token;
        for (String[] rewrite : REWRITES) {
            if (t.contains(rewrite[0])) {
                t = t.replace(rewrite[0], rewrite[1]);
            }
        }
        // Initial glide: Yevgeny / Jewgeni / Evgeni.
        if (t.length() > 3 && t.startsWith("ie")) {
            t = t.substring(1);
        }
        // Final -ia/-ie/-iia variants: Russia / Russie / Rossiya, Maria / Marie.
        if (t.length() > 3) {
            if (t.endsWith("iia")) {
                t = t.substring(0, t.length() - 2);
            } else if (t.endsWith("ia") || t.endsWith("ie")) {
                t = t.substring(0, t.length() - 1);
            } else if (t.endsWith("e")) {
                // Final mute -e: Poutine / Putin, Tokaïeve.
                t = t.substring(0, t.length() - 1);
            }
        }
        // A glide between vowels is written or not: Tokayev / Tokaev.
        StringBuilder out = new StringBuilder(t.length());
        char previous = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean glide = c == 'i' && i > 0 && i + 1 < t.length()
                    && isVowel(t.charAt(i - 1)) && t.charAt(i - 1) != 'i' && isVowel(t.charAt(i + 1));
            if (glide || c == previous) {
                continue; // doubled letters collapse: Kassym / Kasim
            }
            out.append(c);
            previous = c;
        }
        return out.toString();
    }

    /**
     * Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. Hand-written: it runs
     * on the hot path with an early exit, and no dependency of ours offers it.
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], max + 1);
    }

    /** Whether the name is written (at least partly) in Cyrillic, where case endings may still be attached. */
    public static boolean isCyrillic(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.UnicodeScript.of(name.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name needs a script transliteration (not just accent stripping) to become Latin. */
    public static boolean isNonLatin(String name) {
        return !isAscii(name) && !isLatinScript(name);
    }

    private String stripMarks(String name) {
        String decomposed = nfd.normalize(name);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("Oe");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case '’', 'ʼ' -> out.append('\'');
                default -> out.append(c);
            }
        }
        String result = out.toString();
        // Anything the fast path did not cover (rare Latin letters) goes through ICU.
        return isAscii(result) ? result : nonLatin.transliterate(result);
    }

    /** An acronym: 2 to 10 upper-case letters or digits, dots allowed ("OTSC", "U.N.", "ОДКБ", "G7"). */
    public static boolean isAcronym(String text) {
        String bare = text.replace(".", "");
        if (bare.length() < 2 || bare.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return upper >= 2 || (upper == 1 && bare.length() >= 2 && Character.isDigit(bare.charAt(bare.length() - 1)));
    }

    private static boolean isLatinScript(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                continue;
            }
            int script = UScript.getScript(c);
            if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʹ';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
