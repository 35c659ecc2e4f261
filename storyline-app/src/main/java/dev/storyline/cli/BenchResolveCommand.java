package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.entities.MergeRules;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.NameSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {
                "Measure entity resolution (names → canonical keys, registry learning) on the ECB+ documents of ../shared.",
                "Names are runs of capitalised tokens: a crude stand-in for the name finder, for load, not for quality.",
                "Each run starts from an empty in-memory registry; prints the median of the timed runs after one warm-up."})
final class BenchResolveCommand implements Callable<Integer> {

    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?: (?:of |de |du |la |the )?\\p{Lu}[\\p{L}'.-]*)*");

    @Option(names = "--shared", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of(System.getProperty("storyline.shared", "../shared"));

    @Option(names = "--runs", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--threads", description = "Resolution threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    private record Doc(String text, List<NameSpan> names) {
    }

    @Override
    public Integer call() throws Exception {
        Path corpus = shared.resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        if (!Files.exists(corpus)) {
            System.err.println("storyline: no ECB+ documents at " + corpus + " (use --shared)");
            return 2;
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        long loadCpuStart = cpu.getCurrentThreadCpuTime();
        NameForms forms = new NameForms();
        ReferenceNames known = ReferenceNames.load(forms);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        double loadCpu = (cpu.getCurrentThreadCpuTime() - loadCpuStart) / 1e9;

        List<Doc> docs = read(corpus, known);
        long names = docs.stream().mapToLong(d -> d.names().size()).sum();
        System.out.printf("known names loaded in %.2f s (%.2f s CPU); %d documents, %d names, %d threads%n",
                loadSeconds, loadCpu, docs.size(), names, threads);

        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        int entities = 0;
        for (int run = -1; run < runs; run++) {
            EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
            EntityResolver resolver = new EntityResolver(forms, known, MergeRules.none(), registry);
            long start = System.nanoTime();
            long cpuStart = threads <= 1 ? cpu.getCurrentThreadCpuTime() : 0;
            resolveAll(resolver, docs);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpuElapsed = threads <= 1 ? (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
            if (run >= 0) {
                seconds[run] = elapsed;
                cpuSeconds[run] = cpuElapsed;
                entities = registry.entities().size();
                System.out.printf("run %d: %.3f s wall%s, %.0f names/s, %.0f articles/s%n", run + 1, elapsed,
                        threads <= 1 ? String.format(" (%.3f s CPU)", cpuElapsed) : "", names / elapsed, docs.size() / elapsed);
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[runs / 2];
        double medianCpu = cpuSeconds[runs / 2];
        System.out.printf("median: %.0f names/s, %.0f articles/s wall", names / median, docs.size() / median);
        if (threads <= 1) {
            System.out.printf("; %.0f names/s, %.0f articles/s per CPU-second", names / medianCpu, docs.size() / medianCpu);
        }
        System.out.printf(" (%d entities from %d names)%n", entities, names);
        return 0;
    }

    private void resolveAll(EntityResolver resolver, List<Doc> docs) throws Exception {
        LocalDate day = LocalDate.of(2024, 1, 1);
        if (threads <= 1) {
            for (Doc doc : docs) {
                resolver.resolve(doc.names(), doc.text(), "en", day);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>(docs.size());
            for (Doc doc : docs) {
                done.add(pool.submit(() -> resolver.resolve(doc.names(), doc.text(), "en", day)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Doc> read(Path corpus, ReferenceNames known) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode doc = json.readTree(line);
                String text = doc.get("text").asText();
                List<NameSpan> spans = new ArrayList<>();
                Matcher m = CAPITALISED_RUN.matcher(text);
                while (m.find()) {
                    boolean sentenceStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
                    String name = m.group();
                    if (sentenceStart && !name.contains(" ")) {
                        continue;
                    }
                    spans.add(new NameSpan(name, typeOf(name, known), m.start(), m.end()));
                }
                docs.add(new Doc(text, List.copyOf(spans)));
            }
        }
        return docs;
    }

    private static String typeOf(String name, ReferenceNames known) {
        if (known.find("LOC", name).isPresent()) {
            return "LOC";
        }
        if (known.find("ORG", name).isPresent() || name.equals(name.toUpperCase())) {
            return "ORG";
        }
        return "PER";
    }
}
