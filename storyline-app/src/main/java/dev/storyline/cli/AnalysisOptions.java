package dev.storyline.cli;

import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.ReadProgress;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The options of every command that reads inputs and analyses them. */
final class AnalysisOptions {

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-page-mb", description = "Refuse pages larger than this, decompressed (default: ${DEFAULT-VALUE}).")
    int maxPageMb = InputReader.DEFAULT_MAX_PAGE_BYTES / (1024 * 1024);

    @Option(names = "--today", description = "The day dates without a year are resolved against (default: today).")
    LocalDate today = LocalDate.now();

    InputReader reader() {
        return new InputReader(maxPageMb * 1024 * 1024);
    }

    /** The reader of the inputs, keeping what {@code filter} keeps; {@code progress} hears of large files. */
    InputReader reader(PageFilterOptions filter, ReadProgress progress) {
        return new InputReader(maxPageMb * 1024 * 1024, filter.filter(), progress);
    }
}
