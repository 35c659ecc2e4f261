package dev.storyline.cluster;

import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.Observation;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.opensearch.OpenSearchEntityRegistry;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered task's entity registry, remembering which entities changed since they were last taken, so that each
 * page's record carries the new state of the entities it changed to the store sink (which writes them under their
 * canonical key: a replay writes the same states again). Used by one task only.
 */
final class ChangedEntities implements EntityRegistry {

    private final EntityRegistry registry;
    private final Set<String> changed = new LinkedHashSet<>();

    ChangedEntities(EntityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<RegisteredEntity> get(String canonical) {
        return registry.get(canonical);
    }

    @Override
    public Set<String> lookup(String lookupKey) {
        return registry.lookup(lookupKey);
    }

    @Override
    public RegisteredEntity observe(Observation observation) {
        RegisteredEntity updated = registry.observe(observation);
        changed.add(updated.canonical());
        return updated;
    }

    @Override
    public RegisteredEntity rekey(String from, String to) {
        RegisteredEntity rekeyed = registry.rekey(from, to);
        changed.remove(from);
        changed.add(rekeyed.canonical()); // its former keys travel inside it, as aliases
        return rekeyed;
    }

    @Override
    public List<RegisteredEntity> entities() {
        return registry.entities();
    }

    @Override
    public void flush() throws IOException {
        registry.flush();
    }

    /** The entities changed since the last call, as a JSON array of their stored form, or null when none. */
    String take() {
        if (changed.isEmpty()) return null;
        StringBuilder json = new StringBuilder("[");
        Set<String> written = new LinkedHashSet<>();
        for (String key : changed) {
            RegisteredEntity entity = registry.get(key).orElseThrow(); // a former key finds the entity under its new one
            if (!written.add(entity.canonical())) continue;
            if (json.length() > 1) json.append(',');
            json.append(OpenSearchEntityRegistry.json(entity));
        }
        changed.clear();
        return json.append(']').toString();
    }
}
