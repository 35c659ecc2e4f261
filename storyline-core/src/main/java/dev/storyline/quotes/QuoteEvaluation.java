package dev.storyline.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.entities.EntityMention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Measures the {@link QuoteFinder} against hand-annotated documents: quote precision, recall and F1 (a quote
 * found matches a gold quote when they overlap by more than half the longer of the two) and speaker accuracy
 * among matched quotes (same canonical key, or both null). Entity mentions come from the gold (every occurrence
 * of each annotated name), so the figures measure the quotes stage alone, not the name finder before it.
 */
public final class QuoteEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold document: its text (written inline, or read from a shared sample file), names and quotes. */
    public record GoldDocument(String id, String language, String text, boolean sample, List<EntityMention> entities,
                               List<GoldQuote> quotes) {
    }

    public record GoldQuote(String text, int start, int end, String speaker) {
    }

    /** A quote of the gold set the finder missed, found wrongly, or attributed to someone else. */
    public record Error(String document, String kind, String text, String expected, String found) {
    }

    public record Figures(int documents, int gold, int found, int matched, int speakerCorrect) {
        public double precision() { return found == 0 ? 0 : (double) matched / found; }
        public double recall() { return gold == 0 ? 0 : (double) matched / gold; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public double speakerAccuracy() { return matched == 0 ? 0 : (double) speakerCorrect / matched; }

        Figures plus(Figures o) {
            return new Figures(documents + o.documents, gold + o.gold, found + o.found, matched + o.matched,
                    speakerCorrect + o.speakerCorrect);
        }
    }

    /** Figures for the hand-written documents, for the shared samples, and both; the samples left out. */
    public record Result(Figures written, Figures samples, List<String> skippedSamples, List<Error> errors) {
        public Figures all() { return written.plus(samples); }

        public String report(boolean verbose) {
            StringBuilder out = new StringBuilder();
            line(out, "written documents", written);
            line(out, "shared samples", samples);
            line(out, "all", all());
            for (String s : skippedSamples) out.append("skipped sample (not found): ").append(s).append('\n');
            if (verbose) {
                for (Error e : errors) {
                    out.append(String.format("%-16s %-9s %s | expected %s | found %s%n", e.document(), e.kind(),
                            e.text(), e.expected(), e.found()));
                }
            }
            return out.toString();
        }

        private static void line(StringBuilder out, String label, Figures f) {
            out.append(String.format("%-20s docs %2d  gold %3d  found %3d  matched %3d  P %.3f  R %.3f  F1 %.3f  speaker accuracy %.3f (%d/%d)%n",
                    label, f.documents(), f.gold(), f.found(), f.matched(), f.precision(), f.recall(), f.f1(),
                    f.speakerAccuracy(), f.speakerCorrect(), f.matched()));
        }
    }

    private final QuoteFinder finder;

    public QuoteEvaluation(QuoteFinder finder) {
        this.finder = finder;
    }

    public Result evaluate(List<GoldDocument> documents, List<String> skippedSamples) {
        Figures written = new Figures(0, 0, 0, 0, 0), samples = written;
        List<Error> errors = new ArrayList<>();
        for (GoldDocument d : documents) {
            Figures f = evaluate(d, errors);
            if (d.sample()) samples = samples.plus(f);
            else written = written.plus(f);
        }
        return new Result(written, samples, List.copyOf(skippedSamples), List.copyOf(errors));
    }

    private Figures evaluate(GoldDocument d, List<Error> errors) {
        List<Quote> found = finder.find(d.text(), d.language(), d.entities());
        boolean[] used = new boolean[found.size()];
        int matched = 0, speakers = 0;
        for (GoldQuote g : d.quotes()) {
            int best = -1;
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && overlapsMostly(g.start(), g.end(), found.get(i).start(), found.get(i).end())) {
                    best = i;
                    break;
                }
            }
            if (best < 0) {
                errors.add(new Error(d.id(), "missed", g.text(), g.speaker(), null));
                continue;
            }
            used[best] = true;
            matched++;
            if (Objects.equals(g.speaker(), found.get(best).speaker())) speakers++;
            else errors.add(new Error(d.id(), "speaker", g.text(), g.speaker(),
                    found.get(best).speaker() + " (\"" + found.get(best).speakerText() + "\")"));
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) errors.add(new Error(d.id(), "spurious", found.get(i).text(), null, found.get(i).speaker()));
        }
        return new Figures(1, d.quotes().size(), found.size(), matched, speakers);
    }

    /** Whether two spans share more than half the length of the longer one. */
    static boolean overlapsMostly(int start1, int end1, int start2, int end2) {
        int overlap = Math.min(end1, end2) - Math.max(start1, start2);
        return overlap > 0 && overlap * 2 > Math.max(end1 - start1, end2 - start2);
    }

    /** The gold set: one JSON object a line; documents naming a {@code sample} are read from {@code samples}. */
    public static List<GoldDocument> read(Path gold, Path samples, List<String> skippedSamples) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(gold + " line " + lineNumber + ": not JSON: " + e.getMessage(), e);
            }
            String text;
            boolean sample = o.hasNonNull("sample");
            if (sample) {
                Path file = samples.resolve(o.get("sample").asText());
                if (!Files.isRegularFile(file)) {
                    skippedSamples.add(file.toString());
                    continue;
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } else {
                text = o.path("text").asText();
            }
            String id = o.path("id").asText("line " + lineNumber);
            documents.add(new GoldDocument(id, o.path("language").asText(null), text, sample,
                    mentions(text, o.path("entities")), quotes(id, text, o.path("quotes"))));
        }
        return documents;
    }

    /** Every word-bounded occurrence of each annotated name, longest names first, never overlapping. */
    static List<EntityMention> mentions(String text, JsonNode entities) {
        List<JsonNode> names = new ArrayList<>();
        entities.forEach(names::add);
        names.sort(Comparator.comparingInt((JsonNode e) -> e.path("text").asText().length()).reversed());
        List<EntityMention> found = new ArrayList<>();
        for (JsonNode e : names) {
            String name = e.path("text").asText();
            for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + 1)) {
                int start = at, end = at + name.length();
                boolean bounded = (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = found.stream().noneMatch(m -> m.start() < end && m.end() > start);
                if (bounded && free) found.add(new EntityMention(name, e.path("type").asText(), start, end, e.path("canonical").asText()));
            }
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    private static List<GoldQuote> quotes(String id, String text, JsonNode quotes) {
        List<GoldQuote> gold = new ArrayList<>();
        for (JsonNode q : quotes) {
            String words = q.path("text").asText();
            int start = text.indexOf(words);
            if (start < 0) throw new IllegalArgumentException("gold document " + id + ": quote not in its text: " + words);
            gold.add(new GoldQuote(words, start, start + words.length(), q.hasNonNull("speaker") ? q.get("speaker").asText() : null));
        }
        return gold;
    }

    /** Reads the gold set and evaluates, for the command line and the tests. */
    public Result evaluate(Path gold, Path samples) {
        try {
            List<String> skipped = new ArrayList<>();
            return evaluate(read(gold, samples, skipped), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the quotes gold set " + gold, e);
        }
    }
}
