package dev.storyline.entities;

import java.util.List;

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
 */
public record Variant(String text, String form, long count, List<String> languages, String rule,
                      List<String> lookupKeys) {

    public Variant {
        languages = List.copyOf(languages);
        lookupKeys = List.copyOf(lookupKeys);
    }
}
