package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.storyline.AnalysisJson;
import dev.storyline.BatchAnalysis;
import dev.storyline.Pipeline;
import dev.storyline.events.Assignment;
import dev.storyline.events.EventClusterer;
import dev.storyline.events.EventState;
import dev.storyline.events.Explanation;
import dev.storyline.events.Family;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
                "Group articles into events (the reports of one happening) and events into stories, online, in input order.",
                "Inputs: as for analyze. Output: JSON Lines {\"id\",\"event\",\"story\"}, one per article, in input order;",
                "with --format text, the stories and events for people, with why each article joined.",
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

    @Option(names = "--format", description = "jsonl (default) or text.")
    Format format = Format.jsonl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchAnalysis batch = new BatchAnalysis(Pipeline.standard(analysis.today), analysis.threads);
        EventClusterer clusterer = EventClusterer.inMemory();
        List<Assignment> assignments = new ArrayList<>();
        int[] failures = {0};
        try (Stream<Ingested> items = analysis.reader().read(inputs);
             Progress progress = new Progress("cluster")) {
            batch.run(items, outcome -> {
                if (outcome instanceof BatchAnalysis.Analyzed analyzed) {
                    Assignment a = clusterer.assign(analyzed.result());
                    if (format == Format.jsonl) {
                        var line = JsonNodeFactory.instance.objectNode();
                        line.put("id", a.articleId()).put("event", a.eventId()).put("story", a.storyId());
                        out.println(AnalysisJson.line(line));
                    } else {
                        assignments.add(a);
                    }
                } else {
                    IngestFailure failure = ((BatchAnalysis.Failed) outcome).failure();
                    failures[0]++;
                    err.println("storyline: " + failure.input() + ": " + failure.reason());
                }
                progress.step(outcome instanceof BatchAnalysis.Analyzed);
            });
            if (format == Format.text) printText(clusterer, assignments, out);
        } finally {
            out.flush();
        }
        return failures[0] == 0 ? 0 : 1;
    }

    private static void printText(EventClusterer clusterer, List<Assignment> assignments, PrintWriter out) {
        Map<String, List<Assignment>> byEvent = new LinkedHashMap<>();
        for (Assignment a : assignments) byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a);
        Map<String, EventState> events = new LinkedHashMap<>();
        for (EventState e : clusterer.events()) events.put(e.id(), e);
        for (StoryState story : clusterer.stories()) {
            int articles = story.events().stream().mapToInt(id -> events.get(id).size()).sum();
            out.printf(Locale.ROOT, "Story %s: %s — %d event(s), %d article(s)%s%n", story.id(),
                    events.get(story.events().get(0)).label(), story.events().size(), articles, span(story.first(), story.last()));
            for (String eventId : story.events()) {
                EventState e = events.get(eventId);
                out.printf(Locale.ROOT, "  Event %s: %s — %d article(s)%s%n", e.id(), e.label(), e.size(), span(e.first(), e.last()));
                list(out, "    entities: ", clusterer.topFeatures(e, Family.ENTITY, 8));
                list(out, "    places: ", clusterer.topFeatures(e, Family.PLACE, 5));
                list(out, "    dates: ", clusterer.topFeatures(e, Family.DATE, 5));
                list(out, "    terms: ", clusterer.topFeatures(e, Family.TERM, 10));
                for (Assignment a : byEvent.getOrDefault(eventId, List.of())) out.println("    - " + a.articleId() + ": " + why(a));
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
