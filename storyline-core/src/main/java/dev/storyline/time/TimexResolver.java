package dev.storyline.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parts a rule matched (named groups) into a TIMEX3 type and value, given the publication date
 * ({@code anchor}) and the last full date the text mentioned ({@code reference}, for "le lendemain", "22 h").
 *
 * <p>With no anchor, expressions relative to the publication date keep their granularity but not their
 * numbers: "hier" → XXXX-XX-XX, "la semaine dernière" → XXXX-WXX, "le mois dernier" → XXXX-XX, "2 janvier" →
 * XXXX-01-02; absolute ones ("2 janvier 2022") are resolved as usual.
 */
final class TimexResolver {

    /** A resolved expression; {@code day} is the calendar day it names, if it names exactly one. */
    record Resolution(String type, String value, LocalDate day) {
    }

    /**
     * What later expressions hang on: the last day the text named, the last part of that day it named
     * ("la soirée et la nuit ... en fin d'après-midi": after the night, the afternoon is the next day's), and a
     * year named since ("l'année dernière à la même époque").
     */
    record Reference(LocalDate day, String part, Integer year, String date, String yearPart, String vagueDay,
                     int sentencesSinceDate) {
        static final Reference NONE = new Reference(null, null, null, null, null, null, 0);

        Reference after(Resolution r) {
            // a season of a year names that year: "in diesem Sommer ... im Vorjahr" counts from it
            // a clock time on a day named ("a las 3:41 del domingo 27 de marzo") names that day as a date would
            String dated = r.type().equals("TIME") ? (TIME_ON_DAY.matcher(r.value()).matches() ? r.value().substring(0, 10) : date)
                    : !r.type().equals("DATE") ? date : CALENDAR.matcher(r.value()).matches() ? r.value()
                    : SEASON_OF_YEAR.matcher(r.value()).matches() ? r.value().substring(0, 4) : date;
            int since = dated == date ? sentencesSinceDate : 0;
            String quarter = r.type().equals("DATE") && YEAR_PART.matcher(r.value()).matches() ? r.value() : yearPart;
            if (YEAR.matcher(r.value()).matches()) {
                return new Reference(day, part, Integer.valueOf(r.value()), dated, quarter, vagueDay, since);
            }
            if (r.day() == null) return new Reference(day, part, year, dated, quarter, vagueDay, since);
            int t = r.value().indexOf('T');
            String part = t < 0 || r.value().length() != t + 3 || Character.isDigit(r.value().charAt(t + 1)) ? null
                    : r.value().substring(t + 1);
            return new Reference(r.day(), part, null, dated, quarter, null, since);
        }

        /** After a date counted from the date named ("a year earlier"): its day, but the date named stays. */
        Reference afterRelative(Resolution r) {
            return r.day() == null ? this : new Reference(r.day(), null, year, date, yearPart, null, sentencesSinceDate);
        }

        /** The same, forgetting the day named and its part: an entry of a listing began since. */
        Reference withoutDay() {
            return day == null && vagueDay == null ? this
                    : new Reference(null, null, year, date, yearPart, null, sentencesSinceDate);
        }

        /** The same, forgetting the year named: a new sentence began since (one more sentence since the date named). */
        Reference withoutYear() {
            // with no date named the count stays 0 (it only counts from one): nothing to forget, nothing to count
            if (year == null && date == null) return this;
            return new Reference(day, part, null, date, yearPart, vagueDay, date == null ? 0 : sentencesSinceDate + 1);
        }

        /**
         * The same after a day named only vaguely ("vor einigen Tagen", "a few days ago"): a part of the day named
         * next is on that unknown day, not on the last day named ("2013-12-XX").
         */
        Reference withVagueDay(String value) {
            return new Reference(day, null, year, date, yearPart, value, sentencesSinceDate);
        }

        /**
         * Whether the date named is too far back to be the time the text now speaks of: a whole sentence without a
         * date came between ("2018 gewann sie in Pyeongchang. Niemand hat so viele Siege. Bei der WM im Vorjahr …":
         * the year before publication), while the sentence right after still speaks of it ("2020 stieg der Umsatz.
         * Im Vergleich zum Vorjahr …": 2019).
         */
        boolean dateFaded() {
            return sentencesSinceDate > FADES_AFTER_SENTENCES;
        }
    }

    /** Whether the date named last is a month, a season or a year, not a day: named after the day the reference keeps. */
    private static boolean coarserDateSince(Reference reference) {
        return reference.date() != null && reference.date().length() < 10;
    }

    /** Sentence ends after the one that named a date up to which "the previous year" still counts from it. */
    private static final int FADES_AFTER_SENTENCES = 1;

    /** A day of a month, or of an unknown one, left unknown: "2013-12-XX", "XXXX-XX-XX". */
    private static final Pattern UNKNOWN_DAY =
            Pattern.compile("(?:\\d{4}|XXXX)-(?:\\d{2}|XX)-XX");

    /** A year alone: compiled once (String.matches compiles on every call, once per expression found). */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A value that begins with a year and month ("2024-03", "2024-03-07"), read with {@code lookingAt}. */
    private static final Pattern YEAR_MONTH_START = Pattern.compile("\\d{4}-\\d{2}");

    /** A quarter or half of a year: what "the year-earlier period", "the 1988 quarter" take their part from. */
    private static final Pattern YEAR_PART = Pattern.compile("\\d{4}-[QH][1-4]");

    /** Calendar values "earlier"/"later" can count from: a year, quarter, half, month or day. */
    private static final Pattern CALENDAR =
            Pattern.compile("\\d{4}(?:-[QH][1-4]|-\\d{2}(?:-\\d{2})?)?");

    /** A time on a calendar day: "2022-03-27T03:41", "2022-03-27TMO". */
    private static final Pattern TIME_ON_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    /** A season of a year: "2002-SU". */
    private static final Pattern SEASON_OF_YEAR = Pattern.compile("\\d{4}-(?:SP|SU|FA|WI)");

    /** A day and month this far from publication (either way) is placed by the verb's tense rather than by distance. */
    private static final int TENSE_DECIDES_BEYOND_DAYS = 90;

    /** How many months ahead a month alone, in a sentence without tense, may be and still be the coming one. */
    private static final int NEAR_FUTURE_MONTHS = 4;

    /**
     * How many months either side of publication a month alone stays in the publication year whatever the tense
     * ("gave it until mid-November", said in October).
     */
    private static final int TENSE_BLIND_MONTHS = 1;

    /** How many months after publication a season may begin and stay the coming one under a verb in the past. */
    private static final int SEASON_AHEAD_MONTHS = 4;

    /** How many months a season must be over before a verb in the future makes it next year's. */
    private static final int SEASON_OVER_MONTHS = 2;

    /** Parts of a day in their order. */
    private static final List<String> PARTS = List.of("MO", "MI", "AF", "EV", "NI");

    private final TimeLexicon lexicon;

