package dev.storyline.sources.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Every setting of the {@link PoliteFetcher}, with the defaults of {@link #defaults()} (the README's "Politeness defaults" says why
 * each is what it is).
 *
 * @param contactUrl            where a site owner reads who runs this monitor; goes into the User-Agent
 *                              (default {@value #DEFAULT_CONTACT}: operators should set their own)
 * @param connectTimeout        to open a connection (default 10 s)
 * @param totalTimeout          for a whole answer, headers and body (default 30 s)
 * @param maxBodyBytes          read from the wire at most this; a longer body is cut and reported (default 10 MiB)
 * @param maxDecodedBytes       a gzip/deflate body decodes to at most this (default 50 MiB, the sitemap protocol's
 *                              own limit); beyond it, a gzip bomb is reported
 * @param maxRedirects          redirects followed per request (default 5, as RFC 9309 asks for robots.txt)
 * @param minDelayPerHost       gap between the end of one request to a host and the start of the next (default 6 s,
 *                              as the CC-NEWS crawler)
 * @param maxCrawlDelay         a robots.txt {@code Crawl-delay} is honoured up to this (default 60 s)
 * @param robotsTtl             how long a fetched robots.txt is trusted (default 24 h, RFC 9309's advice)
 * @param robotsErrorTtl        how long an unreachable robots.txt (5xx, 429, network error) means "disallow all"
 *                              before it is asked again (default 15 min)
 * @param backoffBase           first back-off after a 429 or 5xx; doubles with each failure in a row (default 30 s)
 * @param maxBackoff            cap of the back-off, and of a Retry-After we honour (default 1 h)
 * @param allowPrivateAddresses whether loopback, private, link-local… addresses may be fetched (default false: SSRF)
 */
public record FetchPolicy(String contactUrl, Duration connectTimeout, Duration totalTimeout, long maxBodyBytes,
                          long maxDecodedBytes, int maxRedirects, Duration minDelayPerHost, Duration maxCrawlDelay,
                          Duration robotsTtl, Duration robotsErrorTtl, Duration backoffBase, Duration maxBackoff,
                          boolean allowPrivateAddresses) {

    /** The contact when none is configured: a reserved name (RFC 2606) that says plainly none was set. */
    public static final String DEFAULT_CONTACT = "https://storyline.invalid/contact-not-configured";

    public FetchPolicy {
        Objects.requireNonNull(contactUrl, "contactUrl");
        URI contact = URI.create(contactUrl.strip());
        if (!"http".equalsIgnoreCase(contact.getScheme()) && !"https".equalsIgnoreCase(contact.getScheme()) && !"mailto".equalsIgnoreCase(contact.getScheme()))
            throw new IllegalArgumentException("contact URL must be http(s) or mailto: " + contactUrl);
        contactUrl = contactUrl.strip();
        positive(connectTimeout, "connectTimeout");
        positive(totalTimeout, "totalTimeout");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (maxDecodedBytes <= 0) throw new IllegalArgumentException("maxDecodedBytes must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
        notNegative(minDelayPerHost, "minDelayPerHost");
        notNegative(maxCrawlDelay, "maxCrawlDelay");
        positive(robotsTtl, "robotsTtl");
        positive(robotsErrorTtl, "robotsErrorTtl");
        positive(backoffBase, "backoffBase");
        positive(maxBackoff, "maxBackoff");
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_CONTACT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 50L << 20,
                5, Duration.ofSeconds(6), Duration.ofSeconds(60), Duration.ofHours(24), Duration.ofMinutes(15),
                Duration.ofSeconds(30), Duration.ofHours(1), false);
    }

    /** {@code Storyline/<version> (+<contact URL>)}. */
    public String userAgent() {
        return "Storyline/" + VERSION + " (+" + contactUrl + ")";
    }

    /** The build's version (Maven writes it into version.properties), "dev" when run from an unfiltered tree. */
    private static final String VERSION = readVersion();

    private static String readVersion() {
        try (InputStream in = FetchPolicy.class.getResourceAsStream("/dev/storyline/version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "dev" : v.strip();
        } catch (IOException e) {
            return "dev";
        }
    }

    public FetchPolicy withContactUrl(String url) {
        return new FetchPolicy(url, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration total) {
        return new FetchPolicy(contactUrl, connect, total, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withMaxBodyBytes(long wire, long decoded) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, wire, decoded, maxRedirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, redirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withMinDelayPerHost(Duration delay) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                delay, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withMaxCrawlDelay(Duration cap) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, cap, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withRobotsTtl(Duration ttl, Duration errorTtl) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, maxCrawlDelay, ttl, errorTtl, backoffBase, maxBackoff, allowPrivateAddresses);
    }

    public FetchPolicy withBackoff(Duration base, Duration max) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, base, max, allowPrivateAddresses);
    }

    public FetchPolicy withAllowPrivateAddresses(boolean allow) {
        return new FetchPolicy(contactUrl, connectTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects,
                minDelayPerHost, maxCrawlDelay, robotsTtl, robotsErrorTtl, backoffBase, maxBackoff, allow);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive");
    }

    private static void notNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative");
    }
}
