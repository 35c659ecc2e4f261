package dev.storyline.cluster;

import dev.storyline.cluster.JobRecords.Sequenced;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Numbers the pages 0, 1, 2… in the order the pages topic holds them (one partition, read by one task, chained to
 * the source). Kafka's offsets have gaps (transaction markers), so the assignment could not wait for "the next
 * offset"; these numbers have none. The counter is checkpointed with the source's offsets, so that a restored job
 * numbers the pages it reads again as it did the first time.
 */
final class Sequencer extends RichMapFunction<Sequenced, Sequenced> implements CheckpointedFunction {

    private transient ListState<Long> checkpointed;
    private long next;

    @Override
    public Sequenced map(Sequenced page) {
        return new Sequenced(next++, page.where(), page.page(), page.written());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(java.util.List.of(next));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next-sequence", Long.class));
        next = 0;
        for (Long n : checkpointed.get()) next = n;
    }
}
