package dev.storyline.alerts.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an alert's deliveries stand on one channel, for the Alerts page, {@code alerts list} and the API: the last
 * attempt and its result, what waits, what is parked and why.
 *
 * @param queued  parcels waiting to be sent (retries included)
 * @param pending matches waiting for their digest period to end
 * @param parked  parcels parked after too many failures, with the reason in {@link Parcel#lastError()}
 */
public record ChannelStatus(String channel, LastDelivery last, long delivered, int queued, int pending,
                             List<Parcel> parked) {

    /** The alert's status on every channel that has state for it. */
    public static List<ChannelStatus> of(OutboxStore store, String alertId) throws IOException {
        List<ChannelStatus> all = new ArrayList<>();
        for (String channel : store.channels()) {
            Optional<AlertOutbox> box = store.outbox(channel, alertId);
            box.ifPresent(b -> all.add(new ChannelStatus(channel, b.last(), b.delivered(), b.queue().size(), b.open().size(), b.parked())));
        }
        return all;
    }

    /** One line for people: "webhook: delivered 2026-12-04T10:00:00Z (HTTP 200); 2 queued; 1 parked". */
    public String summary() {
        StringBuilder s = new StringBuilder(channel).append(": ");
        if (last == null) s.append("nothing sent yet");
        else s.append(last.outcome().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(last.at())
                .append(" (").append(last.detail()).append(')');
        if (queued > 0) s.append("; ").append(queued).append(" queued");
        if (pending > 0) s.append("; ").append(pending).append(" waiting for the digest");
        if (!parked.isEmpty()) s.append("; ").append(parked.size()).append(" parked");
        return s.toString();
    }
}
