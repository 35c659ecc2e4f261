package dev.storyline.cli;

import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.quotes.Institutions;
import dev.storyline.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Cost of the quote step (quotations and their speakers) per article, beside the analysis's.",
                "Same process, one thread: the pages are analysed once (models loaded, the analysis warmed up), then "
                        + "the quote step alone runs again over each analysed article's text and mentions. Prints wall "
                        + "and CPU milliseconds per article (medians of --runs), the share of the analysis's CPU time, "
                        + "and the peer without institutions (the finder as it was before they were resolved)."})
final class BenchQuotesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for analyze.")
    List<Path> inputs;

    @Option(names = "--runs", description = "Runs of the quote step (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--limit", description = "Use at most this many pages (default: ${DEFAULT-VALUE}).")
    int limit = 300;

    @Override
    public Integer call() {
        List<RawPage> pages;
        try (Stream<Ingested> items = new InputReader().read(inputs)) {
            pages = items.filter(RawPage.class::isInstance).map(RawPage.class::cast).limit(limit).toList();
        }
        if (pages.isEmpty()) {
            System.err.println("storyline: no pages in " + inputs);
            return 2;
        }
        Pipeline.Models models = Pipeline.Models.load();
        Pipeline pipeline = Pipeline.standard(LocalDate.now(), EmbeddedEntityRegistry.inMemory(), models);
        analyse(pipeline, pages); // loads each language's models and warms the JIT
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
        List<AnalyzedArticle> analyzed = analyse(Pipeline.standard(LocalDate.now(), EmbeddedEntityRegistry.inMemory(), models), pages);
        double analysisWall = (System.nanoTime() - wall) / 1e6 / analyzed.size();
        double analysisCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / analyzed.size();
        QuoteFinder withInstitutions = new QuoteFinder(Institutions.load(models.references()));
        QuoteFinder without = new QuoteFinder();
        long quotes = analyzed.stream().mapToLong(a -> a.quotes().size()).sum();
        System.out.printf("%,d articles analysed (%,d failed), %,d quotes; analysis %.3f ms/article wall, %.3f ms CPU%n",
                analyzed.size(), pages.size() - analyzed.size(), quotes, analysisWall, analysisCpu);
        System.out.printf("%-28s %10s %10s %12s%n", "quote step", "ms wall", "ms CPU", "CPU share");
        for (int round = 0; round < 2; round++) { // the first round warms both up
            double[] a = time(withInstitutions, analyzed), b = time(without, analyzed);
            if (round == 0) continue;
            System.out.printf("%-28s %10.4f %10.4f %11.2f%%%n", "with institutions", a[0], a[1], 100 * a[1] / analysisCpu);
            System.out.printf("%-28s %10.4f %10.4f %11.2f%%%n", "without (peer)", b[0], b[1], 100 * b[1] / analysisCpu);
        }
        return 0;
    }

    /** Median wall and CPU milliseconds per article of the quote step over the analysed articles. */
    private double[] time(QuoteFinder finder, List<AnalyzedArticle> analyzed) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs], cpu = new double[runs];
        long found = 0;
        for (int r = 0; r < runs; r++) {
            long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
            for (AnalyzedArticle a : analyzed) {
                found += finder.find(a.article().text(), a.article().language(), a.entities()).size();
            }
            wall[r] = (System.nanoTime() - w) / 1e6 / analyzed.size();
            cpu[r] = (threads.getCurrentThreadCpuTime() - c) / 1e6 / analyzed.size();
        }
        if (found < 0) throw new IllegalStateException("unreachable: keeps the work from being optimised away");
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[]{wall[runs / 2], cpu[runs / 2]};
    }

    /** The pages through the analysis on this thread (its CPU time is this thread's); a page it fails on is left out. */
    private static List<AnalyzedArticle> analyse(Pipeline pipeline, List<RawPage> pages) {
        List<AnalyzedArticle> out = new ArrayList<>();
        for (RawPage p : pages) {
            try {
                out.add(pipeline.analyze(p));
            } catch (RuntimeException e) {
                // Counted as failed in the report.
            }
        }
        return out;
    }
}
