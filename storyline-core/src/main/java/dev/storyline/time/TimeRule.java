package dev.storyline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One pattern of time expression, HeidelTime-style: a regular expression over lexicon categories whose named
 * groups say what the expression is made of, and a kind that says how those parts combine into a TIMEX3 value.
 *
 * <p>Rules are read from {@code rules/<language>.txt}: one rule a line, {@code KIND regex}. In the regex,
 * {@code {category}} stands for a named group matching any form of that lexicon category, and a few built-in
 * macros match numbers: {@code {day}} (1-31, or an ordinal word), {@code {mm}} (month number), {@code {year}},
 * {@code {yy}} (two-digit year), {@code {num}} (digits or a number word), {@code {hour}}, {@code {minute}}.
 * The groups {@link TimexResolver} reads: day, mm, month, year, yy, weekday, dayword, refday, daypart, part,
 * hour, hourword, minute, quarter, minutes, minutesto, ampm, clock, shiftbefore, shiftafter, unit, num, vague, season, holiday, weekof, weeknum, decade,
 * century, millennium, ref, set, dur, nth, namedpart, lastpart, ofpart; an empty {@code shiftbefore} group means "this" ("am Wochenende"), an empty {@code sameday} group
 * "the day last named", an empty {@code took} group in an IN rule "a length when the verb is in the past" ("in two
 * hours", "en media hora"), an empty {@code nowadays} group beside {@code dayword} "the present, unless a verb's tense
 * says the day".
 *
 * @param kind     how the groups combine
 * @param pattern  the expanded, compiled expression (bounded by non-word characters)
 * @param groups   its named groups and their numbers
 * @param triggers lower-case words a match may start with: the rule is only tried at tokens that are one
 * @param digits   whether the expression may start with a digit
 * @param anchors  lower-case words one of which every match contains (empty: not declared): texts without any of
 *                 them skip the rule
 * @param anchorsBefore whether the anchor words come before the match ("KIND@<words"): one of them is read by the
 *                 rule's leading look-behind, at the end of a word ("Box", "zwei|mal"), not by the match
 * @param afterNumber the characters one of which must follow a number of digits alone the rule is tried at
 *                 ("{hour}:{minute}", "{mm}/{day}/{year}"), or null when the rule does not say (see {@link #afterNumber})
 * @param required letters every match holds, case folded ({@link #fold}), or several joined by "|" one of which every
 *                 match holds, or null: where they are not in the text from the token on, the rule need not be tried
 *                 (see {@link #requiredLetters})
 * @param source   the rule as written, for messages
 */
record TimeRule(Kind kind, Pattern pattern, Map<String, Integer> groups, Set<String> triggers, boolean digits,
                Set<String> anchors, boolean anchorsBefore, String afterNumber, String required, String source) {

    enum Kind {
        /** A calendar date or period, absolute or relative to the publication date. */
        DATE,
        /** A clock time or part of a day, on the date last mentioned (or the publication date). */
        TIME,
        /** An amount of time: "trois jours" → P3D. */
        DURATION,
        /** A recurrence: "chaque jeudi" → XXXX-WXX-4. */
        SET,
        /** An amount of time before the publication date: "il y a trois jours". */
        AGO,
        /** An amount of time after the publication date: "dans deux semaines". */
        IN,
        /** An amount of time before the date last named: "a year earlier", "trois jours plus tôt". */
        EARLIER,
        /** An amount of time after the date last named: "two days later", "le mois suivant". */
        LATER,
        /** A vague reference to the present, past or future: "actuellement" → PRESENT_REF. */
        REF,
        /** Not a time expression, though a shorter rule would take it for one: ages ("Jean, 87 ans,"). */
        NOT,
        /** A cue that the sentence speaks of the future ("fera", "will"), for weekdays and months alone. */
        FUTURE,
        /** A cue that the sentence speaks of the past ("a été", "hat ... gesagt"). */
        PAST,
        /**
         * A cue of intent, a verb or noun of hoping, planning or expecting ("hoped to", "hope for", "esperaba"): an
         * amount of time after it in its clause is a date ahead even when the clause is past ("hoped to finish in two
         * years"), not how long something took.
         */
        INTENT
    }

    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+2?)}");
    private static final String NUMBER_WORDS = "number";

    TimeRule {
        groups = Map.copyOf(groups);
        triggers = Set.copyOf(triggers);
        anchors = Set.copyOf(anchors);
    }

    /**
     * The same rule, tried only in texts holding one of these words (lower case): after the token the rule is tried
     * at, or, {@code before}, before it.
     */
    TimeRule withAnchors(Set<String> words, boolean before) {
        return new TimeRule(kind, pattern, groups, triggers, digits, words, before, afterNumber, required, source);
    }

    static List<TimeRule> load(String language, TimeLexicon lexicon) {
        String resource = "rules/" + language + ".txt";
        try (InputStream in = TimeRule.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no time rules for language " + language);
            List<TimeRule> rules = new ArrayList<>();
            for (String raw : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+", 2);
                // "KIND@a,b regex": the rule can only match where one of the words of a and b (lexicon categories or
                // literal words) is in the text, so texts without any skip it (speed, see TimeTagger).
                // "KIND@<a,b regex": one of them is in the rule's leading look-behind, before the match.
                String[] head = parts[0].split("@", 2);
                TimeRule rule = compile(Kind.valueOf(head[0]), parts[1], lexicon);
                if (head.length > 1) {
                    boolean before = head[1].startsWith("<");
                    if (before && (!parts[1].startsWith("(?<=") || leadingLookBehindEnd(parts[1]) < 0)) {
                        throw new IllegalArgumentException("anchors before a rule that opens with no look-behind: " + line);
                    }
                    Set<String> words = new LinkedHashSet<>();
                    for (String anchor : (before ? head[1].substring(1) : head[1]).split(",")) {
                        if (lexicon.has(anchor)) words.addAll(lexicon.anchorWords(anchor));
                        else words.addAll(TimeLexicon.wordsOf(anchor));
                    }
                    rule = rule.withAnchors(words, before);
                }
                rules.add(rule);
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimeRule compile(Kind kind, String source, TimeLexicon lexicon) {
        Set<String> triggers = new LinkedHashSet<>();
        boolean[] digits = {source.contains("\\d")};
        Matcher m = MACRO.matcher(source);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            // "{num2}", "{unit2}": a second group of the same category ("two years and three months")
            String category = name.endsWith("2") ? name.substring(0, name.length() - 1) : name;
            String body = builtIn(category, lexicon);
            if (body != null) {
                digits[0] = true;
                if (category.equals("num")) triggers.addAll(lexicon.words(NUMBER_WORDS));
                if (category.equals("day")) {
                    triggers.addAll(lexicon.words("first"));
                    triggers.addAll(lexicon.words("ordinal"));
                }
            } else {
                body = lexicon.regex(category);
                triggers.addAll(lexicon.words(category));
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement("(?<" + name + ">" + body + ")"));
        }
        m.appendTail(expanded);
        triggers.addAll(literalWords(MACRO.matcher(source).replaceAll(" ")));
        String expandedText = unicodeWordBoundaries(expanded.toString());
        int lookBehindEnd = leadingLookBehindEnd(expandedText);
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + bodyFirst(expandedText) + "(?:"
                + expandedText + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // Keep only the words a match can start with: the rule is then tried at far fewer tokens. A leading
        // look-behind only looks at text before the token, so the words are checked against the rest.
        Pattern start = lookBehindEnd < 0 ? pattern : Pattern.compile(expandedText.substring(lookBehindEnd),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        triggers.removeIf(word -> !canStartWith(start, word));
        boolean startsWithDigit = digits[0]
                && Stream.of("1", "12", "31", "1999", "2022").anyMatch(n -> canStartWith(start, n));
        return new TimeRule(kind, pattern, pattern.namedGroups(), triggers, startsWithDigit, Set.of(), false,
                startsWithDigit ? afterNumber(source, lexicon) : null,
                requiredLetters(expandedText.substring(zeroWidthPrefixEnd(expandedText))), source);
    }

    /**
     * The regex with each {@code \b} made a word boundary by Unicode letters and digits, {@code (?U:\b)}. Since Java
     * 19 a bare {@code \b} only knows ASCII word characters ({@code \w}): "passé\b" never matched before a space,
     * "\bère" matched inside "naguère". Inside a character class {@code \b} is no boundary and is left alone.
     */
    static String unicodeWordBoundaries(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (next == 'b' && !inClass && (i + 1 >= regex.length() || regex.charAt(i + 1) != '{')) out.append("(?U:\\b)");
                else out.append(c).append(next);
                continue;
            }
            if (c == '[' && !inClass) inClass = true;
            else if (c == ']' && inClass) inClass = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A rule opening with a number macro whose forms are digits only, then a required character ("{hour}:{minute}",
     * "{day}[./]{mm}[./]{year}", "{year}-{mm}-{day}"), read after optional words ({@link #OPTIONAL_WORDS}) and
     * look-behinds: group 1 is the macro, group 2 the character or class. The words hold only letters, spaces and group
     * syntax, so at a number they match nothing; look-behinds read no character at it; a quantifier that lets the
     * character be left out ("?", "*", "{0,") fails the match.
     */
    private static final Pattern NUMBER_THEN_CHARACTER = Pattern.compile(
            "\\{(day|mm|year|yy|hour|minute)2?}(\\\\[./:-]|[/:-]|\\[[./:-]+])(?![?*]|\\{[\\d,])");

    /**
     * Optional words before a rule's number ("(?:(?:at|by)\\s+)?", "(?:(?:für|etwa)[^\\S\\n]{1,3})?"): letters, spaces
     * ("\\s", "[^\\S\\n]"), their counts and group syntax only.
     */
    private static final Pattern OPTIONAL_WORDS = Pattern.compile(
            "\\(\\?:(?:[\\p{L}|()?:<>+]|\\\\s|\\[\\^\\\\S\\\\n]|\\{\\d+(?:,\\d*)?})*\\)\\?");

    /**
     * The characters one of which must come right after a number of digits alone (a token of digits, then no letter
     * or digit) for the rule to match there, or null when the rule does not say. At such a token the macro's forms,
     * all digits, end where the number ends or leave a digit before the character the rule requires, and fail: so
     * where the number is followed by anything else the rule need not be tried (most numbers of a text: "12 ",
     * "2024,", with "{hour}:{minute}" tried at each). Null for "{day}" where a first or ordinal form has a digit
     * followed by neither a letter nor a digit (Polish "1.": "1./3" would be a day, then "/"); "1er", "1º" cannot
     * match at a number followed by no letter.
     */
    static String afterNumber(String source, TimeLexicon lexicon) {
        // Look-behinds before or after the optional words ("(?<=\\()", "(?<![\\p{N}.])") read nothing at the number
        int at = zeroWidthPrefixEnd(source, 0);
        Matcher words = OPTIONAL_WORDS.matcher(source);
        words.region(at, source.length());
        if (words.lookingAt()) at = zeroWidthPrefixEnd(source, words.end());
        Matcher m = NUMBER_THEN_CHARACTER.matcher(source);
        m.region(at, source.length());
        if (!m.lookingAt()) return null;
        if (m.group(1).equals("day")) {
            for (String category : new String[]{"first", "ordinal"}) {
                if (lexicon.forms(category).stream().anyMatch(TimeRule::digitThenMark)) return null;
            }
        }
        String character = m.group(2);
        if (character.startsWith("\\")) return character.substring(1);
        if (!character.startsWith("[")) return character;
        String members = character.substring(1, character.length() - 1);
        // a '-' between two members would be a range ("[/-:]" holds the digits): only first or last is literal
        if (members.indexOf('-') > 0 && members.indexOf('-') < members.length() - 1) return null;
        return members;
    }

    /** Whether a form has a digit followed by neither a letter nor a digit ("1."). */
    private static boolean digitThenMark(String form) {
        for (int k = 0; k + 1 < form.length(); k++) {
            if (Character.isDigit(form.charAt(k)) && !Character.isLetterOrDigit(form.charAt(k + 1))) return true;
        }
        return false;
    }

    /** A capturing group's opening, named: "(?<day>". */
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * For an expression opening with look-behinds, a look-ahead of the rest (capturing nothing) to put before it, else
     * "". Java tries a look-behind at each of its lengths, each time matching it forwards, before it looks at the text
     * after it; a long one with alternatives ("(?<=(?-i:{month})\\s{1,3}\\d{1,2}...(?:and|or|to|through)\\s{1,3}){day}",
     * tried at every number) read a third of the characters English rules read in TimeBank. The rest fails at most
     * tokens, and quickly; where it matches, the same expression matches the same way after the look-behinds, so what
     * the rule matches and captures is unchanged. Not for a rest that refers back to a group or sets its own flags.
     * The rest is what follows every leading zero-width part ({@link #zeroWidthPrefixEnd}), not only the first
     * look-behind: a second one reaching 120 characters back ("(?<!\\bzu\\s)(?<!\\b(?:kann|muss|...)\\b[^,.]{0,120})wird")
     * was otherwise tried, at each of its lengths, at every word a tense cue was looked for at.
     */
    private static String bodyFirst(String expanded) {
        int prefixEnd = zeroWidthPrefixEnd(expanded);
        if (prefixEnd <= 0 || prefixEnd >= expanded.length()) return "";
        String rest = expanded.substring(prefixEnd);
        if (rest.contains("\\k<") || rest.matches("(?s).*\\\\[1-9].*") || rest.matches("(?s).*\\(\\?[a-zA-Z-]+\\).*")) return "";
        return "(?=(?:" + NAMED_GROUP.matcher(rest).replaceAll("(?:") + ")(?![\\p{L}\\p{N}]))";
    }

    /**
     * The characters one of which must come right before a match, read from the last element of a leading look-behind
     * with no alternatives at its top level: a ":" ("(?<=\\d;\\d{1,4}:)\\d{1,5}") or a horizontal white space
     * ("[^\\S\\n]{1,3}", Java's \\s without the Unicode flag). Null when the rule does not say so plainly: the
     * rule is then tried wherever it was.
     */
    static String beforeMatch(String source) {
        if (!source.startsWith("(?<=")) return null;
        int end = groupEnd(source, 0);
        if (end < 0 || quantified(source, end)) return null;
        String body = source.substring(4, end - 1);
        if (topLevelAlternatives(body)) return null;
        if (body.endsWith(":") && !body.endsWith("\\:") && (body.length() < 2 || body.charAt(body.length() - 2) != '\\'))
            return ":";
        for (String space : new String[]{"[^\\S\\n]", "[^\\S\\n]+", "[^\\S\\n]{1,3}", "[^\\S\\n]{1,2}"}) {
            if (body.endsWith(space)) return " \t\u000B\f\r";
        }
        return null;
    }

    /** Whether a "|" stands outside every group and class of {@code regex}. */
    private static boolean topLevelAlternatives(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    /**
     * Where the leading zero-width parts of an expression end (0 when it opens with none): look-behinds, and optional
     * groups holding only look-behinds and empty named groups ("(?:(?<=\\bgegenüber\\s)(?<base>))?"), which match
     * whether their look-behinds hold or not. None of them moves the match on, so the rest is matched where they are.
     */
    static int zeroWidthPrefixEnd(String regex) {
        return zeroWidthPrefixEnd(regex, 0);
    }

    /** Where the zero-width parts from {@code at} on end ({@code at} when none opens there). */
    static int zeroWidthPrefixEnd(String regex, int from) {
        int at = from;
        while (true) {
            int end = zeroWidthPart(regex, at);
            if (end < 0) return at;
            at = end;
        }
    }

    /** The end of the zero-width part opening at {@code at} (see {@link #zeroWidthPrefixEnd}), or -1 when none does. */
    private static int zeroWidthPart(String regex, int at) {
        if (regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
            int end = groupEnd(regex, at);
            return end < 0 || quantified(regex, end) ? -1 : end;
        }
        if (!regex.startsWith("(?:", at)) return -1;
        int end = groupEnd(regex, at);
        // "?" alone: not "??" nor "?+", which would still match, but are left to the expression
        if (end < 0 || end >= regex.length() || regex.charAt(end) != '?'
                || end + 1 < regex.length() && (regex.charAt(end + 1) == '?' || regex.charAt(end + 1) == '+')) return -1;
        int inner = at + 3;
        while (inner < end - 1) {
            int partEnd = regex.startsWith("(?<=", inner) || regex.startsWith("(?<!", inner) ? groupEnd(regex, inner)
                    : emptyNamedGroupEnd(regex, inner);
            if (partEnd < 0) return -1;
            inner = partEnd;
        }
        return inner == end - 1 ? end + 1 : -1;
    }

    /**
     * Whether a quantifier opens at {@code at}: "?", "*", "+" or "{" and a digit ("{0,2}"; in a rule as written, "{day}"
     * is a macro).
     */
    private static boolean quantified(String regex, int at) {
        if (at >= regex.length()) return false;
        char c = regex.charAt(at);
        return c == '?' || c == '*' || c == '+'
                || c == '{' && at + 1 < regex.length() && (Character.isDigit(regex.charAt(at + 1)) || regex.charAt(at + 1) == ',');
    }

    /** The end of an empty named group ("(?<base>)") at {@code at}, or -1. */
    private static int emptyNamedGroupEnd(String regex, int at) {
        Matcher m = EMPTY_NAMED_GROUP.matcher(regex);
        m.region(at, regex.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static final Pattern EMPTY_NAMED_GROUP = Pattern.compile("\\(\\?<[a-zA-Z][a-zA-Z0-9]*>\\)");

    /** Where the group opening at {@code at} ends (after its ")"), or -1 when it is not closed. */
    private static int groupEnd(String regex, int at) {
        int depth = 0;
        boolean inClass = false;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Where a look-behind that opens the expression ends, or -1 when it does not open with one. */
    private static int leadingLookBehindEnd(String regex) {
        return regex.startsWith("(?<=") || regex.startsWith("(?<!") ? groupEnd(regex, 0) : -1;
    }

    /** The fewest letters worth a pre-test: shorter ones ("in", "am") are in nearly every text. */
    private static final int FEWEST_REQUIRED = 3;

    /**
     * The longest run of letters every match of {@code regex} reads (what a match reads, after its leading
     * look-behinds), case folded, or null when there is none of {@value #FEWEST_REQUIRED} letters or more, or the
     * expression has alternatives or flags at its top. Runs are read outside classes and escapes, at the top and inside
     * groups every match passes through: a plain or named group ("(?:", "(?<unit>") with no quantifier that lets it be
     * left out ("?", "*", "{") and no alternatives of its own ("(?<unit>jährig)" holds "jährig"; "(?:Jahr)?" holds
     * nothing sure; for "(?<unit>Jahr|Monat)" see {@link #requiredAlternatives}). A letter a quantifier follows is left out ("Jahre?" holds "jahr"). A pre-test,
     * before the dearest rules tried at every number ("{num}[-\\s]?[Jj]ährige", "{num}-?(?<unit>jährig)...").
     */
    static String requiredLetters(String regex) {
        String best = requiredRun(regex, 0, regex.length(), true);
        if (best == null || best.length() < FEWEST_REQUIRED) return requiredAlternatives(regex, 0, regex.length());
        return stableFold(best);
    }

    /** The letters folded, or null when folding them again would change them (the pre-test compares folded text). */
    private static String stableFold(String letters) {
        String folded = fold(letters);
        return folded.equals(fold(folded)) ? folded : null; // folding twice changes nothing, as the pre-test assumes
    }

    /**
     * For an expression with no run of letters every match reads, the runs one of which every match reads, joined by
     * "|": those of the first group every match passes through whose alternatives each hold a run of
     * {@value #FEWEST_REQUIRED} letters or more ("(?<unit>stündig|minütig|tägig)" gives "stündig|minütig|tägig"); null
     * when there is none, or the expression has alternatives or flags at its top.
     */
    private static String requiredAlternatives(String regex, int from, int to) {
        if (hasTopAlternative(regex, from, to)) return null;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i) - 1;
                if (i < 0) return null;
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
                if (i < 0) return null;
            } else if (c == '(') {
                if (FLAGS_ALONE.matcher(regex).region(i, to).lookingAt()) return null;
                int end = groupEnd(regex, i);
                if (end < 0 || end > to) return null;
                int bodyStart = plainGroupBodyStart(regex, i);
                if (bodyStart > 0 && (end >= to || "?*{".indexOf(regex.charAt(end)) < 0)) {
                    String found = hasTopAlternative(regex, bodyStart, end - 1)
                            ? eachAlternativeRun(regex, bodyStart, end - 1) : requiredAlternatives(regex, bodyStart, end - 1);
                    if (found != null) return found;
                }
                i = end - 1;
            }
        }
        return null;
    }

    /** The longest run of letters of each alternative of {@code regex[from, to)}, joined by "|", or null when one has none. */
    private static String eachAlternativeRun(String regex, int from, int to) {
        StringBuilder runs = new StringBuilder();
        int start = from;
        int depth = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? regex.charAt(i) : '|';
            if (c == '\\' && i < to) i++;
            else if (c == '[' && i < to) {
                i = classEnd(regex, i) - 1;
                if (i < 0) return null;
            } else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                String run = requiredRun(regex, start, i, true);
                String folded = run == null || run.length() < FEWEST_REQUIRED ? null : stableFold(run);
                if (folded == null) return null;
                if (!runs.isEmpty()) runs.append('|');
                runs.append(folded);
                start = i + 1;
            }
        }
        return runs.toString();
    }

    /**
     * The longest run of letters in {@code regex[from, to)}, a sequence every match reads in full (see
     * {@link #requiredLetters}); "" when none; null when the sequence sets flags, cannot be read, or, {@code top}, has
     * alternatives (inside a group with alternatives the group is given up before).
     */
    private static String requiredRun(String regex, int from, int to, boolean top) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (Character.isLetter(c)) {
                run.append(c);
                continue;
            }
            if (c == '(' && FLAGS_ALONE.matcher(regex).region(i, to).lookingAt()) return null;
            if (c == '|') return top ? null : "";
            // a quantifier takes the letter before it; anything else but a letter ends the run
            if ("?*+{".indexOf(c) >= 0 && !run.isEmpty()) run.setLength(run.length() - 1);
            if (run.length() > best.length()) best = run.toString();
            run.setLength(0);
            if (c == '\\') {
                i = escapeEnd(regex, i) - 1;
                if (i < 0) return null;
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
                if (i < 0) return null;
            } else if (c == '(') {
                int end = groupEnd(regex, i);
                if (end < 0 || end > to) return null;
                int bodyStart = plainGroupBodyStart(regex, i);
                boolean required = end >= to || "?*{".indexOf(regex.charAt(end)) < 0;
                if (bodyStart > 0 && required && !hasTopAlternative(regex, bodyStart, end - 1)) {
                    String inner = requiredRun(regex, bodyStart, end - 1, false);
                    if (inner == null) return null;
                    if (inner.length() > best.length()) best = inner;
                }
                i = end - 1;
            }
        }
        if (run.length() > best.length()) best = run.toString();
        return best;
    }

    /** Where the body of a plain or named group opening at {@code at} starts ("(?:", "(?<name>"), or -1 for any other. */
    private static int plainGroupBodyStart(String regex, int at) {
        if (regex.startsWith("(?:", at)) return at + 3;
        Matcher named = NAMED_GROUP.matcher(regex);
        named.region(at, regex.length());
        return named.lookingAt() ? named.end() : -1;
    }

    /** Whether {@code regex[from, to)} has a "|" outside its groups, classes and escapes. */
    private static boolean hasTopAlternative(String regex, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') {
                i = classEnd(regex, i) - 1;
                if (i < 0) return true;
            } else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    /** Where the character class opening at {@code at} ends (after its "]", nested classes included), or -1. */
    private static int classEnd(String regex, int at) {
        int depth = 0;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i + 1;
        }
        return -1;
    }

    /**
     * Where the escape opening at {@code at} ends: "\\s", "\\p{Ll}", "\\pL", "\\x{e4}", "\\xe4", "\\u00e4", "\\k<name>", "\\cA";
     * -1 for a quotation ("\\Q...\\E"), not read.
     */
    private static int escapeEnd(String regex, int at) {
        if (at + 1 >= regex.length()) return regex.length();
        char e = regex.charAt(at + 1);
        int after = at + 2;
        boolean braced = after < regex.length() && regex.charAt(after) == '{';
        return switch (e) {
            case 'Q' -> -1;
            case 'p', 'P', 'N' -> braced ? regex.indexOf('}', after) + 1 : after + 1;
            case 'x' -> braced ? regex.indexOf('}', after) + 1 : after + 2;
            case 'u' -> after + 4;
            case 'k' -> regex.indexOf('>', after) + 1;
            case 'c' -> after + 1;
            default -> after;
        };
    }

    /** A group that only sets flags, "(?-i)", which would change how the letters after it are compared. */
    private static final Pattern FLAGS_ALONE = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");

    /**
     * Each character as a case-insensitive, Unicode-case pattern compares it: lower case of its upper case ("ſ" → "s",
     * "İ" → "i"). A letter of a pattern matches a character of the text only when their folds are equal.
     */
    static String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int k = 0; k < folded.length; k++) {
            char c = text.charAt(k);
            folded[k] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    /** Whether some text beginning with {@code word} (then a non-word character or more) could match. */
    private static boolean canStartWith(Pattern pattern, String word) {
        String capitalized = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        for (String written : new String[]{word, capitalized}) { // some rules are case-sensitive: "May", "Été"
            // The whole word, then what may follow it ("hier ", "l'", "mi-", "janv."): a mere prefix does not count.
            for (String after : new String[]{" ", "'", "’", "-", ".", "", "1"}) { // "1": "Q1", "T1"
                if (after.isEmpty() && Character.isLetter(word.charAt(word.length() - 1))) continue;
                Matcher m = pattern.matcher(written + after);
                if (m.lookingAt() || m.hitEnd()) return true;
            }
        }
        return false;
    }

    private static String builtIn(String name, TimeLexicon lexicon) {
        String words = lexicon.has(NUMBER_WORDS) ? "|" + lexicon.regex(NUMBER_WORDS) : "";
        String first = (lexicon.has("first") ? "|" + lexicon.regex("first") : "")
                + (lexicon.has("ordinal") ? "|" + lexicon.regex("ordinal") : "");
        return switch (name) {
            case "day" -> "3[01]|[12]\\d|0?[1-9]" + first; // cardinals would read "a May" as 1 May
            case "mm" -> "1[0-2]|0?[1-9]";
            case "year" -> "1[0-9]\\d\\d|20\\d\\d|21\\d\\d";
            case "yy" -> "\\d\\d";
            // "1 607 heures", "2\u00a0500 ans": a space (or a no-break space) between groups of three digits
            case "num" -> "[1-9]\\d{0,2}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d|[.,]\\d)|\\d+(?:[.,]\\d+)?" + words;
            case "hour" -> "[01]?\\d|2[0-4]";
            case "minute" -> "[0-5]\\d";
            default -> null;
        };
    }

    /** Words written literally in a rule (outside macros, escapes and group syntax). */
    private static List<String> literalWords(String source) {
        String literal = source
                .replaceAll("\\\\p\\{[^}]*}", " ")
                .replaceAll("\\\\[a-zA-Z]", " ")
                .replaceAll("\\(\\?<[a-zA-Z]+>", " ")
                .replaceAll("\\(\\?[a-zA-Z]+[):]", " ");
        return TimeLexicon.wordsOf(literal);
    }
}
