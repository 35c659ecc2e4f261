package dev.storyline.alerts;

import java.net.URI;
import java.util.List;

/**
 * Where and how often an alert's matches go. The Atom feed needs no setting: every alert has one.
 *
 * @param frequency     as it happens, hourly or daily
 * @param webhook       a URL that receives each match (or digest) as a signed JSON POST, else null
 * @param webhookSecret the HMAC-SHA256 key the webhook's body is signed with (generated when absent), else null
 * @param email         addresses that receive the matches by email, empty for none
 */
public record Delivery(Frequency frequency, URI webhook, String webhookSecret, List<String> email) {

    public Delivery {
        frequency = frequency == null ? Frequency.AS_IT_HAPPENS : frequency;
        email = email == null ? List.of() : List.copyOf(email);
    }

    /** Only the alert's Atom feed, as it happens. */
    public static Delivery feedOnly() {
        return new Delivery(Frequency.AS_IT_HAPPENS, null, null, List.of());
    }
}
