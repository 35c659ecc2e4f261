package dev.storyline.entities;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entities seen so far, learnt as articles arrive: per canonical key, its type, display name, the variants
 * it was written as (with counts, languages and the rule that joined each) and when it was first and last seen.
 * An interface so that a later store can replace the embedded one. Implementations are thread-safe.
 */
public interface EntityRegistry {

    /** The entity with this canonical key, or that had it before (an alias: see {@link #rekey}), if known. */
    Optional<RegisteredEntity> get(String canonical);

    /** The key the entity with this key (or alias) has now; the key itself when unknown. */
    default String currentKey(String key) {
        return get(key).map(RegisteredEntity::canonical).orElse(key);
    }

    /**
     * Every key under which something about this entity may be stored: its current key and its aliases (articles
     * resolved before a re-key carry a former one); the key alone when unknown.
     */
    default List<String> keysOf(String key) {
        return get(key).map(RegisteredEntity::keys).orElse(List.of(key));
    }

    /** The canonical keys of entities that have a variant filed under this lookup key (see {@link Variant#lookupKeys()}). */
    Set<String> lookup(String lookupKey);

    /** Records one mention of an entity, creating the entity when the key is new; returns the entity as updated. */
    RegisteredEntity observe(Observation observation);

    /**
     * Moves an entity to a new key, keeping the keys it had as aliases that {@link #get} and {@link #observe} still
     * accept; returns it under the new key. {@code to} must be free or one of the entity's aliases.
     */
    RegisteredEntity rekey(String from, String to);

    /** Every entity, in no particular order. */
    List<RegisteredEntity> entities();

    /** Makes what was observed durable (a no-op for a registry without storage). */
    void flush() throws IOException;
}
