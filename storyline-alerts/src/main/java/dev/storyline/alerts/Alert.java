package dev.storyline.alerts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Something an analyst wants to be told about. Exactly the fields of its kind are set: a SEARCH alert has its
 * {@code search}; an ENTITY alert its {@code entity} key and {@code entityMode}; a STORY alert its {@code storyId};
 * a BREAKING alert none. An alert applies to articles ingested after it was {@code created}, not to the backlog.
 *
 * @param id         stable id, never reused ("a" and 12 hex digits)
 * @param name       unique among alerts, what people and the CLI call it
 * @param kind       what it watches
 * @param search     for SEARCH: the saved search
 * @param entity     for ENTITY: the canonical key ("PER:kassym-jomart-tokayev")
 * @param entityMode for ENTITY: every article, or only first mentions in a new language or outlet
 * @param storyId    for STORY: the story whose new events it reports
 * @param delivery   where and how often its matches go
 * @param created    when it was created
 */
public record Alert(String id, String name, AlertKind kind, SavedSearch search, String entity, EntityMode entityMode,
                    String storyId, Delivery delivery, Instant created) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        // Milliseconds, as the store keeps an article's ingestion time: "ingested after created" compares like with like.
        created = Objects.requireNonNull(created, "created").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an alert needs a name");
        name = name.strip();
        delivery = delivery == null ? Delivery.feedOnly() : delivery;
        switch (kind) {
            case SEARCH -> {
                if (search == null) throw new IllegalArgumentException("alert '" + name + "': a search alert needs a search");
                entity = null;
                entityMode = null;
                storyId = null;
            }
            case ENTITY -> {
                if (entity == null || entity.isBlank()) throw new IllegalArgumentException("alert '" + name + "': an entity alert needs an entity key");
                entity = entity.strip();
                entityMode = entityMode == null ? EntityMode.EVERY_ARTICLE : entityMode;
                search = null;
                storyId = null;
            }
            case STORY -> {
                if (storyId == null || storyId.isBlank()) throw new IllegalArgumentException("alert '" + name + "': a story alert needs a story id");
                storyId = storyId.strip();
                search = null;
                entity = null;
                entityMode = null;
            }
            case BREAKING -> {
                search = null;
                entity = null;
                entityMode = null;
                storyId = null;
            }
        }
    }

    public static Alert search(String name, SavedSearch search, Delivery delivery, Instant created) {
        return new Alert(newId(), name, AlertKind.SEARCH, search, null, null, null, delivery, created);
    }

    public static Alert entity(String name, String entity, EntityMode mode, Delivery delivery, Instant created) {
        return new Alert(newId(), name, AlertKind.ENTITY, null, entity, mode, null, delivery, created);
    }

    public static Alert story(String name, String storyId, Delivery delivery, Instant created) {
        return new Alert(newId(), name, AlertKind.STORY, null, null, null, storyId, delivery, created);
    }

    public static Alert breaking(String name, Delivery delivery, Instant created) {
        return new Alert(newId(), name, AlertKind.BREAKING, null, null, null, null, delivery, created);
    }

    /** A fresh id: random, so that ids of removed alerts are never given again. */
    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "a" + HexFormat.of().formatHex(bytes);
    }

    /** A fresh webhook secret (32 random bytes, hex). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** For people: what it watches ("search: tokayev · language fr", "entity PER:x (new language or outlet)"). */
    public String definition() {
        return switch (kind) {
            case SEARCH -> "search: " + search.describe();
            case ENTITY -> "entity " + entity + (entityMode == EntityMode.NEW_LANGUAGE_OR_OUTLET
                    ? " (first mentions in a new language or outlet)" : " (every article)");
            case STORY -> "story " + storyId + " (each new event)";
            case BREAKING -> "breaking stories";
        };
    }
}
