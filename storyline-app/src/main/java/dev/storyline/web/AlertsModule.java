package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.alerts.AlertJson;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.AlertRegistry;
import dev.storyline.alerts.DeliveryStatus;
import dev.storyline.alerts.EntityMode;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.MatchLog;
import dev.storyline.alerts.NewAlert;
import dev.storyline.alerts.SavedSearch;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The alerts on the desk: the REST API ({@code /api/alerts…}, in openapi.json) and the Alerts page ({@code /alerts},
 * with a create form; the search, entity and story pages post to it with one click, Post/Redirect/Get).
 */
public final class AlertsModule implements DeskModule {

    private static final int RECENT_MATCHES = 10;
    private static final int MAX_MATCHES = 1000;

    private final AlertRegistry registry;
    private final MatchLog log;
    private final DeliveryStatus deliveries;
    private final boolean storiesEnabled = true;
    private final SecureRandom random = new SecureRandom();
    // A webhook secret created from a form is shown once, on the page the form redirects to.
    private final Map<String, String> secretsToShow = new ConcurrentHashMap<>();

    /** @param deliveries the last delivery of each alert and its result ({@link DeliveryStatus#NONE} without delivery) */
    public AlertsModule(AlertRegistry registry, MatchLog log, DeliveryStatus deliveries) {
        this.registry = registry;
        this.log = log;
        this.deliveries = deliveries;
    }

    public AlertsModule(AlertEvaluator alerts, DeliveryStatus deliveries) {
        this(alerts.registry(), alerts.log(), deliveries);
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/api/alerts", this::listApi);
        routes.post("/api/alerts", this::createApi);
        routes.get("/api/alerts/{id}", this::alertApi);
        routes.delete("/api/alerts/{id}", this::deleteApi);
        routes.get("/api/alerts/{id}/matches", this::matchesApi);
        routes.get("/alerts", this::page);
        routes.post("/alerts", this::createForm);
        routes.post("/alerts/{id}/delete", this::deleteForm);
    }

    // ---- API ----

    private void listApi(Context ctx) throws IOException {
        ObjectNode body = RestApi.JSON.createObjectNode();
        ArrayNode alerts = body.putArray("alerts");
        for (Alert a : registry.list()) alerts.add(AlertJson.of(a, false));
        json(ctx, 200, body);
    }

    private void alertApi(Context ctx) throws IOException {
        json(ctx, 200, AlertJson.of(alert(ctx.pathParam("id")), false));
    }

