package dev.storyline.entities;

import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An entity's name per reader language: the spelling most used in articles of that language (ties: the longer, then
 * the first in alphabetical order, so the choice does not depend on arrival order); for a language the entity was
 * never written in, the reference name: a listed person's spelling in that language ({@link ReferenceNames}: "Wladimir
 * Putin" to a German reader of French articles only), a country's CLDR name in that language ("Russia" to an English
 * reader, "Russland" to a German one), else the registry's display name (a known organisation's English name, or the
 * spelling most used overall). "Vladimir Poutine" to a French reader, "Vladimir Putin" to an English one.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** The name to show a reader of {@code language} (an ISO 639-1 code; null or empty: the display name). */
    public static String of(RegisteredEntity entity, String language) {
        return of(entity, language, null);
    }

    /**
     * The name to show a reader of {@code language}, the reference lists of {@code references} (may be null: none but
     * CLDR's countries) naming the entity in a language it was never written in.
     */
    public static String of(RegisteredEntity entity, String language, ReferenceNames references) {
        if (language == null || language.isBlank()) return entity.display();
        String lang = language.strip().toLowerCase(Locale.ROOT);
        Variant best = null;
        for (Variant v : entity.variants()) {
            if (v.countIn(lang) > 0 && (best == null || better(v, best, lang))) best = v;
        }
        if (best != null) return best.text();
        if (references != null) {
            java.util.Optional<String> listed = references.referenceName(entity.canonical(), lang);
            if (listed.isPresent()) return listed.get();
        }
        String country = countryName(entity.canonical(), lang);
        return country != null ? country : entity.display();
    }

    /** The name in each language the entity was written in, by language code. */
    public static Map<String, String> all(RegisteredEntity entity) {
        TreeSet<String> languages = new TreeSet<>();
        entity.variants().forEach(v -> languages.addAll(v.languages()));
        Map<String, String> out = new TreeMap<>();
        for (String language : languages) out.put(language, of(entity, language));
        return out;
    }

    private static boolean better(Variant a, Variant b, String language) {
        return Comparator.comparingLong((Variant v) -> v.countIn(language))
                .thenComparingInt(v -> v.text().length())
                .thenComparing(Variant::text, Comparator.reverseOrder())
                .compare(a, b) > 0;
    }

    /** "LOC:RU" in "de" → "Russland"; null for any other key or an unknown code. */
    private static String countryName(String canonical, String language) {
        if (!canonical.startsWith("LOC:") || canonical.length() != 6) return null;
        String code = canonical.substring(4);
        String name = new ULocale("und_" + code).getDisplayCountry(new ULocale(language));
        return name.isEmpty() || name.equals(code) ? null : name;
    }
}
