package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.Observation;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchEntityRegistry;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.opensearch.TestCluster;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The server as {@code serve --cluster --store opensearch://…} runs it: the entity registry is the job's, read only;
 * the entity pages follow what the job writes after the server started, re-keyed entities included.
 */
class ServeEntitiesWrittenByTheJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NEW_KEY = "ORG:collective-security-treaty-organization";

    private static HttpResponse<String> get(StorylineServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEntityTheJobRekeysAfterTheServerStartedIsServedUnderItsNewKeyAndItsFormerOneLeadsThere() throws Exception {
        OpenSearchLocation location = TestCluster.shared().freshLocation();
        // The job's side: the articles (the English one mentions ORG:csto), then its entities, as its sink writes them.
        EmbeddedEntityRegistry job = EmbeddedEntityRegistry.inMemory();
        try (OpenSearchArticleStore store = OpenSearchArticleStore.open(location);
             OpenSearchClient jobClient = OpenSearchClient.connect(location);
             OpenSearchClient serverClient = OpenSearchClient.connect(location)) {
            store.add(Articles.english());
            store.commit();
            OpenSearchEntityRegistry.upsert(jobClient, List.of(job.observe(new Observation("ORG:csto", "ORG", "CSTO", "csto",
                    "en", "new", LocalDate.of(2022, 1, 14), List.of("name:csto"), null))));
            OpenSearchEntityRegistry registry = OpenSearchEntityRegistry.openReadOnly(serverClient, Duration.ofHours(1));
            try (StoredEvents events = StoredEvents.open(OpenSearchEventStore.opener(location), store)) {
                StorylineServer server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2022, 1, 20), registry), registry)
                        .start("127.0.0.1", 0);
                try {
                    assertEquals(404, get(server, "/api/entities/" + NEW_KEY).statusCode(), "not re-keyed yet");

                    RegisteredEntity rekeyed = job.rekey("ORG:csto", NEW_KEY);
                    OpenSearchEntityRegistry.upsert(jobClient, List.of(rekeyed));
                    registry.refresh();

                    HttpResponse<String> page = get(server, "/entities/ORG:csto");
                    assertEquals(301, page.statusCode());
                    assertEquals("/entities/" + NEW_KEY.replace(":", "%3A"), page.headers().firstValue("Location").orElseThrow());
                    JsonNode entity = JSON.readTree(get(server, "/api/entities/" + NEW_KEY).body());
                    assertEquals(NEW_KEY, entity.get("canonical").asText());
                    assertEquals(1, entity.get("articles").asInt(), "the article stored under the former key counts");
                } finally {
                    server.close();
                }
            }
        }
    }
}