    private void createApi(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = RestApi.JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) throw ApiError.badRequest("expected one JSON object describing the alert");
        Alert created = save(fromJson(body));
        ObjectNode out = AlertJson.of(created, false);
        // The secret is shown this once: the receiver needs it to check signatures.
        if (created.delivery().webhookSecret() != null) out.with("delivery").put("webhookSecret", created.delivery().webhookSecret());
        json(ctx, 201, out);
    }

    private void deleteApi(Context ctx) throws IOException {
        Alert a = alert(ctx.pathParam("id"));
        registry.remove(a.id());
        ctx.status(204);
    }

    private void matchesApi(Context ctx) throws IOException {
        Alert a = alert(ctx.pathParam("id"));
        int limit = limit(ctx.queryParam("limit"));
        ObjectNode body = RestApi.JSON.createObjectNode();
        body.put("alert", a.id());
        ArrayNode matches = body.putArray("matches");
        for (MatchLog.Positioned p : log.ofAlert(a.id(), limit)) matches.add(AlertJson.of(p.match()).put("position", p.position()));
        json(ctx, 200, body);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) return 100;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > MAX_MATCHES) throw ApiError.badRequest("'limit' must be within 0.." + MAX_MATCHES + ", was " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'limit' must be a whole number, was '" + value + "'");
        }
    }

    /** The alert by id (or by name, for people typing URLs); 404 naming it otherwise. */
    private Alert alert(String idOrName) throws IOException {
        return registry.byId(idOrName).or(() -> {
            try {
                return registry.byName(idOrName);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElseThrow(() -> ApiError.notFound("no alert with id or name '" + idOrName + "'"));
    }

    /** The API's body: the shape GET gives ({@code name, kind, search{…}, entity, mode, story, delivery{…}}). */
    static NewAlert fromJson(JsonNode o) {
        try {
            for (String field : List.of("name", "kind", "entity", "mode", "story")) {
                JsonNode v = o.get(field);
                if (v != null && !v.isNull() && !v.isTextual()) throw new IllegalArgumentException("'" + field + "' must be a string");
            }
            JsonNode kindNode = o.get("kind");
            if (kindNode == null || kindNode.isNull()) throw new IllegalArgumentException("'kind' is missing (search, entity, story or breaking)");
            AlertKind kind = AlertJson.value(AlertKind.class, kindNode.asText(), "kind");
            JsonNode s = o.get("search");
            if (s != null && !s.isNull() && !s.isObject()) throw new IllegalArgumentException("'search' must be an object {query, language, source, entity, from, to}");
            SavedSearch search = s == null || s.isNull() ? null : new SavedSearch(text(s, "query"), text(s, "language"),
                    text(s, "source"), text(s, "entity"), AlertJson.day(text(s, "from"), "from"), AlertJson.day(text(s, "to"), "to"));
            if (kind == AlertKind.SEARCH && search == null) throw new IllegalArgumentException("a search alert needs 'search': {\"query\": …}");
            JsonNode d = o.get("delivery");
            if (d != null && !d.isNull() && !d.isObject()) throw new IllegalArgumentException("'delivery' must be an object {frequency, webhook, email}");
            String frequency = text(d, "frequency");
            List<String> email = new ArrayList<>();
            JsonNode e = d == null ? null : d.get("email");
            if (e != null && e.isArray()) e.forEach(x -> email.add(x.asText()));
            else if (e != null && e.isTextual()) email.add(e.asText());
            else if (e != null && !e.isNull()) throw new IllegalArgumentException("'delivery.email' must be a list of addresses");
            String mode = text(o, "mode");
            return new NewAlert(text(o, "name"), kind, search, text(o, "entity"),
                    mode == null ? null : AlertJson.value(EntityMode.class, mode, "mode"), text(o, "story"),
                    frequency == null ? null : AlertJson.value(Frequency.class, frequency, "frequency"), text(d, "webhook"), email);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw new IllegalArgumentException("'" + field + "' must be a string");
        return v.asText();
    }

    private Alert save(NewAlert request) throws IOException {
        try {
            return registry.add(request.create(Instant.now()));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static void json(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(RestApi.write(body));
    }

    // ---- page and forms ----

    private void page(Context ctx) throws IOException {
        String shown = ctx.queryParam("secret") == null ? null : secretsToShow.remove(ctx.queryParam("secret"));
        Function<String, List<MatchLog.Positioned>> recent = id -> {
            try {
                return log.ofAlert(id, RECENT_MATCHES);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ctx.html(AlertsPage.render(registry.list(), recent, deliveries, ctx.queryParam("created"), shown, storiesEnabled));
    }

    /** A form post (the create form, or one click on a search, entity or story page); redirects to the page. */
    private void createForm(Context ctx) throws IOException {
        NewAlert request;
        try {
            request = fromForm(ctx::formParam);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        // One click gives no name: the definition is the name, numbered if another alert has it.
        if (ctx.formParam("name") == null || ctx.formParam("name").isBlank()) {
            String name = request.defaultName();
            for (int n = 2; registry.byName(name).isPresent(); n++) name = request.defaultName() + " (" + n + ")";
            request = new NewAlert(name, request.kind(), request.search(), request.entity(), request.entityMode(),
                    request.storyId(), request.frequency(), request.webhook(), request.email());
        }
        Alert created = save(request);
        String target = "/alerts?created=" + created.id();
        if (created.delivery().webhookSecret() != null) {
            byte[] token = new byte[16];
            random.nextBytes(token);
            String t = HexFormat.of().formatHex(token);
            secretsToShow.put(t, created.delivery().webhookSecret());
            target += "&secret=" + t;
        }
        ctx.redirect(target + "#" + created.id(), HttpStatus.SEE_OTHER);
    }

    private void deleteForm(Context ctx) throws IOException {
        Alert a = alert(ctx.pathParam("id"));
        registry.remove(a.id());
        ctx.redirect("/alerts", HttpStatus.SEE_OTHER);
    }

    /**
     * The form's fields: {@code kind} (search by default), {@code q, language, source, entity, from, to} for a
     * search (the search page's own parameters), {@code watch, mode} for an entity, {@code story}, and
     * {@code name, frequency, webhook, email}.
     */
    static NewAlert fromForm(Function<String, String> field) {
        String k = blankToNull(field.apply("kind"));
        AlertKind kind = k == null ? AlertKind.SEARCH : AlertJson.value(AlertKind.class, k, "kind");
        SavedSearch search = kind != AlertKind.SEARCH ? null : new SavedSearch(field.apply("q"), field.apply("language"),
                field.apply("source"), field.apply("entity"), AlertJson.day(field.apply("from"), "from"), AlertJson.day(field.apply("to"), "to"));
        String mode = blankToNull(field.apply("mode"));
        String frequency = blankToNull(field.apply("frequency"));
        String email = blankToNull(field.apply("email"));
        return new NewAlert(field.apply("name"), kind, search, blankToNull(field.apply("watch")),
                mode == null ? null : AlertJson.value(EntityMode.class, mode, "mode"), blankToNull(field.apply("story")),
                frequency == null ? null : AlertJson.value(Frequency.class, frequency, "frequency"),
                blankToNull(field.apply("webhook")), email == null ? List.of() : List.of(email));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
