package dev.storyline.cli;

import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameFinderEvaluation;
import dev.storyline.entities.NerModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Score name finding (PER/ORG/LOC/MISC) against hand-annotated gold: per-type precision, recall, F1,",
                "exact and overlap matches, for the plain CRF and the fast design. Reads the bundled French gold set unless given a JSONL path."})
final class EvalEntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "GOLD", description = "Gold JSONL (id, text, spans[start,end,type,text]); default: the bundled French set.")
    Path gold;

    @Option(names = "--language", description = "Language of the gold texts (default: ${DEFAULT-VALUE}).")
    String language = "fr";

    @Override
    public Integer call() throws IOException {
        List<NameFinderEvaluation.GoldDocument> docs;
        if (gold == null) {
            docs = NameFinderEvaluation.bundledGold();
        } else {
            try (InputStream in = Files.newInputStream(gold)) {
                docs = NameFinderEvaluation.readGold(in);
            }
        }
        NerModels models = new NerModels();
        for (NameFinder.Mode mode : NameFinder.Mode.values()) {
            // A fresh finder: the fast mode starts knowing no names, as it would on a new installation.
            var scores = NameFinderEvaluation.evaluate(new NameFinder(models, mode), docs, language);
            System.out.println("== " + mode + " (" + docs.size() + " documents, " + (gold == null ? "bundled gold" : gold) + ")");
            System.out.println(scores.table());
        }
        return 0;
    }
}
