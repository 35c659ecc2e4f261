package dev.storyline.alerts;

import java.time.Instant;
import java.util.List;

/**
 * How an alert's deliveries went, for its entry on the Alerts page: per channel (feed, webhook, email), the last
 * delivery and its result. The delivery part of the desk provides it; {@link #NONE} knows of no delivery.
 */
public interface DeliveryStatus {

    /**
     * @param channel "webhook", "email", "feed"…
     * @param at      when it was last tried, else null
     * @param ok      whether that worked
     * @param detail  for people: "200 OK", "parked after 8 failures: connection refused", "3 matches in a digest"
     */
    record Last(String channel, Instant at, boolean ok, String detail) {
    }

    List<Last> statusOf(String alertId);

    DeliveryStatus NONE = alertId -> List.of();
}
