package dev.storyline.sources;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The followed sources, kept durably. Adding a source whose id is known changes nothing. */
public interface SourceRegistry extends Closeable {

    /** What {@link #add} did: the source as registered, and whether it is new. */
    record Added(Source source, boolean added) {
    }

    /** Registers {@code source} unless a source with its id is there already (that one is returned, unchanged). */
    Added add(Source source) throws IOException;

    Optional<Source> get(String id);

    /** Every source, in the order they were added. */
    List<Source> all();

    /** Forgets the source; false when there was none with that id. */
    boolean remove(String id) throws IOException;

    /**
     * Replaces a registered source by {@code change} applied to it, durably; empty when it is not (or no longer)
     * registered, so that a poll finishing after the user removed its source does not bring it back.
     */
    Optional<Source> update(String id, UnaryOperator<Source> change) throws IOException;

    int size();

    /** Reads what other processes changed since this one last looked (nothing to do for a registry only this one writes). */
    default void refresh() throws IOException {
    }
}
