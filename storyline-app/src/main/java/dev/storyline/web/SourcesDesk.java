package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.sources.Source;
import dev.storyline.sources.SourceJson;
import dev.storyline.sources.SourceRegistry;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.SourceStatus;
import dev.storyline.sources.Sources;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The sources in the desk: {@code GET/POST /api/sources}, {@code DELETE /api/sources/{id}}, and the Sources page
 * ({@code /sources}) with its add form (Post/Redirect/Get, no script) and, per source, what was found there and where
 * following it stands. A source added here is followed at once by a running follower ({@link Sources#whenAdded}).
 */
public final class SourcesDesk implements DeskModule {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Sources sources;
    private final SourceSettings settings;
    private final Clock clock;

    /** @param settings the settings of a source added from the desk (whether it may be on a private address) */
    public SourcesDesk(Sources sources, SourceSettings settings, Clock clock) {
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void routes(RoutesConfig routes) {
        routes.get("/api/sources", this::list);
        routes.post("/api/sources", this::addApi);
        routes.delete("/api/sources/{id}", this::removeApi);
        routes.get("/sources", this::page);
        routes.post("/sources", this::addForm);
        routes.post("/sources/{id}/remove", this::removeForm);
        routes.post("/sources/{id}/resume", this::resumeForm);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void list(Context ctx) {
        ObjectNode body = RestApi.JSON.createObjectNode();
        List<Source> all = sources.registry().all();
        body.put("count", all.size());
        ArrayNode items = body.putArray("sources");
        for (Source s : all) items.add(SourceJson.summary(s, today()));
        json(ctx, 200, body);
    }

    private void addApi(Context ctx) throws IOException {
        JsonNode request;
        try {
            request = RestApi.JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getMessage());
        }
        if (request == null || !request.isObject()) throw ApiError.badRequest("expected a JSON object {\"url\", \"name\"?}");
        JsonNode url = request.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) throw ApiError.badRequest("'url' is missing: expected {\"url\", \"name\"?}");
        JsonNode name = request.get("name");
        SourceRegistry.Added added = add(url.asText(), name == null || name.isNull() ? null : name.asText());
        json(ctx, added.added() ? 201 : 200, SourceJson.summary(added.source(), today()).put("status", added.added() ? "added" : "known"));
    }

    /** Adds, or fails with 400 for what is not a web URL and 422 for a URL that is not a source. */
    private SourceRegistry.Added add(String url, String name) throws IOException {
        try {
            return sources.add(url, name, settings);
        } catch (Sources.Refused e) {
            boolean malformed;
            try {
                dev.storyline.sources.Opml.web(url);
                malformed = false;
            } catch (IllegalArgumentException bad) {
                malformed = true;
            }
            throw malformed ? ApiError.badRequest(e.getMessage()) : ApiError.unprocessable(e.getMessage());
        }
    }

    private void removeApi(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (sources.registry().get(id).isEmpty()) throw ApiError.notFound("no source with id '" + id + "'");
        sources.remove(id);
        ctx.status(204);
    }

    private void addForm(Context ctx) throws IOException {
        String url = ctx.formParam("url");
        String name = ctx.formParam("name");
        if (url == null || url.isBlank()) {
            ctx.redirect("/sources?error=" + encode("Give the URL of a homepage, a feed or a sitemap."), HttpStatus.SEE_OTHER);
            return;
        }
        try {
            SourceRegistry.Added added = sources.add(url, name, settings);
            String said = (added.added() ? "Added " : "Already followed: ") + added.source().displayName() + " ("
                    + added.source().kind().name().toLowerCase() + ", " + added.source().found().feeds().size() + " feeds, "
                    + added.source().found().sitemaps().size() + " sitemaps found).";
            ctx.redirect("/sources?added=" + encode(said) + "#source-" + added.source().id(), HttpStatus.SEE_OTHER);
        } catch (Sources.Refused e) {
            ctx.redirect("/sources?error=" + encode(e.getMessage()), HttpStatus.SEE_OTHER);
        }
    }

    private void removeForm(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String name = sources.registry().get(id).map(Source::displayName).orElse(id);
        boolean removed = sources.remove(id);
        ctx.redirect("/sources?" + (removed ? "added=" + encode("Removed " + name + ".") : "error=" + encode("No source " + id + ".")),
                HttpStatus.SEE_OTHER);
    }

    private void resumeForm(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        boolean resumed = sources.resume(id).isPresent();
        ctx.redirect("/sources?" + (resumed ? "added=" + encode("Following it again.") : "error=" + encode("No source " + id + "."))
                + "#source-" + id, HttpStatus.SEE_OTHER);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void page(Context ctx) {
        ctx.html(render(sources.registry().all(), ctx.queryParam("added"), ctx.queryParam("error"), clock.instant()));
    }

    static String render(List<Source> all, String notice, String error, Instant now) {
        Page page = new Page("Sources", Page.Section.SOURCES, true);
        Element main = page.main();
        if (error != null && !error.isBlank()) main.appendElement("p").addClass("error").attr("role", "alert").text(error);
        if (notice != null && !notice.isBlank()) main.appendElement("p").addClass("notice").attr("role", "status").text(notice);
        Element form = main.appendElement("form").addClass("search-form add-source").attr("action", "/sources").attr("method", "post");
        form.appendElement("input").attr("type", "url").attr("name", "url").attr("required", "required")
                .attr("placeholder", "https://outlet.example/ — a homepage, a feed or a sitemap").attr("aria-label", "URL");
        form.appendElement("input").attr("type", "text").attr("name", "name").attr("placeholder", "Name (optional)")
                .attr("aria-label", "Name");
        form.appendElement("button").attr("type", "submit").text("Add source");
        main.appendElement("p").addClass("summary").text(all.isEmpty() ? "No sources yet: add an outlet's homepage, a feed or a sitemap."
                : all.size() + (all.size() == 1 ? " source" : " sources") + ", each polled when due (between "
                + words(SourceSettings.DEFAULT_MIN_INTERVAL) + " and " + words(SourceSettings.DEFAULT_MAX_INTERVAL)
                + " apart, more often when it has new articles).");
        if (all.isEmpty()) return page.html();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Element table = main.appendElement("table").addClass("variants sources");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : new String[]{"Source", "Kind", "Found", "Last fetch", "Next fetch", "Today", "7 days", "State"}) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Source s : all) row(body, s, today, now);
        return page.html();
    }

    private static void row(Element body, Source s, LocalDate today, Instant now) {
        SourceStatus st = s.status();
        Element tr = body.appendElement("tr").attr("id", "source-" + s.id());
        Element name = tr.appendElement("td");
        name.appendElement("strong").text(s.displayName());
        name.appendElement("br");
        name.appendElement("a").attr("href", s.url().toString()).attr("rel", "noopener noreferrer nofollow").text(s.url().toString());
        tr.appendElement("td").text(s.kind().name().toLowerCase());
        Element found = tr.appendElement("td");
        Element list = found.appendElement("ul");
        for (URI f : s.found().feeds()) list.appendElement("li").text("feed: " + f);
        for (URI m : s.found().sitemaps()) list.appendElement("li").text("sitemap: " + m);
        if (s.found().feeds().isEmpty() && s.found().sitemaps().isEmpty()) list.appendElement("li").text("nothing found");
        if (!s.found().notes().isEmpty()) {
            Element details = found.appendElement("details");
            details.appendElement("summary").text("How it was found (" + s.found().notes().size() + " notes)");
            Element notes = details.appendElement("ul");
            for (String n : s.found().notes()) notes.appendElement("li").text(n);
        }
        Element last = tr.appendElement("td");
        if (st.lastFetch() == null) last.text("not yet");
        else {
            last.appendElement("span").text(WHEN.format(st.lastFetch()));
            if (st.lastResult() != null) last.appendElement("br").after(new org.jsoup.nodes.TextNode(st.lastResult()));
        }
        tr.appendElement("td").text(st.paused() ? "—" : !st.nextFetch().isAfter(now) ? "due now" : WHEN.format(st.nextFetch()));
        tr.appendElement("td").addClass("num").text(String.valueOf(st.articlesOn(today)));
        tr.appendElement("td").addClass("num").text(String.valueOf(st.articlesLast7Days(today)));
        Element state = tr.appendElement("td");
        if (st.paused()) {
            state.appendElement("strong").text("Paused");
            state.appendElement("p").addClass("error").text(st.pausedReason());
            action(state, "/sources/" + s.id() + "/resume", "Resume");
        } else {
            state.appendElement("span").text(st.consecutiveFailures() > 0 ? "Followed, " + st.consecutiveFailures()
                    + (st.consecutiveFailures() == 1 ? " failure" : " failures in a row") + ": slowed down" : "Followed");
        }
        if (st.lastError() != null) {
            Element err = state.appendElement("p").addClass("last-error");
            err.appendElement("span").text("Last error" + (st.lastErrorAt() == null ? "" : " (" + WHEN.format(st.lastErrorAt()) + ")") + ": ");
            err.appendElement("span").text(st.lastError());
        }
        action(state, "/sources/" + s.id() + "/remove", "Remove");
    }

    private static void action(Element cell, String path, String label) {
        cell.appendElement("form").attr("action", path).attr("method", "post").addClass("inline")
                .appendElement("button").attr("type", "submit").text(label);
    }

    private static String words(Duration d) {
        return d.toHours() >= 1 && d.toMinutesPart() == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    private static void json(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(RestApi.write(body));
    }
}
