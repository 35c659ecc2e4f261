package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;

import java.time.Duration;

/** A way of delivering an alert's parcels: the webhook, email. */
public interface Channel {

    /** The channel's name, also its folder under {@code <data>/alerts/deliveries}. */
    String name();

    /** Whether an alert with this delivery setting uses the channel. */
    boolean appliesTo(Delivery delivery);

    /** Sends one parcel. Never throws for a failed delivery: that is an outcome, with the reason. */
    Outcome send(Parcel parcel, Delivery delivery);

    /**
     * What became of one send.
     *
     * @param delivered  the receiver took it (a webhook's 2xx, the SMTP server's acceptance)
     * @param detail     the receiver's answer, or why it failed
     * @param retryAfter how long the receiver asked us to wait (429 Retry-After), else null
     */
    record Outcome(boolean delivered, String detail, Duration retryAfter) {

        public static Outcome delivered(String detail) {
            return new Outcome(true, detail, null);
        }

        public static Outcome failed(String reason) {
            return new Outcome(false, reason, null);
        }
    }
}
