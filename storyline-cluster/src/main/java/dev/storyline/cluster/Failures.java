package dev.storyline.cluster;

import dev.storyline.ingest.IngestFailure;

/** An analysis that threw, as the failure the CLI reports for it (the same words as {@code BatchAnalysis}). */
final class Failures {

    private Failures() {
    }

    static IngestFailure of(String id, String input, Throwable e) {
        String why = e instanceof StackOverflowError ? "structure nested too deeply" : String.valueOf(e.getMessage());
        return new IngestFailure(id, input, "analysis failed: " + e.getClass().getSimpleName() + ": " + why);
    }
}
