package dev.storyline.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates written in news text, numeric ("13.01.2022", "2022-01-13") or spelled out in French, English, German,
 * Spanish, Italian, Portuguese and Russian ("7 janvier", "January 7, 2022", "7. Januar 2022",
 * "7 de enero de 2022", "7 января 2022 года"), and the year of a date written without one.
 * Month and weekday names come from the JDK's CLDR data rather than from hand-written lists.
 */
final class TextDates {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("ru"));

    /** How far back a weekday may place a date: every day-month falls on every weekday within 11 years. */
    private static final int WEEKDAY_YEARS_BACK = 14;

    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** "7 janvier", "1er janvier 2022", "7. Januar 2022", "7 de enero de 2022", "7 января 2022 года". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?\\s*(?:de\\s+)?(" + MONTH + ")\\.?(?!\\p{L})"
                    + "(?:\\s*(?:de\\s+|del\\s+|,\\s*)?(\\d{4})(?!\\d))?", FLAGS);
    /** "January 7, 2022", "Jan. 7", "Jan 7 2022". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+(\\d{4})(?!\\d))?", FLAGS);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private static final Pattern URL_YMD = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-])");
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})(?=/)");

    private TextDates() {
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Locale locale : LANGUAGES) {
            for (Month m : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE)) {
                    String name = m.getDisplayName(style, locale).toLowerCase(locale);
                    if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
                    // Two-letter abbreviations and bare numbers are not names.
                    if (name.length() < 3 || !Character.isLetter(name.charAt(0))) continue;
                    names.put(name, m.getValue());
                    names.put(stripAccents(name), m.getValue());
                }
            }
        }
        names.put("sept", 9); // English and French usage the CLDR abbreviations lack
        names.remove("out"); // Portuguese "out." for outubro, but "7 out of 10" is far more common
        return Map.copyOf(names);
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (Locale locale : LANGUAGES) {
            for (DayOfWeek d : DayOfWeek.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
                    names.put(stripAccents(d.getDisplayName(style, locale).toLowerCase(locale)), d);
                }
            }
        }
        return Map.copyOf(names);
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The month a name or abbreviation denotes, in any of the supported languages. */
    static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        Integer m = MONTHS.get(n);
        return Optional.ofNullable(m != null ? m : MONTHS.get(stripAccents(n)));
    }

    /** Every date written in the text, in order of appearance, overlapping readings removed. */
    static List<DateMention> findAll(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        }
        m = DAY_FIRST_NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = fullYear(m.group(4));
            // Day first, as most of the world writes it; month first only when the day-first reading is impossible.
            if (second > 12 && first <= 12) add(found, m.start(), m.end(), year, first, second);
            else add(found, m.start(), m.end(), year, second, first);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<Integer> month = month(m.group(2));
            if (month.isEmpty()) continue;
            add(found, m.start(), m.end(), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month.get(),
                    Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Optional<Integer> month = month(m.group(1));
            if (month.isEmpty()) continue;
            add(found, m.start(), m.end(), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month.get(),
                    Integer.parseInt(m.group(2)));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    static Optional<DateMention> first(String text) {
        List<DateMention> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static void add(List<DateMention> found, int start, int end, int year, int month, int day) {
        if (!DateMention.isValidDayMonth(month, day)) return;
        if (year > 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return;
            }
        }
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) return;
        }
        found.add(new DateMention(start, end, year, month, day));
    }

    private static int fullYear(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 4 ? y : 2000 + y;
    }

    /** The first weekday named in the text ("Vendredi", "on Friday", "в пятницу"), if any. */
    static Optional<DayOfWeek> firstWeekday(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Optional<DayOfWeek> d = weekday(m.group());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    static Optional<DayOfWeek> weekday(String word) {
        String w = stripAccents(word.toLowerCase(Locale.ROOT));
        DayOfWeek d = WEEKDAYS.get(w);
        if (d != null) return Optional.of(d);
        if (w.length() < 4 || !Character.UnicodeScript.of(w.codePointAt(0)).equals(Character.UnicodeScript.CYRILLIC)) {
            return Optional.empty();
        }
        // Russian inflects weekdays ("в пятницу", "в среду"): accept a changed ending on a shared stem.
        for (var e : WEEKDAYS.entrySet()) {
            String name = e.getKey();
            int shared = 0;
            while (shared < Math.min(name.length(), w.length()) && name.charAt(shared) == w.charAt(shared)) shared++;
            if (shared >= Math.max(4, name.length() - 2) && Math.abs(name.length() - w.length()) <= 2) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The full date in a URL ("/2022/01/07/", "-2022-01-07", "/20220107-"), if any. */
    static Optional<LocalDate> dateInUrl(String url) {
        if (url == null) return Optional.empty();
        for (Pattern p : List.of(URL_YMD, URL_COMPACT)) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    // not a date after all: look further
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> yearInUrl(String url) {
        if (url == null) return Optional.empty();
        Optional<LocalDate> date = dateInUrl(url);
        if (date.isPresent()) return Optional.of(date.get().getYear());
        Matcher m = URL_YEAR.matcher(url);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * The date a mention denotes. A written year wins; without one, the year is the URL's when the URL carries
     * this very day, else the latest year not after {@code today} in which the day falls on {@code weekday}, else
     * the URL's year, else the latest year in which the day is not after {@code today}.
     */
    static LocalDate resolve(DateMention date, DayOfWeek weekday, String url, LocalDate today) {
        if (date.hasYear()) return date.toDate();
        int month = date.month();
        int day = date.day();
        Optional<LocalDate> inUrl = dateInUrl(url);
        if (inUrl.isPresent() && inUrl.get().getMonthValue() == month && inUrl.get().getDayOfMonth() == day) {
            return inUrl.get();
        }
        if (weekday != null) {
            for (int y = today.getYear(); y >= today.getYear() - WEEKDAY_YEARS_BACK; y--) {
                LocalDate candidate = dateOrNull(y, month, day);
                if (candidate != null && !candidate.isAfter(today) && candidate.getDayOfWeek() == weekday) {
                    return candidate;
                }
            }
        }
        Optional<Integer> urlYear = yearInUrl(url);
        if (urlYear.isPresent()) {
            LocalDate candidate = dateOrNull(urlYear.get(), month, day);
            if (candidate != null) return candidate;
        }
        for (int y = today.getYear(); ; y--) {
            LocalDate candidate = dateOrNull(y, month, day);
            if (candidate != null && !candidate.isAfter(today)) return candidate;
        }
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
