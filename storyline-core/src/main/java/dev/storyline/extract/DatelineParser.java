package dev.storyline.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines in the forms news agencies use: "PARIS (Reuters) -", "MOSCOW, Jan 7 (Reuters) -",
 * "Paris :, 7 janvier (Cinktank.com) –", "Berlin (dpa) -", "MADRID, 7 ene (EFE).-", "(ANSA) - ROMA, 7 GEN -",
 * "МОСКВА, 7 января. /ТАСС/.", "МОСКВА, 7 янв — РИА Новости.", "AA / Moscou", "WASHINGTON —".
 * Immutable, thread-safe; the agency names come from {@code datelines.txt}.
 */
final class DatelineParser {

    static final String DEFAULT_RESOURCE = "datelines.txt";

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /** A place: one to four capitalised words, with the particles place names have ("Rio de Janeiro", "Frankfurt/Main"). */
    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}'’./-]*(?:\\s(?:\\p{Lu}[\\p{L}'’./-]*|de|del|do|da|di|la|le"
            + "|les|am|an|im|sur|el|los|las)){0,3})";
    private static final String DASH = "[-–—]";

    /** "PARIS (Reuters) -", "MOSCOW, Jan 7 (Reuters) -", "Paris :, 7 janvier (Cinktank.com) –", "MADRID, 7 ene (EFE).-". */
    private static final Pattern AGENCY_IN_PARENTHESES = Pattern.compile("^" + PLACE
            + "\\s*[:,.]*\\s*(?<date>[^()]{0,40}?)\\s*[,.]?\\s*\\((?<source>[^()]{2,40})\\)"
            + "\\s*(?:[.:]?\\s*" + DASH + "+\\s*|[.:]\\s+|$)(?<rest>.*)$", FLAGS);
    /** "(ANSA) - ROMA, 7 GEN -". */
    private static final Pattern AGENCY_FIRST = Pattern.compile("^\\((?<source>[^()]{2,30})\\)\\s*" + DASH + "\\s*"
            + PLACE + "\\s*(?:[,.]\\s*(?<date>[^-–—]{1,30}?))?\\s*" + DASH + "\\s*(?<rest>.*)$", FLAGS);
    /** "МОСКВА, 7 января. /ТАСС/. Президент…". */
    private static final Pattern AGENCY_IN_SLASHES = Pattern.compile("^" + PLACE
            + "\\s*,\\s*(?<date>[^/]{3,30}?)\\.?\\s*/(?<source>[^/]{2,30})/\\.?\\s*(?<rest>.*)$", FLAGS);
    /** "МОСКВА, 7 янв — РИА Новости. Президент…". */
    private static final Pattern AGENCY_AFTER_DASH = Pattern.compile("^" + PLACE
            + "\\s*,\\s*(?<date>[^-–—]{3,30}?)\\s*" + DASH + "\\s*(?<source>[^.]{2,30}?)\\.\\s+(?<rest>.*)$", FLAGS);
    /** "AA / Moscou". */
    private static final Pattern AGENCY_SLASH_PLACE = Pattern.compile("^(?<source>[^/]{1,30}?)\\s*/\\s*" + PLACE
            + "\\s*(?:" + DASH + "+\\s*(?<rest>.*))?$", FLAGS);
    /** "WASHINGTON — The president…", "BERLIN, 7. Januar – Die…": a capitalised place alone before a dash. */
    private static final Pattern CAPITAL_PLACE_DASH = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu}\\s.'’-]{2,30}?)"
            + "\\s*(?:,\\s*(?<date>[^-–—]{3,30}?))?\\s*" + DASH + "{1,2}\\s+(?<rest>\\p{Lu}.*)$", FLAGS);

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}", FLAGS);
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}", FLAGS);
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "do", "da", "di", "la", "le", "les", "am",
            "an", "im", "sur", "el", "los", "las", "on", "upon");

    private final Set<String> agencies;
    private final Set<String> notPlaces;

    private DatelineParser(Set<String> agencies, Set<String> notPlaces) {
        this.agencies = agencies;
        this.notPlaces = notPlaces;
    }

    static DatelineParser standard() {
        return parse(BoilerplateLexicon.resourceLines(DEFAULT_RESOURCE));
    }

    static DatelineParser parse(List<String> lines) {
        Set<String> agencies = new HashSet<>();
        Set<String> notPlaces = new HashSet<>();
        Set<String> section = null;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.equals("[agencies]")) section = agencies;
            else if (l.equals("[not-places]")) section = notPlaces;
            else if (section == null) throw new IllegalArgumentException("entry outside a section: " + line);
            else section.add(l.toLowerCase(Locale.ROOT));
        }
        return new DatelineParser(Set.copyOf(agencies), Set.copyOf(notPlaces));
    }

    /** The dateline a line opens with, if it opens with one. */
    Optional<Dateline> parse(String line) {
        String l = line.strip();
        if (l.isEmpty()) return Optional.empty();
        for (Pattern p : List.of(AGENCY_IN_PARENTHESES, AGENCY_FIRST, AGENCY_IN_SLASHES, AGENCY_AFTER_DASH,
                AGENCY_SLASH_PLACE, CAPITAL_PLACE_DASH)) {
            Matcher m = p.matcher(l);
            if (!m.matches()) continue;
            Optional<Dateline> d = accept(p, m);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<Dateline> accept(Pattern p, Matcher m) {
        String place = m.group("place").strip();
        if (notPlaces.contains(place.toLowerCase(Locale.ROOT))) return Optional.empty();
        String source = p == CAPITAL_PLACE_DASH ? null : m.group("source").strip();
        String dateText = p == AGENCY_SLASH_PLACE ? null : m.group("date");
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();

        DateMention date = null;
        if (dateText != null && !dateText.isBlank()) {
            Optional<DateMention> d = TextDates.first(dateText);
            // What stands between place and agency must be a date or a weekday, or this is a sentence.
            if (d.isPresent()) date = d.get();
            else if (TextDates.firstWeekday(dateText).isEmpty() || dateText.strip().split("\\s+").length > 2) {
                return Optional.empty();
            }
        } else if (p == AGENCY_IN_SLASHES || p == AGENCY_AFTER_DASH) {
            return Optional.empty();
        }
        if (source != null) {
            boolean known = agencies.contains(source.toLowerCase(Locale.ROOT));
            boolean plausible = known || ACRONYM.matcher(source).matches() || DOMAIN.matcher(source).matches()
                    || (p == AGENCY_IN_PARENTHESES && looksLikeName(source));
            if ((p == AGENCY_SLASH_PLACE || p == AGENCY_AFTER_DASH) ? !(known || ACRONYM.matcher(source).matches())
                    : !plausible) {
                return Optional.empty();
            }
        }
        if (p == CAPITAL_PLACE_DASH && (place.chars().noneMatch(Character::isLetter) || place.length() < 3)) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(placeName(place), source, date, rest));
    }

    /** "Reuters", "Europa Press", "dpa/AFP": one to three words, the first capitalised or an agency's. */
    private boolean looksLikeName(String source) {
        String[] words = source.split("\\s+");
        if (words.length > 3) return false;
        for (String part : source.split("[/,]\\s*")) {
            if (agencies.contains(part.strip().toLowerCase(Locale.ROOT))) return true;
        }
        return Character.isUpperCase(words[0].codePointAt(0));
    }

    /** "MOSCOW" → "Moscow", "RIO DE JANEIRO" → "Rio de Janeiro"; a place written in capitals only shouts. */
    static String placeName(String place) {
        if (place.chars().anyMatch(Character::isLowerCase)) return place;
        StringBuilder b = new StringBuilder();
        for (String word : place.split("\\s+")) {
            if (!b.isEmpty()) b.append(' ');
            String lower = word.toLowerCase(Locale.ROOT);
            if (PLACE_PARTICLES.contains(lower) && !b.isEmpty()) {
                b.append(lower);
                continue;
            }
            boolean start = true;
            for (int i = 0; i < lower.length(); ) {
                int cp = lower.codePointAt(i);
                b.appendCodePoint(start ? Character.toTitleCase(cp) : cp);
                start = !Character.isLetter(cp);
                i += Character.charCount(cp);
            }
        }
        return b.toString();
    }
}
