package dev.storyline.sources;

import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.sources.fetch.PoliteFetcher;

/**
 * The polite fetcher of a process, seen two ways: refusing private and loopback addresses (the default, against
 * server-side request forgery), or allowing them for the sources whose settings say so. Both views share the hosts'
 * turns, gaps, back-offs and robots.txt cache, so a host is asked one request at a time whichever view asks.
 */
public final class Fetchers implements AutoCloseable {

    private final PoliteFetcher fetcher;
    private final PoliteFetcher allowingPrivate;

    /** @param policy the politeness and bounds; its {@code allowPrivateAddresses} allows them for every source */
    public Fetchers(FetchPolicy policy) {
        this.fetcher = new PoliteFetcher(policy);
        this.allowingPrivate = fetcher.allowingPrivateAddresses();
    }

    public FetchPolicy policy() {
        return fetcher.policy();
    }

    /** The fetcher for a source: private addresses allowed when the process or the source allows them. */
    public PoliteFetcher forSource(SourceSettings settings) {
        return settings.allowPrivateAddresses() ? allowingPrivate : fetcher;
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
