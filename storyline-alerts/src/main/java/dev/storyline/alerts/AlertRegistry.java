package dev.storyline.alerts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The saved alerts, durably. Names are unique; ids are stable and never reused. */
public interface AlertRegistry {

    /** Every alert, oldest first. */
    List<Alert> list() throws IOException;

    Optional<Alert> byId(String id) throws IOException;

    Optional<Alert> byName(String name) throws IOException;

    /**
     * Saves a new alert; durable when this returns. Adding an alert equal to one held (same id, same definition)
     * changes nothing.
     *
     * @throws IllegalArgumentException when another alert has its name or its id
     */
    Alert add(Alert alert) throws IOException;

    /** Removes the alert with this id; false when there is none. */
    boolean remove(String id) throws IOException;
}
