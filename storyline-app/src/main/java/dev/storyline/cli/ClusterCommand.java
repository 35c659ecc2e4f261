package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.storyline.AnalysisJson;
import dev.storyline.AnalyzedArticle;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.store.StoredArticle;
import dev.storyline.summaries.EventSummariser;
import dev.storyline.summaries.EventSummary;
import dev.storyline.summaries.SummarySentence;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.events.Assignment;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.EventState;
import dev.storyline.events.Explanation;
import dev.storyline.events.Family;
import dev.storyline.events.Revision;
import dev.storyline.events.StoryState;
import dev.storyline.ingest.IngestFailure;
import dev.storyline.ingest.Ingested;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
                "Group articles into events (the reports of one happening) and events into stories, online, in input order;",
                "when a day closes (an article newer than any before) and at the end of the input, the last days' articles",
                "are clustered afresh, knowing all of them, and events merge or split to match.",
                "Inputs: as for analyze. Output, once the input is read: JSON Lines {\"id\",\"event\",\"story\"}, one per",
                "article, in input order; with --format text, the stories and events for people, with why each article",
                "joined (or why the re-check moved it).",
                "An input that fails gives a line on stderr and none on stdout; the rest goes on.",
                "Exit status: 0 all inputs worked, 1 some failed, 2 usage error."})
