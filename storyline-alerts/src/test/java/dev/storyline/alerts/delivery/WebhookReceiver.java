package dev.storyline.alerts.delivery;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * A real HTTP server on 127.0.0.1 that takes webhook posts as a receiver would: it keeps each request's body and
 * headers, and answers the status the test sets (200 by default).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(byte[] body, String signature, String delivery, String timestamp) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Received> received = new ArrayList<>();
    private volatile IntSupplier status = () -> 200;
    private volatile String retryAfter;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int code = status.getAsInt();
            if (code >= 200 && code < 300) {
                synchronized (received) {
                    received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Storyline-Signature"),
                            exchange.getRequestHeaders().getFirst("X-Storyline-Delivery"),
                            exchange.getRequestHeaders().getFirst("X-Storyline-Timestamp")));
                }
            }
            if (retryAfter != null) exchange.getResponseHeaders().set("Retry-After", retryAfter);
            byte[] answer = (code >= 200 && code < 300 ? "ok" : "not now").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    public void answer(int code) {
        status = () -> code;
    }

    void answer(IntSupplier codes) {
        status = codes;
    }

    void retryAfter(String value) {
        retryAfter = value;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
