package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import dev.storyline.ingest.AddressGuard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Posts each parcel as JSON ({@link WebhookPayload}) to the alert's webhook URL, signed: headers
 * {@code X-Storyline-Signature: sha256=<hex HMAC-SHA256 of the raw body under the alert's secret>},
 * {@code X-Storyline-Delivery: <idempotency key>} (the same on every re-send, for the receiver to de-duplicate by) and
 * {@code X-Storyline-Timestamp: <Unix seconds of this attempt>}. A 2xx answer is delivered; anything else, a
 * redirect included, failed; a 429 or 503 with Retry-After says when to come back. Bounded: connect and whole-request
 * timeouts, at most 4 KB of an answer read. Targets on private or loopback addresses are refused unless allowed.
 */
public final class WebhookChannel implements Channel {

    public static final String NAME = "webhook";
    private static final int ANSWER_BYTES = 4096;
    private static final String USER_AGENT = "Storyline-Webhook/0.1";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final AddressGuard guard;
    private final DeskLinks links;
    private final Clock clock;

    /**
     * @param allowPrivate whether targets on loopback or private addresses may be posted to ({@code --allow-private-addresses})
     * @param links        the desk's public URL for the payload's links
     */
    public WebhookChannel(Duration connectTimeout, Duration requestTimeout, boolean allowPrivate, DeskLinks links, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.guard = new AddressGuard(allowPrivate);
        this.links = links;
        this.clock = clock;
    }

    public static WebhookChannel standard(boolean allowPrivate, DeskLinks links) {
        return new WebhookChannel(Duration.ofSeconds(5), Duration.ofSeconds(20), allowPrivate, links, Clock.systemUTC());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Delivery delivery) {
        return delivery.webhook() != null;
    }

    @Override
    public Outcome send(Parcel parcel, Delivery delivery) {
        URI target = delivery.webhook();
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null) {
            return Outcome.failed("webhook URL " + target + " is not http(s)://host/...");
        }
        if (delivery.webhookSecret() == null || delivery.webhookSecret().isEmpty()) {
            return Outcome.failed("the alert has no webhook secret to sign with");
        }
        // The fetcher's guard: every address the host resolves to must be public (unless allowed).
        AddressGuard.Verdict verdict = guard.check(target.getHost());
        if (verdict instanceof AddressGuard.Verdict.Forbidden f) return Outcome.failed("webhook refused: " + f.reason());
        if (verdict instanceof AddressGuard.Verdict.Unresolved u) return Outcome.failed(u.reason());
        byte[] body = WebhookPayload.of(parcel, links);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("X-Storyline-Signature", Signatures.sign(body, delivery.webhookSecret()))
                .header("X-Storyline-Delivery", parcel.id())
                .header("X-Storyline-Timestamp", Long.toString(clock.instant().getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer = answer(response);
            int status = response.statusCode();
            String detail = "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer);
            if (status >= 200 && status < 300) return Outcome.delivered(detail);
            Duration retryAfter = status == 429 || status == 503
                    ? retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant()) : null;
            return new Outcome(false, detail, retryAfter);
        } catch (HttpTimeoutException e) {
            return Outcome.failed("no answer from " + target.getHost() + " within the timeout (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Outcome.failed("could not post to " + target.getHost() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted while posting (stopping)");
        }
    }

    /** The start of the receiver's answer, on one line, for people reading the failure. */
    private static String answer(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(ANSWER_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
