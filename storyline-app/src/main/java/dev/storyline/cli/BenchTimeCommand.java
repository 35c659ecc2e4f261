package dev.storyline.cli;

import dev.storyline.time.TimeEvaluation;
import dev.storyline.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Speed of the time tagger on one thread: texts of a folder (*.tml TimeML, *.txt) tagged "
                + "round after round; prints the median articles/s and characters/s over the rounds."})
final class BenchTimeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", description = "A folder of .tml or .txt files.")
    Path folder;

    @Option(names = "--language", description = "Language of the texts (default: ${DEFAULT-VALUE}).")
    String language = "fr";

    @Option(names = "--anchor", description = "Publication date for .txt files (default: ${DEFAULT-VALUE}).")
    LocalDate anchor = LocalDate.of(2022, 1, 14);

    @Option(names = "--rounds", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--min-seconds", description = "Each round tags the texts again until this long (default: ${DEFAULT-VALUE}).")
    double minSeconds = 1.0;

    private record Text(String text, LocalDate anchor) {
    }

    @Override
    public Integer call() throws IOException {
        List<Text> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tml")) {
                    TimeEvaluation.GoldDocument d = TimeEvaluation.read(f);
                    texts.add(new Text(d.text(), d.creationTime()));
                } else if (name.endsWith(".txt")) {
                    texts.add(new Text(Files.readString(f), anchor));
                }
            }
        }
        if (texts.isEmpty()) {
            System.err.println("no .tml or .txt files in " + folder);
            return 2;
        }
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        long start = System.nanoTime();
        TimeTagger tagger = new TimeTagger();
        System.out.printf(Locale.ROOT, "tagger built in %.1f ms; %d texts, %.0f characters on average%n",
                (System.nanoTime() - start) / 1e6, texts.size(), (double) chars / texts.size());
        long sink = 0;
        double[] articlesPerSecond = new double[rounds];
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            long t0 = System.nanoTime();
            long done = 0;
            do {
                for (Text t : texts) sink += tagger.find(t.text(), language, t.anchor()).size();
                done += texts.size();
            } while (System.nanoTime() - t0 < minSeconds * 1e9);
            if (round >= 0) articlesPerSecond[round] = done / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(articlesPerSecond);
        double median = articlesPerSecond[rounds / 2];
        System.out.printf(Locale.ROOT, "median %.0f articles/s, %.1f M characters/s (one thread, %d rounds; %d expressions)%n",
                median, median * chars / texts.size() / 1e6, rounds, sink);
        return 0;
    }
}
