package dev.storyline.cli;

import dev.storyline.time.TimeEvaluation;
import dev.storyline.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Measure the time tagger on TimeML documents (*.tml, e.g. French TimeBank): span precision, "
                + "recall and F1 (overlap) and value accuracy over gold TIMEX3, overall and by type."})
final class EvalTimeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", description = "A folder of TimeML .tml files.")
    Path folder;

    @Option(names = "--language", description = "Language of the documents (default: ${DEFAULT-VALUE}).")
    String language = "fr";

    @Option(names = "--verbose", description = "Also list the gold expressions missed or valued wrongly, and the false positives.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            System.err.println("not a folder: " + folder);
            return 2;
        }
        var result = new TimeEvaluation(new TimeTagger(), language).evaluate(TimeEvaluation.readFolder(folder));
        System.out.print(result.report(verbose));
        return 0;
    }
}
