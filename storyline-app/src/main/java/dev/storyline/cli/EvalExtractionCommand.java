package dev.storyline.cli;

import dev.storyline.extract.ExtractionEvaluation;
import dev.storyline.extract.ExtractionEvaluation.PageResult;
import dev.storyline.extract.ExtractionEvaluation.Score;
import dev.storyline.extract.PeerExtractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Main-text extraction against a trafilatura-style evaluation set (evaldata.json + html/*.gz):",
                "precision, recall and F1 of snippet matches, for ours and for readability4j and boilerpipe."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The evaluation set's folder.")
    Path dir;

    @Option(names = "--verbose", description = "Print, for our extractor, each page's missed and leaked snippets.")
    boolean verbose;

    @Option(names = "--no-peers", description = "Measure only our extractor.")
    boolean noPeers;

    @Override
    public Integer call() throws IOException {
        // readability4j logs a stack trace for every page whose URL it cannot resolve; its text is still returned
        System.setProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j", "off");
        List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.load(dir);
        System.out.printf("%d pages from %s%n", pages.size(), dir);
        List<Score> scores = new ArrayList<>();
        scores.add(ExtractionEvaluation.score("storyline", pages, PeerExtractors.storyline()));
        if (verbose) printFailures(scores.get(0));
        if (!noPeers) {
            scores.add(ExtractionEvaluation.score("readability4j", pages, PeerExtractors.readability4j()));
            scores.add(ExtractionEvaluation.score("boilerpipe", pages, PeerExtractors.boilerpipe()));
        }
        System.out.printf("%-14s %9s %9s %9s %9s %6s %6s %6s %6s%n",
                "extractor", "precision", "recall", "F1", "accuracy", "TP", "FN", "FP", "errors");
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9.3f %6d %6d %6d %6d%n", s.extractor(),
                    s.precision(), s.recall(), s.f1(), s.accuracy(), s.truePositives(), s.falseNegatives(),
                    s.falsePositives(), s.errors());
        }
        return 0;
    }

    private static void printFailures(Score score) {
        for (PageResult r : score.pages()) {
            if (r.missed().isEmpty() && r.leaked().isEmpty()) continue;
            System.out.printf("%s  %s%n", r.page().file(), r.page().url());
            r.missed().forEach(s -> System.out.println("  missed: " + s));
            r.leaked().forEach(s -> System.out.println("  leaked: " + s));
        }
    }
}
