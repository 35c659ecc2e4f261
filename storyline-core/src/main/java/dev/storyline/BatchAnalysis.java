package dev.storyline;

import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the {@link Pipeline} over a stream of inputs on several threads and hands results on in input order.
 * The reading (extraction, language, names, dates) runs on the threads; the entities are resolved on the calling
 * thread in input order, so that the same input gives the same canonical keys whatever the number of threads.
 * The name finder learns from the pages at fixed blocks of {@link #LEARNING_BLOCK} inputs: every page of a block is
 * read from what the blocks before it taught, and the block's lessons are handed to the pipeline in input order once
 * all of it is read ({@link Pipeline#learn}), so what a page finds depends only on its position in the input, not on
 * the number of threads.
 * A page whose analysis throws (a bug, or a pathological page) becomes a failure; the batch goes on.
 */
public final class BatchAnalysis {

    /** What one input came to. */
    public sealed interface Outcome permits Analyzed, Failed {
    }

    public record Analyzed(RawPage page, AnalyzedArticle result) implements Outcome {
    }

    public record Failed(IngestFailure failure) implements Outcome {
    }

    /** Inputs read from one learnt state: the pipeline's ({@link Pipeline#LEARNING_BLOCK}). */
    public static final int LEARNING_BLOCK = Pipeline.LEARNING_BLOCK;

    private final Pipeline pipeline;
    private final int threads;

    public BatchAnalysis(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /** Analyses every input, calling {@code sink} once per input, in order, on the calling thread. */
    public void run(Stream<Ingested> inputs, Consumer<Outcome> sink) {
        // One block read while the one before is resolved keeps memory flat however long the batch, and the order intact.
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Object> readBefore = List.of();
            Iterator<Ingested> it = inputs.iterator();
            while (it.hasNext()) {
                List<Future<Object>> block = new ArrayList<>(LEARNING_BLOCK);
                while (it.hasNext() && block.size() < LEARNING_BLOCK) {
                    Ingested item = it.next();
                    block.add(pool.submit(() -> read(item)));
                }
                for (Object r : readBefore) sink.accept(resolve(r)); // while this block is read
                List<Object> read = new ArrayList<>(block.size());
                for (Future<Object> f : block) read.add(await(f));
                for (Object r : read) learn(r); // nothing is being read now: the next block sees all of this one
                readBefore = read;
            }
            for (Object r : readBefore) sink.accept(resolve(r));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Analyses one input, handing its lesson to the pipeline before the next ({@link Pipeline#learn}). */
    public Outcome analyze(Ingested item) {
        Object read = read(item);
        learn(read);
        return resolve(read);
    }

    /** A page read, with the page it came from; the outcome already when reading failed. */
    private record ReadPage(RawPage page, Pipeline.Read read) {
    }

    private Object read(Ingested item) {
        if (item instanceof IngestFailure failure) return new Failed(failure);
        RawPage page = (RawPage) item;
        try {
            return new ReadPage(page, pipeline.read(page));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(page, e);
        }
    }

    private void learn(Object read) {
        if (read instanceof ReadPage r) pipeline.learn(r.read());
    }

    private Outcome resolve(Object read) {
        if (read instanceof Outcome outcome) return outcome;
        ReadPage r = (ReadPage) read;
        try {
            return new Analyzed(r.page(), pipeline.resolve(r.read()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(r.page(), e);
        }
    }

    private static Failed failed(RawPage page, Throwable e) {
        String why = e instanceof StackOverflowError ? "structure nested too deeply" : String.valueOf(e.getMessage());
        return new Failed(new IngestFailure(page.id(), page.input(),
                "analysis failed: " + e.getClass().getSimpleName() + ": " + why));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis task failed outside its own error handling", e.getCause());
        }
    }
}
