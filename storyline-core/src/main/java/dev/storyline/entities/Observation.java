package dev.storyline.entities;

import java.time.LocalDate;
import java.util.List;

/**
 * One mention of an entity, as the resolver reports it to the registry.
 *
 * @param canonical    the entity's key
 * @param type         PER, ORG, LOC or MISC (of the entity, for a new one)
 * @param text         the spelling used
 * @param form         its normalised form
 * @param language     the article's language (may be empty)
 * @param rule         why the mention was joined to the entity
 * @param seen         the article's date
 * @param lookupKeys   keys to file the spelling under
 * @param fixedDisplay a display name to use instead of the most frequent variant (countries: the English name), or null
 */
public record Observation(String canonical, String type, String text, String form, String language, String rule,
                          LocalDate seen, List<String> lookupKeys, String fixedDisplay) {

    public Observation {
        lookupKeys = List.copyOf(lookupKeys);
    }
}