final class ClusterCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to cluster.")
    List<Path> inputs;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ConfigOption config;

    @Mixin
    PageFilterOptions pages;

    @Option(names = "--format", description = "jsonl (default) or text.")
    Format format = Format.jsonl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchAnalysis batch = new BatchAnalysis(Pipeline.standard(analysis.today, EmbeddedEntityRegistry.inMemory(),
                config.models(spec.commandLine(), err)), analysis.threads);
        EventClusterer clusterer = EventClusterer.inMemory();
        List<Placed> placed = new ArrayList<>();
        Map<String, Integer> latestById = new HashMap<>();
        Map<String, AnalyzedArticle> analyzedById = new HashMap<>();
        LocalDate[] newest = {null};
        int[] failures = {0};
        Progress progress = new Progress("cluster");
        try (Stream<Ingested> items = analysis.reader(pages, progress).read(inputs); progress) {
            batch.run(items, outcome -> {
                if (outcome instanceof BatchAnalysis.Analyzed analyzed && pages.languageDropReason(analyzed.result()) != null) {
                    return; // --language: another language than asked
                }
                if (outcome instanceof BatchAnalysis.Analyzed analyzed) {
                    LocalDate day = analyzed.result().article().publishedDate();
                    if (day != null && newest[0] != null && day.isAfter(newest[0])) revise(placed, latestById, clusterer.recheck());
                    if (day != null && (newest[0] == null || day.isAfter(newest[0]))) newest[0] = day;
                    Assignment a = clusterer.assign(analyzed.result());
                    if (format == Format.text) analyzedById.put(a.articleId(), analyzed.result());
                    latestById.put(a.articleId(), placed.size());
                    placed.add(new Placed(a, null));
                } else {
                    IngestFailure failure = ((BatchAnalysis.Failed) outcome).failure();
                    failures[0]++;
                    err.println("storyline: " + failure.input() + ": " + failure.reason());
                }
                progress.step(outcome instanceof BatchAnalysis.Analyzed);
            });
            revise(placed, latestById, clusterer.recheck());
            if (format == Format.text) {
                printText(clusterer, placed, analyzedById, out);
            } else {
                Map<String, String> storyOf = new HashMap<>();
                for (EventState e : clusterer.events()) storyOf.put(e.id(), e.storyId());
                for (Placed p : placed) {
                    String event = clusterer.resolve(p.event());
                    var line = JsonNodeFactory.instance.objectNode();
                    line.put("id", p.assignment().articleId()).put("event", event).put("story", storyOf.get(event));
                    out.println(AnalysisJson.line(line));
                }
            }
        } finally {
            out.flush();
        }
        return failures[0] == 0 ? 0 : 1;
    }

    /** The event's headline and key sentences, from the same bounded set of its articles as the store's summaries. */
    private static void printSummary(PrintWriter out, EventSummariser summariser, List<Placed> members,
                                     Map<String, AnalyzedArticle> analyzedById) {
        List<StoredArticle> articles = new ArrayList<>();
        for (Placed p : SummaryUpdater.bounded(members)) {
            AnalyzedArticle a = analyzedById.get(p.assignment().articleId());
            if (a != null) articles.add(new StoredArticle(p.assignment().articleId(), a, null));
        }
        EventSummary summary = summariser.summarise(articles);
        if (!summary.headline().isBlank()) out.println("    headline: " + summary.headline());
        if (!summary.sentences().isEmpty()) out.println("    summary:");
        for (SummarySentence s : summary.sentences()) {
            out.println("      · " + s.text() + " [" + (s.source() == null ? s.articleKey() : s.source()) + "]");
        }
    }

    /** An article's assignment on arrival, and the re-check's revision of it, if any. */
    private record Placed(Assignment assignment, Revision revision) {

        String event() {
            return revision == null ? assignment.eventId() : revision.toEvent();
        }
    }

    /** Records a re-check's moves against the articles (the latest of an id, if ids repeat). */
    private static void revise(List<Placed> placed, Map<String, Integer> latestById, List<Revision> revisions) {
        for (Revision r : revisions) {
            Integer i = latestById.get(r.articleId());
            if (i != null) placed.set(i, new Placed(placed.get(i).assignment(), r));
        }
    }

    private static void printText(EventClusterer clusterer, List<Placed> placed, Map<String, AnalyzedArticle> analyzedById,
                                  PrintWriter out) {
        EventSummariser summariser = new EventSummariser(new TermAnalyzer());
        Map<String, List<Placed>> byEvent = new LinkedHashMap<>();
        for (Placed p : placed) byEvent.computeIfAbsent(clusterer.resolve(p.event()), k -> new ArrayList<>()).add(p);
        Map<String, EventState> events = new LinkedHashMap<>();
        for (EventState e : clusterer.events()) events.put(e.id(), e);
        for (StoryState story : clusterer.stories()) {
            int articles = story.events().stream().mapToInt(id -> events.get(id).size()).sum();
            out.printf(Locale.ROOT, "Story %s: %s — %d event(s), %d article(s)%s%n", story.id(),
                    events.get(story.events().get(0)).label(), story.events().size(), articles, span(story.first(), story.last()));
            for (String eventId : story.events()) {
                EventState e = events.get(eventId);
                out.printf(Locale.ROOT, "  Event %s: %s — %d article(s)%s%n", e.id(), e.label(), e.size(), span(e.first(), e.last()));
                printSummary(out, summariser, byEvent.getOrDefault(eventId, List.of()), analyzedById);
                list(out, "    entities: ", clusterer.topFeatures(e, Family.ENTITY, 8));
                list(out, "    places: ", clusterer.topFeatures(e, Family.PLACE, 5));
                list(out, "    dates: ", clusterer.topFeatures(e, Family.DATE, 5));
                list(out, "    terms: ", clusterer.topFeatures(e, Family.TERM, 10));
                for (Placed p : byEvent.getOrDefault(eventId, List.of())) {
                    out.println("    - " + p.assignment().articleId() + ": " + (p.revision() == null ? why(p.assignment()) : why(p.revision())));
                }
            }
            out.println();
        }
    }

    private static String why(Assignment a) {
        Explanation w = a.why();
        StringBuilder s = new StringBuilder();
        if (a.newEvent()) {
            s.append("started the event");
            if (w.comparedEvent() != null) s.append(String.format(Locale.ROOT, " (nearest %s at %.2f)", w.comparedEvent(), w.similarity()));
            if (!a.newStory()) s.append("; joined the story, sharing ").append(String.join(", ", w.storyShared()));
            return s.toString();
        }
        s.append(String.format(Locale.ROOT, "joined at %.2f", w.similarity()));
        shared(s, "entities", w.entities());
        shared(s, "places", w.places());
        shared(s, "dates", w.dates());
        shared(s, "numbers", w.numbers());
        shared(s, "terms", w.terms());
        return s.toString();
    }

    private static String why(Revision r) {
        Explanation w = r.why();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "moved here from %s by the re-check, mean similarity %.2f with the event's other articles", r.fromEvent(), w.similarity()));
        shared(s, "entities", w.entities());
        shared(s, "places", w.places());
        shared(s, "dates", w.dates());
        shared(s, "numbers", w.numbers());
        shared(s, "terms", w.terms());
        return s.toString();
    }

    private static void shared(StringBuilder s, String what, List<String> values) {
        if (!values.isEmpty()) s.append("; ").append(what).append(' ').append(String.join(", ", values));
    }

    private static void list(PrintWriter out, String label, List<String> values) {
        if (!values.isEmpty()) out.println(label + String.join(", ", values));
    }

    private static String span(LocalDate first, LocalDate last) {
        if (first == null) return "";
        return first.equals(last) ? ", " + first : ", " + first + " – " + last;
    }
}
