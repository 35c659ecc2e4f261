package dev.storyline.alerts.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs delivery passes in the background of {@code serve}, {@code run}, {@code watch} and {@code follow}: one thread,
 * a pass every {@code interval} and at once when {@link #nudge() nudged} (new matches were just appended). Closing
 * lets the send under way finish (each is bounded by its timeouts) and stops.
 */
public final class DeliveryScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryScheduler.class);
    /** A pass stops taking new sends after this long, so that a stop never waits long. */
    private static final Duration PASS_BUDGET = Duration.ofSeconds(30);

    private final Deliverer deliverer;
    private final Duration interval;
    private final Consumer<Deliverer.Attempt> attempts;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean nudged;
    private volatile boolean stopping;

    /** @param attempts hears every attempt (the commands print failures on stderr) */
    public DeliveryScheduler(Deliverer deliverer, Duration interval, Consumer<Deliverer.Attempt> attempts) {
        this.deliverer = deliverer;
        this.interval = interval;
        this.attempts = attempts;
        this.thread = new Thread(this::loop, "storyline-delivery");
        this.thread.setDaemon(true);
    }

    public DeliveryScheduler start() {
        thread.start();
        return this;
    }

    /** New matches are in the log: deliver now rather than at the next interval. */
    public void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!stopping) {
            try {
                deliverer.pass(PASS_BUDGET, attempts, () -> stopping);
            } catch (IOException | RuntimeException e) {
                LOG.warn("alert delivery pass failed (retried at the next): {}", e.getMessage());
            }
            synchronized (signal) {
                long until = System.nanoTime() + interval.toNanos();
                while (!nudged && !stopping) {
                    long left = until - System.nanoTime();
                    if (left <= 0) break;
                    try {
                        signal.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                nudged = false;
            }
        }
    }

    /** Stops after the send under way, waiting for it at most {@code wait}. */
    public void stop(Duration wait) throws InterruptedException {
        stopping = true;
        nudge();
        thread.join(wait.toMillis());
    }

    @Override
    public void close() {
        try {
            stop(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
