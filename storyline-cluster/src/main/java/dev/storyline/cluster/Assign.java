package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.cluster.JobRecords.Analysed;
import dev.storyline.cluster.JobRecords.Stored;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.events.AssignedArticle;
import dev.storyline.events.Assignment;
import dev.storyline.events.ClusteringConfig;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.FeatureExtractor;
import dev.storyline.events.InMemoryEventStore;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Entity resolution, then event and story assignment, in the order the pages arrived: one task (every record under
 * one key), because both learn from each article in turn (the entity registry, the events), and both are cheap
 * (about 1 ms an article together: tens of millions a day on one core), while the costly part of the analysis before
 * it runs in parallel. Pages come back from the parallel tasks out of order; they wait in keyed state until every
 * earlier page has been handled, so that the same pages give the same entities and events whatever the timing, and a
 * replay after a failure gives the results of an uninterrupted run.
 * An article already stored (same text or same URL, as the embedded store judges) is not assigned again. Articles
 * kept are numbered 1, 2, 3… in page order: the number and the article's key fix where the store sink writes it.
 * The clusterer's store and the entity registry are checkpointed whole as operator state; the rest is keyed state.
 */
final class Assign extends KeyedProcessFunction<Integer, Analysed, Stored> implements CheckpointedFunction {

    private final LocalDate today;
    private transient MapState<Long, Analysed> waiting;
    private transient ValueState<Long> nextSequence;
    private transient ValueState<Long> added;
    private transient MapState<String, String> seen;
    private transient ListState<byte[]> checkpointedEvents;
    private transient ListState<String> checkpointedRegistry;
    private transient InMemoryEventStore events;
    private transient Path registryFile;
    private transient EmbeddedEntityRegistry registry;
    private transient ChangedEntities entities;
    private transient Pipeline pipeline;
    private transient EventClusterer clusterer;
    /** Size of the last checkpoint of the events and registry, in bytes, for the benchmark. */
    private transient long lastSnapshotBytes;

    /** @param today the day dates without a year resolve against, or null for the day the task starts */
    Assign(LocalDate today) {
        this.today = today;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        var operatorState = context.getOperatorStateStore();
        checkpointedEvents = operatorState.getListState(new ListStateDescriptor<>("event-store", byte[].class));
        checkpointedRegistry = operatorState.getListState(new ListStateDescriptor<>("entity-registry", String.class));
        events = new InMemoryEventStore();
        for (byte[] bytes : checkpointedEvents.get()) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                events = (InMemoryEventStore) in.readObject();
            }
        }
        // The embedded registry's own file format: what `storyline ingest` keeps under --data, restored the same way.
        registryFile = Files.createTempFile("storyline-registry", ".jsonl");
        StringBuilder restored = new StringBuilder();
        for (String part : checkpointedRegistry.get()) restored.append(part);
        Files.writeString(registryFile, restored, StandardCharsets.UTF_8);
        registry = EmbeddedEntityRegistry.open(registryFile);
    }

    @Override
    public void open(OpenContext context) {
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting", Long.class, Analysed.class));
        nextSequence = getRuntimeContext().getState(new ValueStateDescriptor<>("next-sequence", Long.class));
        added = getRuntimeContext().getState(new ValueStateDescriptor<>("added", Long.class));
        seen = getRuntimeContext().getMapState(new MapStateDescriptor<>("seen", String.class, String.class));
        // Only resolve() is used here: the NER models, loaded lazily, are never loaded in this task.
        entities = new ChangedEntities(registry);
        // The shipped name lists and merge rules only, as in Analyse: no configuration folder reaches the job.
        pipeline = Pipeline.standard(today != null ? today : LocalDate.now(), entities, Pipeline.Models.load());
        // As the embedded store's events: no window re-check on stored assignments.
        clusterer = new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), events);
        getRuntimeContext().getMetricGroup().gauge("stateCheckpointBytes", () -> lastSnapshotBytes);
    }

    @Override
    public void processElement(Analysed page, Context context, Collector<Stored> out) throws Exception {
        long next = nextSequence.value() == null ? 0 : nextSequence.value();
        if (page.sequence() < next) return; // met again after a restore to before it was handled: already done
        waiting.put(page.sequence(), page);
        for (Analysed ready = waiting.get(next); ready != null; ready = waiting.get(next)) {
            waiting.remove(next);
            handle(ready, out);
            next++;
        }
        nextSequence.update(next);
    }

    private void handle(Analysed page, Collector<Stored> out) throws Exception {
        if (page.found() == null) {
            out.collect(failure(page.failure(), page));
            return;
        }
        Pipeline.Read found = ReadRecords.read(page.found());
        Article a = found.article();
        AnalyzedArticle analyzed;
        try {
            analyzed = pipeline.resolve(found);
        } catch (RuntimeException | StackOverflowError e) {
            out.collect(failure(AnalysisJson.line(AnalysisJson.of(Failures.of(a.id(), page.where(), e))), page));
            return;
        }
        ArticleIdentity identity = ArticleIdentity.of(a);
        if (isDuplicate(identity)) {
            // Not stored again; what its names taught the registry goes to the store all the same.
            String changed = entities.take();
            if (changed != null) out.collect(new Stored(identity.key(), 0, null, null, changed, page.written()));
            return;
        }
        if (identity.contentKey() != null) seen.put("text:" + identity.contentKey(), identity.key());
        if (identity.urlKey() != null) seen.put("url:" + identity.urlKey(), identity.key());
        long sequence = (added.value() == null ? 0 : added.value()) + 1;
        added.update(sequence);
        Assignment assignment = clusterer.assign(analyzed);
        String line = AssignmentRecords.line(new AssignedArticle(identity.key(), sequence, a.title(), a.source(),
                a.published(), a.language(), assignment));
        out.collect(new Stored(identity.key(), sequence, AnalysisJson.line(AnalysisJson.of(analyzed)), line,
                entities.take(), page.written()));
    }

    private Stored failure(String failureLine, Analysed page) {
        String id = AssignmentRecords.read(failureLine).path("id").asText(null);
        return new Stored(id != null ? id : page.where(), 0, failureLine, null, entities.take(), page.written());
    }

    private boolean isDuplicate(ArticleIdentity identity) throws Exception {
        return (identity.contentKey() != null && seen.contains("text:" + identity.contentKey()))
                || (identity.urlKey() != null && seen.contains("url:" + identity.urlKey()));
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(events);
        }
        byte[] snapshot = bytes.toByteArray();
        registry.flush();
        String registryLines = Files.readString(registryFile, StandardCharsets.UTF_8);
        lastSnapshotBytes = snapshot.length + registryLines.getBytes(StandardCharsets.UTF_8).length;
        checkpointedEvents.update(java.util.List.of(snapshot));
        checkpointedRegistry.update(java.util.List.of(registryLines));
    }

    @Override
    public void close() throws Exception {
        if (registryFile != null) Files.deleteIfExists(registryFile);
    }
}
