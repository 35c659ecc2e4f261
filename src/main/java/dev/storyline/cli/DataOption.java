package dev.storyline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data} option of every command that uses the store. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("storyline-data");
}
