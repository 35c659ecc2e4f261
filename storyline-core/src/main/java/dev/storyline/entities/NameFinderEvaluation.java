package dev.storyline.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a {@link NameFinder} against hand-annotated names: per type and overall precision, recall and F1,
 * both for exact matches (same start, end and type) and for overlaps (same type, spans overlapping).
 */
public final class NameFinderEvaluation {

    /** The bundled French gold set (see its README for provenance and guidelines). */
    public static final String BUNDLED_GOLD = "/dev/storyline/entities/fr-names-gold.jsonl";

    public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC", "ALL");

    public record GoldDocument(String id, String provenance, String text, List<NameSpan> spans) {
        public GoldDocument {
            spans = List.copyOf(spans);
        }
    }

    /** Counts for one type; precision and recall computed from them. */
    public record Counts(int predicted, int predictedMatched, int gold, int goldMatched) {
        public double precision() {
            return predicted == 0 ? 0 : (double) predictedMatched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldMatched / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, predictedMatched + o.predictedMatched, gold + o.gold, goldMatched + o.goldMatched);
        }
    }

    /** Figures per type (and "ALL"), exact and overlap. */
    public record Scores(Map<String, Counts> exact, Map<String, Counts> overlap) {
        public Scores {
            exact = Map.copyOf(exact);
            overlap = Map.copyOf(overlap);
        }

        public String table() {
            StringBuilder b = new StringBuilder(String.format("%-5s %6s %6s | %6s %6s %6s | %6s %6s %6s%n",
                    "type", "gold", "pred", "P", "R", "F1", "P~", "R~", "F1~"));
            for (String t : TYPES) {
                Counts e = exact.get(t), o = overlap.get(t);
                b.append(String.format("%-5s %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", t, e.gold(), e.predicted(),
                        e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1()));
            }
            return b.append("(exact: same start, end and type; ~: same type, spans overlapping)").toString();
        }
    }

    private NameFinderEvaluation() {
    }

    public static List<GoldDocument> readGold(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                String text = d.get("text").asText();
                List<NameSpan> spans = new ArrayList<>();
                for (JsonNode s : d.get("spans")) {
                    NameSpan span = new NameSpan(s.get("text").asText(), s.get("type").asText(), s.get("start").asInt(), s.get("end").asInt());
                    if (!text.substring(span.start(), span.end()).equals(span.text())) {
                        throw new IOException("gold span " + span + " does not match the text of " + d.get("id").asText());
                    }
                    spans.add(span);
                }
                docs.add(new GoldDocument(d.get("id").asText(), d.path("provenance").asText(""), text, spans));
            }
        }
        return List.copyOf(docs);
    }

    /**
     * The bundled gold set: a test resource, so on the test classpath; from the CLI (run from target/classes)
     * it is read from the source tree beside it.
     */
    public static List<GoldDocument> bundledGold() throws IOException {
        try (InputStream in = NameFinderEvaluation.class.getResourceAsStream(BUNDLED_GOLD)) {
            if (in != null) return readGold(in);
        }
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(NameFinderEvaluation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path source = classes.resolve("../../src/test/resources" + BUNDLED_GOLD).normalize();
            try (InputStream in = java.nio.file.Files.newInputStream(source)) {
                return readGold(in);
            }
        } catch (java.net.URISyntaxException | java.nio.file.NoSuchFileException | RuntimeException e) {
            throw new IOException("bundled gold set not found (" + BUNDLED_GOLD + "): give its path", e);
        }
    }

    /**
     * Runs the finder (language "fr" unless told) over every document, in order, and scores the names the pipeline
     * keeps of what it finds (titles, generic words and common-noun acronyms dropped, institutions completed).
     */
    public static Scores evaluate(NameFinder finder, List<GoldDocument> gold, String language) {
        return evaluate(finder, gold, language, Set.copyOf(TYPES));
    }

    /**
     * As {@link #evaluate(NameFinder, List, String)}, scoring only the names of the given types: a gold set that
     * annotates no MISC (the Europeana corpora) would otherwise count every MISC found as a false name.
     */
    public static Scores evaluate(NameFinder finder, List<GoldDocument> gold, String language, Set<String> annotated) {
        return score(predict(finder, gold, language, annotated), gold.stream().map(GoldDocument::spans).toList());
    }

    /** The names the pipeline keeps in each document, of the given types (parallel to {@code gold}). */
    public static List<List<NameSpan>> predict(NameFinder finder, List<GoldDocument> gold, String language, Set<String> annotated) {
        GenericNames generic = GenericNames.load();
        OrganisationNames organisations = OrganisationNames.load();
        List<List<NameSpan>> predicted = new ArrayList<>();
        for (GoldDocument doc : gold) {
            List<NameSpan> names = generic.keepNames(finder.find(doc.text(), language), doc.text(), language);
            predicted.add(organisations.complete(names, doc.text(), language).stream()
                    .filter(n -> annotated.contains(n.type())).toList());
        }
        return predicted;
    }

    /**
     * Every difference from the gold, one line each: "missed" (a gold name not found exactly) or "wrong" (a name
     * found that is not a gold one), the type, the name and what the gold says there ("gold ORG la Chambre des
     * députés") or what was found there.
     */
    public static List<String> differences(List<List<NameSpan>> predicted, List<GoldDocument> gold) {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < gold.size(); d++) {
            List<NameSpan> p = predicted.get(d), g = gold.get(d).spans();
            for (NameSpan s : g) {
                if (p.stream().noneMatch(x -> matches(x, s, true))) lines.add(gold.get(d).id() + "\tmissed\t" + s.type() + "\t" + s.text() + "\t" + near(p, s));
            }
            for (NameSpan s : p) {
                if (g.stream().noneMatch(x -> matches(s, x, true))) lines.add(gold.get(d).id() + "\twrong\t" + s.type() + "\t" + s.text() + "\t" + near(g, s));
            }
        }
        return lines;
    }

    private static String near(List<NameSpan> others, NameSpan s) {
        return others.stream().filter(o -> o.start() < s.end() && s.start() < o.end())
                .map(o -> o.type() + " " + o.text()).reduce((a, b) -> a + " | " + b).orElse("-");
    }

    /** Scores names found against gold names, document by document (the two lists are parallel). */
    public static Scores score(List<List<NameSpan>> predicted, List<List<NameSpan>> gold) {
        Map<String, Counts> exact = new LinkedHashMap<>(), overlap = new LinkedHashMap<>();
        for (String t : TYPES) {
            exact.put(t, new Counts(0, 0, 0, 0));
            overlap.put(t, new Counts(0, 0, 0, 0));
        }
        for (int d = 0; d < gold.size(); d++) {
            for (String t : TYPES) {
                List<NameSpan> p = ofType(predicted.get(d), t), g = ofType(gold.get(d), t);
                exact.merge(t, count(p, g, true), Counts::plus);
                overlap.merge(t, count(p, g, false), Counts::plus);
            }
        }
        return new Scores(exact, overlap);
    }

    private static List<NameSpan> ofType(List<NameSpan> spans, String type) {
        return type.equals("ALL") ? spans : spans.stream().filter(s -> s.type().equals(type)).toList();
    }

    private static Counts count(List<NameSpan> predicted, List<NameSpan> gold, boolean exact) {
        int pm = 0, gm = 0;
        for (NameSpan p : predicted) if (gold.stream().anyMatch(g -> matches(p, g, exact))) pm++;
        for (NameSpan g : gold) if (predicted.stream().anyMatch(p -> matches(p, g, exact))) gm++;
        return new Counts(predicted.size(), pm, gold.size(), gm);
    }

    private static boolean matches(NameSpan p, NameSpan g, boolean exact) {
        if (!p.type().equals(g.type())) return false;
        return exact ? p.start() == g.start() && p.end() == g.end() : p.start() < g.end() && g.start() < p.end();
    }
}
