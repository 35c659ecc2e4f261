package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How rules are read: anchor words after "KIND@"; a leading look-behind tried after the rest; forms by first letter. */
class TimeRuleTest {

    @Test
    void anchorsNameLexiconCategoriesOrLiteralWords() {
        TimeLexicon lexicon = TimeLexicon.load("en");
        List<TimeRule> rules = TimeRule.load("en", lexicon);
        TimeRule quarter = rules.stream().filter(r -> r.source().contains("(?<namedpart>)(?<yearpart>quarter)")).findFirst().orElseThrow();
        // "quarter" is a lexicon category too (hours told by quarters: "quarter past", "half past"), so its words
        assertEquals(Set.of("quarter", "half"), quarter.anchors());
        TimeRule period = rules.stream().filter(r -> r.source().contains("(?<namedpart>)(?<yearpart>period)")).findFirst().orElseThrow();
        assertEquals(Set.of("period"), period.anchors());
        TimeRule abbreviation = rules.stream().filter(r -> r.source().contains("{yearpartabbr}")).findFirst().orElseThrow();
        assertEquals(Set.of("q", "h"), abbreviation.anchors());
    }

    /**
     * Java compiles a look-behind holding unbounded quantifiers without a word, and may then never match it
     * ("(?<=dans\\s+le\\s+passé)" did not on Temurin 25): every look-behind of every rule, macros expanded, is bounded
     * ("\\s{1,3}").
     * Quantifiers inside a look-ahead nested in it look forward from a fixed place and are fine.
     */
    @Test
    void everyLookBehindIsBounded() {
        for (String language : TimeTagger.LANGUAGES) {
            for (TimeRule rule : TimeRule.load(language, TimeLexicon.load(language))) {
                List<String> unbounded = unboundedLookBehinds(rule.pattern().pattern());
                assertTrue(unbounded.isEmpty(), language + ": " + unbounded + " in " + rule.source());
            }
        }
        // the checker itself, on forms written here
        assertEquals(List.of("(?<=dans\\s+le\\s+passé)"), unboundedLookBehinds("(?<=dans\\s+le\\s+passé)x"));
        assertEquals(List.of("(?<!a[^\\S\\n]*b)"), unboundedLookBehinds("(?<!a[^\\S\\n]*b)x"));
        assertEquals(List.of(), unboundedLookBehinds("(?<=dans\\s{1,3}le[+*]\\s{1,3}passé(?!\\s+x))y+"));
    }

    @Test
    void wordBoundariesKnowAccentedLetters() {
        // Since Java 19 a bare \b only knows ASCII word characters: "passé\b" failed before a space and "\bère"
        // matched inside "naguère". Rules are written with \b and read as Unicode boundaries.
        TimeLexicon lexicon = TimeLexicon.load("fr");
        assertTrue(TimeRule.compile(TimeRule.Kind.NOT, "passé\\b", lexicon).pattern().matcher("le passé récent").find());
        assertTrue(TimeRule.compile(TimeRule.Kind.NOT, "\\bété\\b", lexicon).pattern().matcher("en été 2021").find());
        assertFalse(TimeRule.compile(TimeRule.Kind.NOT, "x?\\bère", lexicon).pattern().matcher("naguère").find());
        // inside a class \b is a backspace, no boundary
        assertEquals("[\\b](?U:\\b)", TimeRule.unicodeWordBoundaries("[\\b]\\b"));
    }

