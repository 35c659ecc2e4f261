package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.cluster.JobRecords.Analysed;
import dev.storyline.cluster.JobRecords.Stored;
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

/**
 * Event and story assignment, in the order the pages arrived: one task (every record under one key), because
 * assignment is sequential by nature (each article is compared with the events the earlier ones made) and cheap
 * (about 1 ms an article: tens of millions a day on one core), while the analysis before it runs in parallel.
 * Analysed pages come back from the parallel tasks out of order; they wait in keyed state until every earlier page
 * has been assigned, so that the same pages give the same events whatever the timing, and a replay after a failure
 * gives the assignments of an uninterrupted run.
 * An article already assigned (same text or same URL, as the embedded store judges) is not assigned again. The
 * clusterer's store is checkpointed whole as operator state; the rest lives in keyed state.
 */
final class Assign extends KeyedProcessFunction<Integer, Analysed, Stored> implements CheckpointedFunction {

    private transient MapState<Long, Analysed> waiting;
    private transient ValueState<Long> nextSequence;
    private transient ValueState<Long> added;
    private transient MapState<String, String> seen;
    private transient ListState<byte[]> checkpointedEvents;
    private transient InMemoryEventStore events;
    private transient EventClusterer clusterer;
    /** Size of the last checkpoint of the events, in bytes, for the benchmark. */
    private transient long lastSnapshotBytes;

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedEvents = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("event-store", byte[].class));
        events = new InMemoryEventStore();
        for (byte[] bytes : checkpointedEvents.get()) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                events = (InMemoryEventStore) in.readObject();
            }
        }
    }

    @Override
    public void open(OpenContext context) {
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting", Long.class, Analysed.class));
        nextSequence = getRuntimeContext().getState(new ValueStateDescriptor<>("next-sequence", Long.class));
        added = getRuntimeContext().getState(new ValueStateDescriptor<>("added", Long.class));
        seen = getRuntimeContext().getMapState(new MapStateDescriptor<>("seen", String.class, String.class));
        // As the embedded store's events: no window re-check on stored assignments.
        clusterer = new EventClusterer(FeatureExtractor.standard(), ClusteringConfig.defaults().withoutRecheck(), events);
        getRuntimeContext().getMetricGroup().gauge("eventStoreCheckpointBytes", () -> lastSnapshotBytes);
    }

    @Override
    public void processElement(Analysed page, Context context, Collector<Stored> out) throws Exception {
        long next = nextSequence.value() == null ? 0 : nextSequence.value();
        if (page.sequence() < next) return; // replayed after a restore from before it was assigned: already done
        waiting.put(page.sequence(), page);
        for (Analysed ready = waiting.get(next); ready != null; ready = waiting.get(next)) {
            waiting.remove(next);
            assign(ready, out);
            next++;
        }
        nextSequence.update(next);
    }

    private void assign(Analysed page, Collector<Stored> out) throws Exception {
        if (page.article() == null) {
            out.collect(new Stored(failureId(page.failure(), "page " + page.sequence()), page.failure(), null,
                    page.written()));
            return;
        }
        AnalyzedArticle analyzed = AnalysisJson.read(page.article());
        Article a = analyzed.article();
        ArticleIdentity identity = ArticleIdentity.of(a);
        if (isDuplicate(identity)) return;
        if (identity.contentKey() != null) seen.put("text:" + identity.contentKey(), identity.key());
        if (identity.urlKey() != null) seen.put("url:" + identity.urlKey(), identity.key());
        long sequence = (added.value() == null ? 0 : added.value()) + 1;
        added.update(sequence);
        Assignment assignment = clusterer.assign(analyzed);
        String line = AssignmentRecords.line(new AssignedArticle(identity.key(), sequence, a.title(), a.source(),
                a.published(), a.language(), assignment));
        out.collect(new Stored(identity.key(), page.article(), line, page.written()));
    }

    private boolean isDuplicate(ArticleIdentity identity) throws Exception {
        return (identity.contentKey() != null && seen.contains("text:" + identity.contentKey()))
                || (identity.urlKey() != null && seen.contains("url:" + identity.urlKey()));
    }

    private static String failureId(String failureLine, String fallback) {
        String id = AssignmentRecords.read(failureLine).path("id").asText(null);
        return id != null ? id : fallback;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(events);
        }
        byte[] snapshot = bytes.toByteArray();
        lastSnapshotBytes = snapshot.length;
        checkpointedEvents.update(java.util.List.of(snapshot));
    }
}
