package dev.storyline.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr for long batches; silent when stderr is not a terminal, so that
 * redirected logs stay clean.
 */
final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;
    private long failed;

    Progress(String label) {
        this.err = System.err;
        this.label = label;
        this.enabled = System.console() != null && System.getenv("STORYLINE_NO_PROGRESS") == null;
    }

    void step(boolean ok) {
        done++;
        if (!ok) failed++;
        long now = System.nanoTime();
        if (enabled && now - lastDrawn > 200_000_000L) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        err.printf("\r%s: %,d done, %,d failed, %.1f/s   ", label, done, failed, done / seconds);
        err.flush();
    }

    @Override
    public void close() {
        if (enabled && lastDrawn != 0) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
