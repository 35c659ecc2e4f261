package dev.storyline.entities;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One way an entity has been written.
 *
 * @param text       the spelling as found ("Poutine", "Путиным")
 * @param form       its normalised form, under which spellings compare equal
 * @param count      how many mentions used it
 * @param languages  the languages of the articles it was seen in, sorted
 * @param rule       why it was joined to this entity: {@code new}, {@code exact}, {@code emm-normalised},
 *                   {@code translit}, {@code surname-of}, {@code acronym-of}, {@code cldr-country}, {@code alias-file},
 *                   {@code edit-distance(1)}… (the rule of its first mention)
 * @param lookupKeys the keys the registry files it under for lookups
 * @param byLanguage how many mentions used it per article language (empty in registries written before it was kept)
 */
public record Variant(String text, String form, long count, List<String> languages, String rule,
                      List<String> lookupKeys, Map<String, Long> byLanguage) {

    public Variant {
        languages = List.copyOf(languages);
        lookupKeys = List.copyOf(lookupKeys);
        byLanguage = byLanguage == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public Variant(String text, String form, long count, List<String> languages, String rule, List<String> lookupKeys) {
        this(text, form, count, languages, rule, lookupKeys, Map.of());
    }

    /** Mentions that used it in articles of {@code language}; for a variant without counts per language, all of its mentions if seen in it. */
    public long countIn(String language) {
        if (byLanguage.isEmpty()) return languages.contains(language) ? count : 0;
        return byLanguage.getOrDefault(language, 0L);
    }
}
