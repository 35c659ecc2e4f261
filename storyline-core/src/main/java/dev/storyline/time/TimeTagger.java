package dev.storyline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in French, English, German, Spanish, Italian and Polish text and resolves them against the publication
 * date: "jeudi" → 2022-01-13, "la semaine dernière" → 2022-W01, "trois jours" → P3D, "chaque jeudi" →
 * XXXX-WXX-4, "à 10h30" → 2022-01-13T10:30.
 *
 * <p>Hand-written and rule-based, HeidelTime-style, because no Java library covers these languages (SUTime is
 * English-only, HeidelTime needs TreeTagger): per-language lexicons ({@code lexicon/<lang>.txt}) and patterns
 * ({@code rules/<lang>.txt}) are resources; this class and {@link TimexResolver} hold no language.
 *
 * <p>Resolution: relative expressions count from {@code anchor}, the publication date. A weekday alone names
 * the closest such day (within three days either side), "dernier"/"prochain" force past or future; a day and
 * month without a year take the year that puts them closest to the anchor (the past on a tie); a month alone
 * takes the anchor's year. Clock times and "le lendemain" hang on the last full date the text mentioned before
 * them, or the anchor. When {@code anchor} is null, relative expressions are still found and typed, with
 * underspecified values of their granularity: "hier" → XXXX-XX-XX, "le mois dernier" → XXXX-XX, "2 janvier" →
 * XXXX-01-02.
 *
 * <p>Matching runs only at tokens an expression of the language can start with (a word or a digit), and takes the
 * longest match there, left to right. Immutable and thread-safe; build once and share.
 */
public final class TimeTagger {

    /** Languages with a lexicon and rules. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "pl");

    /** How far after the start of a match an anchored rule's word may be, or before it for anchors before (characters). */
    private static final int ANCHOR_REACH = 60;

