package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byline lines: "By Jane Doe and John Roe", "Par Jean Dupont", "Von Anna Schmidt", "Por María López",
 * "Автор: Иван Петров", and names beside a date ("Elena Teslova | 13.01.2022"). Stateless, thread-safe.
 */
final class BylineParser {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_WORDS = 16;

    /** The word that introduces the names, in the supported languages. */
    private static final Pattern INTRODUCED = Pattern.compile(
            "^(?:by|par|von|por|di|autor|auteur|author|texte|text|texto|testo|автор|текст)\\s*:?\\s+(?<rest>.+)$", FLAGS);
    /** Names, then a separator, then the rest of the line (a date, an agency, a role). */
    private static final Pattern NAMES_THEN = Pattern.compile("^(?<names>[^|•·–—]+?)\\s*(?:[|•·–—]|\\s-\\s|,\\s)\\s*(?<rest>.+)$",
            FLAGS);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b"
            + "|\\bи\\b)\\s*", FLAGS);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "la",
            "le", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y", "zu");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:h.]\\d{2}\\b", Pattern.UNICODE_CHARACTER_CLASS);

    Optional<Byline> parse(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.split("\\s+").length > MAX_WORDS) return Optional.empty();
        Matcher intro = INTRODUCED.matcher(l);
        if (intro.matches()) {
            String rest = intro.group("rest");
            Matcher then = NAMES_THEN.matcher(rest);
            if (then.matches()) {
                Optional<List<String>> names = names(then.group("names"));
                if (names.isPresent()) {
                    return Optional.of(new Byline(names.get(), TextDates.first(then.group("rest")).orElse(null)));
                }
            }
            return names(rest).map(n -> new Byline(n, null));
        }
        Matcher then = NAMES_THEN.matcher(l);
        if (then.matches()) {
            String rest = then.group("rest");
            Optional<DateMention> date = TextDates.first(rest);
            if (date.isPresent() && isOnlyDate(rest, date.get())) {
                return names(then.group("names")).map(n -> new Byline(n, date.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether what is left beside the date is at most a time, a zone or a label ("Mis à jour"). */
    private static boolean isOnlyDate(String text, DateMention date) {
        String left = text.substring(0, date.start()) + " " + text.substring(date.end());
        left = TIME.matcher(left).replaceAll(" ");
        long words = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS).matcher(left).results().count();
        return words <= 3;
    }

    /** The names in "Jane Doe, John Roe and Ann Poe", when every part is a person's name. */
    static Optional<List<String>> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(text.strip())) {
            if (part.isBlank()) continue;
            if (!isPersonName(part.strip())) return Optional.empty();
            names.add(part.strip());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** Two to five words, capitalised except for particles ("Ursula von der Leyen"), none a month or weekday. */
    static boolean isPersonName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 5) return false;
        int capitalised = 0;
        for (String w : words) {
            if (PARTICLES.contains(w)) continue;
            if (!NAME_WORD.matcher(w).matches()) return false;
            if (TextDates.month(w).isPresent() || TextDates.weekday(w).isPresent()) return false;
            capitalised++;
        }
        return capitalised >= 2;
    }
}
