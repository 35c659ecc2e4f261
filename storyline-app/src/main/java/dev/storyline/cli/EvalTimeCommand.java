package dev.storyline.cli;

import dev.storyline.time.TimeEvaluation;
import dev.storyline.time.TimeGoldSet;
import dev.storyline.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Measure the time tagger per language: span precision, recall and F1 (overlap), value accuracy "
                + "(over gold TIMEX3), value F1 and strict value F1, on the bundled hand-written gold sets (fr, en, de, "
                + "es, it) and on folders of TimeML .tml files (e.g. French TimeBank, or TimeBank/AQUAINT for English).",
                "value-F1 takes a value the corpora write two ways as one (a decade 199 or 199X, P0.5Y or P6M, P2Q or "
                + "P6M, T8:30 or T08:30, 2000-W7 or 2000-W07, PT1NI or XXXX-XX-XXTNI) and a gold DURATION up to the "
                + "creation time also as the date the gold anchors it at. strict-F1 counts a value right only when its "
                + "string is the gold's, case included, as TempEval-3's scorer does: its one normalisation is reading "
                + "the attribute as XML (entities decoded), so its figures compare with TempEval-3's value F1.",
                "A folder is read with --language, or written LANG=FOLDER (en=/data/TBAQ-cleaned); subfolders are read too."})
final class EvalTimeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "0..*", description = "Folders of TimeML .tml files, or LANG=FOLDER.")
    List<String> folders = new ArrayList<>();

    @Option(names = "--language", description = "Language of folders given without LANG= (default: ${DEFAULT-VALUE}).")
    String language = "fr";

    @Option(names = "--no-bundled", description = "Leave out the bundled hand-written gold sets.")
    boolean noBundled;

    @Option(names = "--verbose", description = "Also show figures by type and list the gold expressions missed or valued wrongly, and the false positives.")
    boolean verbose;

    private record Corpus(String name, String language, List<TimeEvaluation.GoldDocument> documents) {
    }

    @Override
    public Integer call() {
        List<Corpus> corpora = new ArrayList<>();
        int status = 0;
        for (String given : folders) {
            int eq = given.indexOf('=');
            boolean hasLanguage = eq == 2 && TimeTagger.LANGUAGES.contains(given.substring(0, 2));
            String lang = hasLanguage ? given.substring(0, 2) : language;
            Path folder = Path.of(hasLanguage ? given.substring(3) : given);
            if (!Files.isDirectory(folder)) {
                System.err.println("not a folder: " + folder + " (skipped)");
                status = 2;
                continue;
            }
            try {
                corpora.add(new Corpus(folder.getFileName() + "/", lang, TimeEvaluation.readFolder(folder)));
            } catch (RuntimeException e) {
                System.err.println("cannot read " + folder + ": " + e.getMessage() + " (skipped)");
                status = 2;
            }
        }
        if (!noBundled) {
            for (String lang : TimeTagger.LANGUAGES) {
                corpora.add(new Corpus("hand-written (bundled)", lang, TimeGoldSet.bundled(lang)));
            }
        }
        TimeTagger tagger = new TimeTagger();
        StringBuilder details = new StringBuilder();
        System.out.println(TimeEvaluation.Result.summaryHeader());
        for (Corpus corpus : corpora) {
            TimeEvaluation.Result result = new TimeEvaluation(tagger, corpus.language()).evaluate(corpus.documents());
            System.out.println(result.summary(corpus.name(), corpus.language()));
            if (verbose) details.append(System.lineSeparator()).append("== ").append(corpus.name()).append(' ')
                    .append(corpus.language()).append(System.lineSeparator()).append(result.report(true));
        }
        System.out.print(details);
        return status;
    }
}
