package dev.storyline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-written gold sets of time expressions, one per language ({@code gold/<language>.txt} beside this class),
 * written for Storyline in a light markup easier to write and review than TimeML:
 * <pre>
 * # a comment (provenance)
 * &#64; 2022-01-14                 (a new document, published that day)
 * Il est arrivé [jeudi|DATE|2022-01-13] à Paris.
 * </pre>
 * Each {@code [text|TYPE|VALUE]} is a gold TIMEX3; the document's text is its lines without the markup, joined
 * by newlines.
 */
public final class TimeGoldSet {

    private static final Pattern TIMEX = Pattern.compile("\\[([^\\[\\]|]+)\\|(DATE|TIME|DURATION|SET)\\|([^\\[\\]|]+)]");

    private TimeGoldSet() {
    }

    /** The bundled gold set of a language ({@link TimeTagger#LANGUAGES}), as documents. */
    public static List<TimeEvaluation.GoldDocument> bundled(String language) {
        String resource = "gold/" + language + ".txt";
        try (InputStream in = TimeGoldSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no bundled time gold set for language " + language);
            return parse(language, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of a gold set in the markup above; {@code name} prefixes their ids and names errors. */
    public static List<TimeEvaluation.GoldDocument> parse(String name, List<String> lines) {
        List<TimeEvaluation.GoldDocument> documents = new ArrayList<>();
        LocalDate published = null;
        StringBuilder text = new StringBuilder();
        List<TimeExpression> gold = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("#")) continue;
            if (line.startsWith("@")) {
                if (published != null) documents.add(document(name, documents.size(), published, text, gold));
                try {
                    published = LocalDate.parse(line.substring(1).strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": not a date after @ — " + line);
                }
                text.setLength(0);
                gold.clear();
                continue;
            }
            if (line.isBlank()) continue;
            if (published == null) {
                throw new IllegalArgumentException(name + " line " + lineNumber + ": text before the first '@ date' line");
            }
            if (!text.isEmpty()) text.append('\n');
            Matcher m = TIMEX.matcher(line);
            int last = 0;
            while (m.find()) {
                checkPlain(name, lineNumber, line.substring(last, m.start()));
                text.append(line, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                gold.add(new TimeExpression(m.group(1), start, text.length(), m.group(2), m.group(3)));
                last = m.end();
            }
            String rest = line.substring(last);
            checkPlain(name, lineNumber, rest);
            text.append(rest);
        }
        if (published != null) documents.add(document(name, documents.size(), published, text, gold));
        return List.copyOf(documents);
    }

    private static void checkPlain(String name, int lineNumber, String plain) {
        if (plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0) {
            throw new IllegalArgumentException(name + " line " + lineNumber + ": unbalanced or malformed [text|TYPE|VALUE]");
        }
    }

    private static TimeEvaluation.GoldDocument document(String name, int index, LocalDate published, StringBuilder text,
                                                        List<TimeExpression> gold) {
        return new TimeEvaluation.GoldDocument(name + "-" + (index + 1), published, text.toString(), List.copyOf(gold));
    }
}
