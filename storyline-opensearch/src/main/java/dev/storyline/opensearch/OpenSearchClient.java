package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON over OpenSearch's REST API, on the low-level client (which spreads requests over the nodes listed and skips
 * a node that fails until it answers again). Every failure is an {@link IOException} that names the request (method,
 * index, document) and OpenSearch's reason. Bounded: 1 s to connect, {@link #RESPONSE_TIMEOUT} for an answer.
 * Thread-safe.
 */
public final class OpenSearchClient implements AutoCloseable {

    /** How long an answer may take: a bulk of a few thousand articles on a busy cluster, with room. */
    public static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);

    static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;
    private final OpenSearchLocation location;

    private OpenSearchClient(RestClient client, OpenSearchLocation location) {
        this.client = client;
        this.location = location;
    }

    public static OpenSearchClient connect(OpenSearchLocation location) {
        List<HttpHost> hosts = new ArrayList<>();
        for (OpenSearchLocation.Node n : location.nodes()) hosts.add(new HttpHost("http", n.host(), n.port()));
        RestClient client = RestClient.builder(hosts.toArray(HttpHost[]::new))
                .setRequestConfigCallback(config -> config.setResponseTimeout(RESPONSE_TIMEOUT))
                .build();
        return new OpenSearchClient(client, location);
    }

    public OpenSearchLocation location() {
        return location;
    }

    /** An OpenSearch answer other than success: the request, the HTTP status and OpenSearch's error. */
    public static final class OpenSearchException extends IOException {
        private final int status;
        private final String type;
        private final String reason;

        OpenSearchException(String message, int status, String type, String reason, Throwable cause) {
            super(message, cause);
            this.status = status;
            this.type = type;
            this.reason = reason;
        }

        /** OpenSearch's reason (of the root cause), or null. */
        public String reason() {
            return reason;
        }

        /** The HTTP status, or 0 when no answer came. */
        public int status() {
            return status;
        }

        /** OpenSearch's error type (e.g. version_conflict_engine_exception), or null. */
        public String type() {
            return type;
        }
    }

    /** Sends a request with a JSON body (or none), returning the JSON answer. */
    public JsonNode send(String method, String path, Object body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) request.setJsonEntity(body instanceof String s ? s : JSON.writeValueAsString(body));
        return perform(request);
    }

    /** Sends newline-delimited JSON (the bulk API). */
    public JsonNode sendLines(String path, String ndjson) throws IOException {
        Request request = new Request("POST", path);
        request.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity(ndjson,
                org.apache.hc.core5.http.ContentType.create("application/x-ndjson", java.nio.charset.StandardCharsets.UTF_8)));
        return perform(request);
    }

    /** A GET whose 404 means "not there" rather than a failure. */
    public Optional<JsonNode> getIfExists(String path) throws IOException {
        Request request = new Request("GET", path);
        request.addParameter("ignore", "404");
        JsonNode answer = perform(request);
        if (answer.path("found").isBoolean() && !answer.path("found").asBoolean()) return Optional.empty();
        if (answer.path("status").asInt() == 404) return Optional.empty();
        return Optional.of(answer);
    }

    /** Creates the index with these settings and mappings, unless it exists already. */
    public void ensureIndex(String index, ObjectNode definition) throws IOException {
        Request head = new Request("HEAD", "/" + index);
        try {
            Response r = client.performRequest(head);
            if (r.getStatusLine().getStatusCode() == 200) return;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) throw failure(head, e);
        } catch (IOException e) {
            throw failure(head, e);
        }
        try {
            Request create = new Request("PUT", "/" + index);
            create.setJsonEntity(JSON.writeValueAsString(definition));
            create.addParameter("wait_for_active_shards", "1");
            perform(create);
        } catch (OpenSearchException e) {
            // Another writer created it meanwhile: fine, it has the same definition.
            if (!"resource_already_exists_exception".equals(e.type())) throw e;
        }
    }

    private JsonNode perform(Request request) throws IOException {
        try {
            Response response = client.performRequest(request);
            if (response.getEntity() == null) return JSON.createObjectNode();
            String body = EntityUtils.toString(response.getEntity());
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (ParseException e) {
            throw new OpenSearchException("OpenSearch " + describe(request) + ": unreadable answer: " + e.getMessage(), 0, null, null, e);
        } catch (IOException e) {
            throw failure(request, e);
        }
    }

    private OpenSearchException failure(Request request, IOException e) {
        if (e instanceof OpenSearchException o) return o;
        if (e instanceof ResponseException r) {
            int status = r.getResponse().getStatusLine().getStatusCode();
            String type = null, reason = null;
            try {
                if (r.getResponse().getEntity() != null) {
                    JsonNode error = JSON.readTree(EntityUtils.toString(r.getResponse().getEntity())).path("error");
                    JsonNode cause = error.path("root_cause").path(0);
                    if (cause.isMissingNode()) cause = error;
                    type = cause.path("type").asText(null);
                    reason = cause.path("reason").asText(null);
                }
            } catch (IOException | ParseException | RuntimeException unreadable) {
                reason = null;
            }
            return new OpenSearchException("OpenSearch " + describe(request) + ": HTTP " + status
                    + (type != null ? " " + type : "") + (reason != null ? ": " + reason : ""), status, type, reason, e);
        }
        return new OpenSearchException("OpenSearch " + describe(request) + " at " + location + ": "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), 0, null, null, e);
    }

    private static String describe(Request request) {
        return request.getMethod() + " " + request.getEndpoint();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
