package dev.storyline.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entity as the registry knows it.
 *
 * @param canonical    the key every variant resolves to ({@code PER:kassym-jomart-tokayev}, {@code LOC:KZ}, {@code ORG:csto})
 * @param type         PER, ORG, LOC or MISC
 * @param display      the name to show: the most frequent variant, or a fixed one (the English name of a country)
 * @param displayFixed whether {@code display} is fixed rather than the most frequent variant
 * @param variants     every spelling seen, with counts, languages and the rule that joined it
 * @param firstSeen    date of the first article that mentioned it
 * @param lastSeen     date of the latest article that mentioned it
 * @param aliases      keys it had before (a key follows the entity's most used spelling: {@link EntityKeys}), which
 *                     still find it, so that links and stored mentions made with them resolve
 * @param firstKey     the key it was first given, which re-keying never changes, even when the key moves back to
 *                     it (A → B → A): what features kept per key are compared under (StoredEvents), so that events
 *                     built before a re-key still meet the articles after it. Null (an entity written before this
 *                     was kept) means its oldest alias, else its key.
 */
public record RegisteredEntity(String canonical, String type, String display, boolean displayFixed,
                               List<Variant> variants, LocalDate firstSeen, LocalDate lastSeen, List<String> aliases,
                               String firstKey) {

    public RegisteredEntity {
        variants = List.copyOf(variants);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (firstKey == null) firstKey = aliases.isEmpty() ? canonical : aliases.get(0);
    }

    /** An entity whose first key is its oldest alias, else its key. */
    public RegisteredEntity(String canonical, String type, String display, boolean displayFixed,
                            List<Variant> variants, LocalDate firstSeen, LocalDate lastSeen, List<String> aliases) {
        this(canonical, type, display, displayFixed, variants, firstSeen, lastSeen, aliases, null);
    }

    /** An entity that never had another key. */
    public RegisteredEntity(String canonical, String type, String display, boolean displayFixed,
                            List<Variant> variants, LocalDate firstSeen, LocalDate lastSeen) {
        this(canonical, type, display, displayFixed, variants, firstSeen, lastSeen, List.of(), null);
    }

    /** The same entity under a new key, its current key kept as an alias and its first key kept as it is. */
    public RegisteredEntity rekeyed(String key) {
        LinkedHashSet<String> before = new LinkedHashSet<>(aliases);
        before.add(canonical);
        before.remove(key);
        return new RegisteredEntity(key, type, display, displayFixed, variants, firstSeen, lastSeen, List.copyOf(before),
                firstKey);
    }

    /** The same entity with other variants, display and dates (a new mention), its keys unchanged. */
    public RegisteredEntity observed(String display, boolean displayFixed, List<Variant> variants, LocalDate firstSeen,
                                     LocalDate lastSeen) {
        return new RegisteredEntity(canonical, type, display, displayFixed, variants, firstSeen, lastSeen, aliases, firstKey);
    }

    /** Every key that finds it: its current key, then the keys it had before. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(aliases.size() + 1);
        keys.add(canonical);
        keys.addAll(aliases);
        return List.copyOf(keys);
    }

    /** The normalised forms of all its variants. */
    public Set<String> forms() {
        return variants.stream().map(Variant::form).collect(Collectors.toUnmodifiableSet());
    }

    /** All mentions of it, over all variants. */
    public long mentions() {
        return variants.stream().mapToLong(Variant::count).sum();
    }

    /**
     * The name to show a reader of {@code language}: the spelling most used in that language, else the reference
     * name of a known entity (a country's name in that language), else {@link #display()}. See {@link DisplayNames}.
     */
    public String displayName(String language) {
        return DisplayNames.of(this, language);
    }

    /** The variant with this spelling, if seen. */
    public Optional<Variant> variant(String text) {
        return variants.stream().filter(v -> v.text().equals(text)).findFirst();
    }
}
