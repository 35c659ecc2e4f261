package dev.storyline.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a store lives on OpenSearch: {@code opensearch://host:port[,host:port…][/prefix][?replicas=N&shards=N]}.
 * Every index of the store is named {@code prefix-kind} (articles, events, entities), so that several stores
 * share a cluster. Nodes listed are used in turn (a node that fails is skipped until it answers again).
 *
 * @param nodes    host:port of the nodes to talk to (HTTP)
 * @param prefix   the indices' prefix (default {@code storyline})
 * @param shards   primary shards per index (default 1: a shard holds tens of millions of articles)
 * @param replicas copies of each shard, or -1 for "0-1 as there are nodes" (the default)
 */
public record OpenSearchLocation(List<Node> nodes, String prefix, int shards, int replicas) {

    public static final String SCHEME = "opensearch";
    private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

    /** One node's HTTP address. */
    public record Node(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public OpenSearchLocation {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) throw new IllegalArgumentException("an OpenSearch location needs at least one host:port");
        if (!INDEX_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("index prefix '" + prefix + "' must be lowercase letters, digits, '-' or '_'");
        }
        if (shards < 1) throw new IllegalArgumentException("shards must be >= 1, was " + shards);
        if (replicas < -1) throw new IllegalArgumentException("replicas must be >= 0, was " + replicas);
    }

    /** Whether {@code store} names an OpenSearch location (else it is the embedded store). */
    public static boolean isOpenSearch(String store) {
        return store != null && store.startsWith(SCHEME + "://");
    }

    /**
     * Parses {@code opensearch://host:port[,host:port…][/prefix][?replicas=N&shards=N]}.
     *
     * @throws IllegalArgumentException naming the location and what is wrong with it
     */
    public static OpenSearchLocation parse(String location) {
        if (!isOpenSearch(location)) {
            throw new IllegalArgumentException("'" + location + "' is not an OpenSearch location: opensearch://host:port[/prefix]");
        }
        String rest = location.substring((SCHEME + "://").length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String prefix = "storyline";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String p = rest.substring(slash + 1);
            if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
            if (!p.isEmpty()) prefix = p;
            rest = rest.substring(0, slash);
        }
        try {
            List<Node> nodes = new ArrayList<>();
            for (String hostPort : rest.split(",")) {
                URI uri = new URI("http://" + hostPort.strip());
                if (uri.getHost() == null || uri.getPort() < 0 || !uri.getPath().isEmpty()) {
                    throw new IllegalArgumentException("'" + hostPort + "' is not host:port");
                }
                nodes.add(new Node(uri.getHost(), uri.getPort()));
            }
            int shards = 1, replicas = -1;
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) continue;
                String[] kv = parameter.split("=", 2);
                int value = kv.length == 2 ? Integer.parseInt(kv[1]) : -2;
                switch (kv[0]) {
                    case "shards" -> shards = value;
                    case "replicas" -> replicas = value;
                    default -> throw new IllegalArgumentException("unknown parameter '" + kv[0] + "' (shards, replicas)");
                }
            }
            return new OpenSearchLocation(nodes, prefix, shards, replicas);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bad OpenSearch location '" + location + "': " + e.getMessage(), e);
        }
    }

    /** The name of this store's index of {@code kind}. */
    public String index(String kind) {
        return prefix + "-" + kind;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(SCHEME + "://");
        for (int i = 0; i < nodes.size(); i++) s.append(i == 0 ? "" : ",").append(nodes.get(i));
        return s.append('/').append(prefix).toString();
    }
}
