package dev.storyline.sources.fetch;

import dev.storyline.ingest.AddressGuard;
import dev.storyline.ingest.Urls;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Fetches URLs the way a good citizen of the web does, one process-wide instance shared by every thread:
 * <ul>
 *   <li>robots.txt (RFC 9309, crawler-commons) per scheme+host+port, cached; its {@code Crawl-delay} honoured up
 *   to a cap; our agent token is {@value #AGENT_TOKEN};</li>
 *   <li>one request at a time per host:port, with a minimum gap between the end of one and the start of the
 *   next; a 429 or 5xx (or a host that does not answer) makes the host back off exponentially, honouring
 *   {@code Retry-After};</li>
 *   <li>no request to a loopback, private, link-local… address unless the policy allows it (SSRF), checked at
 *   every redirect hop, as robots.txt is;</li>
 *   <li>bounded: connect and total timeouts, a cap on the body read from the wire and on its gzip/deflate-decoded
 *   size, a redirect limit with loop detection.</li>
 * </ul>
 * {@link #fetch} blocks while the host's turn comes (the gap, the crawl delay); it does not wait out a back-off
 * but answers {@link FetchOutcome.Failed} at once with the time left, so a caller can move on to other hosts.
 */
public final class PoliteFetcher implements AutoCloseable {

    /** The product token robots.txt rules are matched against. */
    public static final String AGENT_TOKEN = "storyline";

    /** RFC 9309 asks parsers to read at least 500 KiB of a robots.txt; past that, the rest is ignored. */
    private static final int ROBOTS_PARSE_LIMIT = 512 * 1024;
    private static final int ROBOTS_MAX_REDIRECTS = 5;
    /** Past this many cached robots.txt, expired ones are dropped, so the cache holds about the sites in use. */
    private static final int ROBOTS_SWEEP_SIZE = 10_000;
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8";

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;
    private final boolean ownsClient;
    private final ConcurrentHashMap<String, HostGate> gates;
    private final ConcurrentHashMap<String, RobotsEntry> robots;
    /** The robots.txt fetches under way: a second thread wanting the same one waits for it (bounded by work in flight). */
    private final ConcurrentHashMap<String, CompletableFuture<RobotsEntry>> robotsInFlight;

    public PoliteFetcher(FetchPolicy policy) {
        this(policy, new AddressGuard(policy.allowPrivateAddresses()));
    }

    PoliteFetcher(FetchPolicy policy, AddressGuard guard) {
        this(policy, guard, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // by hand: each hop is checked
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_2)
                .build(), true, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private PoliteFetcher(FetchPolicy policy, AddressGuard guard, HttpClient client, boolean ownsClient,
                          ConcurrentHashMap<String, HostGate> gates, ConcurrentHashMap<String, RobotsEntry> robots,
                          ConcurrentHashMap<String, CompletableFuture<RobotsEntry>> robotsInFlight) {
        this.policy = policy;
        this.guard = guard;
        this.client = client;
        this.ownsClient = ownsClient;
        this.gates = gates;
        this.robots = robots;
        this.robotsInFlight = robotsInFlight;
    }

    /**
     * This fetcher allowing private addresses (for the sources whose settings say so), sharing its hosts' turns,
     * gaps, back-offs and robots.txt cache: a host asked through both is still asked one request at a time.
     * Closing the view does nothing; closing this fetcher closes both.
     */
    public PoliteFetcher allowingPrivateAddresses() {
        if (policy.allowPrivateAddresses()) return this;
        return new PoliteFetcher(policy.withAllowPrivateAddresses(true), new AddressGuard(true), client, false,
                gates, robots, robotsInFlight);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** GETs the URL (conditionally when the request carries validators), following redirects by hand. */
    public FetchOutcome fetch(FetchRequest request) {
        try {
            return fetchFollowingRedirects(request);
        } catch (RuntimeException e) {
            // a fault of ours or of a library must cost one URL, not the caller's loop
            return new FetchOutcome.Failed(request.url(), 0, "unexpected error while fetching " + request.url() + ": " + e,
                    null, false);
        }
    }

    private FetchOutcome fetchFollowingRedirects(FetchRequest request) {
        URI asked = request.url();
        URI current = asked;
        List<URI> chain = new ArrayList<>(List.of(current));
        Set<String> seen = new HashSet<>(Set.of(loopKey(current)));
        for (int hop = 0; ; hop++) {
            Step step = step(asked, current, request, true);
            if (step instanceof Step.Stopped stopped) return stopped.outcome();
            Step.Answered answer = (Step.Answered) step;
            if (!isRedirect(answer.status())) return outcome(asked, answer);
            String location = answer.header("Location");
            if (location == null || location.isBlank())
                return new FetchOutcome.Failed(asked, answer.status(), "HTTP " + answer.status() + " redirect from "
                        + current + " without a Location header", null, false);
            URI next;
            try {
                next = current.resolve(location.strip().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                return new FetchOutcome.Failed(asked, answer.status(), "redirect from " + current
                        + " to an invalid URL: " + location, null, true);
            }
            chain.add(next);
            if (!seen.add(loopKey(next)))
                return new FetchOutcome.Refused(asked, "redirect loop: " + arrows(chain));
            if (hop + 1 > policy.maxRedirects())
                return new FetchOutcome.Refused(asked, "more than " + policy.maxRedirects() + " redirects: "
                        + arrows(chain));
            current = next;
        }
    }

    /**
     * The {@code Sitemap:} lines of the site's robots.txt (fetched politely and cached like any robots.txt), empty
     * when it has none or cannot be had.
     */
    public List<URI> robotsSitemaps(URI site) {
        if (!isHttp(site) || site.getHost() == null) return List.of();
        RobotsEntry entry = robotsOf(site);
        if (entry.rules() == null) return List.of();
        List<URI> sitemaps = new ArrayList<>();
        for (String s : entry.rules().getSitemaps()) {
            try {
                URI u = site.resolve(s.strip());
                if (isHttp(u)) sitemaps.add(u);
            } catch (IllegalArgumentException ignored) {
                // a malformed Sitemap: line names nothing we could fetch
            }
        }
        return List.copyOf(sitemaps);
    }

    @Override
    public void close() {
        if (ownsClient) client.close();
    }

    // ---- one hop: checks, the host's turn, the exchange ----

    private Step step(URI asked, URI given, FetchRequest validators, boolean obeyRobots) {
        URI url = Urls.withAsciiHost(given);
        if (!isHttp(url))
            return stop(new FetchOutcome.Refused(asked, "unsupported scheme " + url.getScheme() + " in " + url));
        if (url.getHost() == null || url.getHost().isBlank())
            return stop(new FetchOutcome.Refused(asked, "no host in " + url));
        AddressGuard.Verdict verdict = guard.check(url.getHost());
        if (verdict instanceof AddressGuard.Verdict.Forbidden f) return stop(new FetchOutcome.Refused(asked, f.reason()));
        if (verdict instanceof AddressGuard.Verdict.Unresolved u)
            return stop(new FetchOutcome.Failed(asked, 0, u.reason(), null, false));
        List<InetAddress> addresses = ((AddressGuard.Verdict.Allowed) verdict).addresses();
        if (obeyRobots) {
            RobotsEntry entry = robotsOf(url);
            if (entry.rules() == null) {
                Duration left = Duration.ofNanos(Math.max(0, entry.expiresNanos() - System.nanoTime()));
                return stop(new FetchOutcome.Failed(asked, 0, "robots.txt of " + site(url) + " could not be had ("
                        + entry.unreachable() + "); RFC 9309 says to assume everything is disallowed until it can",
                        left, false));
            }
            if (!entry.rules().isAllowed(url.toString()))
                return stop(new FetchOutcome.Refused(asked, "robots.txt of " + site(url) + " disallows "
                        + pathOf(url) + " for " + AGENT_TOKEN));
        }
        HostGate gate = gates.computeIfAbsent(hostKey(url), k -> new HostGate(k));
        return gate.exchange(asked, url, validators, addresses.isEmpty() ? null : addresses.getFirst().getHostAddress());
    }

    private static Step stop(FetchOutcome outcome) {
        return new Step.Stopped(outcome);
    }

    /** What one exchange with a host came to. */
    private sealed interface Step {
        record Answered(URI url, Instant at, List<Map.Entry<String, String>> requestHeaders, int status,
                        List<Map.Entry<String, String>> responseHeaders, CappedBody body, String ip,
                        Duration backoff) implements Step {
            String header(String name) {
                for (Map.Entry<String, String> h : responseHeaders)
                    if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
                return null;
            }
        }

        record Stopped(FetchOutcome outcome) implements Step {
        }
    }

    /** One host:port: one request at a time, a gap between them, and its back-off after failures. */
    private final class HostGate {
        private final String key;
        private final ReentrantLock lock = new ReentrantLock(true); // fair: waiting threads take turns in order
        private long lastFinishedNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
        private long backoffUntilNanos = System.nanoTime();
        private int failuresInARow;
        private String lastFailure;
        private volatile long crawlDelayMillis;

        HostGate(String key) {
            this.key = key;
        }

        Step exchange(URI asked, URI url, FetchRequest validators, String ip) {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stop(new FetchOutcome.Failed(asked, 0, "interrupted while waiting for " + key, null, false));
            }
            try {
                long now = System.nanoTime();
                if (backoffUntilNanos - now > 0) {
                    Duration left = Duration.ofNanos(backoffUntilNanos - now);
                    return stop(new FetchOutcome.Failed(asked, 0, key + " is backing off after " + lastFailure
                            + " (not asked)", left, false));
                }
                // the gap is computed now, so that a Crawl-delay learnt since the last request already counts
                long wait = lastFinishedNanos + gapNanos() - now;
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                Step step = send(asked, url, validators, ip);
                lastFinishedNanos = System.nanoTime();
                return afterwards(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return stop(new FetchOutcome.Failed(asked, 0, "interrupted while waiting for " + key, null, false));
            } finally {
                lock.unlock();
            }
        }

        private long gapNanos() {
            long crawlDelay = Math.min(Math.max(crawlDelayMillis, 0), policy.maxCrawlDelay().toMillis());
            return Math.max(policy.minDelayPerHost().toNanos(), TimeUnit.MILLISECONDS.toNanos(crawlDelay));
        }

        /** Updates the back-off: a 429, a 5xx or no answer at all doubles it; anything else resets it. */
        private Step afterwards(Step step) {
            Duration retryAfter = null;
            String failure;
            if (step instanceof Step.Answered a) {
                if (a.status() != 429 && a.status() < 500) {
                    failuresInARow = 0;
                    return step;
                }
                failure = "HTTP " + a.status();
                retryAfter = retryAfter(a.header("Retry-After"));
            } else if (step instanceof Step.Stopped s && s.outcome() instanceof FetchOutcome.Failed f) {
                failure = f.reason();
            } else {
                return step;
            }
            failuresInARow++;
            long exponential = policy.backoffBase().toMillis() << Math.min(failuresInARow - 1, 20);
            long millis = Math.max(exponential, retryAfter == null ? 0 : retryAfter.toMillis());
            Duration backoff = Duration.ofMillis(Math.min(millis, policy.maxBackoff().toMillis()));
            backoffUntilNanos = System.nanoTime() + backoff.toNanos();
            lastFailure = failure;
            if (step instanceof Step.Answered a)
                return new Step.Answered(a.url(), a.at(), a.requestHeaders(), a.status(), a.responseHeaders(),
                        a.body(), a.ip(), backoff);
            FetchOutcome.Failed f = (FetchOutcome.Failed) ((Step.Stopped) step).outcome();
            return stop(new FetchOutcome.Failed(f.url(), f.status(), f.reason() + "; " + key + " backs off",
                    backoff, f.permanent()));
        }
    }

    private Step send(URI asked, URI url, FetchRequest validators, String ip) throws InterruptedException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("User-Agent", policy.userAgent()));
        headers.add(Map.entry("Accept", ACCEPT));
        headers.add(Map.entry("Accept-Encoding", "gzip, deflate"));
        if (validators.etag() != null) headers.add(Map.entry("If-None-Match", validators.etag()));
        if (validators.lastModified() != null) headers.add(Map.entry("If-Modified-Since", validators.lastModified()));
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url).GET().timeout(policy.totalTimeout())
                    // HTTP/2 where TLS negotiates it; plain HTTP stays 1.1 (no h2c upgrade dance with old servers)
                    .version("https".equalsIgnoreCase(url.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
            headers.forEach(h -> builder.header(h.getKey(), h.getValue()));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // a URL the client cannot ask for, or a validator (as a server sent it) that is no valid header value
            return stop(new FetchOutcome.Refused(asked, "cannot ask for " + url + ": " + e.getMessage()));
        }
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        sent.add(Map.entry("Host", url.getRawAuthority()));
        sent.addAll(headers);

        CompletableFuture<HttpResponse<CappedBody>> future = client.sendAsync(request,
                CappedBody.handler(policy.maxBodyBytes()));
        String total = Durations.words(policy.totalTimeout());
        try {
            HttpResponse<CappedBody> response = future.get(policy.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
            List<Map.Entry<String, String>> received = new ArrayList<>();
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) values.forEach(v -> received.add(Map.entry(name, v)));
            });
            return new Step.Answered(url, Instant.now(), sent, response.statusCode(), received, response.body(), ip, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return stop(new FetchOutcome.Failed(asked, 0, "no complete answer from " + url + " within " + total
                    + " (total timeout)", null, false));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return stop(new FetchOutcome.Failed(asked, 0, networkFailure(url, e.getCause()), null, false));
        }
    }

    private String networkFailure(URI url, Throwable cause) {
        String where = url.getRawAuthority();
        if (cause instanceof HttpConnectTimeoutException)
            return "could not connect to " + where + " within " + Durations.words(policy.connectTimeout()) + " (connect timeout)";
        if (cause instanceof HttpTimeoutException)
            return "no answer from " + url + " within " + Durations.words(policy.totalTimeout()) + " (total timeout)";
        if (cause instanceof ConnectException)
            return "connection to " + where + " refused or unreachable";
        if (cause instanceof SSLException)
            return "TLS with " + where + " failed: " + cause.getMessage();
        if (cause instanceof IOException)
            return "network error with " + where + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        return "fetching " + url + " failed: " + cause;
    }

    // ---- the final answer ----

    private FetchOutcome outcome(URI asked, Step.Answered a) {
        HttpExchange exchange;
        int status = a.status();
        if (a.body().truncated())
            return new FetchOutcome.Failed(asked, status, "the body of " + a.url() + " is larger than the "
                    + Durations.bytes(policy.maxBodyBytes()) + " cap; stopped reading", null, true);
        if (status == 304) return new FetchOutcome.NotModified(exchange(asked, a, new byte[0]));
        if (status >= 200 && status < 300) {
            ContentDecoding.Result decoded = ContentDecoding.decode(a.body().bytes(), a.header("Content-Encoding"),
                    policy.maxDecodedBytes());
            if (decoded instanceof ContentDecoding.Result.Undecodable u)
                return new FetchOutcome.Failed(asked, status, u.reason() + " (" + a.url() + ")", null, false);
            exchange = exchange(asked, a, ((ContentDecoding.Result.Decoded) decoded).body());
            return new FetchOutcome.Fetched(exchange);
        }
        String what = "HTTP " + status + statusWords(status) + " from " + a.url();
        if (status == 404 || status == 410) return new FetchOutcome.Failed(asked, status, what, null, true);
        if (a.backoff() != null) return new FetchOutcome.Failed(asked, status, what + "; the host backs off", a.backoff(), false);
        return new FetchOutcome.Failed(asked, status, what, null, false);
    }

    private static HttpExchange exchange(URI asked, Step.Answered a, byte[] body) {
        return new HttpExchange(asked, a.url(), a.at(), a.requestHeaders(), a.status(), a.responseHeaders(), body, a.ip());
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 405 -> " Method Not Allowed";
            case 406 -> " Not Acceptable";
            case 408 -> " Request Timeout";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 451 -> " Unavailable For Legal Reasons";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    /** Retry-After in seconds or as an HTTP-date, else null. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    // ---- robots.txt ----

    /** The rules of one origin, or (rules null) why they could not be had; valid until expiresNanos. */
    private record RobotsEntry(BaseRobotRules rules, String unreachable, long expiresNanos) {
    }

    private RobotsEntry robotsOf(URI url) {
        String origin = origin(url);
        RobotsEntry entry = robots.get(origin);
        if (entry != null && entry.expiresNanos() - System.nanoTime() > 0) return entry;
        CompletableFuture<RobotsEntry> mine = new CompletableFuture<>();
        CompletableFuture<RobotsEntry> theirs = robotsInFlight.putIfAbsent(origin, mine);
        if (theirs != null) return theirs.join();
        try {
            entry = robots.get(origin);
            if (entry == null || entry.expiresNanos() - System.nanoTime() <= 0) {
                entry = fetchRobots(URI.create(origin + "/robots.txt"));
                if (robots.size() >= ROBOTS_SWEEP_SIZE) forgetExpiredRobots();
                robots.put(origin, entry);
                if (entry.rules() != null) gates.computeIfAbsent(hostKey(url), HostGate::new).crawlDelayMillis = entry.rules().getCrawlDelay();
            }
            mine.complete(entry);
            return entry;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            robotsInFlight.remove(origin, mine);
        }
    }

    private void forgetExpiredRobots() {
        long now = System.nanoTime();
        robots.entrySet().removeIf(e -> e.getValue().expiresNanos() - now <= 0);
    }

    /** RFC 9309 §2.3.1: 2xx parsed; 4xx allow all; 5xx, 429 or no answer disallow all for a while. */
    private RobotsEntry fetchRobots(URI robotsUrl) {
        long now = System.nanoTime();
        long fresh = now + policy.robotsTtl().toNanos();
        long retry = now + policy.robotsErrorTtl().toNanos();
        URI current = robotsUrl;
        for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
            Step step = step(robotsUrl, current, FetchRequest.of(current), false);
            if (step instanceof Step.Stopped s) {
                if (!(s.outcome() instanceof FetchOutcome.Failed f))
                    return new RobotsEntry(allowAll(), null, fresh); // a redirect we may not follow: as unavailable
                // not asked because the host backs off: ask again when the back-off ends, not a whole error TTL later
                long until = f.retryAfter() == null ? retry : Math.min(retry, now + f.retryAfter().toNanos());
                return new RobotsEntry(null, f.reason(), until);
            }
            Step.Answered a = (Step.Answered) step;
            int status = a.status();
            if (isRedirect(status) && a.header("Location") != null) {
                try {
                    current = current.resolve(a.header("Location").strip());
                    continue;
                } catch (IllegalArgumentException e) {
                    return new RobotsEntry(allowAll(), null, fresh);
                }
            }
            if (status == 429 || status >= 500)
                return new RobotsEntry(null, "HTTP " + status + statusWords(status), retry);
            if (status < 200 || status >= 300) return new RobotsEntry(allowAll(), null, fresh);
            ContentDecoding.Result decoded = ContentDecoding.decode(a.body().bytes(), a.header("Content-Encoding"),
                    policy.maxDecodedBytes());
            if (decoded instanceof ContentDecoding.Result.Undecodable u)
                return new RobotsEntry(null, u.reason(), retry);
            byte[] body = ((ContentDecoding.Result.Decoded) decoded).body();
            if (body.length > ROBOTS_PARSE_LIMIT) body = Arrays.copyOf(body, ROBOTS_PARSE_LIMIT);
            // Crawl-delay is capped by us, not by the parser (which would disallow everything past its cap).
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
            return new RobotsEntry(parser.parseContent(robotsUrl.toString(), body, a.header("Content-Type"),
                    List.of(AGENT_TOKEN)), null, fresh);
        }
        return new RobotsEntry(allowAll(), null, fresh); // too many redirects: RFC 9309 lets us treat it as unavailable
    }

    private static BaseRobotRules allowAll() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    // ---- small helpers ----

    private static boolean isHttp(URI url) {
        String scheme = url.getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static int port(URI url) {
        if (url.getPort() != -1) return url.getPort();
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String hostKey(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
    }

    private static String origin(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
    }

    /** The site as people write it: scheme and host, the port only when it is not the default. */
    private static String site(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT)
                .replaceFirst("^.*@", "").replaceFirst(":" + ("https".equalsIgnoreCase(url.getScheme()) ? 443 : 80) + "$", "");
    }

    private static String pathOf(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The URL as asked (only the fragment dropped): a redirect that strips tracking parameters is no loop. */
    private static String loopKey(URI url) {
        String s = url.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static String arrows(List<URI> chain) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" → "));
    }
}