    TimexResolver(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The resolution of a match, or null when its parts do not make a valid expression. */
    Resolution resolve(TimeRule.Kind kind, Parts m, LocalDate anchor, Reference reference, IntSupplier verbTense,
                       IntSupplier clauseTense) {
        // A preposition may say the side by itself: "since March" is past whatever the verb.
        IntSupplier tense = m.get("past") != null ? () -> -1 : m.get("ahead") != null ? () -> 1 : verbTense;
        return switch (kind) {
            case NOT, FUTURE, PAST, INTENT -> null;
            case REF -> new Resolution("DATE", lexicon.value("ref", m.get("ref")), null); // as TimeBank, AQUAINT, KRAUTS and French TimeBank type them
            case DURATION -> duration(m);
            case SET -> set(m);
            case AGO -> quarterAgo(m, anchor, reference) != null ? quarterAgo(m, anchor, reference) : shiftedBy(m, anchor, -1);
            // "en media hora", "in two hours": after a verb in the past, how long something took, not a date ahead
            // ("Hubo 12 muertos en media hora"); the rule's empty "took" group marks a preposition that says either.
            // The verb of its own clause: "talks resumed, and a deal is due in three weeks" stays ahead
            case IN -> m.get("took") != null && clauseTense.getAsInt() < 0 ? duration(m) : shiftedBy(m, anchor, 1);
            case EARLIER -> atUnit(m, fromReference(m, anchor, reference, -1));
            // an empty "narrated" group: after the date last named ("In 2002 she was elected, and the next year
            // appointed minister") unless a verb speaks of what lies ahead ("the next year will be hard"): then
            // counted from publication as a DATE
            case LATER -> m.get("narrated") != null && tense.getAsInt() > 0 ? dateOrTime(m, anchor, reference, tense)
                    : atUnit(m, fromReference(m, anchor, reference, 1));
            case DATE, TIME -> dateOrTime(m, anchor, reference, tense);
        };
    }

    // ---- durations and sets

    private Resolution duration(Parts m) {
        String dur = m.get("dur");
        if (dur != null) return new Resolution("DURATION", lexicon.value("dur", dur), null);
        // a whole period, one of it: "den ganzen Tag", "den Sommer über", "all summer", "toute la nuit"
        String whole = m.get("whole");
        if (whole != null) return new Resolution("DURATION", lexicon.value("whole", whole), null);
        // a length written as a clock ("a 3h30 flight", "pendant 1h45", "nach 1:45 Stunden"): hours and minutes
        String minutes = m.get("minute") != null ? m.get("minute") : m.get("minute2");
        if (m.get("hour") != null && minutes != null) return clockLength(m.get("hour"), minutes);
        String unit = unit(m);
        if (unit == null) return null;
        // an empty "one" group: a unit named alone ("the year ended March 31")
        String amount = m.get("vague") != null ? "X" : m.get("one") != null ? "1" : amount(m.get("num"));
        if (amount == null) return null;
        if (m.get("half") != null && amount.matches("\\d+")) return halfMore(amount, unit);
        if (amount.equals("0.5")) return m.get("unit2") != null ? null : halfOf(unit);
        String value = periodValue(amount, unit);
        if (value != null && m.get("unit2") != null) {
            // not a smaller unit after the first ("24 horas y treinta y un días"): two durations, the rule for one
            value = compound(value, amount(m.get("num2")), lexicon.value("unit", m.get("unit2")));
        }
        return value == null ? null : new Resolution("DURATION", value, null);
    }

    /** "3h30" → PT3H30M, "2:00" → PT2H, "0:45" → PT45M. */
    private static Resolution clockLength(String hours, String minutes) {
        int h = Integer.parseInt(hours), min = Integer.parseInt(minutes);
        if (h == 0 && min == 0) return null;
        String value = "PT" + (h > 0 ? h + "H" : "") + (min > 0 ? min + "M" : "");
        return new Resolution("DURATION", value, null);
    }

    /** "half an hour" → PT30M, "ein halbes Jahr" → P6M, "une demi-journée" → PT12H: the smaller unit's amount. */
    private static Resolution halfOf(String unit) {
        String value = switch (unit) {
            case "Y" -> "P6M";
            case "M" -> "P15D";
            case "W" -> "P3DT12H";
            case "D" -> "PT12H";
            case "H" -> "PT30M";
            case "MIN" -> "PT30S";
            case "DE" -> "P5Y";
            default -> null;
        };
        return value == null ? null : new Resolution("DURATION", value, null);
    }

    /** "deux ans et demi" → P2Y6M, "an hour and a half" → PT1H30M, "zweieinhalb Tage" → P2DT12H. */
    private static Resolution halfMore(String whole, String unit) {
        String value = switch (unit) {
            case "Y" -> "P" + whole + "Y6M";
            case "M" -> "P" + whole + "M15D";
            case "W" -> "P" + whole + "W3DT12H";
            case "D" -> "P" + whole + "DT12H";
            case "H" -> "PT" + whole + "H30M";
            case "MIN" -> "PT" + whole + "M30S";
            default -> null;
        };
        return value == null ? null : new Resolution("DURATION", value, null);
    }

    private Resolution set(Parts m) {
        String set = m.get("set");
        if (set != null) return new Resolution("SET", lexicon.value("set", set), null);
        String adjective = m.get("setadj");
        if (adjective != null) return new Resolution("SET", lexicon.value("setadj", adjective), null);
        Integer weekday = weekday(m);
        if (weekday != null) {
            String part = part(m); // "Mittwoch vormittags": that part of every Wednesday
            return new Resolution("SET", "XXXX-WXX-" + weekday + (part == null ? "" : "T" + part), null);
        }
        String season = m.get("season");
        if (season != null) {
            String value = lexicon.value("season", season);
            return value == null ? null : new Resolution("SET", "XXXX-" + value, null);
        }
        String part = part(m);
        if (part != null) return new Resolution("SET", "XXXX-XX-XXT" + part, null);
        Integer month = month(m);
        Integer dayOfMonth = dayOfMonth(m); // "every year on December 28"
        if (month != null && dayOfMonth != null) {
            return new Resolution("SET", String.format(Locale.ROOT, "XXXX-%02d-%02d", month, dayOfMonth), null);
        }
        if (month != null) return new Resolution("SET", String.format(Locale.ROOT, "XXXX-%02d", month), null);
        String unit = unit(m);
        if (unit == null) return null;
        // "alle paar Jahre": every few years, an unknown amount; "every other week": every second one
        String amount = m.get("vague") != null ? "X" : m.get("alternate") != null ? "2"
                : m.get("num") == null ? "1" : amount(m.get("num"));
        if (amount == null) return null;
        // "jedes Wochenende", "every weekend": the weekend of every week, as "every Sunday" is that day of it
        if (unit.equals("WE") && amount.equals("1")) return new Resolution("SET", "XXXX-WXX-WE", null);
        String value = periodValue(amount, unit);
        return value == null ? null : new Resolution("SET", value, null);
    }

    /**
     * "two years and three months" → P2Y3M, "zwei Stunden und 30 Minuten" → PT2H30M, "three days and four hours" →
     * P3DT4H; null when the second amount is not a smaller unit than the first.
     */
    private static String compound(String first, String amount, String unit) {
        if (amount == null || unit == null || !amount.matches("\\d+")) return null;
        String second = periodValue(amount, unit);
        if (second == null || first.contains("X") || first.endsWith("DE")) return null;
        List<String> order = List.of("Y", "M", "W", "D", "H", "MIN", "S");
        String firstUnit = first.endsWith("M") && first.startsWith("PT") ? "MIN" : first.substring(first.length() - 1);
        if (order.indexOf(unit) <= order.indexOf(firstUnit)) return null;
        // "P2Y" + "P3M" → P2Y3M, "P3D" + "PT4H" → P3DT4H, "PT2H" + "PT30M" → PT2H30M
        return first + second.substring(first.startsWith("PT") ? 2 : 1);
    }

    private static String periodValue(String amount, String unit) {
        return switch (unit) {
            case "Y", "M", "W", "D" -> "P" + amount + unit;
            case "DE" -> amount.equals("X") ? "PXDE" : "P" + amount + "DE";
            // centuries as TIMEX3's CE unit, as decades ("depuis des siècles" PXCE, "two centuries" P2CE)
            case "CE" -> amount.equals("X") ? "PXCE" : "P" + amount + "CE";
            // millennia as KRAUTS writes them ("seit Jahrtausenden" PXL): TIMEX3 has no letter of its own for them
            case "L" -> amount.equals("X") ? "PXL" : "P" + amount + "L";
            case "H", "S" -> "PT" + amount + unit;
            case "MIN" -> "PT" + amount + "M";
            // ISO 8601 has no quarters: three months each
            case "Q" -> amount.equals("X") ? "PXM" : amount.matches("\\d+") ? "P" + 3 * Integer.parseInt(amount) + "M" : null;
            default -> null;
        };
    }

    /**
     * "a year ago" where the text speaks of a quarter or half ("third-quarter profit ... from a year ago"): that part
     * of the year before, as TimeBank reads it; null when the last date named is not a part of a year.
     */
    private Resolution quarterAgo(Parts m, LocalDate anchor, Reference reference) {
        if (!"Y".equals(unit(m)) || m.get("vague") != null || reference.date() == null
                || !reference.date().matches("\\d{4}-[QH][1-4]")) return null;
        String amount = amount(m.get("num"));
        if (amount == null || !amount.matches("\\d{1,2}")) return null;
        int named = Integer.parseInt(reference.date().substring(0, 4));
        return new Resolution("DATE", year(named - Integer.parseInt(amount)) + reference.date().substring(4), null);
    }

    /**
     * The day a vague number of days back or ahead names ("vor einigen Tagen", "in a few days"), its day unknown: the
     * month of a day three days off publication, "2013-12-XX"; null for any other expression.
     */
    String vagueDay(TimeRule.Kind kind, Parts m, LocalDate anchor) {
        if (kind != TimeRule.Kind.AGO && kind != TimeRule.Kind.IN || m.get("vague") == null || !"D".equals(unit(m))) {
            return null;
        }
        return anchor == null ? "XXXX-XX-XX" : month(anchor.plusDays(kind == TimeRule.Kind.AGO ? -3 : 3)) + "-XX";
    }

    /** "il y a trois jours" (sign -1), "dans deux semaines" (+1): a date at the unit's granularity. */
    private Resolution shiftedBy(Parts m, LocalDate anchor, int sign) {
        Integer weekday = weekday(m);
        if (weekday != null) {
            // "hace dos lunes", "two Mondays ago": the last such weekday, then a week further back for each more
            String count = amount(m.get("num"));
            if (anchor == null || count == null || !count.matches("[1-9]")) return null;
            return day(weekdayDate(anchor, weekday, sign * Integer.parseInt(count), false));
        }
        String unit = unit(m);
        if (unit == null) return null;
        if (m.get("vague") != null) return new Resolution("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        // an empty "one" group: a unit named alone ("rok temu", a year ago)
        String amount = m.get("one") != null ? "1" : amount(m.get("num"));
        if ("0.5".equals(amount) && anchor != null) {
            // "vor einem halben Jahr": six months back; half a month or less is a day
            if (unit.equals("Y")) return new Resolution("DATE", month(anchor.plusMonths(sign * 6L)), null);
            if (unit.equals("M")) return day(anchor.plusDays(sign * 15L));
            if (unit.equals("W")) return day(anchor.plusDays(sign * 3L));
            if (unit.equals("D") || unit.equals("H") || unit.equals("MIN")) return day(anchor);
        }
        if (amount == null || amount.contains(".") || amount.length() > 4) return null;
        long n = sign * Long.parseLong(amount);
        return switch (unit) {
            case "D", "H", "MIN", "S" -> day(anchor == null ? null : anchor.plusDays(unit.equals("D") ? n : 0));
            // "vor zwei Wochenenden": a weekend, counted as "am kommenden Wochenende" is (said on a weekday, the
            // first to come is this week's)
            case "WE" -> anchor == null ? null : period(unit,
                    n > 0 && anchor.getDayOfWeek().getValue() < 6 ? (int) n - 1 : (int) n, anchor);
            // "six weeks ago": three weeks or more back, the day is a guess and the week is what is meant (ahead, "in
            // three weeks" is a deadline, kept to the day)
            case "W" -> n <= -3 && anchor != null
                    ? new Resolution("DATE", week(anchor.plusWeeks(n)), null)
                    : day(anchor == null ? null : anchor.plusWeeks(n));
            case "M" -> new Resolution("DATE", anchor == null ? "XXXX-XX" : month(anchor.plusMonths(n)), null);
            case "Y" -> new Resolution("DATE", anchor == null ? "XXXX" : year(anchor.getYear() + n), null);
            case "DE" -> new Resolution("DATE", anchor == null ? "XXXX" : year(anchor.getYear() + 10 * n), null);
            case "L" -> new Resolution("DATE", anchor == null ? "XXXX" : year(anchor.getYear() + 1000 * n), null);
            default -> null;
        };
    }

    /**
     * "a year earlier", "deux jours plus tard": the date last named (at its granularity: "the third quarter ... a
     * year earlier" is the year before's third quarter), else the publication date, moved by the amount.
     */
    private Resolution fromReference(Parts m, LocalDate anchor, Reference reference, int sign) {
        String unit = unit(m);
        if (unit == null) return null;
        String amount = m.get("num") == null || m.get("num").isEmpty() ? "1" : amount(m.get("num"));
        if (amount == null || amount.contains(".") || amount.length() > 4) return null;
        int n = sign * Integer.parseInt(amount);
        String base = previousYearFaded(m, anchor, reference, sign) ? null : reference.date();
        // "the year-earlier period", "the year-ago quarter": the part of the year last named, a year before
        if (m.get("ofpart") != null && reference.yearPart() != null) base = reference.yearPart();
        if (base == null) {
            if (anchor == null) return null;
            // "gegenüber dem Vorjahresmonat" with no month named: the publication month
            base = unit.equals("Y") && m.get("ofmonth") == null ? year(anchor.getYear())
                    : unit.equals("M") || unit.equals("Y") ? month(anchor) : anchor.toString();
        }
        if (base.length() == 10) {
            LocalDate d = LocalDate.parse(base);
            return switch (unit) {
                case "D" -> day(d.plusDays(n));
                case "W" -> day(d.plusWeeks(n));
                case "M" -> day(d.plusMonths(n));
                case "Y" -> day(d.plusYears(n));
                default -> null;
            };
        }
        int y = Integer.parseInt(base.substring(0, 4));
        if (unit.equals("Y")) return new Resolution("DATE", year(y + n) + base.substring(4), null);
        if (unit.equals("M") && base.length() == 7 && Character.isDigit(base.charAt(5))) {
            return new Resolution("DATE", month(LocalDate.of(y, Integer.parseInt(base.substring(5)), 1).plusMonths(n)), null);
        }
        return null;
    }

    /**
     * "im Vorjahr", "l'année précédente", "the previous year" (rules with the group {@code fades}) long after the
     * year named: the year before publication, as a reader takes it once the text has moved on (with no publication
     * date the year named stays the best guess). "im Jahr zuvor" ("before that"), "a year earlier" and "the
     * following year" keep counting from the date named.
     */
    private boolean previousYearFaded(Parts m, LocalDate anchor, Reference reference, int sign) {
        return sign < 0 && anchor != null && m.get("fades") != null && "Y".equals(unit(m)) && reference.dateFaded();
    }

    /**
     * A date counted from the date named, at the granularity of the unit counted when the rule says {@code whole}:
     * "im Vorjahr" after "im dritten Quartal 2024" is 2023, not 2023-Q3.
     */
    private Resolution atUnit(Parts m, Resolution r) {
        if (r != null && m.get("ofmonth") != null) return ofMonth(r);
        if (r == null || m.get("whole") == null) return r;
        String v = r.value();
        String unit = unit(m);
        if ("Y".equals(unit) && YEAR.matcher(v).lookingAt()) return new Resolution("DATE", v.substring(0, 4), null);
        if ("M".equals(unit) && YEAR_MONTH_START.matcher(v).lookingAt()) return new Resolution("DATE", v.substring(0, 7), null);
        // "in der Woche darauf": the week of the day a week after
        if ("W".equals(unit) && r.day() != null) return new Resolution("DATE", week(r.day()), null);
        return r;
    }

    /** "im Vorjahresmonat": the month of the date counted, a day named before only giving its month. */
    private static Resolution ofMonth(Resolution r) {
        String v = r.value();
        return YEAR_MONTH_START.matcher(v).lookingAt() ? new Resolution("DATE", v.substring(0, 7), null) : r;
    }

    // ---- dates and times

    private Resolution dateOrTime(Parts m, LocalDate anchor, Reference reference, IntSupplier tense) {
        String daypart = m.get("daypart");
        if (daypart != null) {
            // One word for a day and a part of it: "tonight" (0NI), "anoche" (-1NI)
            String v = lexicon.value("daypart", daypart);
            if (v == null) return null;
            Resolution day = day(anchor == null ? null : anchor.plusDays(Integer.parseInt(v.substring(0, v.length() - 2))));
            String dayPart = v.substring(v.length() - 2);
            Integer hourOfDay = hour(m);
            // "at 10 tonight", "anoche a las 23 horas": the hour on that day, read in its part ("10" is 22:00)
            if (hourOfDay != null) return clockTime(m, day, hourOfDay, dayPart);
            return new Resolution("TIME", day.value() + "T" + dayPart, day.day());
        }
        Resolution date = date(m, anchor, reference, tense);
        if (date == null) return null;
        if (m.get("nightbefore") != null) {
            // "in der Nacht zum Sonntag": the night that ends on that day, so the evening before's
            if (date.day() == null) return new Resolution("TIME", "XXXX-XX-XXTNI", null);
            LocalDate eve = date.day().minusDays(1);
            return new Resolution("TIME", eve + "TNI", eve);
        }
        Integer hourOfDay = hour(m);
        if (hourOfDay != null) return clockTime(m, date, hourOfDay, part(m));
        String part = part(m);
        if (part != null) {
            if (date.day() == null && !UNKNOWN_DAY.matcher(date.value()).matches()) return null;
            return new Resolution("TIME", date.value() + "T" + part, date.day());
        }
        return date;
    }

    /** A clock time on a date: the hour as written, after noon by "p.m." or by the part of the day named with it. */
    private Resolution clockTime(Parts m, Resolution date, int hourOfDay, String part) {
        if (date.day() == null && !UNKNOWN_DAY.matcher(date.value()).matches()) return null;
        int h = hourOfDay;
        String minute = m.get("minute");
        String quarter = m.get("quarter");
        String minutesFrom = m.get("minutes");
        if (quarter != null || minutesFrom != null) {
            // an hour told by its quarters, the lexicon's minutes from the hour named: "halb neun" -30 (8:30),
            // "huit heures et quart" +15, "las nueve menos cuarto" -15; or by its minutes: "ten past nine" +10,
            // "twenty to six" -20 (a 'minutesto' group)
            String offset = quarter != null ? lexicon.value("quarter", quarter) : amount(minutesFrom);
            if (offset == null || !offset.matches("\\d{1,2}|-\\d{1,2}")) return null;
            if (minutesFrom != null && m.get("minutesto") != null) offset = "-" + offset;
            int total = Math.floorMod(h * 60 + Integer.parseInt(offset), 24 * 60);
            h = total / 60;
            minute = String.format(Locale.ROOT, "%02d", total % 60);
        }
        String ampm = m.get("ampm");
        if (h == 0 && m.get("clock") != null && minute == null && ("EV".equals(part) || "NI".equals(part))) {
            h = 24; // "at midnight tonight", "à minuit ce soir": the end of that day
        } else if (ampm != null) {
            if (h > 12) return null;
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            h = pm ? (h % 12) + 12 : h % 12;
        } else if (part != null && h < 12 && (part.equals("AF") || part.equals("EV") || part.equals("NI") && h > 6)) {
            h += 12;
        }
        if (h > 24) return null;
        String time = String.format(Locale.ROOT, "T%02d:%s", h, minute == null ? "00" : minute);
        return new Resolution("TIME", date.value() + time + zone(m, date.day()), date.day());
    }

    private Resolution date(Parts m, LocalDate anchor, Reference reference, IntSupplier tense) {
        if ((m.get("relyear") != null || m.get("relweek") != null) && anchor == null) {
            return new Resolution("DATE", m.get("relweek") != null ? "XXXX-WXX" : "XXXX-XX", null);
        }
        if (m.get("sameperiod") != null) {
            // "à la même époque": the time of year of publication, in the year just named, else of the day last named.
            if (anchor == null) return new Resolution("DATE", "XXXX-XX", null);
            LocalDate base = reference.year() != null ? anchor.withYear(reference.year())
                    : reference.day() != null ? reference.day() : anchor;
            return new Resolution("DATE", month(base), null);
        }
        Integer shift = m.get("relyear") != null || m.get("relweek") != null ? null : shift(m);
        if (m.get("relweek") != null && weekday(m) != null && shift(m) != null) {
            // "am Dienstag vergangener Woche", "mardi de la semaine dernière": that weekday of the week counted
            LocalDate week = anchor.plusWeeks(shift(m));
            return day(week.plusDays(weekday(m) - week.getDayOfWeek().getValue()));
        }
        String dayword = m.get("dayword");
        if (dayword != null) {
            // "heute" alone in a sentence without past or future ("Heute ist es kompliziert") says nowadays; with a
            // tense it dates an event ("hat heute beschlossen", "soll heute ausgetauscht werden").
            if (m.get("nowadays") != null && tense.getAsInt() == 0) return new Resolution("DATE", "PRESENT_REF", null);
            int offset = Integer.parseInt(lexicon.value("dayword", dayword));
            return day(anchor == null ? null : anchor.plusDays(offset));
        }
        if (m.get("sameday") != null) return day(reference.day() != null ? reference.day() : anchor);
        if (m.get("monthday") != null) {
            LocalDate inMonthNamed = inMonthNamed(dayOfMonth(m), weekday(m), anchor, shift, reference, tense);
            return inMonthNamed != null ? day(inMonthNamed) : monthDay(dayOfMonth(m), weekday(m), anchor, shift, tense);
        }
        String refday = m.get("refday");
        if (refday != null) {
            String named = reference.date();
            if (named != null && named.length() == 7 && named.charAt(4) == '-' && Character.isDigit(named.charAt(5))
                    && (reference.day() == null || !reference.day().toString().startsWith(named))) {
                // "killed last October ... crossed out that same day": the last date named is a month (named after
                // any day), so a day in it, not the day named before it nor publication's
                return new Resolution("DATE", named + "-XX", null);
            }
            LocalDate base = reference.day() != null ? reference.day() : anchor;
            return day(base == null ? null : base.plusDays(Integer.parseInt(lexicon.value("refday", refday))));
        }
        String holiday = m.get("holiday");
        if (holiday != null) {
            Resolution feast = holiday(lexicon.value("holiday", holiday), year(m, anchor), shift, anchor, tense);
            // "Easter week": the ISO week holding the feast
            return m.get("weekof") != null && feast.day() != null ? new Resolution("DATE", week(feast.day()), null) : feast;
        }
        String decade = m.get("decade");
        if (decade != null) return decade(decade);
        String weekNumber = m.get("weeknum");
        if (weekNumber != null) return weekNumbered(Integer.parseInt(weekNumber), year(m, anchor), anchor);
        if (m.get("ofpart") != null) {
            // "the 1988 period", "the 1989 quarter": that year's part of the year last named, else the year
            Integer named = year(m, anchor);
            if (named == null) return reference.yearPart() == null ? null : new Resolution("DATE", reference.yearPart(), null);
            String suffix = reference.yearPart() == null ? "" : reference.yearPart().substring(4);
            return new Resolution("DATE", year(named) + suffix, null);
        }
        String century = m.get("century");
        if (century != null) return century(century);
        if (m.get("millennium") != null) return millennium(m.get("nth"));
        if (m.get("thatmonth") != null) {
            // "later that month": the month of the date last named
            String named = reference.date();
            return new Resolution("DATE", named != null && named.length() >= 7 ? named.substring(0, 7) : "XXXX-XX", null);
        }
        if (m.get("thatweek") != null) {
            // "that week": the week of the day last named
            return new Resolution("DATE", reference.day() != null ? week(reference.day()) : "XXXX-WXX", null);
        }
        if (m.get("thatyear") != null) {
            // "that year", "later that year": the year of the date last named; with a month, that month of
            // it ("in May of that year", "en mayo de ese año", "nel giugno di quell'anno")
            String named = reference.date();
            String thatYear = named != null ? named.substring(0, 4)
                    : reference.year() != null ? year(reference.year()) : null;
            if (thatYear == null) return null;
            Integer month = month(m);
            return new Resolution("DATE", month == null ? thatYear : thatYear + String.format(Locale.ROOT, "-%02d", month), null);
        }
        if (m.get("yearpart") != null || m.get("yearpartabbr") != null) {
            String letter = m.get("yearpart") != null ? lexicon.value("yearpart", m.get("yearpart"))
                    : lexicon.value("yearpartabbr", m.get("yearpartabbr"));
            // "the latest period" in results news is the last quarter over
            if (letter == null && m.get("latest") != null) letter = "Q";
            return letter == null ? null : yearPart(m, letter, anchor, reference, shift, tense);
        }
        String decadeWord = m.get("decadeword");
        if (decadeWord != null) return decade(lexicon.value("decadeword", decadeWord));
        String season = m.get("season");
        if (season != null) {
            // A season alone in a timeless sentence is generic ("la demande augmente en été"); a verb in the past
            // or future places it as it places a month: the last one begun, the next one not over.
            if (shift == null && tense.getAsInt() != 0) {
                return sidedSeason(lexicon.value("season", season), year(m, anchor), tense.getAsInt(), anchor);
            }
            return season(lexicon.value("season", season), year(m, anchor), shift, anchor);
        }

        Integer month = month(m);
        Integer dayOfMonth = dayOfMonth(m);
        Integer year = year(m, anchor);
        Integer weekday = weekday(m);
        String unit = unit(m);
        if (m.get("refweek") != null) {
            // "in der dritten Woche": counted from the week of the day last named (the first is that week)
            String n = m.get("nth") == null ? null : lexicon.value("nth", m.get("nth"));
            if (n == null || reference.day() == null) return null;
            return new Resolution("DATE", week(reference.day().plusWeeks(Integer.parseInt(n) - 1)), null);
        }
        if (month != null && m.get("monthweek") != null) {
            // "la deuxième semaine de janvier": days 8 to 14, so the ISO week holding the 11th (most of them)
            String n = m.get("nth") == null ? null : lexicon.value("nth", m.get("nth"));
            if (n == null) return null;
            int y = year != null ? year : anchor != null ? anchor.getYear() : -1;
            if (y < 0) return new Resolution("DATE", "XXXX-WXX", null);
            return new Resolution("DATE", week(LocalDate.of(y, month, 4).plusWeeks(Integer.parseInt(n) - 1)), null);
        }
        if (month != null) {
            if (dayOfMonth != null) {
                if (m.get("weekof") != null) {
                    // "la semaine du 10 janvier": the ISO week of that day
                    Resolution d = year != null ? validDay(year, month, dayOfMonth)
                            : anchor == null ? null : day(nearestYear(anchor, month, dayOfMonth, null, shift));
                    return d == null || d.day() == null ? new Resolution("DATE", "XXXX-WXX", null)
                            : new Resolution("DATE", week(d.day()), null);
                }
                if (year != null) return validDay(year, month, dayOfMonth);
                if (anchor == null) return new Resolution("DATE",
                        String.format(Locale.ROOT, "XXXX-%02d-%02d", month, dayOfMonth), null);
                Integer narrated = pastYearNamed(reference, anchor, shift, weekday, tense);
                if (narrated != null) return validDay(narrated, month, dayOfMonth);
                LocalDate closest = nearestYear(anchor, month, dayOfMonth, weekday, shift);
                if (shift == null && weekday == null && closest != null
                        && Math.abs(ChronoUnit.DAYS.between(anchor, closest)) > TENSE_DECIDES_BEYOND_DAYS) {
                    // "March 31" in November, far either way: the verb's tense says which (the last one, the next).
                    int t = tense.getAsInt();
                    LocalDate sided = t == 0 ? null : nearestYear(anchor, month, dayOfMonth, null, t);
                    if (sided != null) closest = sided;
                }
                if (closest == null) return null; // "31 février"
                return day(closest);
            }
            if (year != null) return new Resolution("DATE", String.format(Locale.ROOT, "%04d-%02d", year, month), null);
            if (anchor == null) return new Resolution("DATE", String.format(Locale.ROOT, "XXXX-%02d", month), null);
            if (shift == null && reference.year() != null) {
                return new Resolution("DATE", String.format(Locale.ROOT, "%04d-%02d", reference.year(), month), null);
            }
            int y = anchor.getYear();
            if (shift != null && shift < 0 && month >= anchor.getMonthValue()) y--;
            if (shift != null && shift > 0 && month <= anchor.getMonthValue()) y++;
            if (shift == null && month != anchor.getMonthValue()) {
                // A month alone is on the side of publication the verb puts it, else the closest one ("in April"
                // written in December is next April, "in December" written in April the last one).
                int t = tense.getAsInt();
                int ahead = Math.floorMod(month - anchor.getMonthValue(), 12);
                // A verb in the past does not move next month a year back ("gave it until mid-November", said in
                // October), nor one in the future last month.
                if (t < 0 && month > anchor.getMonthValue() && (ahead > TENSE_BLIND_MONTHS || m.get("past") != null)) y--;
                if (t > 0 && month < anchor.getMonthValue() && 12 - ahead > TENSE_BLIND_MONTHS) y++;
                // Without a verb to say, news mostly reports the past: only a month a few months ahead is the next one.
                if (t == 0 && month > anchor.getMonthValue() && ahead > NEAR_FUTURE_MONTHS) y--;
                if (t == 0 && month < anchor.getMonthValue() && ahead <= NEAR_FUTURE_MONTHS) y++;
            }
            return new Resolution("DATE", String.format(Locale.ROOT, "%04d-%02d", y, month), null);
        }
        if (year != null && m.get("day") == null) return new Resolution("DATE", year(year), null);
        if (weekday != null && (m.get("refbefore") != null || m.get("refafter") != null)) {
            // "the previous Friday", "the following Monday": counted from the day last named, else from publication
            LocalDate base = reference.day() != null ? reference.day() : anchor;
            if (base == null) return new Resolution("DATE", "XXXX-WXX-" + weekday, null);
            return day(weekdayDate(base, weekday, m.get("refbefore") != null ? -1 : 1, false));
        }
        if (weekday != null) {
            if (anchor == null) return new Resolution("DATE", "XXXX-WXX-" + weekday, null);
            // a weekday heading a line ("THURSDAY", "Monday:") starts its own part: no day named before it places it
            LocalDate named = m.get("heading") != null ? null : reference.day();
            if (shift == null && named != null && named.getDayOfWeek().getValue() == weekday
                    && Math.abs(ChronoUnit.DAYS.between(anchor, named)) <= 7) {
                return day(named); // "samedi 29 mai ... samedi": the day already named
            }
            // The day after the day last named, when no verb says which way: a diary or a programme goes from day to
            // day ("Am Sonntag ... Am Montag ... Dienstag" written on a Thursday: the Monday after that Sunday); not
            // once a month or a year was named since that day ("two days later ... last January ... in October and
            // ... after her fit on Thursday night": the text has left the days it went through)
            if (shift == null && named != null && Math.abs(ChronoUnit.DAYS.between(anchor, named)) <= 7
                    && !coarserDateSince(reference) && named.plusDays(1).getDayOfWeek().getValue() == weekday
                    && tense.getAsInt() == 0) {
                return day(named.plusDays(1));
            }
            // "diesen Donnerstag", "ce jeudi" said on a Thursday: that day (with no shift, the closest one)
            return day(weekdayDate(anchor, weekday, shift == null ? tense.getAsInt() : shift, shift == null || shift == 0));
        }
        if (unit != null && shift != null) {
            if (unit.equals("WE") && shift == 0 && anchor != null && anchor.getDayOfWeek().getValue() < 6
                    && tense.getAsInt() < 0) {
                return period(unit, -1, anchor); // "ils se sont rendus ce week-end", said on a weekday: the last one
            }
            if (unit.equals("WE") && shift > 0 && anchor != null && anchor.getDayOfWeek().getValue() < 6) {
                // "am kommenden Wochenende", said on a weekday: the first weekend to come is this week's
                return period(unit, shift - 1, anchor);
            }
            return period(unit, shift, anchor);
        }
        if (part(m) != null || hour(m) != null) {
            // A time of day alone: "ce matin" is on the publication day, "la nuit dernière" the day before,
            // "la soirée", "le soir même", "22 h" on the day the text last mentioned.
            // after "vor einigen Tagen", "a few days ago": that unknown day ("2013-12-XXTMO", as KRAUTS writes it)
            if (reference.vagueDay() != null && shift == null && m.get("shiftbefore") == null) {
                return new Resolution("DATE", reference.vagueDay(), null);
            }
            LocalDate base = reference.day() == null ? anchor : reference.day();
            String part = part(m);
            if (part != null && reference.part() != null && base != null && m.get("hour") == null
                    && PARTS.indexOf(part) < PARTS.indexOf(reference.part())) {
                base = base.plusDays(1);
            } else if (part != null && reference.part() == null && base != null && m.get("nextpart") != null) {
                base = base.plusDays(1); // "the next morning" after a day named: the morning of the day after
            }
            if (shift != null && shift < 0) base = anchor == null ? null : anchor.minusDays(1);
            else if (m.get("shiftbefore") != null) base = anchor;
            return day(base);
        }
        return null;
    }

    /**
     * The year this sentence named before a day and month told in the past ("1945 endete am 8. Mai der Krieg", "vor
     * fünfzig Jahren ... am 8. Mai", "In 1945, on May 8"): that day is in that year, not the nearest to publication.
     * Null when no earlier year was named in the sentence, when the verb is not in the past ("die seit 2015 geltende
     * Regel wird am 1. März geändert"), or when a shift or a weekday places the day.
     */
    private static Integer pastYearNamed(Reference reference, LocalDate anchor, Integer shift, Integer weekday,
                                         IntSupplier tense) {
        if (shift != null || weekday != null || reference.year() == null || reference.year() >= anchor.getYear()) {
            return null;
        }
        return tense.getAsInt() < 0 ? reference.year() : null;
    }

    /**
     * A quarter or half of a year: "le troisième trimestre 2021" → 2021-Q3, "the first half" → 2022-H1. Without a
     * year, that of publication, unless the verb puts a part not begun yet in the past (the previous year's) or one
     * already over in the future (the next year's); "ce trimestre"/"last quarter" count from publication.
     */
    private Resolution yearPart(Parts m, String letter, LocalDate anchor, Reference reference, Integer shift,
                                IntSupplier tense) {
        int months = letter.equals("Q") ? 3 : 6;
        String nth = m.get("nth");
        // "the last half of 1989", "the last two quarters of 1990": the year's last part
        if (nth == null && m.get("lastpart") != null) nth = String.valueOf(12 / months);
        Integer year = year(m, anchor);
        if (nth == null && m.get("namedpart") != null) {
            // "the quarter": the part of the year last named, else the last one over; "the latest quarter": the last over
            if (m.get("latest") == null && reference.date() != null && reference.date().matches("\\d{4}-" + letter + "[1-4]")) {
                if (shift == null) return new Resolution("DATE", reference.date(), null);
                // "el trimestre anterior", "das Quartal davor": the part before (or after) the one last named
                int perYear = 12 / months;
                int index = Integer.parseInt(reference.date().substring(4 + 2)) - 1 + shift;
                int y = Integer.parseInt(reference.date().substring(0, 4)) + Math.floorDiv(index, perYear);
                return new Resolution("DATE", year(y) + "-" + letter + (Math.floorMod(index, perYear) + 1), null);
            }
            if (shift == null) shift = -1;
        }
        if (nth == null) {
            if (shift == null || anchor == null) return null;
            int index = (anchor.getMonthValue() - 1) / months + shift;
            int y = anchor.getYear() + Math.floorDiv(index, 12 / months);
            return new Resolution("DATE", year(y) + "-" + letter + (Math.floorMod(index, 12 / months) + 1), null);
        }
        String n = nth.length() == 1 && Character.isDigit(nth.charAt(0)) ? nth : lexicon.value("nth", nth);
        if (n == null || Integer.parseInt(n) > 12 / months) return null;
        int index = Integer.parseInt(n);
        if (year == null) {
            if (anchor == null) return new Resolution("DATE", "XXXX-" + letter + n, null);
            int y = anchor.getYear();
            if (shift != null) {
                y += shift;
            } else {
                int current = (anchor.getMonthValue() - 1) / months;
                int perYear = 12 / months;
                // The part just over is the one news reports on, in any tense ("fourth-quarter figures will be
                // published" in January); a part further back in the future is next year's.
                boolean justOver = perYear > 2 && Math.floorMod(current - (index - 1), perYear) == 1;
                int t = tense.getAsInt();
                if (index - 1 > current && (t < 0 || t > 0 && justOver)) y--;
                if (t > 0 && index - 1 < current && !justOver) y++;
            }
            year = y;
        }
        // "the year-earlier third quarter": that quarter of the year before the one just worked out
        if (m.get("prioryear") != null) year--;
        return new Resolution("DATE", year(year) + "-" + letter + n, null);
    }

    /**
     * A day of the month without its month, in the month the text last named when that is not the publication
     * month ("abrirá el 11 de agosto ... concluirá el día 15", "on January 15 ... on the 15th"): the reader takes the
     * month just read, not the one around publication. Not when a word counts it from publication ("el pasado día
     * 3"), the date named has faded, the verb's tense or the weekday written disagree with that month's day.
     */
    private static LocalDate inMonthNamed(Integer dayOfMonth, Integer weekday, LocalDate anchor, Integer shift,
                                          Reference reference, IntSupplier tense) {
        if (dayOfMonth == null || anchor == null || shift != null) return null;
        YearMonth named = monthNamed(reference);
        if (named == null || named.equals(YearMonth.from(anchor)) || dayOfMonth > named.lengthOfMonth()) return null;
        LocalDate candidate = named.atDay(dayOfMonth);
        boolean weekdayFits = weekday != null && candidate.getDayOfWeek().getValue() == weekday;
        // a weekday written beside the day that falls on it in that month keeps the month through lines
        // without a date ("sábado, 18 de agosto. Toros de ... Miércoles 22. Toros de ..."), as a programme lists them
        if (reference.dateFaded() && !weekdayFits) return null;
        int direction = tense.getAsInt();
        if (direction < 0 && candidate.isAfter(anchor) || direction > 0 && candidate.isBefore(anchor)) return null;
        if (weekday != null && !weekdayFits) return null;
        return candidate;
    }

    /** The month of the date last named: a month or day, or the day last named when only its year came since. */
    private static YearMonth monthNamed(Reference reference) {
        String date = reference.date();
        if (date != null && YEAR_MONTH_START.matcher(date).lookingAt()) return YearMonth.parse(date.substring(0, 7));
        LocalDate day = reference.day();
        if (day != null && date != null && date.equals(String.valueOf(day.getYear()))) return YearMonth.from(day);
        return null;
    }

    /**
     * A day of the month without its month ("el pasado día 3", "el próximo día 20"): in this month, the last or the
     * next, the one on the side the word or the verb says, else the closest to the publication date.
     */
    private static Resolution monthDay(Integer dayOfMonth, Integer weekday, LocalDate anchor, Integer shift, IntSupplier tense) {
        if (dayOfMonth == null || dayOfMonth > 31) return null;
        if (anchor == null) return new Resolution("DATE", String.format(Locale.ROOT, "XXXX-XX-%02d", dayOfMonth), null);
        int direction = shift != null ? shift : tense.getAsInt();
        LocalDate best = null;
        for (int months = -1; months <= 1; months++) {
            LocalDate month = anchor.withDayOfMonth(1).plusMonths(months);
            if (dayOfMonth > month.lengthOfMonth()) continue;
            LocalDate candidate = month.withDayOfMonth(dayOfMonth);
            // the publication day itself is on either side: "15,000 marched on the 30th", written on the 30th
            if (direction < 0 && candidate.isAfter(anchor) || direction > 0 && candidate.isBefore(anchor)) continue;
            long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
            if (best == null || distance < Math.abs(ChronoUnit.DAYS.between(anchor, best))) best = candidate;
        }
        // "le samedi 21": the month around publication whose 21st is a Saturday, when one of them is
        if (weekday != null && (best == null || best.getDayOfWeek().getValue() != weekday)) {
            for (int months = -1; months <= 1; months++) {
                LocalDate month = anchor.withDayOfMonth(1).plusMonths(months);
                if (dayOfMonth <= month.lengthOfMonth() && month.withDayOfMonth(dayOfMonth).getDayOfWeek().getValue() == weekday) {
                    return day(month.withDayOfMonth(dayOfMonth));
                }
            }
        }
        return day(best);
    }

    /** "la semaine dernière" → 2022-W01, "le mois dernier" → 2021-12, "ce week-end" → 2022-W02-WE. */
    private static Resolution period(String unit, int shift, LocalDate anchor) {
        if (anchor == null) {
            String value = switch (unit) {
                case "D" -> "XXXX-XX-XX";
                case "W" -> "XXXX-WXX";
                case "WE" -> "XXXX-WXX-WE";
                case "M" -> "XXXX-XX";
                case "Y" -> "XXXX";
                case "CE" -> "XX";
                default -> null;
            };
            return value == null ? null : new Resolution("DATE", value, null);
        }
        return switch (unit) {
            case "D" -> day(anchor.plusDays(shift));
            case "W" -> new Resolution("DATE", week(anchor.plusWeeks(shift)), null);
            case "WE" -> new Resolution("DATE", week(anchor.plusWeeks(shift)) + "-WE", null);
            case "M" -> new Resolution("DATE", month(anchor.plusMonths(shift)), null);
            case "Y" -> new Resolution("DATE", year(anchor.getYear() + shift), null);
            // "this decade" in 2022: the 2020s, TimeML "202" (as the century's "20")
            case "DE" -> new Resolution("DATE", String.valueOf(anchor.getYear() / 10 + shift), null);
            // "last century" in 2022: the 1900s, TimeML "19"
            case "CE" -> new Resolution("DATE", String.format(Locale.ROOT, "%02d", anchor.getYear() / 100 + shift), null);
            // "this millennium" in 2022: the 2000s, TimeML "2"
            case "L" -> new Resolution("DATE", String.valueOf(anchor.getYear() / 1000 + shift), null);
            default -> null;
        };
    }

    /**
     * A time zone written after a clock time, as a TIMEX3 offset: "Z", "+1"...; "CET" (Paris, Berlin, Madrid)
     * is +1 in winter and +2 in European summer time (last Sunday of March to last Sunday of October); "unwritten"
     * (a zone the language's TimeML gold never writes, English "EST": TimeBank and AQUAINT give the clock time alone)
     * adds nothing.
     */
    private String zone(Parts m, LocalDate day) {
        String written = m.get("zone");
        String zone = written == null ? null : lexicon.value("zone", written);
        if (zone == null || zone.equals("unwritten")) return "";
        if (!zone.equals("CET")) return zone;
        if (day == null) return "+1";
        LocalDate summerStart = lastSunday(day.getYear(), 3);
        LocalDate summerEnd = lastSunday(day.getYear(), 10);
        return !day.isBefore(summerStart) && day.isBefore(summerEnd) ? "+2" : "+1";
    }

    private static LocalDate lastSunday(int year, int month) {
        LocalDate last = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        return last.minusDays(last.getDayOfWeek().getValue() % 7);
    }

    /**
     * A season without a year that a verb's tense places, as a month is placed: the publication year's one, unless
     * it lies far on the other side of publication from the verb. A past verb takes a season that begins more than
     * {@value #SEASON_AHEAD_MONTHS} months after publication a year back ("we visited in summer", written in
     * January: last summer), not one about to begin (elections "à l'automne" that "semblait" likely, written in May);
     * a future verb takes one over for {@value #SEASON_OVER_MONTHS} months or more a year on ("we will go in
     * spring", written in October: next spring), not one just over, still talked of in any tense.
     */
    private Resolution sidedSeason(String season, Integer year, int tense, LocalDate anchor) {
        Resolution thisYear = season(season, year, 0, anchor);
        if (thisYear == null || year != null || anchor == null) return thisYear;
        int y = Integer.parseInt(thisYear.value().substring(0, 4));
        LocalDate first = anchor.withDayOfMonth(1);
        if (tense < 0 && seasonStart(season, y).isAfter(first.plusMonths(SEASON_AHEAD_MONTHS))) y--;
        if (tense > 0 && !seasonStart(season, y).plusMonths(3 + SEASON_OVER_MONTHS).isAfter(first)) y++;
        return new Resolution("DATE", year(y) + "-" + season, null);
    }

    /** The first day of a season of a year: a winter begins in December of its year. */
    private static LocalDate seasonStart(String season, int year) {
        return LocalDate.of(year, seasonStartMonth(season), 1);
    }

    private static int seasonStartMonth(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** A season's value; {@code shift} 0 means the one of the publication year, null a generic one. */
    private Resolution season(String season, Integer year, Integer shift, LocalDate anchor) {
        if (season == null) return null;
        if (year != null) return new Resolution("DATE", year(year) + "-" + season, null);
        if (shift == null || anchor == null) return new Resolution("DATE", "XXXX-" + season, null);
        int start = seasonStartMonth(season);
        // "last summer" is the last one over, "next summer" the next one not begun; a winter starts in December.
        LocalDate first = anchor.withDayOfMonth(1);
        int y = anchor.getYear();
        if (shift < 0) {
            while (LocalDate.of(y, start, 1).plusMonths(3).isAfter(first)) y--;
            y += shift + 1; // "im vorletzten Sommer": the one before the last
        } else if (shift > 0) {
            y = anchor.getYear() - 1;
            while (!LocalDate.of(y, start, 1).isAfter(first)) y++;
            y += shift - 1;
        } else if (season.equals("WI") && anchor.getMonthValue() <= 2) {
            y--; // "cet hiver" in January: the winter begun in December
        }
        return new Resolution("DATE", year(y) + "-" + season, null);
    }

    /**
     * A feast day: a fixed day ("12-25") or days after Easter ("E+49", Pentecost), in the year written, else
     * the occurrence closest to the publication date ("dernier"/"prochain" force the side); one further than
     * {@link #TENSE_DECIDES_BEYOND_DAYS} either way is on the side the verb's tense says.
     */
    private static Resolution holiday(String rule, Integer year, Integer shift, LocalDate anchor, IntSupplier tense) {
        if (year != null) return day(holidayIn(rule, year));
        if (anchor == null) return rule.startsWith("E") || rule.contains(">") ? new Resolution("DATE", "XXXX-XX-XX", null)
                : new Resolution("DATE", "XXXX-" + rule, null);
        LocalDate closest = closestOccurrence(anchor, y -> holidayIn(rule, y), null, shift);
        if (shift == null && closest != null
                && Math.abs(ChronoUnit.DAYS.between(anchor, closest)) > TENSE_DECIDES_BEYOND_DAYS) {
            // Easter Monday in November, far either way: the verb's tense says which, as for a day and month.
            int t = tense.getAsInt();
            LocalDate sided = t == 0 ? null : closestOccurrence(anchor, y -> holidayIn(rule, y), null, t);
            if (sided != null) closest = sided;
        }
        return day(closest);
    }

    private static LocalDate holidayIn(String rule, int year) {
        if (rule.startsWith("E")) return easter(year).plusDays(Integer.parseInt(rule.substring(1)));
        if (rule.contains(">")) {
            // "11-22>4": the first Thursday on or after 22 November (Thanksgiving); weekdays 1 (Monday) to 7
            LocalDate from = LocalDate.of(year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3, 5)));
            int weekday = Integer.parseInt(rule.substring(6));
            return from.plusDays(Math.floorMod(weekday - from.getDayOfWeek().getValue(), 7));
        }
        return LocalDate.of(year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3, 5)));
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Resolution decade(String decade) {
        String digits = decade.replaceAll("\\D", "");
        if (digits.length() == 2) digits = (digits.equals("00") || digits.equals("10") ? "20" : "19") + digits;
        if (digits.length() != 4 || digits.charAt(3) != '0') return null;
        // TIMEX3 writes a decade as its three digits ("199", TimeML 1.2.1, KRAUTS, most of TimeBank), not TIMEX2's "199X"
        return new Resolution("DATE", digits.substring(0, 3), null);
    }

