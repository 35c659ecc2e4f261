package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.cluster.JobRecords.Analysed;
import dev.storyline.cluster.JobRecords.Sequenced;
import dev.storyline.entities.EmbeddedEntityRegistry;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The analysis, one instance per parallel task: its pipeline (models included) is built once, in {@link #open}, and
 * shared by nothing else. The entity registry the pipeline learns into is the task's, checkpointed with it, so that a
 * restored task resolves the pages it sees again as it did before the failure (the pages reach each task by their
 * number, not at random, for the same reason).
 */
final class Analyse extends RichMapFunction<Sequenced, Analysed> implements CheckpointedFunction {

    private final LocalDate today;
    private transient ListState<String> checkpointed;
    private transient Path registryFile;
    private transient EmbeddedEntityRegistry registry;
    private transient BatchAnalysis analysis;

    /** @param today the day dates without a year resolve against, or null for the day the task starts */
    Analyse(LocalDate today) {
        this.today = today;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("entity-registry", String.class));
        registryFile = Files.createTempFile("storyline-registry", ".jsonl");
        StringBuilder restored = new StringBuilder();
        for (String part : checkpointed.get()) restored.append(part);
        Files.writeString(registryFile, restored, StandardCharsets.UTF_8);
        registry = EmbeddedEntityRegistry.open(registryFile);
    }

    @Override
    public void open(OpenContext context) {
        Pipeline pipeline = Pipeline.standard(today != null ? today : LocalDate.now(), registry, Pipeline.Models.load());
        analysis = new BatchAnalysis(pipeline, 1);
    }

    @Override
    public Analysed map(Sequenced page) {
        BatchAnalysis.Outcome outcome = analysis.analyze(PageRecords.read(page.page(), page.where()));
        if (outcome instanceof BatchAnalysis.Analyzed done) {
            return new Analysed(page.sequence(), AnalysisJson.line(AnalysisJson.of(done.result())), null, page.written());
        }
        var failure = ((BatchAnalysis.Failed) outcome).failure();
        return new Analysed(page.sequence(), null, AnalysisJson.line(AnalysisJson.of(failure)), page.written());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        registry.flush();
        checkpointed.update(java.util.List.of(Files.readString(registryFile, StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws Exception {
        if (registryFile != null) Files.deleteIfExists(registryFile);
    }
}
