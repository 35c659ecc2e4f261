package dev.storyline.cli;

import dev.storyline.entities.BioGold;
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
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "entities", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Score name finding (PER/ORG/LOC/MISC) against hand-annotated gold: per-type precision, recall, F1,",
                "exact and overlap matches, for the plain CRF and the fast design. Reads the bundled French gold set unless given a path:",
                "a JSONL file, or BIO token-per-line gold (a .bio file or a folder of them, as in the Europeana Newspapers NER corpora;",
                "only PER, LOC and ORG are scored then, since those corpora annotate nothing else)."})
final class EvalEntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "GOLD", description = "Gold JSONL (id, text, spans[start,end,type,text]), or a BIO file or folder of *.bio files; default: the bundled French set.")
    Path gold;

    @Option(names = "--mode", description = "Which design to score: FAST, CRF, or both (default: both).")
    NameFinder.Mode mode;

    @Option(names = "--verbose", description = "Also list every difference from the gold (tab-separated: document, missed|wrong, type, name, what overlaps it).")
    boolean verbose;

    @Option(names = "--language", description = "Language of the gold texts (default: ${DEFAULT-VALUE}).")
    String language = "fr";

    @Override
    public Integer call() throws IOException {
        List<NameFinderEvaluation.GoldDocument> docs;
        Set<String> scored = Set.copyOf(NameFinderEvaluation.TYPES);
        if (gold == null) {
            docs = NameFinderEvaluation.bundledGold();
        } else if (Files.isDirectory(gold) || !gold.getFileName().toString().endsWith(".jsonl")) {
            docs = BioGold.read(gold);
            scored = BioGold.TYPES;
        } else {
            try (InputStream in = Files.newInputStream(gold)) {
                docs = NameFinderEvaluation.readGold(in);
            }
        }
        NerModels models = new NerModels();
        for (NameFinder.Mode mode : this.mode == null ? NameFinder.Mode.values() : new NameFinder.Mode[]{this.mode}) {
            // A fresh finder: the fast mode starts knowing no names, as it would on a new installation.
            var predicted = NameFinderEvaluation.predict(new NameFinder(models, mode), docs, language, scored);
            var scores = NameFinderEvaluation.score(predicted, docs.stream().map(NameFinderEvaluation.GoldDocument::spans).toList());
            if (verbose) NameFinderEvaluation.differences(predicted, docs).forEach(System.out::println);
            System.out.println("== " + mode + " (" + docs.size() + " documents, " + (gold == null ? "bundled gold" : gold) + ")");
            System.out.println(scores.table());
        }
        return 0;
    }
}