    private Resolution century(String century) {
        // "the twentieth century": an ordinal word the lexicon knows; else digits or a Roman numeral ("XXe siècle")
        String ordinal = lexicon.value("ordinal", century);
        int n = century.chars().allMatch(Character::isDigit) ? Integer.parseInt(century)
                : ordinal != null && ordinal.chars().allMatch(Character::isDigit) ? Integer.parseInt(ordinal)
                : roman(century);
        if (n < 1 || n > 30) return null;
        return new Resolution("DATE", String.format(Locale.ROOT, "%02d", n - 1), null);
    }

    /** "das dritte Jahrtausend": the 2000s, written as TIMEX3 writes a century, its leading digit "2". */
    private Resolution millennium(String nth) {
        String n = nth == null ? null : lexicon.value("nth", nth);
        if (n == null || !n.matches("\\d")) return null;
        return new Resolution("DATE", String.valueOf(Integer.parseInt(n) - 1), null);
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(numeral.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /**
     * The year that puts a day and month closest to the publication date; "dernier"/"prochain" force the past or
     * the future, and a weekday written beside the date ("samedi 29 mai") picks the year where it falls that day.
     */
    static LocalDate nearestYear(LocalDate anchor, int month, int day, Integer weekday, Integer shift) {
        return closestOccurrence(anchor, y -> {
            try {
                return LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException noSuchDay) { // 29 February
                return null;
            }
        }, weekday, shift);
    }

    /**
     * Of a yearly day's occurrences the year before, of and after the publication date, the closest to it (the
     * past on a tie: news mostly reports what happened), on the given side when {@code shift} says, preferring
     * one that falls on {@code weekday} when given.
     */
    private static LocalDate closestOccurrence(LocalDate anchor, IntFunction<LocalDate> inYear, Integer weekday,
                                               Integer shift) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        boolean bestWeekdayFits = false;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate candidate = inYear.apply(y);
            if (candidate == null) continue;
            long distance = ChronoUnit.DAYS.between(anchor, candidate);
            if (shift != null && shift < 0 && distance >= 0) continue;
            if (shift != null && shift > 0 && distance <= 0) continue;
            boolean weekdayFits = weekday != null && candidate.getDayOfWeek().getValue() == weekday;
            long score = Math.abs(distance) * 2 + (distance > 0 ? 1 : 0);
            if (best == null || (weekdayFits && !bestWeekdayFits) || (weekdayFits == bestWeekdayFits && score < bestScore)) {
                best = candidate;
                bestScore = score;
                bestWeekdayFits = weekdayFits;
            }
        }
        return best;
    }

