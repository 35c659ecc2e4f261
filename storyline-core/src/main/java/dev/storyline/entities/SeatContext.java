package dev.storyline.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a seat of power is named as the place or as the institution that lives there. "Le Kremlin a indiqué",
 * "le porte-parole du Kremlin", "the White House said" are the institution (ORG); "dans les jardins de l'Élysée",
 * "à l'Élysée", "in the White House", "im Kanzleramt" are the place (LOC). Decided by the nearest word before the
 * name that is not an article or "de/of": a locative preposition or a noun of a building's parts makes it a place,
 * except a French "à" after a verb of telling or asking, whose addressee is the institution ("a fait savoir au
 * Vatican", "a demandé au Quirinal").
 */
final class SeatContext {

    private static final Set<String> LOCATIVE = Set.of("à", "au", "aux", "dans", "devant", "derrière", "vers", "près",
            "jardins", "jardin", "cour", "enceinte", "murs", "perron", "grilles", "visite", "visiter", "palais",
            "in", "at", "inside", "outside", "near", "into", "grounds", "gardens", "lawn", "steps", "visit", "visited",
            "im", "ins", "vor", "hinter", "zum", "en", "ante", "hacia", "jardines", "frente", "dentro");
    private static final Set<String> SKIPPED = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "the", "of",
            "der", "die", "das", "dem", "den", "el", "los", "las", "del");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}-]*");
    /** French "à" that is a dative, not a place, after a verb of telling or asking: "a fait savoir au Vatican". */
    private static final Set<String> DATIVE_A = Set.of("à", "au", "aux");
    /**
     * Beginnings of French verbs of telling, asking, answering and handing over ("demander", "a répondu", "remise",
     * "télégraphie"): what they address "à" is the institution, as in "la note a été remise au Quai d'Orsay".
     */
    private static final Pattern TELLING = Pattern.compile("(?:demand|répond|repond|écri|ecri|télégraphi|telegraphi"
            + "|notifi|communiqu|signifi|annonc|adress|remis|transmi|propos|savoir|dit|déclar|declar|expliqu|assur"
            + "|promi|offert|offr|reproch|soumi|réclam|reclam)\\p{L}*");

    private SeatContext() {
    }

    /** Whether the seat named at {@code start} of {@code text} is the place rather than the institution. */
    static boolean isPlace(String text, int start) {
        if (text == null || start <= 0 || start > text.length()) return false;
        String before = text.substring(Math.max(0, start - 60), start);
        int cut = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(','), before.lastIndexOf('\n')));
        before = before.substring(cut + 1);
        Matcher m = WORD.matcher(before);
        String nearest = null;
        String beforeNearest = null;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(w)) continue;
            beforeNearest = nearest;
            nearest = w;
        }
        if (nearest == null || !LOCATIVE.contains(nearest)) return false;
        return !(DATIVE_A.contains(nearest) && beforeNearest != null && TELLING.matcher(beforeNearest).matches());
    }
}
