package dev.storyline.cli;

import picocli.CommandLine.Option;

/**
 * {@code --allow-private-addresses} for the commands that deliver alerts but fetch nothing (ingest, watch, serve,
 * alerts deliver). Commands that also fetch (follow, run) have the flag in {@code FollowOptions}, and one flag then
 * governs both: a command must not declare it twice.
 */
final class PrivateAddressesOption {

    @Option(names = "--allow-private-addresses",
            description = "Let webhooks post to loopback and private-network addresses (refused by default, against server-side request forgery).")
    boolean allowPrivateAddresses;
}