    /**
     * The day named by a weekday: in the past when {@code direction} &lt; 0 ("vendredi dernier", or a verb in the
     * past), in the future when &gt; 0, else the closest. {@code sameDay} lets the publication day itself count.
     */
    static LocalDate weekdayDate(LocalDate anchor, int weekday, int direction, boolean sameDay) {
        int today = anchor.getDayOfWeek().getValue();
        int back = Math.floorMod(today - weekday, 7);
        int ahead = Math.floorMod(weekday - today, 7);
        if (!sameDay) {
            if (back == 0) back = 7;
            if (ahead == 0) ahead = 7;
        }
        // "am vorletzten Donnerstag" (direction -2): a week further for each step past the first
        if (direction < 0) return anchor.minusDays(back + 7L * (-direction - 1));
        if (direction > 0) return anchor.plusDays(ahead + 7L * (direction - 1));
        return back <= ahead ? anchor.minusDays(back) : anchor.plusDays(ahead);
    }

    // ---- parts

    private Integer shift(Parts m) {
        for (String category : new String[]{"shiftafter", "shiftbefore"}) {
            String s = m.get(category);
            if (s != null && s.isEmpty()) return 0; // an empty group in a rule says "this": "am Wochenende"
            String v = s == null ? null : lexicon.value(category, s);
            if (v != null) return Integer.parseInt(v);
        }
        return null;
    }

