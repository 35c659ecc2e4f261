package dev.storyline.alerts.delivery;

import dev.storyline.alerts.DeliveryStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Alerts page's view of deliveries, read from the outbox state: per channel the last attempt and its result (with
 * what still waits), then each parked delivery with its reason.
 */
public final class OutboxStatus implements DeliveryStatus {

    private final OutboxStore store;

    public OutboxStatus(OutboxStore store) {
        this.store = store;
    }

    @Override
    public List<Last> statusOf(String alertId) {
        List<Last> all = new ArrayList<>();
        try {
            for (ChannelStatus s : ChannelStatus.of(store, alertId)) {
                StringBuilder detail = new StringBuilder();
                if (s.last() != null) detail.append(s.last().outcome().name().toLowerCase(java.util.Locale.ROOT))
                        .append(": ").append(s.last().detail());
                else detail.append("nothing sent yet");
                if (s.queued() > 0) detail.append(" · ").append(s.queued()).append(" queued");
                if (s.pending() > 0) detail.append(" · ").append(s.pending()).append(" waiting for the digest");
                detail.append(" · ").append(s.delivered()).append(" delivered");
                boolean ok = s.last() == null || s.last().outcome() == LastDelivery.Status.DELIVERED;
                all.add(new Last(s.channel(), s.last() == null ? null : s.last().at(), ok, detail.toString()));
                for (Parcel p : s.parked()) {
                    all.add(new Last(s.channel(), p.nextAttempt(), false, "parked " + p.id() + " (" + p.matches().size()
                            + (p.matches().size() == 1 ? " match" : " matches") + "): " + p.lastError()
                            + " · `storyline alerts retry` sends it again"));
                }
            }
        } catch (IOException e) {
            all.add(new Last("delivery", null, false, "delivery state unreadable: " + e.getMessage()));
        }
        return all;
    }
}