    /** The look-behind groups of {@code regex} that hold {@code +}, {@code *} or {@code {n,}} outside a class or a nested look-ahead. */
    private static List<String> unboundedLookBehinds(String regex) {
        List<String> found = new ArrayList<>();
        for (int i = regex.indexOf("(?<"); i >= 0; i = regex.indexOf("(?<", i + 3)) {
            if (i + 3 >= regex.length() || "=!".indexOf(regex.charAt(i + 3)) < 0 || (i > 0 && regex.charAt(i - 1) == '\\')) continue;
            ArrayDeque<Boolean> aheads = new ArrayDeque<>(); // per open group: is it a look-ahead?
            boolean unbounded = false;
            int j = i;
            while (j < regex.length()) {
                char c = regex.charAt(j);
                if (c == '\\') {
                    j += 2;
                    continue;
                }
                if (c == '[') {
                    j = classEnd(regex, j);
                    continue;
                }
                if (c == '(') {
                    aheads.push(regex.startsWith("(?=", j) || regex.startsWith("(?!", j));
                } else if (c == ')') {
                    aheads.pop();
                    if (aheads.isEmpty()) break;
                } else if (!aheads.contains(true) && isUnboundedQuantifier(regex, j)) {
                    unbounded = true;
                }
                j++;
            }
            if (unbounded) found.add(regex.substring(i, Math.min(j + 1, regex.length())));
        }
        return found;
    }

    /** Whether an unbounded quantifier stands at {@code at}: "*", "+" (not the possessive "++"), "{n,}". */
    private static boolean isUnboundedQuantifier(String regex, int at) {
        char c = regex.charAt(at);
        if (c == '*') return true;
        if (c == '+') return "+*?}".indexOf(regex.charAt(at - 1)) < 0;
        return c == '{' && regex.substring(at).matches("(?s)\\{\\d+,}.*");
    }

    /** Just after the character class opening at {@code at}. */
    private static int classEnd(String regex, int at) {
        int j = at + 1;
        if (j < regex.length() && regex.charAt(j) == '^') j++;
        if (j < regex.length() && regex.charAt(j) == ']') j++;
        int depth = 1;
        while (j < regex.length() && depth > 0) {
            char c = regex.charAt(j);
            if (c == '\\') j++;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
            j++;
        }
        return j;
    }

    @Test
    void rulesWithoutAnchorsAreTriedInEveryText() {
        for (String language : TimeTagger.LANGUAGES) {
            List<TimeRule> rules = TimeRule.load(language, TimeLexicon.load(language));
            assertTrue(rules.stream().anyMatch(r -> r.anchors().isEmpty()), language);
            assertFalse(rules.stream().anyMatch(r -> r.anchors().stream().anyMatch(String::isBlank)), language);
        }
    }

    @Test
    void formsSharingTheirFirstWordsAreComparedOnce() {
        // hand-written: references to a time written as several words, most beginning with "the" or "in"
        TimeLexicon lexicon = TimeLexicon.parse(List.of(
                "ref FUTURE_REF: the future | in the future | the near future | the near term | the short term | the long term",
                "ref PAST_REF: in the past | in former times | the past | the old days | in days gone by"));
        TimeRule rule = TimeRule.compile(TimeRule.Kind.REF, "{ref}", lexicon);
        String text = "In the near term the  Past is in former times, and the weather in the end the long term.";
        for (String ref : List.of("the near term", "the  Past", "in former times", "the long term")) {
            int at = text.indexOf(ref);
            assertEquals(at + ref.length(), tryAt(rule, text, at)[0], ref);
        }
        assertEquals(-1, tryAt(rule, text, 0)[0], "'in the near term' is no form");
        // "the weather", "in the end": "the" and the space after it are read once, then the next letter once for each
        // word that may follow (13 and 15 characters), not all of it once for each of the forms beginning so (38, 29)
        for (String miss : List.of("the weather", "in the end")) {
            int[] tried = tryAt(rule, text, text.indexOf(miss));
            assertEquals(-1, tried[0], miss);
            assertTrue(tried[1] <= 16, miss + " read " + tried[1] + " characters");
        }
    }

