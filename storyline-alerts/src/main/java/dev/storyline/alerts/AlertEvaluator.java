package dev.storyline.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.CommitListener;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.events.AssignedArticle;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the alerts on the articles as they become durable: after each commit of the store (and of their events),
 * it reads the articles after its cursor (the last ingestion sequence it evaluated), finds each one's event and
 * story, evaluates every alert, appends the matches to the {@link MatchLog}, and only then moves its cursor, which
 * it keeps durably under {@code <data>/alerts/evaluator.json} with the entity alerts' sightings. At open it catches
 * up, so a crash between a commit and the evaluation loses nothing; evaluating an article again finds matches with
 * the same ids, which the log keeps once. One evaluator per store (the process that writes the store).
 */
public final class AlertEvaluator implements CommitListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);
    /** Save the cursor this often during a long catch-up, so that an interrupted one resumes near where it was. */
    private static final int FLUSH_EVERY = 500;

    private final ArticleStore store;
    private final StoredEvents events;
    private final AlertRegistry registry;
    private final MatchLog log;
    private final BreakingDetector.Factory detectors;
    private BreakingDetector detector = BreakingDetector.NONE;
    private final Path stateFile;
    private final Map<String, EntitySightings> sightings = new HashMap<>();
    private final AlertEvaluation evaluation;
    private final EntityRegistry entities;
    private long cursor;

    AlertEvaluator(ArticleStore store, StoredEvents events, AlertRegistry registry, MatchLog log,
                   BreakingDetector.Factory detectors, Path folder, Clock clock) throws IOException {
        this(store, events, registry, log, detectors, folder, clock, null);
    }

    AlertEvaluator(ArticleStore store, StoredEvents events, AlertRegistry registry, MatchLog log,
                   BreakingDetector.Factory detectors, Path folder, Clock clock, EntityRegistry entities) throws IOException {
        this.store = store;
        this.events = events;
        this.registry = registry;
        this.log = log;
        this.detectors = detectors;
        this.stateFile = folder.resolve("evaluator.json");
        this.entities = entities;
        this.evaluation = new AlertEvaluation(store, clock, sightings, entities);
        load();
        this.detector = detectors.after(cursor);
    }

    /**
     * Opens the alerts kept under {@code <data>/alerts} (registry, match log, cursor) for the store and its events,
     * and catches up with the articles committed since the last evaluation. The caller passes it as the
     * {@link CommitListener} of whatever adds articles, and closes it after them.
     */
    public static AlertEvaluator open(Path data, ArticleStore store, StoredEvents events, BreakingDetector.Factory detectors)
            throws IOException {
        return open(data, store, events, detectors, null);
    }

    /**
     * As {@link #open(Path, ArticleStore, StoredEvents, BreakingDetector.Factory)}, with the registry the articles are
     * resolved into: an entity watch then sees the articles stored under any key the entity has had.
     */
    public static AlertEvaluator open(Path data, ArticleStore store, StoredEvents events, BreakingDetector.Factory detectors,
                                      EntityRegistry entities) throws IOException {
        Path folder = data.resolve("alerts");
        AlertRegistry registry = EmbeddedAlertRegistry.open(folder);
        JsonlMatchLog log = JsonlMatchLog.open(folder);
        try {
            AlertEvaluator evaluator = new AlertEvaluator(store, events, registry, log, detectors, folder, Clock.systemUTC(), entities);
            evaluator.evaluateNew();
            return evaluator;
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
    }

    public AlertRegistry registry() {
        return registry;
    }

    public MatchLog log() {
        return log;
    }

    /** The ingestion sequence of the last article evaluated. */
    public synchronized long cursor() {
        return cursor;
    }

    /** Evaluates the articles committed since the last time; a failure is logged and retried at the next commit. */
    @Override
    public void committed() {
        try {
            evaluateNew();
        } catch (IOException | RuntimeException e) {
            LOG.warn("alerts: evaluation stopped at article #{} (retried at the next commit): {}", cursor(), e.toString());
        }
    }

    /**
     * Evaluates every committed article after the cursor, in ingestion order, stopping before the first whose event
     * is not committed yet (the events catch up after a crash; the article is evaluated once they have).
     *
     * @return how many articles were evaluated
     */
    public synchronized long evaluateNew() throws IOException {
        if (store.lastSequence() <= cursor) return 0;
        evaluation.use(registry.list());
        List<Match> pending = new ArrayList<>();
        long[] done = {0};
        long[] through = {cursor};
        try {
            store.forEachAfter(cursor, stored -> {
                Optional<AssignedArticle> assigned = events.store().assignment(stored.key());
                if (assigned.isEmpty()) throw new Stop();
                try {
                    List<BreakingDetector.Signal> signals = detector.observe(AlertEvaluation.assignmentOf(stored, assigned.get()));
                    pending.addAll(evaluation.evaluate(stored, assigned.get(), true, signals));
                    through[0] = stored.sequence();
                    if (++done[0] % FLUSH_EVERY == 0) flush(pending, through[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (Stop stopped) {
            // The rest waits for its events.
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        flush(pending, through[0]);
        return done[0];
    }

    /**
     * What the alert would match among the store's latest {@code recent} articles, delivering nothing and changing
     * nothing (a dry run: the alert's creation time is ignored).
     */
    public List<Match> test(Alert alert, int recent) throws IOException {
        return dryRun(store, events, alert, recent, detectors, entities);
    }

    /**
     * {@link #test} without an evaluator (the CLI). A breaking alert is tried with a detector of its own, rebuilt
     * from the articles before those tried.
     */
    public static List<Match> dryRun(ArticleStore store, StoredEvents events, Alert alert, int recent,
                                     BreakingDetector.Factory detectors) throws IOException {
        return dryRun(store, events, alert, recent, detectors, null);
    }

    /** {@link #dryRun}, reading entity keys through the registry's aliases (null: keys as they are). */
    public static List<Match> dryRun(ArticleStore store, StoredEvents events, Alert alert, int recent,
                                     BreakingDetector.Factory detectors, EntityRegistry entities) throws IOException {
        AlertEvaluation dry = new AlertEvaluation(store, Clock.systemUTC(), new HashMap<>(), entities);
        dry.use(List.of(alert));
        List<Match> found = new ArrayList<>();
        long from = Math.max(0, store.lastSequence() - recent);
        BreakingDetector detector = alert.kind() == AlertKind.BREAKING ? detectors.after(from) : BreakingDetector.NONE;
        try {
            store.forEachAfter(from, stored -> {
                try {
                    AssignedArticle assigned = events == null ? null : events.store().assignment(stored.key()).orElse(null);
                    List<BreakingDetector.Signal> signals = assigned == null ? List.of()
                            : detector.observe(AlertEvaluation.assignmentOf(stored, assigned));
                    found.addAll(dry.evaluate(stored, assigned, false, signals));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return found;
    }

    /** Matches first, then the cursor: a crash in between evaluates those articles again, and the log keeps them once. */
    private void flush(List<Match> pending, long through) throws IOException {
        if (!pending.isEmpty()) log.append(pending);
        pending.clear();
        if (through != cursor) {
            cursor = through;
            save();
        }
    }

    private void load() throws IOException {
        if (!Files.exists(stateFile)) {
            // A store that had articles before alerts existed: alerts apply to what arrives from now on.
            cursor = store.lastSequence();
            save();
            return;
        }
        try {
            JsonNode state = AlertJson.parse(Files.readString(stateFile, StandardCharsets.UTF_8));
            cursor = state.path("cursor").asLong();
            state.path("sightings").fields().forEachRemaining(e -> {
                EntitySightings seen = new EntitySightings();
                e.getValue().path("languages").forEach(l -> seen.languages.add(l.asText()));
                e.getValue().path("sources").forEach(s -> seen.sources.add(s.asText()));
                sightings.put(e.getKey(), seen);
            });
        } catch (IllegalArgumentException e) {
            throw new IOException(stateFile + ": unreadable: " + e.getMessage(), e);
        }
        // The store was replaced by a smaller one: follow it from its end.
        if (cursor > store.lastSequence()) cursor = store.lastSequence();
    }

    private void save() throws IOException {
        ObjectNode state = AlertJson.JSON.createObjectNode();
        state.put("cursor", cursor);
        ObjectNode seen = state.putObject("sightings");
        sightings.forEach((alertId, s) -> {
            ObjectNode o = seen.putObject(alertId);
            s.languages.forEach(o.putArray("languages")::add);
            s.sources.forEach(o.putArray("sources")::add);
        });
        AtomicFiles.write(stateFile, AlertJson.line(state) + "\n");
    }

    @Override
    public void close() throws IOException {
        log.close();
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
