package dev.storyline.entities;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Headings#withoutTopics}: headings of common words go, acronyms and names stay; the text's words read on demand. */
class HeadingsTest {

    private static NameSpan org(String text, String name) {
        int start = text.indexOf(name);
        return new NameSpan(name, "ORG", start, start + name.length());
    }

    @Test
    void aHeadingOfWordsTheTextWritesInLowerCaseGoesAnAcronymStays() {
        // Sentences written for this test.
        String text = "LE GRAND INCENDIE. Hier, un grand incendie a détruit la ferme ; la SNCF et le SPD n'y sont pour rien.";
        NameSpan heading = org(text, "LE GRAND INCENDIE");
        NameSpan sncf = org(text, "SNCF");
        NameSpan spd = org(text, "SPD");
        assertEquals(List.of(sncf, spd), Headings.withoutTopics(List.of(heading, sncf, spd), text, List.of(), w -> false, n -> false));
    }

    @Test
    void aHeadingTooShortToBeATopicAsksNothingOfTheText() {
        // A one-word heading under six letters is no topic whatever the text writes: no word of it is asked about.
        AtomicInteger asked = new AtomicInteger();
        String text = "La CGT et la CFDT appellent à la grève ; la cgt et la cfdt le disent en minuscules.";
        List<NameSpan> names = List.of(org(text, "CGT"), org(text, "CFDT"));
        assertEquals(names, Headings.withoutTopics(names, text, List.of(), w -> false, n -> false));
        assertEquals(false, Headings.isTopic("CFDT", w -> asked.incrementAndGet() > 0));
        assertEquals(0, asked.get());
    }

    /** {@link Headings#lowerCaseWords} as written with regexes in session 20: the hand-made split must agree. */
    private static Set<String> byRegex(String text) {
        Pattern word = Pattern.compile("[\\p{L}\\p{M}]+");
        Pattern link = Pattern.compile("(?i)(?:https?|ftp)\\s?:\\s?/\\s?/|(?<![\\p{L}\\p{N}])www\\s?\\.\\s?[\\p{L}\\p{N}]");
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (link.matcher(line).find()) continue;
            Matcher m = word.matcher(line);
            while (m.find()) {
                String w = m.group();
                if (w.length() > 2 && w.equals(w.toLowerCase(Locale.ROOT))) out.add(OrganisationNames.fold(w));
            }
        }
        return out;
    }

    @Test
    void lowerCaseWordsLeaveOutLinesWithALink() {
        // Sentences written for this test.
        String text = "Un feu de cheminée rue Haute.\nVoir http : / / exemple . fr / un-incendie-rue-basse\nWWW.EXEMPLE.FR : incendie";
        assertEquals(Set.of("feu", "cheminee", "rue"), Headings.lowerCaseWords(text));
        assertEquals(byRegex(text), Headings.lowerCaseWords(text));
    }

    @Test
    void lowerCaseWordsAreTheRegexsOnRandomTexts() {
        // Letters of both cases (ASCII, Latin-1, Greek, a title-case one, a supplementary one), combining marks, digits,
        // the parts of links (colons, slashes, "www", dots, spaces), line breaks, punctuation, lone surrogates.
        String[] pieces = {"a", "é", "ß", "ω", "A", "É", "ǅ", "\uD835\uDC1A", "\u0301", "\u0903", "7", "٣", ":", "/", " ",
                "\t", ".", "w", "W", "www", "http", "FTP", "\n", "'", "-", "\uD800", "\uDC00", "feu", "cheminée"};
        Random random = new Random(21);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            assertEquals(byRegex(s), Headings.lowerCaseWords(s), s);
        }
    }
}
