package dev.storyline.sources;

import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.sources.fetch.PoliteFetcher;

/**
 * The polite fetchers a process uses: one that refuses private and loopback addresses (the default, against
 * server-side request forgery) and, made when first needed, one that allows them for the sources whose settings
 * say so. The two never share a host, so each keeps its hosts' politeness alone.
 */
public final class Fetchers implements AutoCloseable {

    private final FetchPolicy policy;
    private final PoliteFetcher publicOnly;
    private PoliteFetcher withPrivate;

    /** @param policy the politeness and bounds; its {@code allowPrivateAddresses} allows them for every source */
    public Fetchers(FetchPolicy policy) {
        this.policy = policy;
        this.publicOnly = new PoliteFetcher(policy);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** The fetcher for a source: private addresses allowed when the process or the source allows them. */
    public PoliteFetcher forSource(SourceSettings settings) {
        if (policy.allowPrivateAddresses() || !settings.allowPrivateAddresses()) return publicOnly;
        synchronized (this) {
            if (withPrivate == null) withPrivate = new PoliteFetcher(policy.withAllowPrivateAddresses(true));
            return withPrivate;
        }
    }

    @Override
    public synchronized void close() {
        publicOnly.close();
        if (withPrivate != null) withPrivate.close();
    }
}
