package dev.storyline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies named by their share in a French market report: "la Rand Mines à 144, la De Beers à 453 50", "la Chino
 * finit à 206", "l'Omnium est soutenu à 2070", "la Malacca 124". The finder takes such names for places or people
 * ("Rand Mines", "Ray"); the price right after the name says it is a listed share, hence a company (ORG, as the
 * Europeana gold tags them). Taken only in a market report: a market word ("au comptant", "en banque", "valeurs",
 * "Bourse") in the text and at least two such quotes in it. A price ends at a comma, a full stop, "et", "contre" or
 * the next share's article; a number followed by anything else ("à 8 heures", "à 30 kilomètres") is no price. State
 * bonds named by their nation ("le Turc fléchit à 85", "l'Extérieure à 90") are no company and are left.
 */
final class ShareQuotes {
    private ShareQuotes() {
    }

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}";
    private static final String LINK = "(?:de|du|des|d['’]|la|l['’]|et)";
    /** Article, the share's name (capitals joined by "de", "du", "la", "et"), up to four words of a verb, the price. */
    private static final Pattern QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\\s*"
            + "(" + NAME_WORD + "(?:\\s+(?:" + LINK + "\\s*)*" + NAME_WORD + "){0,3})"
            + "\\s+(?:(?:[\\p{Ll}’'-]+\\s+){0,4}?(?:à|vaut|entre)\\s+)?"
            + "\\d{1,5}(?:[.,]\\d{1,2})?(?:\\s\\d{2})?"
            + "(?=\\s*(?:[,.;)]|(?:et|contre)\\s|(?:le|la|les|l['’])\\s*\\p{Lu}|$))");
    private static final Pattern MARKET = Pattern.compile("(?iu)(?<!\\p{L})(?:au comptant|en banque|valeurs|bourse"
            + "|coupon|cours de clôture|marché financier|revue financière)(?!\\p{L})");
    /** Nations whose funds are quoted by their name alone: the state's bond, no company. */
    private static final Set<String> NATIONS = Set.of("turc", "serbe", "russe", "grec", "bulgare", "exterieure",
            "italien", "portugais", "espagnol", "egyptien", "hongrois", "bresilien", "argentin", "japonais", "chinois",
            "ottoman",
            "autrichien", "roumain", "francais", "anglais", "allemand", "marocain", "tunisien", "lyonnais");
    private static final int FEWEST_QUOTES = 2;

    /** Whether "à" and a number follow each other somewhere: a report quotes most shares so; the cheap test first. */
    private static boolean priceAfterA(String text) {
        for (int at = text.indexOf('à'); at >= 0; at = text.indexOf('à', at + 1)) {
            int next = at + 1;
            while (next < text.length() && text.charAt(next) == ' ') next++;
            if (next > at + 1 && next < text.length() && Character.isDigit(text.charAt(next))) return true;
        }
        return false;
    }

    /** The share names quoted in a French market report, as ORG spans; empty elsewhere. */
    static List<NameSpan> find(String text, String language) {
        if (!"fr".equals(language) || !priceAfterA(text) || !MARKET.matcher(text).find()) return List.of();
        List<NameSpan> out = new ArrayList<>();
        int quotes = 0;
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            quotes++;
            String name = m.group(1);
            if (NATIONS.contains(OrganisationNames.fold(name))) continue;
            out.add(new NameSpan(name, "ORG", m.start(1), m.end(1)));
        }
        return quotes >= FEWEST_QUOTES ? out : List.of();
    }
}
