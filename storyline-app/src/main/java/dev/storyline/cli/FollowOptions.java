package dev.storyline.cli;

import dev.storyline.sources.fetch.FetchPolicy;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How the commands that fetch (sources add, follow, run) reach the web. */
final class FollowOptions {

    @Option(names = "--allow-private-addresses",
            description = "Also fetch from loopback and private addresses (refused by default, against server-side request forgery).")
    boolean allowPrivateAddresses;

    @Option(names = "--contact", paramLabel = "URL",
            description = "Where site owners read who runs this monitor (http(s) or mailto), sent in the User-Agent.")
    String contact;

    @Option(names = "--host-delay-ms", hidden = true,
            description = "Gap between two requests to one host, in ms (default 6000; for tests and benchmarks on loopback).")
    Long hostDelayMillis;

    FetchPolicy policy() {
        FetchPolicy policy = FetchPolicy.defaults().withAllowPrivateAddresses(allowPrivateAddresses);
        if (contact != null) policy = policy.withContactUrl(contact);
        if (hostDelayMillis != null) policy = policy.withMinDelayPerHost(Duration.ofMillis(hostDelayMillis));
        return policy;
    }

}
