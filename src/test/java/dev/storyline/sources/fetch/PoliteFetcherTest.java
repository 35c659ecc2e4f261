package dev.storyline.sources.fetch;

import dev.storyline.sources.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteFetcherTest {

    /** Loopback allowed (the tests' outlets live there), short delays and timeouts. */
    static FetchPolicy loopback() {
        return FetchPolicy.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ofMillis(20))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withBackoff(Duration.ofMillis(300), Duration.ofSeconds(5));
    }

    private final TestServer server = TestServer.start();
    private final PoliteFetcher fetcher = new PoliteFetcher(loopback().withContactUrl("https://example.org/bot"));

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void fetchesAPageSendingAUserAgentThatNamesStorylineAndItsContact() {
        server.on("/a", 200, "text/html; charset=utf-8", "<p>Bonjour</p>");
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/a")));
        HttpExchange ex = assertInstanceOf(FetchOutcome.Fetched.class, outcome).exchange();
        assertEquals(200, ex.status());
        assertEquals("<p>Bonjour</p>", new String(ex.body(), StandardCharsets.UTF_8));
        assertEquals("127.0.0.1", ex.ipAddress());
        String agent = server.requests("/a").getFirst().header("User-Agent");
        assertTrue(agent.matches("Storyline/\\S+ \\(\\+https://example.org/bot\\)"), agent);
    }
}
