package dev.storyline.alerts;

import java.io.IOException;
import java.util.List;

/**
 * Every match the alerts have found, in the order found, durably: the outbox that delivery reads from. Each delivery
 * channel keeps its own cursor over the positions, so that a crash between finding a match and delivering it delivers
 * after restart, and the match's {@link Match#id()} lets a receiver drop what it has seen already.
 */
public interface MatchLog extends AutoCloseable {

    /** A match and its position in the log (positions start at 1 and grow by one). */
    record Positioned(long position, Match match) {
    }

    /**
     * Appends the matches whose id the log does not hold yet, in order; they are durable when this returns.
     *
     * @return the ones appended (finding the same match twice changes nothing)
     */
    List<Positioned> append(List<Match> matches) throws IOException;

    /** Up to {@code limit} matches after {@code position}, oldest first. */
    List<Positioned> after(long position, int limit) throws IOException;

    /** The latest {@code limit} matches of one alert, oldest first (newest last). */
    List<Positioned> ofAlert(String alertId, int limit) throws IOException;

    /** The position of the last match appended (0 when empty). */
    long lastPosition();

    @Override
    void close() throws IOException;
}
