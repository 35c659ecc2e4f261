package dev.storyline.cluster;

import dev.storyline.AnalysisJson;
import dev.storyline.Pipeline;
import dev.storyline.cluster.JobRecords.Analysed;
import dev.storyline.cluster.JobRecords.Sequenced;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.NameFinder;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;

/**
 * The costly part of the analysis ({@link Pipeline#find}: extraction, language, names, dates), one instance per
 * parallel task: its pipeline (models included) is built once per task, in {@link #open}, and shared with nothing
 * else. What depends on the entities learnt so far is left to the ordered {@link Assign}.
 * The name finder learns from the pages it sees (names it can then match without the CRF, ordinary capitalised
 * words): what it learnt is checkpointed with the task, and pages reach the tasks by their number, so that a restored
 * task finds in the pages it sees again the names it found the first time.
 */
final class Analyse extends RichMapFunction<Sequenced, Analysed> implements CheckpointedFunction {

    private final LocalDate today;
    private transient ListState<byte[]> checkpointed;
    private transient NameFinder.Learned learned;
    private transient Pipeline pipeline;

    /** @param today the day dates without a year resolve against, or null for the day the task starts */
    Analyse(LocalDate today) {
        this.today = today;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("learned-names", byte[].class));
        learned = NameFinder.Learned.none();
        for (byte[] bytes : checkpointed.get()) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                learned = (NameFinder.Learned) in.readObject();
            }
        }
    }

    @Override
    public void open(OpenContext context) {
        // The shipped name lists only: a configuration folder (--config) does not reach the job's task managers
        // (README, "Not done yet" under "Beyond one machine").
        Pipeline.Models models = Pipeline.Models.load();
        // The registry is never read here: find() does not resolve entities.
        pipeline = Pipeline.standard(today != null ? today : LocalDate.now(), EmbeddedEntityRegistry.inMemory(), models,
                new NameFinder(models.ner(), learned));
    }

    @Override
    public Analysed map(Sequenced record) {
        Ingested item = PageRecords.read(record.page(), record.where());
        if (item instanceof IngestFailure failure) return failed(record, failure);
        RawPage page = (RawPage) item;
        try {
            Pipeline.Read read = pipeline.read(page);
            pipeline.learn(read); // merged in blocks of pages, in the order this task sees them, as BatchAnalysis does
            return new Analysed(record.sequence(), record.where(), ReadRecords.line(read), null, record.written());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(record, Failures.of(page.id(), page.input(), e));
        }
    }

    private static Analysed failed(Sequenced record, IngestFailure failure) {
        return new Analysed(record.sequence(), record.where(), null, AnalysisJson.line(AnalysisJson.of(failure)),
                record.written());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(learned);
        }
        checkpointed.update(java.util.List.of(bytes.toByteArray()));
    }
}
