package dev.storyline.entities;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entity registry inside the process, optionally backed by a JSON Lines file (one entity a line) that
 * {@link #flush()} rewrites atomically (temporary file, then rename) and {@link #open(Path)} reloads.
 * Thread-safe: each entity is an immutable record; changes are made one at a time.
 */
public final class EmbeddedEntityRegistry implements EntityRegistry {

    /** The on-disk shape: dates as ISO strings, so no date module is needed. */
    record Stored(String canonical, String type, String display, boolean displayFixed, List<Variant> variants,
                  String firstSeen, String lastSeen, List<String> aliases, String firstKey) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ConcurrentHashMap<String, RegisteredEntity> entities = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> index = new ConcurrentHashMap<>();
    /** Former key → current key. */
    private final ConcurrentHashMap<String, String> aliases = new ConcurrentHashMap<>();

    private EmbeddedEntityRegistry(Path file) {
        this.file = file;
    }

    /** A registry that lives as long as the process. */
    public static EmbeddedEntityRegistry inMemory() {
        return new EmbeddedEntityRegistry(null);
    }

    /** A registry persisted to {@code file}, loaded from it when it exists. */
    public static EmbeddedEntityRegistry open(Path file) throws IOException {
        EmbeddedEntityRegistry registry = new EmbeddedEntityRegistry(file);
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        Stored stored = JSON.readValue(line, Stored.class);
                        RegisteredEntity entity = new RegisteredEntity(stored.canonical(), stored.type(),
                                stored.display(), stored.displayFixed(), stored.variants(),
                                LocalDate.parse(stored.firstSeen()), LocalDate.parse(stored.lastSeen()), stored.aliases(),
                                stored.firstKey());
                        registry.restore(entity);
                    }
                }
            }
        }
        return registry;
    }

    @Override
    public Optional<RegisteredEntity> get(String canonical) {
        RegisteredEntity entity = entities.get(canonical);
        if (entity == null) {
            String current = aliases.get(canonical);
            if (current != null) entity = entities.get(current);
        }
        return Optional.ofNullable(entity);
    }

    @Override
    public Set<String> lookup(String lookupKey) {
        Set<String> keys = index.get(lookupKey);
        return keys == null ? Set.of() : keys;
    }

    @Override
    public synchronized RegisteredEntity observe(Observation o) {
        String key = current(o.canonical()); // a mention resolved under a key the entity had before
        RegisteredEntity updated = entities.compute(key, (k, old) -> merge(old, o));
        for (String lookupKey : o.lookupKeys()) {
            index.computeIfAbsent(lookupKey, k -> ConcurrentHashMap.newKeySet()).add(key);
        }
        return updated;
    }

    @Override
    public synchronized RegisteredEntity rekey(String from, String to) {
        String key = current(from);
        RegisteredEntity entity = entities.get(key);
        if (entity == null) throw new IllegalArgumentException("no entity with key '" + from + "'");
        if (key.equals(to)) return entity;
        if (entities.containsKey(to) || aliases.containsKey(to) && !aliases.get(to).equals(key)) {
            throw new IllegalArgumentException("key '" + to + "' belongs to another entity");
        }
        RegisteredEntity moved = entity.rekeyed(to);
        entities.remove(key);
        entities.put(to, moved);
        aliases.remove(to);
        for (String alias : moved.aliases()) aliases.put(alias, to);
        for (Variant variant : moved.variants()) {
            for (String lookupKey : variant.lookupKeys()) {
                Set<String> keys = index.get(lookupKey);
                if (keys != null && keys.remove(key)) keys.add(to);
            }
        }
        return moved;
    }

    /** The key an entity has now, given one it has or had. */
    private String current(String key) {
        if (entities.containsKey(key)) return key;
        return aliases.getOrDefault(key, key);
    }

    /**
     * Puts an entity as another store kept it, replacing what this registry had under its key: for a registry
     * loaded from elsewhere than its file (OpenSearch).
     */
    public synchronized void restore(RegisteredEntity entity) {
        entities.put(entity.canonical(), entity);
        aliases.remove(entity.canonical());
        for (String alias : entity.aliases()) aliases.put(alias, entity.canonical());
        indexVariants(entity);
    }

    @Override
    public List<RegisteredEntity> entities() {
        return List.copyOf(entities.values());
    }

    @Override
    public synchronized void flush() throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            List<RegisteredEntity> sorted = new ArrayList<>(entities.values());
            sorted.sort(Comparator.comparing(RegisteredEntity::canonical));
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (RegisteredEntity e : sorted) {
                    writer.write(JSON.writeValueAsString(new Stored(e.canonical(), e.type(), e.display(),
                            e.displayFixed(), e.variants(), e.firstSeen().toString(), e.lastSeen().toString(),
                            e.aliases(), e.firstKey())));
                    writer.newLine();
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void indexVariants(RegisteredEntity entity) {
        for (Variant variant : entity.variants()) {
            for (String lookupKey : variant.lookupKeys()) {
                index.computeIfAbsent(lookupKey, k -> ConcurrentHashMap.newKeySet()).add(entity.canonical());
            }
        }
    }

    private static RegisteredEntity merge(RegisteredEntity old, Observation o) {
        String language = o.language() == null ? "" : o.language();
        if (old == null) {
            Variant first = new Variant(o.text(), o.form(), 1, language.isEmpty() ? List.of() : List.of(language),
                    o.rule(), o.lookupKeys(), language.isEmpty() ? Map.of() : Map.of(language, 1L));
            return new RegisteredEntity(o.canonical(), o.type(), o.fixedDisplay() != null ? o.fixedDisplay() : o.text(),
                    o.fixedDisplay() != null, List.of(first), o.seen(), o.seen());
        }
        List<Variant> variants = new ArrayList<>(old.variants().size() + 1);
        boolean found = false;
        for (Variant v : old.variants()) {
            if (!found && v.text().equals(o.text())) {
                found = true;
                Set<String> languages = new TreeSet<>(v.languages());
                if (!language.isEmpty()) {
                    languages.add(language);
                }
                Set<String> lookupKeys = new TreeSet<>(v.lookupKeys());
                lookupKeys.addAll(o.lookupKeys());
                Map<String, Long> byLanguage = new TreeMap<>(v.byLanguage());
                if (!language.isEmpty()) byLanguage.merge(language, 1L, Long::sum);
                variants.add(new Variant(v.text(), v.form(), v.count() + 1, List.copyOf(languages), v.rule(),
                        List.copyOf(lookupKeys), byLanguage));
            } else {
                variants.add(v);
            }
        }
        if (!found) {
            variants.add(new Variant(o.text(), o.form(), 1, language.isEmpty() ? List.of() : List.of(language),
                    o.rule(), o.lookupKeys(), language.isEmpty() ? Map.of() : Map.of(language, 1L)));
        }
        boolean fixed = old.displayFixed() || o.fixedDisplay() != null;
        String display = fixed
                ? (old.displayFixed() ? old.display() : o.fixedDisplay())
                : variants.stream().max(Comparator.comparingLong(Variant::count)).orElseThrow().text();
        LocalDate first = o.seen().isBefore(old.firstSeen()) ? o.seen() : old.firstSeen();
        LocalDate last = o.seen().isAfter(old.lastSeen()) ? o.seen() : old.lastSeen();
        return old.observed(display, fixed, variants, first, last);
    }
}
