package dev.storyline.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-language words that attribute a quotation: speech verbs (as written, with their auxiliaries), pronouns that
 * stand for a person, and titles that stand for a person named earlier. Written by hand: a small closed list is
 * more precise than any general parser for this narrow job.
 */
record SpeechLexicon(Pattern verb, Pattern inverted, Set<String> pronouns, Set<String> impersonal, Set<String> titles,
                     Set<String> subjectStops) {

    private static final String L = "[\\p{L}\\p{M}]";

    static SpeechLexicon forLanguage(String language) {
        return switch (language == null ? "" : language) {
            case "fr" -> FR;
            case "en" -> EN;
            case "de" -> DE;
            case "es" -> ES;
            default -> ANY;
        };
    }

    private static final List<String> FR_PARTICIPLES = List.of("déclaré", "dit", "affirmé", "indiqué", "souligné",
            "ajouté", "précisé", "expliqué", "estimé", "assuré", "annoncé", "averti", "martelé", "rappelé", "confirmé",
            "poursuivi", "lancé", "répondu", "déploré", "dénoncé", "qualifié", "jugé", "écrit", "tweeté", "insisté",
            "reconnu", "promis", "prévenu", "commenté", "observé", "noté", "répété", "plaidé", "lâché", "résumé", "réagi", "raconté", "témoigné", "confié");
    private static final List<String> FR_PRESENT = List.of("déclare", "dit", "affirme", "indique", "souligne",
            "ajoute", "précise", "explique", "estime", "assure", "annonce", "avertit", "martèle", "rappelle",
            "confirme", "poursuit", "lance", "répond", "déplore", "dénonce", "juge", "écrit", "insiste", "reconnaît",
            "prévient", "commente", "observe", "note", "répète", "résume", "réagit", "raconte", "témoigne", "confie", "déclarent", "affirment", "estiment");

    static final SpeechLexicon FR = new SpeechLexicon(
            Pattern.compile("(?iu)(?<!" + L + ")(?:selon|d['’]après|"
                    + "(?:a|ont|avait|avaient|aurait)(?:\\s+(?:également|aussi|encore|notamment|ensuite|alors|enfin|pourtant|toutefois|déjà|même))?\\s+(?:"
                    + String.join("|", FR_PARTICIPLES) + ")|s['’](?:est|était)\\s+(?:demandé|interrogé|exclamé|félicité|inquiété)|"
                    + String.join("|", FR_PRESENT) + ")(?!" + L + ")"),
            Pattern.compile("(?iu)(?:(?:a|avait|aurait)-t-(il|elle|on)\\s+(?:" + String.join("|", FR_PARTICIPLES)
                    + ")|s['’](?:est|était)-(il|elle|on)\\s+(?:demandé|interrogé|exclamé)|(?:"
                    + String.join("|", FR_PRESENT) + ")-(?:t-)?(il|elle|on))(?!" + L + ")"),
            Set.of("il", "elle"), Set.of("on", "ils", "elles"),
            Set.of("président", "présidente", "ministre", "porte-parole", "chancelier", "chancelière", "secrétaire",
                    "dirigeant", "dirigeante", "chef", "directeur", "directrice", "maire", "ambassadeur",
                    "ambassadrice", "général", "juge", "procureur", "procureure", "premier", "première", "roi", "reine"),
            Set.of("à", "au", "aux", "dans", "lors", "devant", "en", "sur", "pour", "après", "avant", "lundi", "mardi",
                    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce", "cette", "mais", "et", "que", "qui"));

    static final SpeechLexicon EN = new SpeechLexicon(
            Pattern.compile("(?iu)(?<!" + L + ")(?:according\\s+to|(?:has|had|have)\\s+(?:said|told|added|stated|warned)|"
                    + "said|says|told|added|stated|declared|explained|insisted|warned|noted|argued|asked|wrote|tweeted|"
                    + "announced|replied|claimed|continued|stressed|acknowledged|recalled|conceded|promised)(?!" + L + ")"),
            null, Set.of("he", "she"), Set.of("they", "it", "we", "one"),
            Set.of("president", "minister", "spokesman", "spokeswoman", "spokesperson", "chancellor", "secretary",
                    "leader", "chief", "director", "mayor", "ambassador", "general", "judge", "prosecutor", "premier",
                    "king", "queen", "governor", "senator", "chairman", "chairwoman"),
            Set.of("to", "in", "on", "at", "during", "before", "after", "for", "from", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday", "but", "and", "that", "who", "last", "this", "yesterday",
                    "today", "reporters"));

    static final SpeechLexicon DE = new SpeechLexicon(
            Pattern.compile("(?u)(?<!" + L + ")(?:(?i:laut)|so|(?i:sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betont|"
                    + "meinte|meint|warnte|warnt|schrieb|fügte|ergänzte|unterstrich|versicherte|kritisierte|bekräftigte|"
                    + "räumte|mahnte|forderte))(?!" + L + ")"),
            null, Set.of("er", "sie"), Set.of("man", "es"),
            Set.of("präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "kanzler",
                    "kanzlerin", "regierungschef", "regierungschefin", "chef", "chefin", "bürgermeister",
                    "bürgermeisterin", "botschafter", "botschafterin", "general", "richter", "richterin"),
            Set.of("am", "im", "in", "vor", "nach", "gegenüber", "bei", "auf", "und", "aber", "dass",
                    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "hinzu", "ein",
                    "zu", "mit"));

    static final SpeechLexicon ES = new SpeechLexicon(
            Pattern.compile("(?iu)(?<!" + L + ")(?:según|(?:ha|han|había|habían)\\s+(?:dicho|afirmado|declarado|señalado|"
                    + "explicado|asegurado|añadido|indicado|advertido|subrayado)|dijo|dijeron|afirmó|declaró|señaló|"
                    + "explicó|aseguró|añadió|agregó|indicó|advirtió|subrayó|sostuvo|manifestó|expresó|insistió|"
                    + "preguntó|escribió|dice|afirma|asegura|señala|explica|advierte|sostiene)(?!" + L + ")"),
            null, Set.of("él", "ella"), Set.of("ellos", "ellas", "se"),
            Set.of("presidente", "presidenta", "ministro", "ministra", "portavoz", "canciller", "secretario",
                    "secretaria", "jefe", "jefa", "director", "directora", "alcalde", "alcaldesa", "embajador",
                    "embajadora", "general", "juez", "jueza", "fiscal", "rey", "reina"),
            Set.of("a", "al", "en", "ante", "durante", "tras", "antes", "para", "por", "desde", "lunes", "martes",
                    "miércoles", "jueves", "viernes", "sábado", "domingo", "pero", "y", "que", "este", "esta"));

    /** For a text of unknown language: the union of the four (the German "so" excepted, too common elsewhere). */
    static final SpeechLexicon ANY = new SpeechLexicon(
            Pattern.compile(FR.verb.pattern() + "|" + EN.verb.pattern() + "|" + ES.verb.pattern() + "|"
                    + DE.verb.pattern().replace("(?i:laut)|so|", "(?i:laut)|")),
            FR.inverted, union(FR.pronouns, EN.pronouns, DE.pronouns, ES.pronouns),
            union(FR.impersonal, EN.impersonal, DE.impersonal, ES.impersonal),
            union(FR.titles, EN.titles, DE.titles, ES.titles),
            union(FR.subjectStops, EN.subjectStops, DE.subjectStops, ES.subjectStops));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all);
    }

    /** Prepositions that introduce the source rather than a verb ("selon X", "according to X", "laut X", "so X"). */
    static boolean prepositional(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.equals("selon") || v.startsWith("d'après") || v.startsWith("d’après") || v.startsWith("according")
                || v.equals("laut") || v.equals("so") || v.equals("según");
    }
}
