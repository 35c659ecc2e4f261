package dev.storyline.cli;

import dev.storyline.quotes.QuoteEvaluation;
import dev.storyline.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Measure the quote finder on a hand-annotated gold set (JSON Lines): quote precision, recall "
                + "and F1 (spans overlapping by more than half) and speaker accuracy among matched quotes. Entity "
                + "mentions come from the gold, so this measures the quotes stage alone."})
final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "0..1",
            description = "The gold set (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("storyline-core/src/test/resources/dev/storyline/quotes/quotes-gold.jsonl");

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Where the shared samples that gold documents name are (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("../shared/samples");

    @Option(names = "--verbose", description = "Also list the quotes missed, found wrongly or attributed to someone else.")
    boolean verbose;

    @Override
    public Integer call() {
        gold = besideTheProject(gold);
        samples = besideTheProject(samples);
        if (!Files.isRegularFile(gold)) {
            System.err.println("no quotes gold set at " + gold);
            return 2;
        }
        try {
            System.out.print(new QuoteEvaluation(new QuoteFinder(dev.storyline.quotes.Institutions.load(dev.storyline.entities.ReferenceNames.load(new dev.storyline.entities.NameForms())))).evaluate(gold, samples).report(verbose));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * A relative path that is not there from the working folder is taken from the project's folder (the launcher runs
     * from target/classes), so that the defaults work wherever the command is run.
     */
    static Path besideTheProject(Path path) {
        if (path.isAbsolute() || Files.exists(path)) return path;
        try {
            Path classes = Path.of(EvalQuotesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path inProject = classes.resolve("../..").resolve(path).normalize();
            return Files.exists(inProject) ? inProject : path;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return path;
        }
    }
}