    /**
     * Words that join two clauses or open a subordinate one, each with its verb: the tense of one is not the other's
     * ("talks stalled and a vote is due in two days", "said that it opens in two years"). English reports often drop
     * "that", so the reporting verb itself closes its clause ("said the plant opens in two years"). Only for the
     * clause's own tense ({@code TimeRule} group "took").
     */
    private static final Pattern CLAUSE_CONJUNCTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:and|but|that|said|says|told|und|aber|sondern|dass|y|pero|sino|que)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far from an expression a tense cue may be (characters, within the sentence). */
    private static final int CUE_REACH = 60;

    /** How far a clause with no tense cue near an expression is searched for the verb that closes it (characters). */
    private static final int CLAUSE_REACH = 160;

    /** A quarter or half of a year: 2021-Q3, 2021-H1. */
    private static final Pattern QUARTER_OR_HALF = Pattern.compile("\\d{4}-[QH][1-4]");

    /**
     * The head of an entry in a listing of events: one to eight capitalised words (places, a section's name, joined by
     * "&", "/" or "-") and a colon, as in "Bozen / Umgebung Theater & Bühne Andrian: „Tingeltangel“: ..., 20 Uhr."
     * A sentence of narrative ("Smith added: ...") has a word in lower case before its colon.
     * French typography puts a space (often a no-break one) before the colon: "Villeurbanne : théâtre, 20 h."
     */
    private static final Pattern LISTING_ENTRY = Pattern.compile(
            "\\s*(?:\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s*[&/–-]\\s*|[^\\S\\n]+)){0,7}\\p{Lu}[\\p{L}\\p{N}'’-]*(?:[^\\S\\n]|[\\u00A0\\u202F])?:\\s");

    /** Whether the text from {@code from} (after a sentence's end) begins an entry of a listing. */
    private static boolean startsListingEntry(String text, int from) {
        Matcher m = LISTING_ENTRY.matcher(text);
        m.region(from, Math.min(text.length(), from + 160));
        return m.lookingAt();
    }
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final Map<String, Grammar> grammars;

    public TimeTagger() {
        this(true);
    }

    /**
     * @param filterWords false: every word of a text is looked up in the trigger and anchor maps, as before the word
     *                    filter, and a rule is tried at a number whatever follows it ({@link TimeRule#afterNumber});
     *                    the plain path the tests compare the filtered one with (same output, slower)
     */
    TimeTagger(boolean filterWords) {
        Map<String, Grammar> byLanguage = new HashMap<>();
        for (String language : LANGUAGES) byLanguage.put(language, Grammar.load(language, filterWords));
        this.grammars = Map.copyOf(byLanguage);
    }

    /**
     * The time expressions of {@code text}, in text order, without overlaps.
     *
     * @param language ISO 639-1 code; languages without rules (or null) give no expressions
     * @param anchor   the publication date, or null (see the class comment)
     */
    public List<TimeExpression> find(String text, String language, LocalDate anchor) {
        if (text == null || text.isEmpty() || language == null) return List.of();
        Grammar grammar = grammars.get(language.length() > 2 ? language.substring(0, 2).toLowerCase(Locale.ROOT)
                : language.toLowerCase(Locale.ROOT));
        if (grammar == null) return List.of();
        return grammar.find(text, anchor);
    }

    /** The lexicon, rules and trigger index of one language. */
    private record Grammar(List<TimeRule> rules, WordTable<int[]> rulesByWord, int longestTrigger, int[] digitRules,
                           WordTable<int[]> rulesByAnchor, int[] anchorGroup, int anchorGroups, int longestAnchor,
                           WordTable<int[]> rulesByAnchorBefore, boolean[] groupBefore, int longestAnchorBefore,
                           List<TimeRule> futureCues, List<TimeRule> pastCues, List<TimeRule> intentCues,
                           boolean compounds,
                           Set<String> abbreviations, TimexResolver resolver, long[] wordBloom, String[] afterNumber,
                           String[] beforeNumber, String[][] required, long[] anchorBeforeBloom) {

        /** Bits of the word filter ({@link #mayBeKey}): 2^14, a few per cent set by the few thousand keys. */
        private static final int BLOOM_BITS = 1 << 14;

        private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

        static {
            for (char c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
        }

        static Grammar load(String language, boolean filterWords) {
            TimeLexicon lexicon = TimeLexicon.load(language);
            List<TimeRule> all = TimeRule.load(language, lexicon);
            List<TimeRule> rules = all.stream()
                    .filter(r -> r.kind() != TimeRule.Kind.FUTURE && r.kind() != TimeRule.Kind.PAST
                            && r.kind() != TimeRule.Kind.INTENT).toList();
            Map<String, Set<Integer>> byWord = new HashMap<>();
            List<Integer> digits = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                for (String word : rules.get(i).triggers()) byWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(i);
                if (rules.get(i).digits()) digits.add(i);
            }
            Map<String, int[]> index = new HashMap<>();
            byWord.forEach((w, r) -> index.put(w, r.stream().mapToInt(Integer::intValue).sorted().toArray()));
            int longest = index.keySet().stream().mapToInt(String::length).max().orElse(0);
            // Rules with the same anchor words (on the same side) share one list of where those words occur (many rules
            // share "@unit").
            Map<List<Object>, Integer> groupOfAnchors = new HashMap<>();
            List<Boolean> before = new ArrayList<>();
            int[] anchorGroup = new int[rules.size()];
            Map<String, Set<Integer>> byAnchor = new HashMap<>();
            Map<String, Set<Integer>> byAnchorBefore = new HashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                TimeRule rule = rules.get(i);
                Set<String> words = rule.anchors();
                if (words.isEmpty()) {
                    anchorGroup[i] = -1;
                    continue;
                }
                int group = groupOfAnchors.computeIfAbsent(List.of(words, rule.anchorsBefore()), w -> {
                    before.add(rule.anchorsBefore());
                    return groupOfAnchors.size();
                });
                anchorGroup[i] = group;
                for (String word : words) {
                    (rule.anchorsBefore() ? byAnchorBefore : byAnchor).computeIfAbsent(word, w -> new LinkedHashSet<>()).add(group);
                }
            }
            boolean[] groupBefore = new boolean[before.size()];
            for (int g = 0; g < groupBefore.length; g++) groupBefore[g] = before.get(g);
            Map<String, int[]> anchorIndex = new HashMap<>();
            byAnchor.forEach((w, r) -> anchorIndex.put(w, r.stream().mapToInt(Integer::intValue).toArray()));
            Map<String, int[]> anchorBeforeIndex = new HashMap<>();
            byAnchorBefore.forEach((w, r) -> anchorBeforeIndex.put(w, r.stream().mapToInt(Integer::intValue).toArray()));
            Set<String> anchorWords = new java.util.HashSet<>(anchorIndex.keySet());
            anchorWords.addAll(anchorBeforeIndex.keySet());
            return new Grammar(rules, WordTable.of(index), longest, digits.stream().mapToInt(Integer::intValue).toArray(),
                    WordTable.of(anchorIndex), anchorGroup, groupOfAnchors.size(),
                    anchorIndex.keySet().stream().mapToInt(String::length).max().orElse(0),
                    WordTable.of(anchorBeforeIndex), groupBefore,
                    anchorBeforeIndex.keySet().stream().mapToInt(String::length).max().orElse(0),
                    all.stream().filter(r -> r.kind() == TimeRule.Kind.FUTURE).toList(),
                    all.stream().filter(r -> r.kind() == TimeRule.Kind.PAST).toList(),
                    all.stream().filter(r -> r.kind() == TimeRule.Kind.INTENT).toList(),
                    lexicon.option("compounds"), Set.copyOf(lexicon.words("abbreviation")), new TimexResolver(lexicon),
                    filterWords ? bloom(index.keySet(), anchorWords) : everyWord(),
                    rules.stream().map(r -> filterWords ? r.afterNumber() : null).toArray(String[]::new),
                    rules.stream().map(r -> filterWords && r.digits() ? TimeRule.beforeMatch(r.source()) : null)
                            .toArray(String[]::new),
                    rules.stream().map(r -> filterWords && r.required() != null ? r.required().split("\\|") : null)
                            .toArray(String[][]::new),
                    filterWords ? bloom(anchorBeforeIndex.keySet(), Set.of()) : everyWord());
        }

        /** The hash codes of every trigger and anchor word, as bits: most words of a text have none and are skipped. */
        private static long[] bloom(Set<String> triggers, Set<String> anchors) {
            long[] bits = new long[BLOOM_BITS / 64];
            for (Set<String> words : List.of(triggers, anchors)) {
                for (String w : words) {
                    int b = w.hashCode() & (BLOOM_BITS - 1);
                    bits[b >>> 6] |= 1L << b;
                }
            }
            return bits;
        }

        /** A filter that lets every word through. */
        private static long[] everyWord() {
            long[] bits = new long[BLOOM_BITS / 64];
            java.util.Arrays.fill(bits, -1L);
            return bits;
        }

        /**
         * False when no trigger or anchor word has this hash code, so the word is no key and the map is not asked.
         * Words are looked at in every text: lowering each into a new string only to miss the map cost the most.
         */
        private boolean mayBeKey(int hash) {
            return mayBeIn(wordBloom, hash);
        }

        private static boolean mayBeIn(long[] bloom, int hash) {
            int b = hash & (BLOOM_BITS - 1);
            return (bloom[b >>> 6] & (1L << b)) != 0;
        }

        /** {@code String.hashCode} of the characters from start to end in lower case, without building the string. */
        private static int lowerHash(String text, int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) h = 31 * h + lowerCase(text.charAt(k));
            return h;
        }

        /** {@link Character#isLetterOrDigit(char)}, answered from a table for ASCII: it is asked of every character. */
        private static boolean isWordChar(char c) {
            return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
        }

        /** {@link Character#toLowerCase(char)}, with ASCII lowered in place. */
        private static char lowerCase(char c) {
            return WordTable.lowerCase(c);
        }

        private static String lower(String text, int start, int end) {
            char[] lower = new char[end - start];
            for (int k = 0; k < lower.length; k++) lower[k] = lowerCase(text.charAt(start + k));
            return new String(lower);
        }

        List<TimeExpression> find(String text, LocalDate anchor) {
            List<TimeExpression> found = new ArrayList<>();
            List<Boolean> foundMonthDay = new ArrayList<>(); // per expression found: a day and month with no year or weekday
            int[][] anchors = anchorPositions(text);
            int[] nextAnchor = new int[anchorGroups];
            Matcher[] matchers = new Matcher[rules.size()];
            LettersAhead letters = new LettersAhead(text, rules.size());
            TimexResolver.Reference reference = TimexResolver.Reference.NONE;
            int n = text.length();
            int i = 0;
            int paragraphEnd = paragraphEnd(text, 0);
            while (i < n) {
                if (i >= paragraphEnd) paragraphEnd = paragraphEnd(text, i);
                if (!isWordChar(text.charAt(i))) {
                    // A year named in one sentence does not place a month named in the next.
                    if (isSentenceEnd(text.charAt(i)) && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                        reference = reference.withoutYear();
                        // An entry of a listing ("Bozen: Konzert ..., 20 Uhr.") is on the day the listing is for,
                        // not on a day the entry before it named
                        if (reference.day() != null && startsListingEntry(text, i + 1)) reference = reference.withoutDay();
                    }
                    i++;
                    continue;
                }
                int tokenEnd = i;
                while (tokenEnd < n && isWordChar(text.charAt(tokenEnd))) tokenEnd++;
                int[] candidates = candidates(text, i, tokenEnd);
                int next = tokenEnd;
                if (candidates != null) {
                    TimeExpression best = null;
                    TimexResolver.Resolution bestResolution = null;
                    TimeRule.Kind bestKind = null;
                    boolean bestEndsPeriod = false;
                    boolean bestIsBase = false;
                    String bestVagueDay = null;
                    boolean bestMonthDay = false;
                    int tokenStart = i;
                    // After a number of digits alone, the character rules like "{hour}:{minute}" need right after it
                    char afterDigits = candidates == digitRules ? afterDigits(text, i, tokenEnd) : 0;
                    int[] tenseHere = {UNKNOWN};
                    IntSupplier tense = () -> tenseHere[0] != UNKNOWN ? tenseHere[0]
                            : (tenseHere[0] = tense(text, tokenStart, false)); // computed once, when a rule needs it
                    int[] clauseTenseHere = {UNKNOWN};
                    IntSupplier clauseTense = () -> clauseTenseHere[0] != UNKNOWN ? clauseTenseHere[0]
                            : (clauseTenseHere[0] = tense(text, tokenStart, true));
                    for (int r : candidates) {
                        int group = anchorGroup[r];
                        if (group >= 0 && !(groupBefore[group] ? anchorBefore(anchors[group], nextAnchor, group, i)
                                : anchorNear(anchors[group], nextAnchor, group, i))) continue;
                        if (afterDigits != 0 && afterNumber[r] != null && afterNumber[r].indexOf(afterDigits) < 0) continue;
                        if (afterDigits != 0 && beforeNumber[r] != null
                                && (i == 0 || beforeNumber[r].indexOf(text.charAt(i - 1)) < 0)) continue;
                        if (required[r] != null && !letters.ahead(r, required[r], i)) continue;
                        TimeRule rule = rules.get(r);
                        Matcher m = matchers[r];
                        if (m == null) {
                            m = rule.pattern().matcher(text);
                            m.useTransparentBounds(true).useAnchoringBounds(false);
                            matchers[r] = m;
                        }
                        m.region(i, paragraphEnd);
                        if (!m.lookingAt() || (best != null && m.end() <= best.end())) continue;
                        if (rule.kind() == TimeRule.Kind.NOT) {
                            best = new TimeExpression(m.group(), m.start(), m.end(), null, null);
                            bestResolution = null;
                            continue;
                        }
                        TimexResolver.Parts parts = new TimexResolver.Parts(m, rule.groups());
                        TimexResolver.Resolution res = resolver.resolve(rule.kind(), parts, anchor, reference, tense, clauseTense);
                        if (res == null || res.value() == null) continue;
                        best = new TimeExpression(m.group(), m.start(), m.end(), res.type(), res.value());
                        bestResolution = res;
                        bestKind = rule.kind();
                        bestEndsPeriod = rule.groups().containsKey("periodend");
                        // "gegenüber 2000": the date a figure is compared with, not the one the text speaks of
                        Integer base = rule.groups().get("base");
                        bestIsBase = base != null && m.group(base) != null;
                        bestVagueDay = resolver.vagueDay(rule.kind(), parts, anchor);
                        bestMonthDay = writtenIn(parts, "day") && (writtenIn(parts, "month") || writtenIn(parts, "mm"))
                                && parts.get("weekday") == null && parts.get("year") == null && parts.get("yy") == null;
                    }
                    if (best != null) {
                        if (bestResolution != null && bestMonthDay && !found.isEmpty() && foundMonthDay.get(found.size() - 1)) {
                            TimexResolver.Resolution listed = followingListedDay(found.get(found.size() - 1), best,
                                    bestResolution, text, anchor);
                            if (listed != bestResolution) {
                                bestResolution = listed;
                                best = new TimeExpression(best.text(), best.start(), best.end(), best.type(), listed.value());
                            }
                        }
                        if (bestResolution != null) {
                            found.add(best);
                            foundMonthDay.add(bestMonthDay);
                            // "a year earlier" compares with the date named; a second one compares with it again
                            // "a year ago" read as the quarter named, a year back, is a comparison too; so is the
                            // year before publication ("fell from a year ago ... than a year earlier": both that year)
                            // the day a quarter or half named ends ("the quarter ended Sept. 30") leaves it named
                            boolean endsPart = bestEndsPeriod && reference.date() != null
                                    && QUARTER_OR_HALF.matcher(reference.date()).matches();
                            boolean comparison = endsPart || bestIsBase || bestKind == TimeRule.Kind.EARLIER || bestKind == TimeRule.Kind.LATER
                                    || bestKind == TimeRule.Kind.AGO && (QUARTER_OR_HALF.matcher(bestResolution.value()).matches()
                                    || anchor != null && bestResolution.value().equals(String.valueOf(anchor.getYear() - 1)));
                            reference = comparison ? reference.afterRelative(bestResolution) : reference.after(bestResolution);
                            if (bestVagueDay != null) reference = reference.withVagueDay(bestVagueDay);
                        }
                        next = best.end();
                    }
                }
                i = next;
            }
            return List.copyOf(clocksOnTheDayAfter(alignRangeEnds(alignRangeStarts(found, text), text), text));
        }

        /**
         * Whether a rule's required letters ({@link TimeRule#required}) occur in the text from a position on, where a
         * match tried there would read them. The text is folded once, when a rule first asks; each rule's next occurrence
         * is kept, so that the text is searched once per rule as the tokens go forward.
         */
        private static final class LettersAhead {
            private final String text;
            private final int rules;
            private String folded;
            private int[] next;

            LettersAhead(String text, int rules) {
                this.text = text;
                this.rules = rules;
            }

            boolean ahead(int rule, String[] letters, int from) {
                if (folded == null) {
                    folded = TimeRule.fold(text);
                    next = new int[rules];
                    java.util.Arrays.fill(next, -1);
                }
                if (next[rule] < from) {
                    int nearest = Integer.MAX_VALUE; // of any of them: a rule may need one of several
                    for (String run : letters) {
                        int at = folded.indexOf(run, from);
                        if (at >= 0 && at < nearest) nearest = at;
                    }
                    next[rule] = nearest;
                }
                return next[rule] != Integer.MAX_VALUE;
            }
        }

        /** A day and month written as a range's first day, its month and year read from the end: "le 11 et le 28 mars". */
        private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}");
        private static final Pattern RANGE_GAP = Pattern.compile("[^\\S\\n]*(?:[\\p{L}'’.,–-]{1,8}(?:[^\\S\\n]+[\\p{L}'’]{1,4})?[^\\S\\n]*)?");

        /**
         * The first day of a range or pair under one month ("entre le 11 et le 28 mars", "dal 11 al 28 marzo") is placed
         * on its own, by the tense near it, and could land a year off the day that ends it: it takes the end's year.
         */
        private static List<TimeExpression> alignRangeStarts(List<TimeExpression> found, String text) {
            List<TimeExpression> aligned = null;
            for (int k = 0; k + 1 < found.size(); k++) {
                TimeExpression first = found.get(k);
                TimeExpression end = found.get(k + 1);
                if (!"DATE".equals(first.type()) || !"DATE".equals(end.type()) || first.value() == null || end.value() == null) continue;
                if (!DAY_VALUE.matcher(first.value()).matches() || !DAY_VALUE.matcher(end.value()).matches()) continue;
                if (first.value().startsWith(end.value().substring(0, 4))) continue; // same year already
                if (!first.value().substring(4, 7).equals(end.value().substring(4, 7))) continue; // another month
                if (first.value().substring(8).compareTo(end.value().substring(8)) >= 0) continue; // not a range forward
                if (YEAR_WRITTEN.matcher(first.text()).find() || first.end() > end.start()) continue;
                if (!RANGE_GAP.matcher(text.substring(first.end(), end.start())).matches()) continue;
                if (aligned == null) aligned = new ArrayList<>(found);
                aligned.set(k, new TimeExpression(first.text(), first.start(), first.end(), first.type(),
                        end.value().substring(0, 4) + first.value().substring(4)));
            }
            return aligned == null ? found : aligned;
        }

        /** A clock time's value: its day, then hours and minutes ("2012-06-21T05:25", "2012-06-21T03:25Z"). */
        private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
        /** A value on one day: the day, or a time on it ("2012-06-21", "2012-06-21TMO", "2012-06-21T03:25Z"). */
        private static final Pattern ON_A_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T.*)?");
        /** What may stand between a clock time and the day written after it: spaces, a bracket, a zone's letters. */
        private static final Pattern CLOCK_DAY_GAP =
                Pattern.compile("[^\\S\\n]*(?:\\p{Lu}{2,5}[^\\S\\n]*)?[()]?[^\\S\\n]*");

        /**
         * A clock time with its day written after it, past a zone or a second clock in brackets ("vers 5 h 25 CEST
         * (3 h 25 UTC) jeudi matin", "um 5:25 Uhr MESZ (3:25 Uhr UTC) am Donnerstag"): the rules read a day after a
         * clock only right after it, so the clock was placed on the day last named; it is on the day that follows.
         * From the last expression back, so that a clock before a clock before the day takes that day too.
         */
        private static List<TimeExpression> clocksOnTheDayAfter(List<TimeExpression> found, String text) {
            List<TimeExpression> placed = null;
            for (int k = found.size() - 2; k >= 0; k--) {
                List<TimeExpression> now = placed == null ? found : placed;
                TimeExpression clock = now.get(k);
                TimeExpression day = now.get(k + 1);
                if (!"TIME".equals(clock.type()) || clock.value() == null || !CLOCK_VALUE.matcher(clock.value()).matches()) continue;
                if (day.value() == null || !ON_A_DAY.matcher(day.value()).matches() || clock.end() > day.start()) continue;
                if (clock.value().regionMatches(0, day.value(), 0, 10)) continue; // on that day already
                if (!CLOCK_DAY_GAP.matcher(text.substring(clock.end(), day.start())).matches()) continue;
                if (placed == null) placed = new ArrayList<>(found);
                placed.set(k, new TimeExpression(clock.text(), clock.start(), clock.end(), clock.type(),
                        day.value().substring(0, 10) + clock.value().substring(10)));
            }
            return placed == null ? found : placed;
        }

        private static final Pattern DAY_NUMBER = Pattern.compile("\\d");
        private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
        /** What joins a range's two ends, with the end's own first word ("au 3 janvier"): a dash, "to", "al", "bis". */
        private static final Pattern RANGE_JOIN = Pattern.compile(
                "[^\\S\\n]*(?:[–—-]|to|through|thru|until|till|al?|hasta(?:[^\\S\\n]+el)?|au|à|jusqu['’]au|bis(?:[^\\S\\n]+zum)?"
                        + "|fino[^\\S\\n]+al)(?![\\p{L}])[^\\S\\n]*", Pattern.CASE_INSENSITIVE);

        /**
         * A range whose end, placed on its own, falls before its start ("del 28 de diciembre al 3 de enero", "from
         * October to January" read in August: the end a January past): a range runs forward, so the end without a
         * written year is the first such day or month after the start, and a start without one the last before a
         * written end ("from December 28 to January 3, 2023").
         */
        private static List<TimeExpression> alignRangeEnds(List<TimeExpression> found, String text) {
            List<TimeExpression> aligned = null;
            for (int k = 0; k + 1 < found.size(); k++) {
                TimeExpression first = (aligned == null ? found : aligned).get(k);
                TimeExpression end = found.get(k + 1);
                if (!"DATE".equals(first.type()) || !"DATE".equals(end.type()) || first.value() == null || end.value() == null) continue;
                // days written with their number ("vom 28. Dezember bis 3. Januar"), not weekdays: "von Montag bis
                // Sonntag" said on a Sunday (Monday the 9th, Sunday the 8th) is no range into next year
                boolean days = DAY_VALUE.matcher(first.value()).matches() && DAY_VALUE.matcher(end.value()).matches()
                        && DAY_NUMBER.matcher(first.text()).find() && DAY_NUMBER.matcher(end.text()).find();
                boolean months = MONTH_VALUE.matcher(first.value()).matches() && MONTH_VALUE.matcher(end.value()).matches();
                if (!days && !months || first.end() > end.start()) continue;
                boolean startYear = YEAR_WRITTEN.matcher(first.text()).find();
                boolean endYear = YEAR_WRITTEN.matcher(end.text()).find();
                if (startYear && endYear) continue; // as written
                String gap = text.substring(first.end(), end.start());
                Matcher join = RANGE_JOIN.matcher(gap + end.text());
                if (gap.length() > 12 || !join.lookingAt() || join.end() < gap.length()) continue;
                TimeExpression start = endYear ? withYear(first, end.value(), -1) : first;
                TimeExpression last = endYear || !startYear && first.value().compareTo(end.value()) <= 0 ? end
                        : withYear(end, first.value(), 1);
                if (start.equals(first) && last.equals(end)) continue;
                if (aligned == null) aligned = new ArrayList<>(found);
                aligned.set(k, start);
                aligned.set(k + 1, last);
            }
            return aligned == null ? found : aligned;
        }

        /**
         * The expression with the year that puts it next to {@code other} (a value of the same kind): the same year, or
         * one further in {@code direction} (1: after it, -1: before it) when the same year would not be.
         */
        private static TimeExpression withYear(TimeExpression e, String other, int direction) {
            int year = Integer.parseInt(other.substring(0, 4));
            String rest = e.value().substring(4);
            String same = other.substring(0, 4) + rest;
            int order = same.compareTo(other);
            if (direction > 0 ? order <= 0 : order >= 0) year += direction;
            return new TimeExpression(e.text(), e.start(), e.end(), e.type(), String.format("%04d", year) + rest);
        }

        /**
         * Whether a group matched inside the expression itself, not in a look-ahead past its end ("entre le 11" takes
         * its month from "le 28 mars" after it).
         */
        private static boolean writtenIn(TimexResolver.Parts parts, String name) {
            Integer index = parts.groups().get(name);
            return index != null && parts.matcher().group(index) != null
                    && parts.matcher().end(index) <= parts.matcher().end();
        }

        /** What may stand between two dates of a list: a comma, a short word ("und", "and", "et", "y"), or both. */
        private static final Pattern LIST_GAP =
                Pattern.compile("[^\\S\\n]*(?:[,;][^\\S\\n]*)?(?:\\p{L}{1,6}[^\\S\\n]+)?");

        /**
         * A day and month with no year (nor weekday), placed in the past, listed right after another one placed ahead,
         * follows that day: a list of dates ahead ("öffnet am 27. März, 15. Mai, 18. September und 27. November", said
         * in January: September and November are the ones after May, not the last ones, which the closest year gave).
         */
        private static TimexResolver.Resolution followingListedDay(TimeExpression before, TimeExpression e,
                                                                   TimexResolver.Resolution r, String text, LocalDate anchor) {
            if (anchor == null || r.day() == null || !"DATE".equals(r.type()) || !DAY_VALUE.matcher(r.value()).matches()
                    || !r.day().isBefore(anchor) || YEAR_WRITTEN.matcher(e.text()).find()) return r;
            if (!"DATE".equals(before.type()) || before.value() == null || !DAY_VALUE.matcher(before.value()).matches()
                    || before.end() > e.start() || !LIST_GAP.matcher(text.substring(before.end(), e.start())).matches()) return r;
            LocalDate last = LocalDate.parse(before.value());
            if (last.isBefore(anchor)) return r;
            LocalDate next = TimexResolver.nearestYear(last, r.day().getMonthValue(), r.day().getDayOfMonth(), null, 1);
            return next == null ? r : new TimexResolver.Resolution("DATE", next.toString(), next);
        }

        /**
         * The character after a token of digits alone ({@code '\n'} at the text's end: no rule requires it), or 0 when
         * the token holds a letter ("10h30", "Q3"), for {@link TimeRule#afterNumber}.
         */
        private static char afterDigits(String text, int start, int end) {
            for (int k = start; k < end; k++) if (!Character.isDigit(text.charAt(k))) return 0;
            return end < text.length() ? text.charAt(end) : '\n';
        }

        /**
         * Where the anchor words of each group of anchored rules (rules with the same anchor words) occur in this text
         * (word start offsets, ascending; an empty array when none occurs; for anchors before the match, the ends of words
         * ending with one). One pass over the words, so that a rule
         * that a common word like "the" or "le" triggers is only tried where its own word ("quarter") follows closely.
         */
        private int[][] anchorPositions(String text) {
            int[][] positions = new int[anchorGroups][];
            if (anchorGroups == 0) return positions;
            int[] counts = new int[anchorGroups];
            for (int g = 0; g < anchorGroups; g++) positions[g] = new int[4];
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                int hash = 0; // of the word in lower case
                int letters = -1;
                int lettersHash = 0;
                char c;
                while (i < n && isWordChar(c = text.charAt(i))) {
                    if (letters < 0 && Character.isDigit(c) && i > start) {
                        letters = i - start;
                        lettersHash = hash;
                    }
                    hash = 31 * hash + lowerCase(c);
                    i++;
                }
                if (i - start <= longestAnchor && mayBeKey(hash)) {
                    add(positions, counts, rulesByAnchor.getLowered(text, start, i, hash), start);
                }
                if (letters > 0 && mayBeKey(lettersHash)) { // "Q3"
                    add(positions, counts, rulesByAnchor.getLowered(text, start, start + letters, lettersHash), start);
                }
                // Words a look-behind reads, at the end of a word ("Box", "zweimal"): where the word ends
                int suffixHash = 0;
                int power = 1;
                for (int length = 1; length <= longestAnchorBefore && length <= i - start; length++) {
                    suffixHash += power * lowerCase(text.charAt(i - length));
                    power *= 31;
                    // its own filter: the few words anchoring before, where the one of all keys (thousands) lets many more suffixes through
                    if (mayBeIn(anchorBeforeBloom, suffixHash)) {
                        add(positions, counts, rulesByAnchorBefore.getLowered(text, i - length, i, suffixHash), i);
                    }
                }
                if (Character.isDigit(text.charAt(start))) { // "24h", "10h30": the unit glued to the number
                    int from = start;
                    while (from < i && Character.isDigit(lowerCase(text.charAt(from)))) from++;
                    int to = from;
                    int unitHash = 0;
                    char u;
                    while (to < i && Character.isLetter(u = lowerCase(text.charAt(to)))) {
                        unitHash = 31 * unitHash + u;
                        to++;
                    }
                    if (to > from) add(positions, counts, rulesByAnchor.getLowered(text, from, to, unitHash), start);
                }
            }
            for (int g = 0; g < anchorGroups; g++) positions[g] = java.util.Arrays.copyOf(positions[g], counts[g]);
            return positions;
        }

        private static void add(int[][] positions, int[] counts, int[] groups, int at) {
            if (groups == null) return;
            for (int g : groups) {
                if (counts[g] > 0 && positions[g][counts[g] - 1] == at) continue;
                if (counts[g] == positions[g].length) positions[g] = java.util.Arrays.copyOf(positions[g], counts[g] * 2);
                positions[g][counts[g]++] = at;
            }
        }

        /** Whether an anchored rule's word occurs from {@code at} to {@value #ANCHOR_REACH} characters after it. */
        private static boolean anchorNear(int[] positions, int[] next, int r, int at) {
            int k = next[r];
            while (k < positions.length && positions[k] < at) k++;
            next[r] = k;
            return k < positions.length && positions[k] - at <= ANCHOR_REACH;
        }

        /**
         * Whether a word ends with one of an anchored rule's words at most {@value #ANCHOR_REACH} characters before
         * {@code at} ({@code positions}: where such words end): the word its leading look-behind reads ("Box 2142",
         * "April 24 and 25", "zweimal im Jahr"), so that the rule is not tried at every number.
         */
        private static boolean anchorBefore(int[] positions, int[] next, int r, int at) {
            int k = next[r];
            while (k < positions.length && positions[k] < at - ANCHOR_REACH) k++;
            next[r] = k;
            return k < positions.length && positions[k] <= at;
        }

        /**
         * The tense around a position, from the language's cue patterns: 1 when the nearest cue in the sentence
         * (within {@value #CUE_REACH} characters) speaks of the future, -1 of the past, 0 when no cue is near;
         * {@code clauseOnly}: the cues of its own clause only (past only when no cue of the future is among them), up
         * to a comma, semicolon, colon or a conjunction that joins clauses ("wurde verschoben und beginnt nun in zwei
         * Wochen": "verschoben" is not the verb here).
         */
        private int tense(String text, int position, boolean clauseOnly) {
            int start = position;
            while (start > 0 && position - start < CUE_REACH && !endsSentence(text, start - 1)
                    && !(clauseOnly && isClauseEnd(text, start - 1))) start--;
            int end = position;
            while (end < text.length() && end - position < CUE_REACH && !endsSentence(text, end)
                    && !(clauseOnly && isClauseEnd(text, end))) end++;
            int clauseLimit = Integer.MAX_VALUE;
            if (clauseOnly) {
                Matcher conjunction = CLAUSE_CONJUNCTION.matcher(text).region(start, end);
                while (conjunction.find()) {
                    if (conjunction.end() <= position) start = conjunction.end();
                    else if (conjunction.start() >= position) { end = conjunction.start(); clauseLimit = end; break; }
                }
            }
            // whole words only: a cut "will be na|med" must not read as the past "med"
            while (start > 0 && start < text.length() && Character.isLetter(text.charAt(start - 1))
                    && Character.isLetter(text.charAt(start))) start++;
            while (end > start && end < text.length() && Character.isLetter(text.charAt(end - 1))
                    && Character.isLetter(text.charAt(end))) end--;
            // "hoped to finish in two years": what is hoped for lies ahead, whatever the tense of the hoping
            if (clauseOnly && nearest(intentCues, text, start, position, position) != Integer.MAX_VALUE) return 1;
            if (!clauseOnly) {
                // a cue of the expression's own clause, set off by commas, wins over a nearer one beyond them: "qui a
                // avancé les élections après la défaite de mai, pourrait rester" (May is the past one)
                int[] clause = commaClause(text, position, start, end);
                if (clause != null) {
                    int future = nearest(futureCues, text, clause[0], clause[1], position);
                    int past = nearest(pastCues, text, clause[0], clause[1], position);
                    if (future != Integer.MAX_VALUE || past != Integer.MAX_VALUE) return future <= past ? 1 : -1;
                }
            }
            int future = nearest(futureCues, text, start, end, position);
            int past = nearest(pastCues, text, start, end, position);
            if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
                // A long clause whose verb comes last ("das im Frühjahr hierzulande unter dem Titel ... beim Verlag
                // erschien"): the verb that closes the clause, further on
                int clauseEnd = Math.min(clauseEnd(text, position), clauseLimit);
                if (clauseEnd <= end) return 0;
                future = nearest(futureCues, text, start, clauseEnd, position);
                past = nearest(pastCues, text, start, clauseEnd, position);
                if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return 0;
            }
            // a clause's own tense is past only with no future cue in it: "will have to be upgraded in a few weeks"
            // ("have" reads as a perfect)
            if (clauseOnly && future != Integer.MAX_VALUE) return 1;
            return future <= past ? 1 : -1;
        }

        /**
         * The part of [{@code start}, {@code end}) around a position between two commas, semicolons or colons: only
         * when it is closed on both sides within that window (an expression inside an aside or a relative clause);
         * null otherwise, so that no cue pattern is run for nothing.
         */
        private static int[] commaClause(String text, int position, int start, int end) {
            int from = position, to = position;
            while (from > start && !isClauseEnd(text, from - 1)) from--;
            while (to < end && !isClauseEnd(text, to)) to++;
            boolean closed = from > start && to < end;
            return closed ? new int[] {from, to} : null;
        }

        /**
         * Where the clause around a position ends, within {@value #CLAUSE_REACH} characters: at a comma, semicolon,
         * colon or the sentence's end; the position itself when it reaches none.
         */
        private int clauseEnd(String text, int position) {
            int end = position;
            while (end < text.length() && end - position < CLAUSE_REACH && !endsSentence(text, end)
                    && ",;:".indexOf(text.charAt(end)) < 0) end++;
            boolean closed = end < text.length() && end - position < CLAUSE_REACH;
            return closed ? end : position;
        }

        /**
         * Whether the character at {@code i} ends a sentence for the tense cues: not the period of an abbreviation
         * ("Mr.", "Corp.", "Sept.", "vs.", an initial "P."), of a German ordinal ("am 25. Februar"), nor one followed
         * by a lower-case word, a digit or a comma ("Ala., killed"), so that "will succeed Daniel P. Davison Feb. 1"
         * keeps its verb.
         */
        private boolean endsSentence(String text, int i) {
            char c = text.charAt(i);
            if (c != '.') return isSentenceEnd(c);
            int next = i + 1;
            while (next < text.length() && text.charAt(next) == ' ') next++;
            if (next < text.length()) {
                char after = text.charAt(next);
                if (Character.isLowerCase(after) || Character.isDigit(after) || after == ',') return false;
            }
            int wordStart = i;
            while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) wordStart--;
            int length = i - wordStart;
            if (length == 0) return true;
            if (Character.isDigit(text.charAt(wordStart))) {
                return length > 2 || next >= text.length() || !Character.isLetter(text.charAt(next)); // "25. Februar"
            }
            if (length == 1 && Character.isUpperCase(text.charAt(wordStart))) return false; // an initial
            // "at 5:25 a.m. (0325 GMT) on Thursday": the period of "a.m.", "p.m." before a bracket ends no sentence
            if (length == 1 && wordStart >= 2 && text.charAt(wordStart - 1) == '.' && next < text.length()
                    && text.charAt(next) == '(') return false;
            return !abbreviations.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
        }

        /** A comma, semicolon or colon, not one inside a number ("1,000 homes", "10:30"). */
        private static boolean isClauseEnd(String text, int i) {
            char c = text.charAt(i);
            if (c != ',' && c != ';' && c != ':') return false;
            return i == 0 || i + 1 >= text.length()
                    || !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
        }

        private static boolean isSentenceEnd(char c) {
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';';
        }

        /**
         * Where the paragraph holding {@code from} ends: the first line break of the next blank line, or the text's end.
         * No expression runs across a blank line: a title ending in a separable prefix ("... stellte Programm vor")
         * and the body's first words ("Einen Tag nach ...") are no "vor einen Tag".
         */
        static int paragraphEnd(String text, int from) {
            for (int k = text.indexOf('\n', from); k >= 0; k = text.indexOf('\n', k + 1)) {
                int j = k + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
                if (j < text.length() && text.charAt(j) == '\n') return k;
            }
            return text.length();
        }

        private static int nearest(List<TimeRule> cues, String text, int start, int end, int position) {
            int best = Integer.MAX_VALUE;
            for (TimeRule cue : cues) {
                Matcher m = cue.pattern().matcher(text);
                m.useTransparentBounds(true).region(start, end);
                while (m.find()) {
                    int distance = m.end() <= position ? position - m.end() : Math.max(0, m.start() - position);
                    best = Math.min(best, distance);
                }
            }
            return best;
        }

        /** The rules worth trying at a token: those containing the word (or a digit), in file order. */
        private int[] candidates(String text, int start, int end) {
            if (Character.isDigit(text.charAt(start))) return digitRules;
            int length = end - start;
            if (length > longestTrigger && !compounds) return null;
            int hash = lowerHash(text, start, end);
            boolean known = mayBeKey(hash);
            if (!known && !compounds && !Character.isDigit(text.charAt(end - 1))) return null;
            int[] rules = known ? rulesByWord.getLowered(text, start, end, hash) : null;
            if (rules != null) return rules;
            String word = lower(text, start, end);
            if (Character.isDigit(word.charAt(word.length() - 1))) {
                // "Q3", "T4", "H1": letters and digits are one token; the rule is triggered by the letters.
                int letters = word.length();
                while (letters > 0 && Character.isDigit(word.charAt(letters - 1))) letters--;
                if (letters > 0) rules = rulesByWord.get(word.substring(0, letters));
            }
            if (rules == null && compounds) {
                // German writes "Donnerstagabend" as one word: try the longest known prefix.
                int longestCut = Math.min(word.length() - 3, longestTrigger);
                int[] prefixHash = new int[Math.max(longestCut + 1, 0)]; // String.hashCode of each prefix
                for (int k = 1; k <= longestCut; k++) prefixHash[k] = 31 * prefixHash[k - 1] + word.charAt(k - 1);
                for (int cut = longestCut; cut >= 3 && rules == null; cut--) {
                    if (mayBeKey(prefixHash[cut])) rules = rulesByWord.get(word.substring(0, cut));
                }
            }
            return rules;
        }
    }
}
