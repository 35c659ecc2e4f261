package dev.storyline.cli;

import dev.storyline.Pipeline;
import dev.storyline.entities.ConfigFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --config DIR} option of the commands that analyse articles: a folder whose curated name lists extend the
 * shipped ones. Resolved here, once, and handed down as a path ({@link Pipeline.Models#load(Path,
 * java.util.function.Consumer)}): the stages keep no process-wide setting.
 */
final class ConfigOption {

    /** The environment variable giving the folder when --config is not given. */
    static final String ENVIRONMENT = "STORYLINE_CONFIG";

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "${env:" + ENVIRONMENT + "}",
            description = {"Configuration folder extending the curated name lists (default: $" + ENVIRONMENT
                    + " when set, else none): organisations.tsv, people.tsv, countries.tsv, cities.tsv, demonyms.tsv, "
                    + "seats-of-power.tsv and merge-rules.tsv add to the shipped files of the same names and format; "
                    + "cldr-languages.txt replaces the shipped one. A malformed line is named on stderr and skipped; "
                    + "a missing folder or an unreadable file is a usage error (exit status 2). Read once, at start. "
                    + "Not used with --cluster: the cluster's job analyses with the shipped lists."})
    Path config;

    /** The folder, or null when neither the option nor the variable gives one (an empty variable gives none). */
    Path folder() {
        return config == null || config.toString().isBlank() ? null : config;
    }

    /** Checks the folder before anything is opened or loaded: a usage error (exit status 2) when it is not one. */
    void validate(CommandLine commandLine) {
        Path folder = folder();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine, "--config: " + folder + ": "
                    + (java.nio.file.Files.exists(folder) ? "not a folder" : "no such folder")
                    + " (the configuration folder of the name lists)");
        }
    }

    /**
     * The analysis models with the configured lists; a malformed line is said on {@code err}. A missing folder or an
     * unreadable file is a usage error naming it (exit status 2).
     */
    Pipeline.Models models(CommandLine commandLine, PrintWriter err) {
        try {
            return Pipeline.Models.load(folder(), warning -> {
                err.println("storyline: --config: " + warning);
                err.flush();
            });
        } catch (ConfigFolderException e) {
            throw new CommandLine.ParameterException(commandLine, "--config: " + e.getMessage());
        }
    }
}