    @Test
    void anchorsBeforeAreWordsTheLeadingLookBehindReads() {
        List<TimeRule> rules = TimeRule.load("en", TimeLexicon.load("en"));
        // "KIND@<box,..." : the number after "P.O. Box" is only tried as a year's refusal where such a word is before it
        TimeRule box = rules.stream().filter(r -> r.source().contains("(?:Box|Suite|Room")).findFirst().orElseThrow();
        assertTrue(box.anchorsBefore());
        assertTrue(box.anchors().containsAll(Set.of("box", "suite", "room", "apt", "tel")), box.anchors().toString());
        TimeRule quarter = rules.stream().filter(r -> r.source().contains("(?<namedpart>)(?<yearpart>quarter)")).findFirst().orElseThrow();
        assertFalse(quarter.anchorsBefore());
        for (String language : TimeTagger.LANGUAGES) {
            for (TimeRule rule : TimeRule.load(language, TimeLexicon.load(language))) {
                // only a look-behind that must match, opening the rule, reads words before the match
                if (rule.anchorsBefore()) assertTrue(rule.source().startsWith("(?<="), rule.source());
            }
        }
    }

    /** A text that counts the characters a matcher reads. */
    private static final class CountedText implements CharSequence {
        final String text;
        int read;

        CountedText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            read++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Whether the rule matches at {@code at} as TimeTagger tries it, and how many characters that read. */
    private static int[] tryAt(TimeRule rule, String text, int at) {
        CountedText counted = new CountedText(text);
        Matcher m = rule.pattern().matcher(counted);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(at, text.length());
        boolean matched = m.lookingAt();
        return new int[]{matched ? m.end() : -1, counted.read, matched && rule.groups().containsKey("day") ? m.start("day") : -1};
    }

    @Test
    void aLeadingLookBehindIsOnlyTriedWhereTheRestMatches() {
        // hand-written: a long look-behind with alternatives, as in "the second day of 'May 4 and 5'"
        TimeLexicon lexicon = TimeLexicon.parse(List.of(
                "month 1: January | Jan.", "month 2: February | Feb.", "month 3: March | Mar.", "month 4: April | Apr.",
                "month 5: May", "month 6: June | Jun.", "month 7: July | Jul.", "month 8: August | Aug."));
        TimeRule rule = TimeRule.compile(TimeRule.Kind.DATE,
                "(?<={month}\\s{1,3}\\d{1,2}\\s{0,3}(?:and|or|to|through)\\s{1,3}){day}(?![\\d.,]\\d|\\s*(?:percent|people)\\b)", lexicon);
        String text = "It sold 1,250 units on May 4 and 5 to 30 people, up 12 percent, in 1998.";
        // what it matches is unchanged: the second day, its group at the same place
        int five = text.indexOf("5 to");
        assertEquals(five + 1, tryAt(rule, text, five)[0]);
        assertEquals(five, tryAt(rule, text, five)[2]);
        assertEquals(-1, tryAt(rule, text, text.indexOf("4 and"))[0]);
        // numbers the rest refuses ("1998", "30 people", "12 percent") are given up without reading back through the
        // month names at every length of the look-behind
        for (String number : List.of("1998", "30 people", "12 percent", "1,250")) {
            int[] tried = tryAt(rule, text, text.indexOf(number));
            assertEquals(-1, tried[0], number);
            assertTrue(tried[1] < 40, number + " read " + tried[1] + " characters");
        }
    }

    /** Where a cue's matches are in {@code text} from {@code start} to {@code end}, as the tagger looks (find, region). */
    private static List<String> cueMatches(TimeRule cue, CountedText text, int start, int end) {
        Matcher m = cue.pattern().matcher(text);
        m.useTransparentBounds(true).region(start, end);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.start() + "-" + m.end());
        return found;
    }

