package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What every index of a store shares: shards and replicas as the location says. */
final class Indices {

    private Indices() {
    }

    /** Puts {@code settings.index} into {@code root} and returns it. */
    static ObjectNode settings(ObjectNode root, OpenSearchLocation location) {
        ObjectNode index = root.putObject("settings").putObject("index");
        index.put("number_of_shards", location.shards());
        // One replica as soon as a second node is there, none on a single node (whose health would stay yellow).
        if (location.replicas() < 0) index.put("auto_expand_replicas", "0-1");
        else index.put("number_of_replicas", location.replicas());
        // Acknowledged writes are fsynced (the default, said here because the store's contract rests on it).
        index.put("translog.durability", "request");
        return index;
    }
}
