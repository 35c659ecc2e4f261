package dev.storyline.alerts.delivery;

import java.time.Instant;

/**
 * The latest attempt to deliver one of an alert's parcels on a channel, as the Alerts page and {@code alerts list}
 * show it.
 *
 * @param at       when it was tried
 * @param parcelId what was sent (a match's id or a digest's)
 * @param outcome  delivered, failed (will be retried) or parked
 * @param detail   the receiver's answer or the reason it failed
 */
public record LastDelivery(Instant at, String parcelId, Status outcome, String detail) {

    public enum Status { DELIVERED, FAILED, PARKED }
}
