package dev.storyline.events;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names as other languages spell them: each word of an entity or place key also stands as its first
 * {@value #PREFIX} letters ("francis", "francisco", "françois" → "franc", though German's "franziskus" gives "franz"; "kłodzko", "kłodzka" → "klodz"), under the
 * key's family with a {@code ~} mark, so that one person or place written differently across languages (or by its
 * surname alone) shares a feature. Truncation to a few letters is a known language-independent stemmer (McNamee and
 * Mayfield, 2009); the keys' idf discounts the prefixes many names share. Words shorter than {@value #PREFIX}
 * letters and country codes ("FR-paris" keeps "paris") give none. A regnal name ("León XIV", "Leo XIV") also stands as
 * its name's first {@value #REGNAL_PREFIX} letters and its numeral.
 */
public final class NameVariants {

    static final int PREFIX = 5;
    /** A regnal name's numeral (I to XXIX), and how many letters of its name a variant keeps. */
    private static final java.util.regex.Pattern REGNAL_NUMERAL = java.util.regex.Pattern.compile("x{0,2}(?:ix|iv|v?i{0,3})");
    private static final int REGNAL_PREFIX = 3;
    private static final String MARK = "~";

    private NameVariants() {
    }

    /** Whether {@code key} is a variant, not a name: left out of what people are shown and of story links' counts. */
    public static boolean isVariant(String key) {
        return key.length() > 3 && (key.charAt(0) == 'e' || key.charAt(0) == 'p') && key.startsWith(MARK, 2);
    }

    /** Adds, for every entity and place key of {@code counts}, its words' variants, with the key's count. */
    static void add(Map<String, Integer> counts, Map<String, String> surfaces) {
        Map<String, Integer> variants = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            Family f = Family.of(key);
            if (f != Family.ENTITY && f != Family.PLACE) return;
            String value = Family.value(key);
            int dash = value.indexOf('-');
            // A country code ("FR-paris", "US") is already language-neutral.
            if (dash > 0 && value.substring(0, dash).chars().allMatch(Character::isUpperCase)) value = value.substring(dash + 1);
            if (!value.isEmpty() && value.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) return;
            String[] words = value.toLowerCase(Locale.ROOT).split("[-\\s]+");
            // A regnal name ("Leo XIV", "León XIV", "Léon XIV", "Benedikt XVI", "Benedict XVI"): each language
            // writes the name its way but the numeral alike, and the name's first letters mostly agree.
            if (words.length == 2 && REGNAL_NUMERAL.matcher(words[1]).matches() && words[0].length() >= REGNAL_PREFIX
                    && words[0].chars().allMatch(Character::isLetter)) {
                String folded = Normalizer.normalize(words[0], Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                String variant = f.key(MARK + folded.substring(0, REGNAL_PREFIX) + "-" + words[1]);
                if (variants.merge(variant, n, Math::max).equals(n) && surfaces.containsKey(key)) surfaces.putIfAbsent(variant, surfaces.get(key));
            }
            for (String word : words) {
                if (word.length() < PREFIX || !word.chars().allMatch(Character::isLetter)) continue;
                String variant = f.key(MARK + word.substring(0, PREFIX));
                if (variants.merge(variant, n, Math::max).equals(n) && surfaces.containsKey(key)) surfaces.putIfAbsent(variant, surfaces.get(key));
            }
        });
        variants.forEach((k, n) -> counts.merge(k, n, Math::max));
    }
}