    private Integer month(Parts m) {
        String mm = m.get("mm");
        if (mm != null) return Integer.parseInt(mm);
        String month = m.get("month");
        if (month != null) return Integer.parseInt(lexicon.value("month", month));
        // a month written in English inside another language's text: an embedded post's date line ("— Ana Ruiz
        // (@anaruiz) April 26, 2022"); a category of its own, so that a bare "May" or "April" stays a name there
        String english = m.get("englishmonth");
        return english == null ? null : Integer.parseInt(lexicon.value("englishmonth", english));
    }

    private Integer dayOfMonth(Parts m) {
        String day = m.get("day");
        if (day == null) return null;
        String digits = day.replaceAll("\\D", "");
        int d;
        if (!digits.isEmpty()) {
            d = Integer.parseInt(digits);
        } else {
            String v = lexicon.value("first", day);
            if (v == null) v = lexicon.value("ordinal", day);
            if (v == null) return null;
            d = Integer.parseInt(v);
        }
        return d >= 1 && d <= 31 ? d : null;
    }

    private Integer year(Parts m, LocalDate anchor) {
        String year = m.get("year");
        if (year != null) return Integer.parseInt(year);
        if (m.get("relyear") != null) {
            // "im Dezember vergangenen Jahres", "in the spring of next year": the year counted from publication
            Integer shift = shift(m);
            return shift == null || anchor == null ? null : anchor.getYear() + shift;
        }
        String words = m.get("yearword");
        if (words != null) return Integer.valueOf(lexicon.value("yearword", words)); // "nineteen ninety-six"
        String yy = m.get("yy");
        if (yy == null) return null;
        int two = Integer.parseInt(yy);
        int anchorYear = anchor == null ? 2025 : anchor.getYear();
        int century = anchorYear / 100 * 100;
        int y = century + two;
        return y > anchorYear + 10 ? y - 100 : y;
    }

