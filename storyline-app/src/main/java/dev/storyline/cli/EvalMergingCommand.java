package dev.storyline.cli;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.MergingEvaluation;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.ReferenceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merging", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"Score how the entity resolver merges mentions of one real entity across spellings, articles and",
                "languages: the share of same-entity mention pairs that share a key, and of key-sharing pairs that are",
                "one entity; and whether other document orders give the same keys. Reads the bundled hand-written gold",
                "(fr, en, de, es) unless given a JSONL path (id, language, date, text, names: [{type, text, entity}])."})
final class EvalMergingCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "GOLD", description = "Gold JSONL; default: the bundled set.")
    Path gold;

    @Option(names = "--verbose", description = "Also print the entities split over several keys and the keys shared by several entities.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<MergingEvaluation.GoldDocument> docs;
        try {
            if (gold == null) {
                docs = MergingEvaluation.bundledGold();
            } else {
                try (InputStream in = Files.newInputStream(gold)) {
                    docs = MergingEvaluation.readGold(in);
                }
            }
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("storyline: " + gold + ": no such file");
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("storyline: " + (gold == null ? "bundled gold" : gold) + ": " + e.getMessage());
            return 1;
        }
        ReferenceNames known = ReferenceNames.load(new NameForms());
        MergingEvaluation.Result result = MergingEvaluation.evaluate(docs,
                () -> EntityResolver.create(known, null, EmbeddedEntityRegistry.inMemory()));
        spec.commandLine().getOut().println("== merging (" + docs.size() + " documents, "
                + (gold == null ? "bundled gold" : gold) + ")");
        spec.commandLine().getOut().println(result.table());
        if (verbose) spec.commandLine().getOut().print(result.errors());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
