package dev.storyline.cli;

import dev.storyline.ingest.ReadProgress;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr for long batches; silent when stderr is not a terminal, so that
 * redirected logs stay clean (shown when only stdout is redirected). While a large file (a WARC) is read it also shows how far, by bytes of its size.
 */
final class Progress implements AutoCloseable, ReadProgress {

    private final PrintStream err;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;
    private long failed;
    private boolean closed;
    private java.util.function.LongSupplier skipped = () -> 0;
    private volatile Path file;
    private volatile long position;
    private volatile long size;

    Progress(String label) {
        this.err = System.err;
        this.label = label;
        this.enabled = (System.console() != null || stderrIsTerminal()) && System.getenv("STORYLINE_NO_PROGRESS") == null;
    }

    /**
     * Whether stderr is a terminal although stdout is not ({@code storyline analyze big.warc.gz > out.jsonl}), where
     * the JDK's console check says no: on Linux, what file descriptor 2 points at tells.
     */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Also shows how many inputs were passed over (WARC records that are not pages, filtered pages). */
    synchronized Progress showingSkipped(java.util.function.LongSupplier skipped) {
        this.skipped = skipped;
        return this;
    }

    synchronized void step(boolean ok) {
        done++;
        if (!ok) failed++;
        maybeDraw();
    }

    @Override
    public synchronized void reading(Path file, long position, long size) {
        this.file = file;
        this.position = position;
        this.size = size;
        maybeDraw();
    }

    private void maybeDraw() {
        long now = System.nanoTime();
        if (enabled && now - lastDrawn > 200_000_000L) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long passedOver = skipped.getAsLong();
        err.printf("\r%s: %s%,d done, %,d failed, %s%.1f/s   ", label, fileProgress(), done, failed,
                passedOver > 0 ? String.format("%,d skipped, ", passedOver) : "", done / seconds);
        err.flush();
    }

    /** "cc.warc.gz 40% (412/1,024 MB), " while a large file is being read, else nothing. */
    private String fileProgress() {
        Path f = file;
        long total = size;
        if (f == null || total <= 0) return "";
        long mb = 1024 * 1024;
        return String.format("%s %d%% (%,d/%,d MB), ", f.getFileName(), Math.round(100.0 * position / total),
                position / mb, Math.max(1, (total + mb - 1) / mb));
    }

    @Override
    public synchronized void close() {
        if (enabled && lastDrawn != 0 && !closed) {
            closed = true;
            draw(System.nanoTime());
            err.println();
        }
    }
}
