package dev.storyline.sources.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * What became of one {@link FetchRequest}. Every outcome says, in {@link #describe()}, what happened in words a
 * user can read on the Sources page.
 */
public sealed interface FetchOutcome {

    /** The URL asked for (the reason names the redirect hop when it is another). */
    URI url();

    /** One line for a person: what happened and why. */
    String describe();

    /** A 2xx answer with its body (decoded, within the size caps). */
    record Fetched(HttpExchange exchange) implements FetchOutcome {
        @Override
        public URI url() {
            return exchange.requested();
        }

        @Override
        public String describe() {
            String via = exchange.url().equals(exchange.requested()) ? "" : " (redirected to " + exchange.url() + ")";
            return "HTTP " + exchange.status() + ", " + exchange.body().length + " bytes" + via;
        }
    }

    /** A 304: the copy held (its validators were sent) is still current. */
    record NotModified(HttpExchange exchange) implements FetchOutcome {
        @Override
        public URI url() {
            return exchange.requested();
        }

        @Override
        public String describe() {
            return "HTTP 304: not modified since the last fetch";
        }
    }

    /**
     * Not asked, by our own rule: robots.txt disallows it, the address is private, the scheme is not HTTP(S), the
     * redirects loop or exceed the limit. Asking again later changes nothing unless the site or the policy does.
     */
    record Refused(URI url, String reason) implements FetchOutcome {
        @Override
        public String describe() {
            return "refused: " + reason;
        }
    }

    /**
     * Asked (or about to be) and no usable answer.
     *
     * @param status     the HTTP status, 0 when there was none (timeout, connection refused, host backing off…)
     * @param reason     what went wrong, for a person
     * @param retryAfter how long to wait before asking this host again (Retry-After or our back-off), else null
     * @param permanent  true when asking again will not help (404, 410, a body over the size cap)
     */
    record Failed(URI url, int status, String reason, Duration retryAfter, boolean permanent) implements FetchOutcome {
        @Override
        public String describe() {
            return "failed: " + reason + (retryAfter == null ? "" : "; ask again in " + Durations.words(retryAfter));
        }
    }
}
