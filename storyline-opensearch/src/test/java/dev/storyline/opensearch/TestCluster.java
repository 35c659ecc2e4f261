package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;
import org.opensearch.transport.TransportService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real OpenSearch cluster of two nodes on loopback for the tests, started once per test JVM and shared by the test
 * classes (a start takes tens of seconds): OpenSearch's own {@link Node}, with its HTTP/transport (Netty) and
 * analysis modules, in this JVM. OpenSearch 3.9 is built on Lucene 10.5.1, the embedded store's, so one Lucene
 * serves both. Both nodes may be cluster manager and hold data; with two such nodes the voting configuration holds
 * one of them (a majority of two is two), so only the other can stop without the cluster stopping:
 * {@link #stopFollower()} stops that one, as an operator upgrading a data node would, and {@link #restart} brings it back
 * on the same ports and data. Each test takes its own index prefix ({@link #freshLocation()}).
 */
public final class TestCluster {

    private static TestCluster shared;
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private final Path home;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> httpPorts = new LinkedHashMap<>();
    private final Map<String, Integer> transportPorts = new LinkedHashMap<>();

    private TestCluster(Path home) {
        this.home = home;
    }

    /** The cluster of this test JVM, started at the first call; stopped when the JVM exits. */
    public static synchronized TestCluster shared() {
        if (shared == null) {
            try {
                TestCluster cluster = new TestCluster(Files.createTempDirectory("storyline-opensearch-test"));
                cluster.startAll();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAll, "opensearch-test-cluster-stop"));
                shared = cluster;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * Starts the two-node cluster on its own and prints its location, for a benchmark or a manual look (run with the
     * module's test classpath); Ctrl-C stops it.
     */
    public static void main(String[] args) throws InterruptedException {
        TestCluster cluster = shared();
        System.out.println(cluster.uri("storyline"));
        System.out.flush();
        Thread.currentThread().join();
    }

    private void startAll() throws IOException {
        start("node-1", 0, 0, null);
        start("node-2", 0, 0, "127.0.0.1:" + transportPorts.get("node-1"));
        awaitNodes(2);
    }

    private synchronized void start(String name, int httpPort, int transportPort, String seed) {
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", "storyline-test")
                .put("node.name", name)
                .put("path.home", home.toString())
                .put("path.data", home.resolve(name).toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", String.valueOf(httpPort))
                .put("transport.port", String.valueOf(transportPort))
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .putList("cluster.initial_cluster_manager_nodes", "node-1", "node-2")
                .putList("discovery.seed_hosts", seed == null ? List.of() : List.of(seed))
                // Do not wait for the other node inside start(): the cluster forms once both are up.
                .put("discovery.initial_state_timeout", "0s")
                // A test machine's disk may be fuller than a server's watermarks allow.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // The nodes share the test JVM's heap with what the test loads (the analysis models: about 1 GB); the
                // real-memory parent breaker counts that too and answered "429 Too Many Requests" to a HEAD in CI.
                .put("indices.breaker.total.use_real_memory", false);
        Settings built = settings.build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(built, Map.of(), null, () -> name);
        Node node = new ClasspathNode(environment, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
        try {
            node.start();
        } catch (Exception e) {
            throw new IllegalStateException("OpenSearch test node " + name + " did not start: " + e.getMessage(), e);
        }
        nodes.put(name, node);
        httpPorts.put(name, node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort());
        transportPorts.put(name, node.injector().getInstance(TransportService.class).boundAddress().publishAddress().getPort());
    }

    /** A node with plugins from the classpath (the distribution loads them from its modules folder instead). */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, List<Class<? extends Plugin>> plugins) {
            super(environment, infos(plugins), true);
        }

        private static List<PluginInfo> infos(List<Class<? extends Plugin>> plugins) {
            List<PluginInfo> infos = new ArrayList<>();
            for (Class<? extends Plugin> p : plugins) {
                infos.add(new PluginInfo(p.getName(), "classpath plugin", "NA", Version.CURRENT,
                        String.valueOf(Runtime.version().feature()), p.getName(), List.of(), false));
            }
            return infos;
        }
    }

    /** The running nodes' HTTP addresses with a prefix no other test uses. */
    public OpenSearchLocation freshLocation() {
        return location("t" + PREFIXES.incrementAndGet() + "-" + ProcessHandle.current().pid());
    }

    /** The running nodes' HTTP addresses, indices under {@code prefix}. */
    public synchronized OpenSearchLocation location(String prefix) {
        List<OpenSearchLocation.Node> http = new ArrayList<>();
        for (String name : nodes.keySet()) http.add(new OpenSearchLocation.Node("127.0.0.1", httpPorts.get(name)));
        return new OpenSearchLocation(http, prefix, 1, 1);
    }

    /** The location as {@code storyline serve --store} takes it. */
    public String uri(String prefix) {
        return location(prefix).toString();
    }

    /** Stops the node that is not in the voting configuration (the cluster goes on without it); returns its name. */
    public synchronized String stopFollower() throws IOException {
        String manager = managerName();
        String follower = nodes.keySet().stream().filter(n -> !n.equals(manager)).findFirst()
                .orElseThrow(() -> new IllegalStateException("only one node runs"));
        // Every copy placed first: a replica still recovering when its primary's node stops leaves the shard red
        awaitAllGreen();
        nodes.remove(follower).close();
        awaitNodes(1);
        return follower;
    }

    /** Starts a stopped node again, on its former ports and data, and waits until the cluster has it back. */
    public synchronized void restart(String name) throws IOException {
        String other = nodes.keySet().iterator().next();
        start(name, httpPorts.get(name), transportPorts.get(name), "127.0.0.1:" + transportPorts.get(other));
        awaitNodes(2);
    }

    /** Waits (a minute at most) until every copy of the index's shards is placed: with replicas 1, one on each node. */
    public void awaitGreen(String index) throws IOException {
        try (OpenSearchClient client = OpenSearchClient.connect(location("none"))) {
            JsonNode health = client.send("GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
            if (health.path("timed_out").asBoolean()) throw new IOException("index " + index + " not green in 60 s: " + health);
        }
    }

    /** How many copies of the index's shards the named node holds. */
    public int copiesOn(String node, String index) throws IOException {
        try (OpenSearchClient client = OpenSearchClient.connect(location("none"))) {
            int copies = 0;
            for (JsonNode shard : client.send("GET", "/_cat/shards/" + index + "?format=json", null)) {
                if (node.equals(shard.path("node").asText())) copies++;
            }
            return copies;
        }
    }

    private String managerName() throws IOException {
        try (OpenSearchClient client = OpenSearchClient.connect(location("none"))) {
            JsonNode state = client.send("GET", "/_cluster/state/cluster_manager_node,nodes", null);
            String id = state.path("cluster_manager_node").asText();
            return state.path("nodes").path(id).path("name").asText();
        }
    }

    /** Waits (a minute at most) until the cluster has {@code count} nodes and every shard it can place placed. */
    private void awaitAllGreen() throws IOException {
        try (OpenSearchClient client = OpenSearchClient.connect(location("none"))) {
            // under the client's own 60 s, so that a slow cluster is reported by OpenSearch and not as a socket timeout
            JsonNode health = client.send("GET", "/_cluster/health?wait_for_status=green&timeout=45s", null);
            if (health.path("timed_out").asBoolean()) throw new IOException("the OpenSearch test cluster was not green in 45 s: " + health);
        }
    }

    private void awaitNodes(int count) throws IOException {
        try (OpenSearchClient client = OpenSearchClient.connect(location("none"))) {
            JsonNode health = client.send("GET", "/_cluster/health?wait_for_nodes=" + count
                    + "&wait_for_status=" + (count > 1 ? "green" : "yellow") + "&timeout=45s", null);
            if (health.path("timed_out").asBoolean()) {
                throw new IOException("the OpenSearch test cluster did not reach " + count + " nodes in 45 s: " + health);
            }
        }
    }

    private synchronized void stopAll() {
        for (Node node : nodes.values()) {
            try {
                node.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("OpenSearch test node did not stop: " + e.getMessage());
            }
        }
        nodes.clear();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