    @Test
    void everyLeadingLookBehindIsTriedAfterTheRest() {
        // hand-written: a cue whose second look-behind reads far back, through modal verbs, at each of its lengths
        TimeLexicon lexicon = TimeLexicon.parse(List.of("month 1: Januar"));
        TimeRule cue = TimeRule.compile(TimeRule.Kind.FUTURE,
                "(?<!\\bzu[^\\S\\n]{1,3})(?<!\\b(?:kann|muss|darf|sollte)\\b[^,.;\\n]{0,120})(?:wird|werden)\\b", lexicon);
        String text = "Die Gemeinde wird im Januar entscheiden, ob der Verein den Platz am Bahnhof nutzen darf oder "
                + "ob er bis zum Sommer warten muss, sagte der Bürgermeister, der nicht verlängert werden kann.";
        CountedText counted = new CountedText(text);
        int wird = text.indexOf("wird");
        // what it finds is unchanged: "wird", and "werden", whose modal verbs before it are in other clauses
        assertEquals(List.of(wird + "-" + (wird + 4), text.indexOf("werden") + "-" + (text.indexOf("werden") + 6)),
                cueMatches(cue, counted, 0, text.length()));
        String afterModal = "Er muss dann entscheiden was er werden will.";
        assertEquals(List.of(), cueMatches(cue, new CountedText(afterModal), 0, afterModal.length()));
        String modal = "Er muss am Montag noch sehr lange auf die Zusage warten, die Stadt wird sie geben.";
        assertEquals(List.of(modal.indexOf("wird") + "-" + (modal.indexOf("wird") + 4)),
                cueMatches(cue, new CountedText(modal), 0, modal.length()));
        // the words that are no "wird" or "werden" are given up without reading back 120 characters at each
        counted.read = 0;
        cueMatches(cue, counted, wird + 5, text.indexOf("werden") - 1);
        assertTrue(counted.read < 12 * (text.indexOf("werden") - wird), "read " + counted.read + " characters");
    }

    @Test
    void theWeakPreteriteCueReadsItsLookBehindOnlyBeforeTe() {
        // speed15: "(?=te)" before the cue's 28-way look-behind. Hand-written sentences: the German rule file's cue
        // finds what it found without the look-ahead, reading far fewer characters
        TimeRule cue = TimeRule.load("de", TimeLexicon.load("de")).stream()
                .filter(r -> r.kind() == TimeRule.Kind.PAST && r.source().contains("ierten")).findFirst().orElseThrow();
        assertTrue(cue.source().contains("{2,}(?=te)(?<!"), cue.source());
        TimeRule without = TimeRule.compile(TimeRule.Kind.PAST, cue.source().replace("(?=te)", ""),
                TimeLexicon.load("de"));
        String text = "Der Ausschuss tagte lange, die Mitglieder diskutierten und stritten; sie hätten gern gewartet, "
                + "die zweite und die beste Lösung gefiel, heute möchte niemand mehr reden. Sie achte darauf, wer "
                + "zuletzt kaufte und vermietete, nicht was die Leute in der Fußgängerzone verkauften.";
        CountedText fast = new CountedText(text);
        CountedText slow = new CountedText(text);
        List<String> found = cueMatches(cue, fast, 0, text.length());
        assertEquals(cueMatches(without, slow, 0, text.length()), found);
        List<String> words = found.stream().map(s -> text.substring(Integer.parseInt(s.split("-")[0]),
                Integer.parseInt(s.split("-")[1]))).toList();
        assertEquals(List.of("tagte", "diskutierten", "kaufte", "vermietete"), words);
        assertTrue(2 * fast.read < slow.read, "read " + fast.read + " against " + slow.read);
    }

