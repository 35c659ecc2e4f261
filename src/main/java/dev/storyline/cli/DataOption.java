package dev.storyline.cli;

import dev.storyline.entities.EmbeddedEntityRegistry;
import picocli.CommandLine.Option;

import java.io.IOException;

import java.nio.file.Path;

/** The {@code --data} option of every command that uses the store. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("storyline-data");

    /** The entity registry that lives beside the store. */
    EmbeddedEntityRegistry openRegistry() throws IOException {
        return EmbeddedEntityRegistry.open(data.resolve("entities.jsonl"));
    }
}
