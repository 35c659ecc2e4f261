package dev.storyline.ingest;

/**
 * An input that could not be read or parsed; the batch goes on without it.
 *
 * @param id     the id the page would have had (file name less extensions, or file:line)
 * @param input  the path (or path:line) that failed
 * @param reason what went wrong, in words a user can act on
 */
public record IngestFailure(String id, String input, String reason) implements Ingested {
}