    private Integer hour(Parts m) {
        String hour = m.get("hour");
        if (hour != null) return Integer.parseInt(hour);
        String hourWord = m.get("hourword"); // "at ten in the morning", "ten past nine": the hour in words
        if (hourWord != null) {
            String amount = amount(hourWord);
            return amount == null || !amount.matches("\\d{1,2}") ? null : Integer.valueOf(amount);
        }
        if (m.get("quarter") != null) {
            String amount = amount(m.get("num"));
            return amount == null || !amount.matches("\\d{1,2}") ? null : Integer.valueOf(amount);
        }
        String clock = m.get("clock");
        return clock == null ? null : Integer.valueOf(lexicon.value("clock", clock));
    }

    private Integer weekday(Parts m) {
        String weekday = m.get("weekday");
        return weekday == null ? null : Integer.parseInt(lexicon.value("weekday", weekday));
    }

    private String unit(Parts m) {
        String unit = m.get("unit");
        if (unit == null) return null;
        String value = lexicon.value("unit", unit);
        // "the past two quarters": a quarter is no unit of the lexicon (a "quarter" of anything would be taken)
        return value == null && "Q".equals(lexicon.value("yearpart", unit)) ? "Q" : value;
    }

    private String part(Parts m) {
        String part = m.get("part");
        return part == null ? null : lexicon.value("part", part);
    }

