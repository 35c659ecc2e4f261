package dev.storyline.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for the tests, playing one outlet: per-path handlers (unknown paths answer 404, so a
 * missing robots.txt allows everything), and a log of every request with its arrival and finish times, from
 * which the politeness actually kept is measured at the server side.
 */
public final class TestServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as the server saw it. */
    public record Request(String path, String query, Map<String, List<String>> headers, long arrivedNanos,
                          long finishedNanos) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet())
                if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) return h.getValue().getFirst();
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    /** Requests in arrival order; logged when they arrive (so a test sees them as soon as its client has the answer). */
    private final List<Logged> log = new ArrayList<>();

    private record Logged(String path, String query, Map<String, List<String>> headers, long arrivedNanos,
                          java.util.concurrent.atomic.AtomicLong finishedNanos) {
        Request snapshot() {
            long finished = finishedNanos.get();
            return new Request(path, query, headers, arrivedNanos, finished == 0 ? System.nanoTime() : finished);
        }
    }
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    public static TestServer start() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a loopback server", e);
        }
    }

    /** Answers requests for this path (the query does not count). */
    public TestServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Answers this path with a fixed status, type and body. */
    public TestServer on(String path, int status, String contentType, String body) {
        return on(path, ex -> respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The requests so far; one still being answered counts as finishing now. */
    public synchronized List<Request> requests() {
        return log.stream().map(Logged::snapshot).toList();
    }

    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The most requests this server was answering at one time. */
    public int maxConcurrent() {
        return maxInFlight.get();
    }

    /**
     * The shortest time between the end of one request (when the server sent its answer) and the arrival of the
     * next; null with fewer than two.
     */
    public Duration minGap() {
        List<Request> byArrival = new ArrayList<>(requests());
        byArrival.sort(Comparator.comparingLong(Request::arrivedNanos));
        Duration min = null;
        for (int i = 1; i < byArrival.size(); i++) {
            Duration gap = Duration.ofNanos(byArrival.get(i).arrivedNanos() - byArrival.get(i - 1).finishedNanos());
            if (min == null || gap.compareTo(min) < 0) min = gap;
        }
        return min;
    }

    /**
     * When this thread began sending its answer: the request's end as the server means it. Taken before the bytes
     * go out, since the client may have them (and go on) before this thread is scheduled again after writing.
     */
    private static final ThreadLocal<Long> ANSWER_SENT = new ThreadLocal<>();

    public static void respond(HttpExchange ex, int status, String contentType, byte[] body, String... headers) throws IOException {
        ANSWER_SENT.set(System.nanoTime());
        if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        boolean noBody = status == 304 || status == 204 || body.length == 0;
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        long arrived = System.nanoTime();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String path = ex.getRequestURI().getRawPath();
        Logged logged = new Logged(path, ex.getRequestURI().getRawQuery(), Map.copyOf(ex.getRequestHeaders()), arrived,
                new java.util.concurrent.atomic.AtomicLong());
        synchronized (this) {
            log.add(logged);
        }
        ANSWER_SENT.remove();
        try {
            Handler h = handlers.get(path);
            if (h == null) respond(ex, 404, "text/plain", ("no " + path + " here").getBytes(StandardCharsets.UTF_8));
            else h.handle(ex);
        } catch (IOException e) {
            // the client went away (a capped body, a timeout): that is what some tests do
        } finally {
            ex.close();
            inFlight.decrementAndGet();
            Long sent = ANSWER_SENT.get();
            logged.finishedNanos().set(sent != null ? sent : System.nanoTime());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
