package dev.storyline.ingest;

/** What reading one input yields: a page to analyse, or a failure to report. */
public sealed interface Ingested permits RawPage, IngestFailure {
    String id();

    String input();
}