    /** A number as written ("trois", "24", "30,4") in TIMEX3 form ("3", "24", "30.4"), or null. */
    private String amount(String written) {
        if (written == null) return null;
        if (Character.isDigit(written.charAt(0))) {
            // "20,000 hours", "2.000 Jahre": a group of three digits after the mark is thousands, not a fraction
            if (written.matches("[1-9]\\d{0,2}[.,]\\d{3}")) return written.replaceAll("[.,]", "");
            if (written.matches("[1-9]\\d{0,2}(?:[ \u00a0\u202f]\\d{3})+")) return written.replaceAll("[ \u00a0\u202f]", "");
            String a = written.replace(',', '.');
            if (a.contains(".")) a = a.replaceAll("0+$", "").replaceAll("\\.$", "");
            return a;
        }
        return lexicon.value("number", written);
    }

    /** The groups one match of a rule captured, by name; names the rule does not have read as absent. */
    record Parts(Matcher matcher, java.util.Map<String, Integer> groups) {
        String get(String name) {
            Integer index = groups.get(name);
            return index == null ? null : matcher.group(index);
        }
    }

    // ---- values

    private static Resolution day(LocalDate date) {
        return date == null ? new Resolution("DATE", "XXXX-XX-XX", null)
                : new Resolution("DATE", date.toString(), date);
    }

    private static Resolution validDay(int year, int month, int day) {
        try {
            return day(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String year(long year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    private static String month(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
    }

    /**
     * A calendar week by its ISO number ("KW 15", "Kalenderwoche 15/2024"): in the year named, else publication's
     * week-based year, or the one beside it when the week is over 39 weeks away in that one (late December's "KW 2"
     * is next year's).
     */
    private static Resolution weekNumbered(int number, Integer named, LocalDate anchor) {
        if (number < 1 || number > 53) return null;
        int year;
        if (named != null) year = named;
        else if (anchor == null) return new Resolution("DATE", String.format(Locale.ROOT, "XXXX-W%02d", number), null);
        else {
            year = anchor.get(IsoFields.WEEK_BASED_YEAR);
            int gap = number - anchor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (gap > 39) year--;
            else if (gap < -39) year++;
        }
        return new Resolution("DATE", String.format(Locale.ROOT, "%04d-W%02d", year, number), null);
    }

    private static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
