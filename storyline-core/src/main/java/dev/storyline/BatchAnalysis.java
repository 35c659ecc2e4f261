package dev.storyline;

import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;

import java.util.ArrayDeque;
import java.util.Iterator;
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

    private final Pipeline pipeline;
    private final int threads;

    public BatchAnalysis(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /** Analyses every input, calling {@code sink} once per input, in order, on the calling thread. */
    public void run(Stream<Ingested> inputs, Consumer<Outcome> sink) {
        // A bounded window of futures keeps memory flat however long the batch, and the order intact.
        int window = threads * 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Object>> pending = new ArrayDeque<>();
            Iterator<Ingested> it = inputs.iterator();
            while (it.hasNext()) {
                Ingested item = it.next();
                pending.add(pool.submit(() -> read(item)));
                if (pending.size() >= window) sink.accept(resolve(await(pending.poll())));
            }
            while (!pending.isEmpty()) sink.accept(resolve(await(pending.poll())));
        } finally {
            pool.shutdownNow();
        }
    }

    public Outcome analyze(Ingested item) {
        return resolve(read(item));
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
