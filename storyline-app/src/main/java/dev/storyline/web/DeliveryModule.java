package dev.storyline.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertJson;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.AlertRegistry;
import dev.storyline.alerts.Match;
import dev.storyline.alerts.MatchLog;
import dev.storyline.alerts.delivery.AtomFeeds;
import dev.storyline.alerts.delivery.ChannelStatus;
import dev.storyline.alerts.delivery.DeskLinks;
import dev.storyline.alerts.delivery.OutboxStore;
import dev.storyline.alerts.delivery.Parcel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The delivery routes of the desk: an Atom feed per alert ({@code GET /alerts/{id}/feed.atom}), one of every
 * breaking story ({@code GET /alerts/breaking/feed.atom}: the matches of BREAKING alerts), each alert's delivery
 * status ({@code GET /api/alerts/{id}/deliveries}) and putting its parked deliveries back in the queue
 * ({@code POST /api/alerts/{id}/deliveries/retry}). Feed links are absolute: under the desk's public URL when
 * set, else under the address the feed was asked at.
 */
public final class DeliveryModule implements DeskModule {

    static final String BREAKING = "breaking";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private final AlertRegistry alerts;
    private final MatchLog log;
    private final OutboxStore outbox;
    private final DeskLinks publicUrl;
    private final Clock clock;

    /** @param publicUrl the desk's public URL ({@code --public-url}), else {@link DeskLinks#unknown()} */
    public DeliveryModule(AlertRegistry alerts, MatchLog log, OutboxStore outbox, DeskLinks publicUrl, Clock clock) {
        this.alerts = alerts;
        this.log = log;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/alerts/{id}/feed.atom", this::feed);
        routes.get("/api/alerts/{id}/deliveries", this::status);
        routes.post("/api/alerts/{id}/deliveries/retry", this::retry);
    }

    private void feed(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        DeskLinks links = links(ctx);
        String self = links.path("/alerts/" + DeskLinks.segment(id) + "/feed.atom");
        String xml;
        if (id.equals(BREAKING)) {
            List<Alert> breaking = alerts.list().stream().filter(a -> a.kind() == AlertKind.BREAKING).toList();
            List<Match> matches = new ArrayList<>();
            for (Alert a : breaking) matches.addAll(newestFirst(log.ofAlert(a.id(), AtomFeeds.ENTRIES)));
            matches.sort(Comparator.comparing(Match::matchedAt).reversed());
            Instant since = breaking.stream().map(Alert::created).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            xml = AtomFeeds.write(BREAKING, "Storyline: breaking stories", matches.subList(0, Math.min(matches.size(), AtomFeeds.ENTRIES)),
                    self, links.path("/alerts"), since, links);
        } else {
            Optional<Alert> alert = alerts.byId(id);
            if (alert.isEmpty()) {
                ctx.status(404).contentType("application/json").result(AlertJson.JSON.createObjectNode()
                        .put("error", "no alert with id '" + id + "'").toString());
                return;
            }
            xml = AtomFeeds.write("alert/" + id, "Storyline alert: " + alert.get().name(),
                    newestFirst(log.ofAlert(id, AtomFeeds.ENTRIES)), self, links.alert(id), alert.get().created(), links);
        }
        // Feed readers poll: an unchanged feed is answered 304 to a reader that sends back its ETag.
        String etag = "\"" + etag(xml) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(etag::equals)) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    private static String etag(String xml) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<Match> newestFirst(List<MatchLog.Positioned> oldestFirst) {
        List<Match> out = new ArrayList<>(oldestFirst.size());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) out.add(oldestFirst.get(i).match());
        return out;
    }

    private void status(Context ctx) throws IOException {
        Alert alert = alertOr404(ctx);
        if (alert == null) return;
        ObjectNode body = AlertJson.JSON.createObjectNode().put("alert", alert.id());
        ArrayNode channels = body.putArray("channels");
        for (ChannelStatus s : ChannelStatus.of(outbox, alert.id())) channels.add(json(s));
        ctx.contentType("application/json").result(body.toString());
    }

    private void retry(Context ctx) throws IOException, InterruptedException {
        Alert alert = alertOr404(ctx);
        if (alert == null) return;
        int n;
        try {
            n = outbox.retryParked(alert.id(), clock.instant(), Duration.ofSeconds(10));
        } catch (IOException busy) {
            ctx.status(503).header("Retry-After", "10").contentType("application/json")
                    .result(AlertJson.JSON.createObjectNode().put("error", busy.getMessage()).toString());
            return;
        }
        ctx.contentType("application/json").result(AlertJson.JSON.createObjectNode().put("alert", alert.id())
                .put("retried", n).toString());
    }

    private Alert alertOr404(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<Alert> alert = alerts.byId(id);
        if (alert.isEmpty()) {
            ctx.status(404).contentType("application/json")
                    .result(AlertJson.JSON.createObjectNode().put("error", "no alert with id '" + id + "'").toString());
            return null;
        }
        return alert.get();
    }

    /** A channel's status as JSON: last attempt, counts, parked parcels with their reasons. */
    public static ObjectNode json(ChannelStatus s) {
        ObjectNode o = AlertJson.JSON.createObjectNode();
        o.put("channel", s.channel()).put("delivered", s.delivered()).put("queued", s.queued()).put("pending", s.pending());
        if (s.last() != null) {
            o.putObject("last").put("at", s.last().at().toString()).put("id", s.last().parcelId())
                    .put("outcome", s.last().outcome().name().toLowerCase(Locale.ROOT)).put("detail", s.last().detail());
        } else {
            o.putNull("last");
        }
        ArrayNode parked = o.putArray("parked");
        for (Parcel p : s.parked()) {
            ArrayNode ids = parked.addObject().put("id", p.id()).put("reason", p.lastError()).put("attempts", p.attempts())
                    .putArray("matches");
            p.matches().forEach(m -> ids.add(m.id()));
        }
        return o;
    }

    /** The public URL when set, else the address asked at (its Host checked to be a host name, not markup). */
    private DeskLinks links(Context ctx) {
        if (publicUrl.base() != null) return publicUrl;
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return new DeskLinks(scheme + "://" + host);
    }
}
