package dev.storyline.cli;

import dev.storyline.AnalysisJson;
import dev.storyline.StoredEvents;
import dev.storyline.events.AssignedArticle;
import dev.storyline.extract.Article;
import dev.storyline.entities.EntityMention;
import dev.storyline.store.ArticleStore;
import dev.storyline.events.DurableEventStore;
import dev.storyline.store.StoredArticle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every stored article to stdout, in ingestion order: JSON Lines in the `analyze` "
                + "contract plus the store's \"key\" and the article's \"event\" and \"story\", or CSV with one row per article.",
                "Events and stories are those kept in the store, assigned at ingestion (a store written before events",
                "were kept gets them first, once, by assigning its articles in ingestion order)."})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    StoreOption where;

    @Option(names = "--format", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        where.validate(spec.commandLine());
        if (!where.isOpenSearch() && !Files.isDirectory(data.data)) {
            spec.commandLine().getErr().println("storyline: no store at " + data.data + " (ingest something first, or give --data)");
            return 1;
        }
        ArticleStore opened = where.openArticlesOrSay(data.data, spec.commandLine().getErr());
        if (opened == null) return 1;
        try (ArticleStore store = opened;
             StoredEvents events = DataOption.caughtUp(where.openEvents(data.data, store, where.openRegistry(data)), store,
                     spec.commandLine().getErr())) {
            DurableEventStore assignments = events.store();
            if (format == Format.jsonl) {
                store.forEach(a -> {
                    AssignedArticle assigned = assignmentOf(a, assignments);
                    out.println(AnalysisJson.line(AnalysisJson.of(a.analyzed()).put("key", a.key())
                            .put("event", assigned.assignment().eventId()).put("story", assigned.assignment().storyId())));
                });
            } else {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                        "key", "id", "url", "source", "title", "published", "authors", "dateline", "language",
                        "entities", "event", "story", "text").get());
                store.forEach(stored -> {
                    Article a = stored.analyzed().article();
                    AssignedArticle assigned = assignmentOf(stored, assignments);
                    String entities = stored.analyzed().entities().stream().map(EntityMention::canonical)
                            .filter(c -> c != null).distinct().collect(Collectors.joining("; "));
                    try {
                        csv.printRecord(stored.key(), a.id(), a.url(), a.source(), a.title(), a.published(),
                                String.join("; ", a.authors()), a.dateline(), a.language(), entities, assigned.assignment().eventId(),
                                assigned.assignment().storyId(), a.text());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.flush();
            }
        }
        out.flush();
        return 0;
    }

    private static AssignedArticle assignmentOf(StoredArticle article, DurableEventStore assignments) {
        return assignments.assignment(article.key()).orElseThrow(() -> new IllegalStateException(
                "article " + article.key() + " has no event although the events caught up with the store"));
    }
}