    @Test
    void anOptionalGroupOfLookBehindsIsTriedAfterTheRest() {
        // hand-written: "gegenüber 2000" marks the year as the one compared with; the group is optional
        TimeLexicon lexicon = TimeLexicon.parse(List.of("month 1: Januar"));
        TimeRule rule = TimeRule.compile(TimeRule.Kind.DATE,
                "(?:(?<=\\b(?:gegenüber|im[^\\S\\n]{1,3}Vergleich[^\\S\\n]{1,3}zu|verglichen[^\\S\\n]{1,3}mit)[^\\S\\n]{1,3})(?<base>))?"
                        + "(?:(?:seit|bis)\\s+)?{year}(?![.,]?\\d)", lexicon);
        String text = "Der Umsatz stieg 2021 um 12 Prozent gegenüber 2019 und lag im Vergleich zu 1999 bei 3,5 Millionen.";
        for (String year : List.of("2021", "2019", "1999")) {
            int at = text.indexOf(year);
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false).region(at, text.length());
            assertTrue(m.lookingAt(), year);
            assertEquals(at + 4, m.end(), year);
            assertEquals(!year.equals("2021"), m.group("base") != null, year);
        }
        // a number that is no year is given up before the look-behind reads back
        for (String number : List.of("12 Prozent", "3,5")) {
            int[] tried = tryAt(rule, text, text.indexOf(number));
            assertEquals(-1, tried[0], number);
            assertTrue(tried[1] < 12, number + " read " + tried[1] + " characters");
        }
    }

    @Test
    void requiredLettersAreTheLongestRunEveryMatchReads() {
        assertEquals("ährige", TimeRule.requiredLetters("(?<num>\\d+|zwei)[-\\s]?[Jj]ährige\\p{L}*"));
        assertEquals("jahr", TimeRule.requiredLetters("(?:seit\\s+)?im\\s+Jahre?\\s+(?<year>\\d{4})"));
        assertEquals("stunde", TimeRule.requiredLetters("ſtunde"), "folded as the pattern compares");
        assertEquals("def", TimeRule.requiredLetters("[abcxyz]def(?:ghijkl)?"));
        // inside groups every match passes through: unquantified (or "+"), with no alternatives of their own
        assertEquals("jährig", TimeRule.requiredLetters("(?<num>\\d{1,3}|zwei)-?(?<unit>jährig)(?:e|es|en)"));
        assertEquals("ghijkl", TimeRule.requiredLetters("[abcxyz]def(?:ghijkl)"));
        assertEquals("monat", TimeRule.requiredLetters("(?:in\\s+(?:(?<unit>monat)\\s+)+)"));
        assertEquals("def", TimeRule.requiredLetters("def(?:ghijkl|mnopqr)"), "a group with alternatives");
        assertEquals("def", TimeRule.requiredLetters("def(?:ghijkl)*(?:mnopqr){0,2}(?<x>stuvwx)?"), "left out by a quantifier");
        assertEquals("def", TimeRule.requiredLetters("def(?=ghijkl)(?!mnopqr)(?<=stuvwx)"), "look-arounds are not read");
        assertEquals("def", TimeRule.requiredLetters("def(?-i:ghijkl)[mno(pqr]"), "other groups, a bracket in a class");
        assertEquals(null, TimeRule.requiredLetters("(?:(?-i)abcdef)"), "flags inside a group read");
        // no run every match reads: the runs of the first group every match passes through, one per alternative
        assertEquals("stündig|minütig|tägig", TimeRule.requiredLetters(
                "(?-i:(?=[\\p{Ll}\\d]))(?<num>\\d+|zwei)-?(?<unit>stündig|minütig|tägig)(?:e|es)"));
        assertEquals("abc|def", TimeRule.requiredLetters("\\d+(?:(?<u>x?abc|d[e]?def)\\s+)"), "inside a plain group");
        assertEquals(null, TimeRule.requiredLetters("\\d+(?:abc|de)"), "an alternative of two letters");
        assertEquals(null, TimeRule.requiredLetters("\\d+(?:abc|def)?"), "an optional group");
        assertEquals(null, TimeRule.requiredLetters("\\d+(?-i)(?:abc|def)"), "flags before it");
        assertEquals("abc", TimeRule.requiredLetters("\\k<name>abc\\p{Lu}\\pL\\u00e4\\x{e4}"));
        // alternatives or flags at the top, letters only in groups, classes or escapes, or runs too short: none
        assertEquals(null, TimeRule.requiredLetters("abcdef|ghijkl"));
        assertEquals(null, TimeRule.requiredLetters("(?-i)abcdef"));
        assertEquals(null, TimeRule.requiredLetters("(?:abcdef)?[ghijkl]\\p{Ll}{2,}"));
        assertEquals(null, TimeRule.requiredLetters("\\p{Ll}{2,}te"));
        assertEquals("abc", TimeRule.requiredLetters("abcd?"), "d optional");
        assertEquals(null, TimeRule.requiredLetters("abd*"), "2 letters then an optional one");
        assertEquals(null, TimeRule.requiredLetters("\\Qabcdef\\E"));
    }

    @Test
    void onlyUnquantifiedLookBehindsAndOptionalGroupsOfThemOpenAnExpression() {
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("seit{year}"));
        assertEquals("(?<=a)(?<!b)".length(), TimeRule.zeroWidthPrefixEnd("(?<=a)(?<!b)c"));
        assertEquals("(?:(?<=a)(?<x>))?".length(), TimeRule.zeroWidthPrefixEnd("(?:(?<=a)(?<x>))?c"));
        // a quantified look-behind, an optional group that reads text or is lazy, a required group: the rest starts there
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("(?<=a)?c"));
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("(?:(?<=a)x)?c"));
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("(?:(?<=a)(?<x>))??c"));
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("(?:(?<=a)(?<x>))c"));
        assertEquals("(?<=a)".length(), TimeRule.zeroWidthPrefixEnd("(?<=a)(?:(?<=b)y)?c"));
        assertEquals(0, TimeRule.zeroWidthPrefixEnd("(?<=a){1,2}c"));
        assertEquals("(?<=a)".length(), TimeRule.zeroWidthPrefixEnd("(?<=a){day}"), "a macro, as a rule is written");
    }

    @Test
    void aCategorysFormsAreComparedByFirstLetter() {
        // hand-written: months with their abbreviations, "May" written only capitalised
        TimeLexicon lexicon = TimeLexicon.parse(List.of(
                "month 1: January | Jan. | Jan", "month 3: March | Mar. | Mar", "month 5: May", "month 6: June | Jun. | Jun",
                "month 7: July | Jul. | Jul", "month 8: August | Aug. | Aug", "month 12: December | Dec. | Dec"));
        TimeRule rule = TimeRule.compile(TimeRule.Kind.DATE, "(?-i:{month})\\s+{day}", lexicon);
        String text = "Sold on Jun. 4, June 5, Jul 6, may 7, May 8, Wednesday 9, March 10 and Mar 11.";
        for (String date : List.of("Jun. 4", "June 5", "Jul 6", "May 8", "March 10", "Mar 11")) {
            int at = text.indexOf(date);
            assertEquals(at + date.length(), tryAt(rule, text, at)[0], date);
        }
        assertEquals(-1, tryAt(rule, text, text.indexOf("may 7"))[0], "case-sensitive: 'may' is no month");
        // a word no month begins with is read once for the boundary before it and once for each first letter (j, m,
        // a, d), not once for each of the 17 forms
        int[] wednesday = tryAt(rule, text, text.indexOf("Wednesday"));
        assertEquals(-1, wednesday[0]);
        assertTrue(wednesday[1] <= 5, "read " + wednesday[1] + " characters");
    }

    @Test
    void aRuleSaysWhichCharacterMustFollowTheNumberItOpensWith() {
        // hand-written rules in the shapes of the shipped ones; English's first and ordinal forms are words
        TimeLexicon en = TimeLexicon.load("en");
        assertEquals(":", TimeRule.afterNumber("(?:(?:at|around|since(?<past>))\\s+)?{hour}:{minute}", en));
        assertEquals("./", TimeRule.afterNumber("{day}[./]{mm}[./]{year}", en));
        assertEquals("-", TimeRule.afterNumber("{year}-{mm}-{day}", en));
        assertEquals(".", TimeRule.afterNumber("{day}\\.{mm}", en));
        assertEquals(null, TimeRule.afterNumber("{hour}(?::{minute})?\\s*h", en), "the colon may be left out");
        assertEquals(null, TimeRule.afterNumber("{year}-?{mm}", en), "the dash may be left out");
        assertEquals(null, TimeRule.afterNumber("{num}\\s+{unit}", en), "a number's forms hold '.' and ','");
        assertEquals(null, TimeRule.afterNumber("{day}.{mm}", en), "an unescaped '.' is any character");
        assertEquals(null, TimeRule.afterNumber("{day}[/-:]{mm}", en), "a range holds the digits");
        assertEquals(null, TimeRule.afterNumber("(?:\\d+\\s+)?{hour}:{minute}", en), "words before it may be digits");
        // look-behinds before or after the optional words read nothing at the number
        assertEquals(".", TimeRule.afterNumber("(?:(?:vom|am)\\s+)?(?<![\\p{N}.,/-])(?<!(?:Nr\\.|Nummer)[^\\S\\n]{1,2}){day}\\.(?=\\s)", en));
        assertEquals(":", TimeRule.afterNumber("(?<=\\d{1,3}:\\d{1,3}[^\\S\\n]{0,2}\\([^\\S\\n]{0,2}){hour}:{minute}", en));
        assertEquals(".", TimeRule.afterNumber("(?:(?<=\\b(?:gegen)\\s)(?<base>))?(?<=\\()(?:am\\s+)?{day}\\.\\s?{mm}\\.", en));
        assertEquals(null, TimeRule.afterNumber("(?<=a)?{hour}:{minute}", en), "a quantified look-behind is no zero-width part");
        assertEquals(".", TimeRule.afterNumber("(?<=\\([^\\S\\n]{0,2}){day}\\.\\s?{mm}\\.", en), "a macro after it, no quantifier");
        assertEquals(null, TimeRule.afterNumber("(?<=a){2}{hour}:{minute}", en), "a quantifier after it");
        assertEquals(":", TimeRule.afterNumber("(?<![\\p{L}\\p{N}:.])(?:(?:für|etwa)[^\\S\\n]{1,3})?{hour}:{minute}", en));
        assertEquals(null, TimeRule.afterNumber("(?:(?:für|\\d)[^\\S\\n]{1,3})?{hour}:{minute}", en), "a digit among the words");
        assertEquals(null, TimeRule.afterNumber("(?=\\d)(?:\\d+\\s+)?{hour}:{minute}", en), "a look-ahead is not skipped");
        assertEquals(null, TimeRule.afterNumber("(?<=\\bBox\\s)(?:{year}):", en));
        // Polish writes the first "1.": "1./2" would be a day, then "/"
        assertEquals(null, TimeRule.afterNumber("{day}/{mm}", TimeLexicon.load("pl")));
        assertEquals("/", TimeRule.afterNumber("{mm}/{day}", TimeLexicon.load("pl")));
        // French writes it "1er": no day at a number followed by no letter
        assertEquals("./", TimeRule.afterNumber("{day}[./]{mm}[./]{year}", TimeLexicon.load("fr")));
    }

    @Test
    void beforeMatchReadsTheLookBehindsLastElement() {
        assertEquals(":", TimeRule.beforeMatch("(?<=\\d;[^\\S\\n]?\\d{1,4}:)\\d{1,5}"));
        assertEquals(" \t\u000B\f\r", TimeRule.beforeMatch("(?<=(?:(?:Nr|Art)\\.|§)[^\\S\\n]{1,3})\\d{1,4}"));
        assertEquals(null, TimeRule.beforeMatch("(?<=a|b:)\\d"), "alternatives at the top: \"a\" needs no colon");
        assertEquals(null, TimeRule.beforeMatch("(?<=\\:)\\d"), "an escaped colon is left to the expression");
        assertEquals(null, TimeRule.beforeMatch("(?<=x:)?\\d"), "a quantified look-behind");
        assertEquals(null, TimeRule.beforeMatch("(?<!:)\\d"), "a negative look-behind");
        assertEquals(null, TimeRule.beforeMatch("(?<=[^\\S\\n]{0,3})\\d"), "the space may be left out");
        assertEquals(null, TimeRule.beforeMatch("\\d(?<=:)"));
    }
}
