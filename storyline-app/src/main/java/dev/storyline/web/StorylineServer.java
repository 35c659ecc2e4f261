package dev.storyline.web;

import dev.storyline.CommitListener;
import dev.storyline.Pipeline;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.StoredEvents;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.summaries.EventSummariser;
import dev.storyline.summaries.EventSummary;
import dev.storyline.summaries.InMemorySummaryStore;
import dev.storyline.summaries.SummaryUpdater;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The analyst's desk: the REST API under {@code /api} and the HTML UI, over one store and one pipeline, with one
 * writer lock for posted articles. Every response carries a strict Content-Security-Policy: no inline script or
 * style, scripts and styles from this origin only, so that even markup that slipped through could not run.
 */
public final class StorylineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorylineServer.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Entity pages read at most this many articles (the latest) to stay fast on a large store. */
    private static final int PROFILE_ARTICLES = 2000;
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ArticleStore store;
    private final EntityProfiles profiles;
    private final ArticleIntake intake;
    /** With {@code --cluster}: where posted articles go instead of {@link #intake}; null otherwise. */
    private final ClusterIntake clusterIntake;
    private final Javalin app;
    private final boolean storiesEnabled = true;
    private final StoryIndex stories;
    private final byte[] stylesheet;
    private final byte[] openApi;
    private final Object writerLock = new Object();
    private final SummaryUpdater summaries;

    /**
     * @param events   the events kept beside {@code store}; the server assigns posted articles into them (and, in
     *                 the background, stored articles they have not seen yet)
     * @param registry the entity registry {@code pipeline} resolves into
     */
    public StorylineServer(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry) {
        this(store, events, pipeline, registry, CommitListener.NONE, List.of());
    }

    /**
     * @param listener hears of every posted article once it and its event are durable
     * @param modules  the parts of the desk that bring their own pages and routes (sources, alerts)
     */
    public StorylineServer(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules) {
        this(store, events, pipeline, registry, listener, modules, AccessControl.open());
    }

    /** @param access who may write (and read): see {@link AccessControl} */
    public StorylineServer(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules, AccessControl access) {
        this(store, events, pipeline, registry, listener, modules, access,
                new SummaryUpdater(store, events, new InMemorySummaryStore(), new EventSummariser(new TermAnalyzer())));
    }

    /**
     * @param summaries the events' summaries (kept up to date by {@code listener} as articles arrive; an event whose
     *                  latest articles it has not heard of yet is summarised when asked for)
     */
    public StorylineServer(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules, AccessControl access, SummaryUpdater summaries) {
        this(store, events, pipeline, registry, listener, modules, access, summaries, null, null);
    }

    /**
     * @param cluster   with {@code --cluster}: posted articles go to this cluster's pages topic (answered 202 once Kafka
     *                  holds them, 503 when it does not take them) instead of being analysed into {@code store}; null
     *                  for the embedded intake
     * @param kafkaWait how long a post waits for Kafka before the 503
     */
    public StorylineServer(ArticleStore store, StoredEvents events, Pipeline pipeline, EntityRegistry registry,
                           CommitListener listener, List<DeskModule> modules, AccessControl access, SummaryUpdater summaries,
                           dev.storyline.cluster.ClusterConfig cluster, java.time.Duration kafkaWait) {
        this.clusterIntake = cluster == null ? null : new ClusterIntake(cluster, kafkaWait);
        this.store = store;
        this.summaries = summaries;
        // Without a pipeline (cluster intake) the desk still names listed people in the reader's language.
        this.profiles = new EntityProfiles(store, registry, PROFILE_ARTICLES, pipeline != null ? pipeline.references()
                : dev.storyline.entities.ReferenceNames.load(new dev.storyline.entities.NameForms()));
        this.stories = StoryIndex.open(store, events, writerLock, listener);
        this.intake = new ArticleIntake(pipeline, store, events, registry, writerLock, stories::ready, listener);
        this.stylesheet = resource("storyline.css");
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the desk's own form posts.
                ctx.header("Referrer-Policy", "same-origin");
                ctx.header("X-Frame-Options", "DENY");
                access.check(ctx);
            });
            config.routes.get("/login", ctx -> ctx.html(LoginPage.form(access.writesNeedToken(), null)));
            config.routes.post("/login", ctx -> login(ctx, access));
            config.routes.get("/", ctx -> ctx.redirect(storiesEnabled ? "/stories" : "/search"));
            config.routes.get("/search", this::searchPage);
            config.routes.get("/stories", this::storiesPage);
            config.routes.get("/stories/{id}", this::storyPage);
            config.routes.get("/api/stories", this::storiesApi);
            config.routes.get("/api/stories/{id}", this::storyApi);
            config.routes.get("/api/events/{id}", this::eventApi);
            config.routes.get("/articles/{key}", this::articlePage);
            config.routes.get("/entities/{canonical}", this::entityPage);
            config.routes.get("/static/storyline.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                    .header("Cache-Control", "public, max-age=3600").result(stylesheet));
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/api/search", this::searchApi);
            config.routes.get("/api/articles/{key}", this::articleApi);
            config.routes.post("/api/articles", this::postArticle);
            config.routes.get("/api/entities/{canonical}", this::entityApi);
            config.routes.get("/api/entities/{canonical}/timeline", this::timelineApi);
            for (DeskModule module : modules) module.routes(config.routes);
            config.routes.exception(ApiError.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                refuse(ctx, 500, "internal error: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute("refused") == null) refuse(ctx, 404, "no such page: " + ctx.path());
            });
        });
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one). */
    public StorylineServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** Whether every stored article has its event (a store with articles the events have not seen catches up in the background). */
    public boolean storiesReady() {
        return stories.ready();
    }

    /**
     * The lock the server holds while it writes to the store: whatever else writes to the same store in this process
     * (the follower, under {@code run}) holds it too.
     */
    public Object writerLock() {
        return writerLock;
    }

    public int port() {
        return app.port();
    }

    /** Stops serving; the store stays open (its owner closes it). */
    @Override
    public void close() {
        app.stop();
        if (clusterIntake != null) clusterIntake.close();
    }

    /** Checks the pasted token and keeps it in an HttpOnly, same-site cookie so that the desk's forms can write. */
    private static void login(Context ctx, AccessControl access) {
        String token = ctx.formParam("token");
        if (!access.writesNeedToken()) {
            ctx.redirect("/");
        } else if (access.matches(token)) {
            ctx.header("Set-Cookie", AccessControl.COOKIE + "=" + token.strip()
                    + "; Path=/; HttpOnly; SameSite=Strict" + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
            ctx.redirect("/");
        } else {
            ctx.status(401).html(LoginPage.form(true, "That is not this server's token."));
        }
    }

    private static final int EVENT_QUOTE_ARTICLES = 100;
    private static final int EVENT_QUOTES = 30;

    private void storiesPage(Context ctx) {
        int offset = nonNegative(ctx.queryParam("offset"), "offset", 0);
        List<String> reader = readerLanguages(ctx);
        ctx.html(StoriesPage.feed(stories.stories(offset, StoriesPage.PAGE), offset, stories.storyCount(),
                stories.ready() ? null : stories.progress(), named -> storyName(named, reader)));
    }

    private void storyPage(Context ctx) {
        StoryIndex.Story story = story(ctx.pathParam("id"));
        List<String> reader = readerLanguages(ctx);
        ctx.html(StoriesPage.story(story, storySummary(story), stories, named -> storyName(named, reader), this::summary,
                id -> eventQuotes(id, reader), reader));
    }

    private void storiesApi(Context ctx) {
        int offset = nonNegative(ctx.queryParam("offset"), "offset", 0);
        int limit = nonNegative(ctx.queryParam("limit"), "limit", 20);
        if (limit > 1000) throw ApiError.badRequest("limit must be within 0..1000, was " + limit);
        List<String> reader = readerLanguages(ctx);
        var body = RestApi.stories(stories.stories(offset, limit), stories.storyCount(), offset, limit, named -> storyName(named, reader));
        body.put("complete", stories.ready());
        if (!stories.ready()) body.put("building", stories.progress());
        json(ctx, 200, body);
    }

    private void storyApi(Context ctx) {
        StoryIndex.Story story = story(ctx.pathParam("id"));
        List<String> reader = readerLanguages(ctx);
        json(ctx, 200, RestApi.story(story, storySummary(story), stories, this::summary, named -> storyName(named, reader)));
    }

    private void eventApi(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> reader = readerLanguages(ctx);
        json(ctx, 200, RestApi.event(stories.event(id).orElseThrow(() -> ApiError.notFound("no event with id '" + id + "'")), stories,
                summary(id), eventQuotes(id, reader), named -> storyName(named, reader)));
    }

    /**
     * The quotes of an event's articles (at most its first {@value #EVENT_QUOTE_ARTICLES}), newest first, each speaker
     * under its name for the reader.
     */
    private List<QuoteSeen> eventQuotes(String eventId, List<String> reader) {
        List<StoredArticle> articles = new java.util.ArrayList<>();
        for (StoryIndex.Member m : stories.members(eventId)) {
            if (articles.size() >= EVENT_QUOTE_ARTICLES) break;
            try {
                store.get(m.key()).ifPresent(articles::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading article " + m.key() + " for its quotes", e);
            }
        }
        return QuoteSeen.of(articles, q -> true, key -> profiles.name(key, key, reader), EVENT_QUOTES);
    }

    private EventSummary storySummary(StoryIndex.Story story) {
        try {
            return summaries.storySummary(story.events().stream().map(dev.storyline.events.EventState::id).toList());
        } catch (IOException | RuntimeException e) {
            LOG.warn("summaries: story {}: {}", story.state().id(), e.toString());
            return EventSummary.EMPTY;
        }
    }

    /** The event's summary; one that cannot be read is left out of the page (and said in the log) rather than failing it. */
    private EventSummary summary(String eventId) {
        try {
            return summaries.current(eventId);
        } catch (IOException | RuntimeException e) {
            LOG.warn("summaries: event {}: {}", eventId, e.toString());
            return EventSummary.EMPTY;
        }
    }

    private StoryIndex.Story story(String id) {
        return stories.story(id).orElseThrow(() -> ApiError.notFound("no story with id '" + id + "'"));
    }

    /** An entity of a story under its name for the reader when it is a known entity, else as written. */
    private String storyName(StoryIndex.Named named, List<String> reader) {
        return named.linkable() ? profiles.name(named.key(), named.name(), reader) : named.name();
    }

    /**
     * The reader's languages, most wanted first: the choice remembered by the page ({@code ?lang=}, then its cookie),
     * then {@code Accept-Language}; the answer says it depends on those, so that a cache does not give one reader's
     * names to another.
     */
    private static List<String> readerLanguages(Context ctx) {
        ctx.header("Vary", "Accept-Language, Cookie");
        return StoriesPage.readerLanguages(ctx);
    }

    private static int nonNegative(String value, String name, int fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) throw ApiError.badRequest("'" + name + "' must be >= 0, was " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    private void searchPage(Context ctx) throws IOException {
        SearchRequest request = SearchParameters.parse(ctx::queryParam);
        SearchResults results = search(request);
        ctx.html(SearchPage.render(request, results, entityNames(results, readerLanguages(ctx)), storiesEnabled));
    }

    private void articlePage(Context ctx) throws IOException {
        StoredArticle stored = article(ctx.pathParam("key"));
        Map<String, String> firstSpelling = new HashMap<>();
        for (EntityMention m : stored.analyzed().entities()) if (m.canonical() != null) firstSpelling.putIfAbsent(m.canonical(), m.text());
        ArticlePage.StoryLink story = stories.assignmentOf(stored.key())
                .flatMap(a -> stories.story(a.storyId()).map(s -> new ArticlePage.StoryLink(s.state().id(), a.eventId(), s.label())))
                .orElse(null);
        List<String> reader = readerLanguages(ctx);
        ctx.html(ArticlePage.render(stored, canonical -> profiles.name(canonical, firstSpelling.get(canonical), reader), story, storiesEnabled));
    }

    private void entityPage(Context ctx) throws IOException {
        String current = profiles.currentKey(ctx.pathParam("canonical"));
        if (!current.equals(ctx.pathParam("canonical"))) {
            // A key the entity had before its most used spelling changed: links made with it still lead to it.
            String query = ctx.queryString();
            ctx.redirect("/entities/" + java.net.URLEncoder.encode(current, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + (query == null ? "" : "?" + query), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        EntityProfile profile = profile(ctx.pathParam("canonical")).forReader(readerLanguages(ctx));
        List<StoryIndex.Story> in = stories.storiesOf(profile.articles().stream().map(ArticleSummary::key).toList(), 10);
        ctx.html(EntityPage.render(profile, in, storiesEnabled));
    }

    private void searchApi(Context ctx) throws IOException {
        SearchRequest request = SearchParameters.parse(ctx::queryParam);
        json(ctx, 200, RestApi.search(search(request), request.offset(), request.limit()));
    }

    private void articleApi(Context ctx) throws IOException {
        json(ctx, 200, RestApi.article(article(ctx.pathParam("key"))));
    }

    private void entityApi(Context ctx) throws IOException {
        json(ctx, 200, RestApi.entity(profile(ctx.pathParam("canonical")).forReader(readerLanguages(ctx))));
    }

    private void timelineApi(Context ctx) throws IOException {
        json(ctx, 200, RestApi.timeline(profile(ctx.pathParam("canonical"))));
    }

    private void postArticle(Context ctx) throws IOException {
        if (clusterIntake != null) {
            ClusterIntake.Queued queued = clusterIntake.submit(ctx.body());
            json(ctx, 202, RestApi.JSON.createObjectNode().put("id", queued.id()).put("key", queued.id())
                    .put("status", "queued").put("topic", queued.topic()).put("partition", queued.partition())
                    .put("offset", queued.offset()));
            return;
        }
        ArticleIntake.Receipt receipt = intake.submit(ctx.body());
        json(ctx, receipt.added() ? 201 : 200, RestApi.JSON.createObjectNode().put("id", receipt.id())
                .put("key", receipt.key()).put("status", receipt.added() ? "added" : "duplicate"));
    }

    private SearchResults search(SearchRequest request) throws IOException {
        try {
            // An entity re-keyed since some articles were stored: those carry a former key, found through it.
            return store.search(request.entity() == null ? request : request.withEntityAliases(profiles.keysOf(request.entity())));
        } catch (IllegalArgumentException badQuery) {
            throw ApiError.badRequest(badQuery.getMessage());
        }
    }

    private StoredArticle article(String key) throws IOException {
        return store.get(key).orElseThrow(() -> ApiError.notFound("no article with key '" + key + "'"));
    }

    private EntityProfile profile(String canonical) throws IOException {
        return profiles.profile(canonical).orElseThrow(() -> ApiError.notFound("no article mentions entity '" + canonical + "'"));
    }

    /**
     * Names for the entity facet (which holds keys only): the registry's display name, else the most frequent
     * spelling among the hits shown, else the key less its type prefix.
     */
    private Function<String, String> entityNames(SearchResults results, List<String> reader) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (StoredArticle hit : results.hits()) {
            for (EntityMention m : hit.analyzed().entities()) {
                if (m.canonical() != null) spellings.computeIfAbsent(m.canonical(), k -> new HashMap<>()).merge(m.text(), 1, Integer::sum);
            }
        }
        return canonical -> {
            Map<String, Integer> seen = spellings.get(canonical);
            if (seen != null) return profiles.name(canonical, seen.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey(), reader);
            int colon = canonical.indexOf(':');
            return profiles.name(canonical, colon >= 0 && colon < canonical.length() - 1 ? canonical.substring(colon + 1) : canonical, reader);
        };
    }

    private static void json(Context ctx, int status, com.fasterxml.jackson.databind.node.ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(RestApi.write(body));
    }

    private void refuse(Context ctx, int status, String message) {
        ctx.attribute("refused", true);
        if (ctx.path().startsWith("/api/") || ctx.path().endsWith(".atom")) json(ctx, status, RestApi.error(message));
        else if (status == 401) ctx.status(401).html(LoginPage.form(true, message));
        else ctx.status(status).html(Page.errorPage(status, message, storiesEnabled));
    }

    private static byte[] resource(String name) {
        try (InputStream in = StorylineServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
