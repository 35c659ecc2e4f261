package dev.storyline.ingest;

import java.nio.file.Path;

/** Hears how far the reading of a large input (a WARC file) has got, for a progress bar. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (file, position, size) -> { };

    /** {@code position} of {@code size} bytes of {@code file} have been read (compressed bytes for a .gz). */
    void reading(Path file, long position, long size);
}
