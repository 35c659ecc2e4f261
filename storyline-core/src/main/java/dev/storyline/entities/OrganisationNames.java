package dev.storyline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the institutions a statistical name finder misses or cuts short, by how their names are made: a head word
 * ("Chambre", "ministère", "Ministry", "Ministerio", "-ministerium") with its capitalised adjectives and its
 * complements ("le ministère de la Guerre", "la Compagnie des chemins de fer", "l'Assemblée nationale", "the Ministry
 * of Defence", "das Auswärtige Amt", "el Ministerio de Defensa"), or alone after an article for the few heads that
 * name one institution ("la Chambre", "the Senate"). Also finds the seats of power named for their institution
 * ("Matignon", "Downing Street"), which the resolver types by their context ({@link SeatContext}).
 * <p>
 * Written by hand because the CRF models (CoNLL and news of the 2000s) see few institutions of this shape, and the
 * shape is regular in the four languages. An institution found here replaces the names inside it (the longest name
 * wins: "Conseil de sécurité de l'ONU"); a longer name the finder found is kept. Immutable and thread-safe.
 */
public final class OrganisationNames {

    static final String FILE = "institutions.tsv";
    static final String NEWSPAPERS_FILE = "newspapers.tsv";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}-]*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final int MAX_WORDS = 12;
    /** The type of an institution made of a head and the capitalised words before it only, until settled. */
    private static final String LEFT_ONLY = "ORG-LEFT";
    /** The type of a newspaper's title until settled: it wins over a place, person or other name it lies in. */
    private static final String NEWSPAPER = "ORG-PAPER";
    /** The type of a ship's name until settled: it wins over the place or person the finder took it for. */
    private static final String VESSEL = "ORG-VESSEL";
    /** Most ship names: one to five words, as in "Amiral de Kersaint", "Ville de Lorient". */
    private static final int MAX_VESSEL_WORDS = 5;
    /** An abbreviation in dotted capitals: it wins over the initials the finder took with its last full stop. */
    private static final String ABBREVIATION = "ORG-ABBREVIATION";
    /** Languages whose bodies are named by dotted capitals after an article: "la C.G.T.", "la C.N.T.". */
    private static final Set<String> ABBREVIATING = Set.of("fr", "es");
    private static final Set<String> ABBREVIATION_ARTICLES = Set.of("la", "le", "les", "du", "des", "au", "aux", "el", "los", "las", "del", "al");
    /** Words left before a ship the finder ran over that are no name: articles, and OCR's "Il" for an opening quote. */
    private static final Set<String> ARTICLES_BEFORE_SHIPS = Set.of("le", "la", "les", "l'", "the", "el", "il");
    /** What joins the words of a ship's name that is made of a title or a noun and a name. */
    private static final Set<String> VESSEL_LINKS = Set.of("de", "du", "des", "d", "la", "of", "the", "del");
    /**
     * The captain after a ship's name in French port news: "Sainte-Anne, c. Quinniou, p. Plougrescant". Also
     * "cap."; OCR often loses the full stop.
     */
    private static final Pattern CAPTAIN = Pattern.compile(",\\s*(?:c|cap)\\.?\\s+(?=\\p{Lu})");
    /** A day of the month in port news before the ship that arrived or left on it: "le 21, Sophie, de Saint-Nazaire". */
    private static final Pattern PORT_DAY = Pattern.compile("le\\s+\\d{1,2}\\s*,\\s*(?:[«“\"]|(?:Il|ci)\\s(?=\\s*\\p{Lu}))?\\s*(?=\\p{Lu})");
    /** OCR's reading of the quote that closes a ship's name before the comma: "Pervenche u ,", "Boileau ̃» ,", "Arvor Il ,". */
    private static final Pattern OCR_CLOSING_QUOTE = Pattern.compile("\\s*(?:\\p{M}*[»”\"]|Il|ii|u|n)(?=[\\s»”\"]*,)");
    /** Where the ship of a port-news day comes from or goes: ", de Brest", ", p. Caen", ", venant de Sfax". */
    private static final Pattern PORT_WAY = Pattern.compile("[\\s»”\"]*,\\s*(?:de\\s+|du\\s+|d['’]\\s*|p\\.\\s*"
            + "|ven(?:ant)?\\.?\\s+(?:de\\s+|du\\s+|d['’]\\s*)?|allant\\s+(?:à|a|au)\\s+)(?=\\p{Lu})");
    /**
     * A day of the month and a way after a ship's name in French port news: "Gange, le 24, à Marseille", "Annam, le
     * 23. de Colombo", "La Bretagne, le 21, de New-York" (the ship named first, then where it was on that day); "allant
     * à" as the port news's way. OCR's readings of the day: "le" as "Ie" or "b", a digit as a letter ("le t3", "le
     * 2E"), "à" in capitals ("le 23, A Bordeaux").
     */
    private static final Pattern DAY_AND_WAY = Pattern.compile(",\\s*(?:le|Ie|b)\\s+(?:\\d{1,2}|\\d[EOSl]|[tlI]\\d)\\s*[,.]\\s*"
            + "(?:(?:à|a|A|au|de|du|pour|allant\\s+(?:à|a|au))\\s+"
            + "|d['’]\\s*|p\\.\\s*|ven(?:ant)?\\.?\\s+(?:de\\s+|du\\s+|d['’]\\s*)?)(?:la\\s+)?(?=\\p{Lu})");
    /** Port news words before a ship's name ("Arrivé Saint-Paul, c. André"): no part of it. */
    private static final Set<String> PORT_VERBS = Set.of("arrive", "arrives", "arrivee", "arrivees", "parti", "partis",
            "partie", "parties", "entre", "entres", "sorti", "sortis", "passe", "passes", "mouille", "relache", "paquebots",
            "voiliers", "vapeurs", "navires", "cabotage");
    private static final Set<String> COORDINATORS = Set.of("et", "and", "und", "y");
    /** What joins a street's head word to its name. */
    private static final Set<String> STREET_PREPOSITIONS = Set.of("de", "du", "des", "d", "del");
    /**
     * A German adjective of nation, creed or kind, declined, written in lower case before a head after a definite
     * article: "die faschistische Partei", "des preußischen Landtages", "der italienischen Handelskammer".
     */
    private static final Pattern GERMAN_ADJECTIVE = Pattern.compile("(.{2,}?)(?:e|en|er|es|em)");
    /** Lower-case words after a preposition that still belong to the name ("chemins de fer", "sécurité"). */
    private static final int MAX_LOWER_COMPLEMENT = 3;

    /** What a language's institution names are made of. */
    private record Grammar(Set<String> determiners, Set<String> prepositions, Set<String> articles,
                           Set<String> connectors, Pattern adjective, Set<String> stop) {
    }

    private static final Map<String, Grammar> GRAMMARS = Map.of(
            "fr", new Grammar(words("le la les l du des au aux"), words("de du des d pour"), // not "sur": "la Bourse du travail sur la journée"
                    words("la l le les"), words("de d du des la l et"),
                    Pattern.compile(".{2,}(?:al|ale|ales|aux|ien|ienne|iens|iennes|ais|aise|aises|ique|iques|aire|aires"
                            + "|el|elle|els|elles|if|ive|ifs|ives|eur|eure|eures|enne|ennes|ain|aine|aines|ois|oise|oises"
                            + "|iere|ieres|angere|angeres|itime|itimes|iste|istes)|unie|unies|uni|unis"
                            // nations whose adjective has none of these endings: "Banque espagnole de crédit"
                            + "|allemande?s?|espagnole?s?|grecque?s?|turque?s?|belges?|suisses?|russes?|serbes?"
                            + "|tcheques?|normande?s?|flamande?s?|bretonne?s?"
                            // common in names, no ending above: "Travaux publics", "Conseil suprême", "Crédit foncier"
                            + "|(?:fonc|ouvr|financ|immobil|mobil|hospital|douan|rout|polic)iers?|publics?|publiques?|supremes?|civile?s?|agricoles?|rouges?"),
                    words("le la les un une des du de d l et ou qui que dont est sont a ont ete etait etaient ne pas plus"
                            + " se sa son ses leur leurs ce cet cette ces il elle ils elles on nous vous y en au aux par pour"
                            + " sur dans avec sans mais donc car comme tout tous toute toutes tres aussi deja hier demain"
                            + " aujourd lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai"
                            + " juin juillet aout septembre octobre novembre decembre etre avoir fait lors entre apres avant"
                            + " depuis selon contre cette notre votre mon ma mes"
                            // verbs in -ique, read as adjectives otherwise: "le ministère des Finances communique"
                            + " communique indique explique replique revendique applique fabrique critique")),
            "en", new Grammar(words("the"), words("of for on"), words("the"), words("of and the for"),
                    Pattern.compile("(?!)"),
                    words("the a an of and or to in on at for by with is are was were has have had be been that which"
                            + " who this these those it its not from as but also yesterday today tomorrow monday tuesday"
                            + " wednesday thursday friday saturday sunday said says will would")),
            // Italian prepositions too: German papers of bilingual regions name Italian institutions ("Agenzia d'affari").
            "de", new Grammar(words("der die das dem den des"), words("fur der des di del della delle dei degli d"), words("der die das"),
                    words("und fur der des"), Pattern.compile("(?!)"),
                    words("der die das dem den des ein eine und oder ist sind war hat haben wird nicht am im")),
            "es", new Grammar(words("el la los las del al"), words("de del para"), words("la el los las"),
                    words("de del y la los las"),
                    Pattern.compile(".{2,}(?:al|ales|ano|ana|anos|anas|ico|ica|icos|icas|ivo|iva|ivos|ivas|ario|aria"
                            + "|arios|arias|ense|enses|eo|ea|eos|eas|emo|ema|ista|istas|ional)"),
                    words("el la los las un una de del y o que es son fue ha han se su sus en por para con sin al lo"
                            + " como mas ayer hoy manana lunes martes miercoles jueves viernes sabado domingo este esta"
                            + " estos estas ese esa")));

    private final Map<String, Set<String>> alone;
    private final Map<String, Set<String>> heads;
    private final Map<String, Set<String>> lowercase;
    /** A lower-case house's word that heads a name only with a capitalised name right after it ("au café Prokop"). */
    private final Map<String, Set<String>> lowercaseNamed;
    /** What a lower-case head's complement may name in lower case ("ministère de l'intérieur"). */
    private final Map<String, Set<String>> domains;
    /** What ends with a minister's title and its preposition, by language ("le ministre de la "). */
    private final Map<String, Pattern> portfolioTitles;
    /** German adjective stems of creed or nation not in -isch, and stems in -isch that are of neither. */
    private final Set<String> germanAdjectives;
    private final Set<String> germanPlainAdjectives;
    private final Map<String, Set<String>> names;
    /** The second and third letters of the listed German names ("ol" of "volkerbund"): where {@link #splitName} looks. */
    private final Set<String> germanNameStarts;
    /**
     * The listed German names of ten letters or more, by length: {@link #misreadName} compares a word with those one
     * letter longer or shorter at most, not with every name (it was a tenth of the organisations' CPU).
     */
    private final Map<Integer, List<String>> germanLongNamesByLength;
    /** The German names, alone heads and heads in one set: {@link #uninflected} asks for any of them, per word. */
    private final Set<String> germanListedHeads;
    /** Per language, every word of the lists {@link #phrase} asks about (names, alone, heads, lower-case, streets). */
    private final Map<String, Set<String>> phraseWords;
    /** Heads that are also past participles ("Parti"): a capitalised word right after one must be an adjective. */
    private final Map<String, Set<String>> participles;
    /** Endings of compounds, here and below as arrays: each head candidate is tested against all of them. */
    private final Map<String, String[]> suffixes;
    /** German compound endings of a head that needs its complement ("Aktiengesellschaft für …", "Actien-Gesellschaft"). */
    private final Map<String, String[]> compoundHeads;
    /** German compound endings of a business that needs its name after it ("Gärtnerei Thomann", "Parkhotel Laurin"). */
    private final Map<String, String[]> trades;
    /** Words that head a street's name, in either case ("rue", "quai", "calle"): the street is a place. */
    private final Map<String, Set<String>> streets;
    /** Kinds of ship, by language ("vapeur", "paquebot", "tanker", "buque"): a capitalised name after one is a ship. */
    private final Map<String, Set<String>> vessels;
    /** First letters of the heads that may be written in lower case ("ministère"): other lower-case words are skipped. */
    private final String lowercaseInitials;
    /** Seats of power by their names, longest first. */
    private final List<String> seatNames;
    /** Newspapers' titles by language ({@link #newspaperPattern}). */
    private final Map<String, List<Title>> newspapers;
    /** The titles of one hyphenated word of ten letters or more ("ouest-eclair"), folded, by language. */
    private final Map<String, List<String>> hyphenatedTitles;

    /** Words of newspapers' titles in every language ("zeitung", "corriere", "matin", "times"): a name in quotes with one is a paper. */
    private final Set<String> pressWords;
    /** German press words that also end a title's compound ("Alpenzeitung", "Volksboten"). */
    private final Set<String> pressEndings;

    /**
     * The shipped list's organisations by every name and alias, folded, spaces single ("united nations", "onu"): a
     * heading in capitals that names one is that body, whatever words the text also writes in lower case.
     */
    private final Set<String> listedOrganisations;

    /** A title without its article, as written and in capitals, and the pattern that finds it. */
    private record Title(List<String> forms, Pattern pattern) {
    }

    private OrganisationNames(Map<String, Set<String>> classes, Set<String> seatNames, Map<String, List<String>> newspaperTitles,
                              Set<String> listedOrganisations) {
        this.listedOrganisations = Set.copyOf(listedOrganisations);
        Map<String, List<Title>> byLanguage = new HashMap<>();
        newspaperTitles.forEach((language, list) -> byLanguage.put(language, list.stream().map(title -> {
            Matcher m = LEADING_ARTICLE.matcher(title);
            String body = m.find() ? title.substring(m.end()) : title;
            return new Title(forms(body), newspaperPattern(List.of(title)));
        }).toList()));
        this.newspapers = Map.copyOf(byLanguage);
        Map<String, List<String>> hyphenated = new HashMap<>();
        newspaperTitles.forEach((language, list) -> {
            List<String> compounds = new ArrayList<>();
            for (String title : list) {
                Matcher m = LEADING_ARTICLE.matcher(title);
                String body = fold(m.find() ? title.substring(m.end()) : title);
                if (body.indexOf('-') > 0 && body.indexOf(' ') < 0 && body.length() >= 10) compounds.add(body);
            }
            if (!compounds.isEmpty()) hyphenated.put(language, List.copyOf(compounds));
        });
        this.hyphenatedTitles = Map.copyOf(hyphenated);
        this.alone = byLanguage(classes, "alone");
        this.heads = byLanguage(classes, "head");
        this.lowercase = byLanguage(classes, "lowercase");
        this.lowercaseNamed = byLanguage(classes, "lowernamed");
        this.domains = byLanguage(classes, "domain");
        Map<String, Pattern> titles = new HashMap<>();
        // Up to two lower-case words between a title and its preposition ("ministre délégué à la Santé"); folded text.
        byLanguage(classes, "portfolio").forEach((language, words) -> titles.put(language, Pattern.compile(
                "(?<![\\p{L}-])(?:" + String.join("|", words.stream().map(Pattern::quote).sorted().toList())
                        + ")(?:\\s+\\p{Ll}+){0,2}?\\s+(?:de la|de l|du|des|de|d|a la|au|aux|del|de los|da|do|das|dos"
                        + "|della|dello|of the|of|for)[\\s'’]*$")));
        this.portfolioTitles = Map.copyOf(titles);
        this.germanAdjectives = byLanguage(classes, "adjective").getOrDefault("de", Set.of());
        this.germanPlainAdjectives = byLanguage(classes, "plain").getOrDefault("de", Set.of());
        this.names = byLanguage(classes, "name");
        Set<String> starts = new HashSet<>();
        for (String name : names.getOrDefault("de", Set.of())) if (name.length() >= 3) starts.add(name.substring(1, 3));
        this.germanNameStarts = Set.copyOf(starts);
        Map<Integer, List<String>> longNames = new HashMap<>();
        for (String name : names.getOrDefault("de", Set.of())) {
            if (name.length() >= 10) longNames.computeIfAbsent(name.length(), k -> new ArrayList<>()).add(name);
        }
        this.germanLongNamesByLength = Map.copyOf(longNames);
        Set<String> listed = new HashSet<>(names.getOrDefault("de", Set.of()));
        listed.addAll(alone.getOrDefault("de", Set.of()));
        listed.addAll(heads.getOrDefault("de", Set.of()));
        this.germanListedHeads = Set.copyOf(listed);
        this.participles = byLanguage(classes, "participle");
        this.suffixes = endings(byLanguage(classes, "suffix"));
        this.compoundHeads = endings(byLanguage(classes, "compoundhead"));
        this.trades = endings(byLanguage(classes, "trade"));
        this.streets = byLanguage(classes, "street");
        Map<String, Set<String>> phraseWords = new HashMap<>();
        for (Map<String, Set<String>> list : List.of(names, alone, heads, lowercase, lowercaseNamed, streets)) {
            list.forEach((language, words) -> phraseWords.computeIfAbsent(language, k -> new HashSet<>()).addAll(words));
        }
        phraseWords.replaceAll((language, words) -> Set.copyOf(words));
        this.phraseWords = Map.copyOf(phraseWords);
        this.vessels = byLanguage(classes, "vessel");
        Set<String> press = new HashSet<>();
        byLanguage(classes, "press").values().forEach(press::addAll);
        this.pressWords = Set.copyOf(press);
        this.pressEndings = byLanguage(classes, "press").getOrDefault("de", Set.of());
        StringBuilder initials = new StringBuilder();
        java.util.stream.Stream.of(lowercase, lowercaseNamed, streets).flatMap(m -> m.values().stream()).forEach(set -> set.forEach(w -> {
            if (initials.indexOf(w.substring(0, 1)) < 0) initials.append(w.charAt(0));
        }));
        this.lowercaseInitials = initials.toString();
        List<String> sorted = new ArrayList<>(seatNames);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.seatNames = List.copyOf(sorted);
    }

    /** The shipped head words and seats of power. */
    public static OrganisationNames load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] row : rows(FILE)) {
            classes.computeIfAbsent(row[0] + "\t" + row[1], k -> new HashSet<>()).addAll(words(row[2]));
        }
        Set<String> seatNames = new HashSet<>();
        for (String[] row : rows(ReferenceNames.SEATS_FILE)) {
            for (String name : row[2].split("\\|")) {
                // Only capitalised Latin names long enough not to be a word: "Élysée", "Matignon", "Kremlin".
                String n = name.strip();
                if (n.length() >= 5 && Character.isUpperCase(n.codePointAt(0))) seatNames.add(n);
            }
        }
        Map<String, List<String>> titles = new HashMap<>();
        for (String[] row : rows(NEWSPAPERS_FILE, 2)) titles.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        return new OrganisationNames(classes, seatNames, titles, listedOrganisationNames());
    }

    /** Every name and alias of {@link ReferenceNames#ORGANISATIONS_FILE}, without its languages, as {@link #listedName}. */
    private static Set<String> listedOrganisationNames() {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(ReferenceNames.ORGANISATIONS_FILE, 2)) {
            out.add(listedName(row[1]));
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) out.add(listedName(alias.replaceFirst("^[a-z]{2}(?:,[a-z]{2})*:", "")));
            }
        }
        out.remove("");
        return out;
    }

    /** A name as the list is looked up: folded, one space between words. */
    private static String listedName(String name) {
        return fold(name.strip().replaceAll("\\s+", " "));
    }

    /** Whether a name is one of the shipped list's organisations, in any of its spellings ("UNITED NATIONS"). */
    boolean isListedOrganisation(String name) {
        return listedOrganisations.contains(listedName(name));
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:Le|La|Les|Der|Die|Das|The|El|Los|Las)\\s+|L['’])");

    /**
     * One pattern for a language's newspapers: each title with its article as written (group "art", capitalised) or
     * after a lower-case article or "du"/"au" (not part of the name), as written or in capitals; a title of one word
     * only after an article, and in capitals only with its article and no heading going on after it. Longest titles
     * first.
     */
    static Pattern newspaperPattern(List<String> titles) {
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String title : sorted) {
            Matcher m = LEADING_ARTICLE.matcher(title);
            String article = m.find() ? m.group() : "";
            String rest = title.substring(article.length());
            String art = article.isEmpty() ? "" : article.strip().replace("’", "'");
            boolean oneWord = !rest.contains(" ") && !rest.contains("-") && !art.isEmpty();
            // A title of one common word in capitals is a column's heading more often than the paper: "LE TEMPS".
            List<String> forms = oneWord ? List.of(rest, bareCapitals(rest)).stream().distinct().toList() : forms(rest);
            String body = "(?:" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")";
            String written = art.isEmpty() ? "" : "(?<art>" + Pattern.quote(art) + "|" + Pattern.quote(art.toUpperCase(Locale.ROOT)) + ")"
                    + (art.endsWith("'") ? "" : "\\s+");
            String lower = art.isEmpty() ? "" : "(?<=\\b(?:" + Pattern.quote(art.toLowerCase(Locale.ROOT)) + "|du|au|des|aux|del|al|der|dem|den|des|the)"
                    + (art.endsWith("'") ? "" : "\\s") + ")";
            if (art.endsWith("'")) lower = "(?<=\\b[lL]['’])";
            alternatives.add(written.isEmpty() ? body : "(?:" + written.replace("(?<art>", "(?:") + body + ")");
            if (!art.isEmpty()) alternatives.add(lower + body);
            else if (!oneWord) alternatives.add(body);
            if (oneWord) {
                // In capitals with its article it is the paper when no heading goes on after it: the next letter is in
                // lower case or none follows ("LE MATIN est seul à…", a page's running head among OCR's debris), while
                // a column's heading goes on in capitals or with a capitalised line ("LE TEMPS QU'IL FERA. Beau").
                String capitals = art.toUpperCase(Locale.ROOT);
                alternatives.add(Pattern.quote(capitals) + (art.endsWith("'") ? "" : "\\s+")
                        + "(?:" + String.join("|", List.of(rest.toUpperCase(Locale.ROOT), bareCapitals(rest.toUpperCase(Locale.ROOT)))
                                .stream().distinct().map(Pattern::quote).toList()) + ")"
                        + "(?=[^\\p{L}]*+(?:\\p{Ll}|\\z))");
            }
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}-])");
    }

    /**
     * A title's body as written, with its words capitalised, in capitals, and these with unaccented capitals; each once.
     * Papers capitalise each word of another's title as often as not: "le Journal Officiel", "le Petit Écho de la Mode".
     */
    private static List<String> forms(String body) {
        String capitals = body.toUpperCase(Locale.ROOT);
        String titled = titleCased(body);
        return java.util.stream.Stream.of(body, titled, capitals, bareCapitals(body), bareCapitals(titled), bareCapitals(capitals))
                .distinct().toList();
    }

    /** A lower-case letter starting a word of four letters or more. */
    private static final Pattern TITLE_WORD_START = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}(?=[\\p{L}\\p{M}]{3})");

    /** Each word of four letters or more with a capital first letter ("Journal officiel" → "Journal Officiel"). */
    static String titleCased(String body) {
        Matcher m = TITLE_WORD_START.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group().toUpperCase(Locale.ROOT));
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A title with its capitals unaccented ("L'Ouest-Eclair", "Les Echos"), as printers of the old press and many
     * typists write them: French capitals often carry no accent.
     */
    static String bareCapitals(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            out.append(Character.isUpperCase(c) && c > 127 ? DIACRITICS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("") : String.valueOf(c));
        }
        return out.toString();
    }

    /** The newspapers the text cites, by their titles in its language: ORG. */
    private List<NameSpan> newspapers(String text, String language) {
        List<Title> titles = newspapers.get(language == null ? "" : language);
        if (titles == null) return List.of();
        List<NameSpan> out = new ArrayList<>();
        for (Title title : titles) {
            // Most texts cite no paper: an indexOf per title spares scanning the whole text with its pattern.
            if (title.forms().stream().noneMatch(text::contains)) continue;
            Matcher m = title.pattern().matcher(text);
            while (m.find()) out.add(new NameSpan(m.group(), NEWSPAPER, m.start(), m.end()));
        }
        List<String> compounds = hyphenatedTitles.get(language == null ? "" : language);
        if (compounds != null) misreadTitles(text, compounds, out);
        quotedTitles(text, out);
        if (out.size() > 1) out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    /**
     * The hyphenated titles of one word ("Ouest-Éclair") as OCR misreads them, a few letters off, with or without
     * their article: "Ouesl-Eclair", "Onest-Eclalr", "VOucst-Eclair" (l' read as V), "OUEST -ÉCLAIR". Up to one
     * letter in four may differ (3 in "ouest-eclair"); names found by the exact patterns are not found twice.
     */
    private static void misreadTitles(String text, List<String> titles, List<NameSpan> out) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String title : titles) {
            shortest = Math.min(shortest, title.length());
            longest = Math.max(longest, title.length());
        }
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
            boolean spaceBefore = h > 0 && text.charAt(h - 1) == ' ';
            boolean spaceAfter = h + 1 < text.length() && text.charAt(h + 1) == ' ';
            if (spaceBefore && spaceAfter) continue; // " - ": a dash
            int from = spaceBefore ? h - 1 : h; // "OUEST -ÉCLAIR"
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
            int to = spaceAfter ? h + 2 : h + 1;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
            while (from < h && !Character.isLetterOrDigit(text.charAt(from))) from++;
            if (from + 2 < h && "lLdD".indexOf(text.charAt(from)) >= 0 && "'’".indexOf(text.charAt(from + 1)) >= 0) from += 2; // "l'Ouesl-Eclair"
            while (to > h + 1 && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '€') to--;
            if (from >= h || to <= h + 1 || !Character.isUpperCase(text.charAt(from))) continue;
            int start = from;
            int end = to;
            if (!titleLength(text, from, to, shortest, longest) || out.stream().anyMatch(n -> n.start() < end && start < n.end())) {
                h = to;
                continue;
            }
            String token = fold(text.substring(from, to).replace(" ", ""));
            for (String title : titles) {
                if (Math.abs(token.length() - title.length()) <= 1 && editDistance(token, title) <= title.length() / 4) {
                    out.add(new NameSpan(text.substring(from, to), NEWSPAPER, from, to));
                    break;
                }
            }
            h = to;
        }
    }

    /**
     * Whether the word between two offsets may fold to a length one off a title's, from {@code shortest} to
     * {@code longest}: folding drops spaces and accents' marks, never adds a letter, so the word's letters other than
     * marks bound its folded length from below and all its characters from above. Most hyphenated words ("Saint-Malo",
     * "Mont-Blanc") are cut here, before folding and edit distances.
     */
    private static boolean titleLength(String text, int from, int to, int shortest, int longest) {
        int chars = 0;
        int marks = 0;
        for (int c = from; c < to; ) {
            int cp = text.codePointAt(c);
            int n = Character.charCount(cp);
            c += n;
            if (cp == ' ') continue;
            chars += n;
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                marks += n;
            }
        }
        return chars >= shortest - 1 && chars - marks <= longest + 1;
    }

    /** Where a title in quotes may open: „Matin“, « le Temps », »Times«, "Daily Mail". */
    private static final String OPENING_QUOTES = "„«»“\"‚";
    /** Where it closes, OCR's misreadings included. */
    private static final String CLOSING_QUOTES = "“”\"»«‘’'";
    /** Lower-case words inside a title: "Corriere della Sera", "Giornale d'Italia", "Journal des Débats". */
    private static final Set<String> TITLE_LINKS = Set.of("della", "del", "dello", "di", "d", "de", "du", "des", "la", "le",
            "les", "l", "of", "the", "und", "der", "e", "et");
    /** Most titles in quotes: up to six words ("Münchner Neueste Nachrichten", "Corriere della Sera"). */
    private static final int MAX_TITLE_WORDS = 6;

    /**
     * The newspapers cited by a title in quotes that holds a word of the press of any language, in a French, German,
     * English or Spanish text (the languages with titles in {@code newspapers.tsv}): "die „Tribuna“",
     * "der „Corriere della Sera“", "„Alpenzeitung“", "« le XXe Siècle »", "the "Daily Mail"". German papers quote
     * the titles they cite, foreign ones included, which no list of titles can hold; the press word keeps out quoted
     * speech, plays and hotels ("„Walzertraum“", "„Ich komme“"). Titles found already are not found twice.
     */
    private void quotedTitles(String text, List<NameSpan> out) {
        if (pressWords.isEmpty()) return;
        Matcher word = WORD.matcher(text);
        int lastTitleEnd = -1;
        for (int q = 0; q < text.length(); q++) {
            if (OPENING_QUOTES.indexOf(text.charAt(q)) < 0) continue;
            int k = q + 1;
            if (k < text.length() && text.charAt(k) == ' ') k++;
            if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) continue;
            int start = k;
            int end = -1;
            int lastCapitalEnd = -1;
            // "le journal « Prawda »", "notre confrère « le Petit Marseillais", "die Zeitung „Prawda“", and the titles
            // listed after one ("les journaux libéraux, le « XXe Siècle », le « Novoïé Vrémia »"): papers by their place.
            boolean named = PRESS_NOUN_BEFORE.matcher(text.substring(Math.max(0, q - 60), q)).find()
                    || lastTitleEnd >= 0 && q - lastTitleEnd < 20 && NEXT_IN_A_LIST.matcher(text.substring(lastTitleEnd, q)).matches();
            boolean press = named;
            word.region(k, Math.min(text.length(), k + 120));
            for (int n = 0; n < MAX_TITLE_WORDS && word.find(); n++) {
                String gap = text.substring(k, word.start());
                if (n > 0 && !(gap.equals(" ") || gap.equals("'") || gap.equals("’") || gap.equals("° "))) break;
                String w = word.group();
                String f = fold(w.endsWith("-") ? w.substring(0, w.length() - 1) : w);
                boolean capitalised = Character.isUpperCase(w.codePointAt(0));
                boolean broken = n > 0 && text.charAt(k - 1) == '-'; // "„Alpen- zeitung“": the line broke the word
                if (!capitalised && !broken && !TITLE_LINKS.contains(f)) break;
                press |= pressWords.contains(f) || pressCompound(f);
                k = word.end();
                if (capitalised || broken) lastCapitalEnd = k;
                int c = k < text.length() && text.charAt(k) == ' ' ? k + 1 : k;
                if (c < text.length() && CLOSING_QUOTES.indexOf(text.charAt(c)) >= 0) {
                    if (capitalised || broken) end = k;
                    break;
                }
            }
            // A quote OCR lost or never closed ("notre confrère « Le Petit Marseillais les faits"): the title's place
            // alone says where it ends, at its last capitalised word.
            if (end < 0 && named && capitalsIn(text.substring(start, Math.max(start, lastCapitalEnd))) >= 2) end = lastCapitalEnd;
            if (end < 0 || !press) continue;
            int from = start;
            int to = end;
            if (out.stream().noneMatch(n -> n.start() < to && from < n.end())) out.add(new NameSpan(text.substring(from, to), NEWSPAPER, from, to));
            lastTitleEnd = end;
            q = end;
        }
    }

    /**
     * A noun of the press right before a quote, with an article or an adjective between ("le journal", "notre
     * confrère", "les journaux libéraux,", "die Zeitung", "the newspaper", "el diario"): the quote holds a paper's
     * title, whatever its words. Nouns of fr, de, en, es.
     */
    private static final Pattern PRESS_NOUN_BEFORE = Pattern.compile("(?u)(?<![\\p{L}])(?iu:journal|journaux|confrères?"
            + "|quotidiens?|hebdomadaires?|organe|gazette|revue|périodique|magazine|agence|zeitung|zeitschrift"
            + "|blatt|blattes|newspapers?|diario|periódico|periodico|semanario|revista|agencia)"
            + "(?:\\s+\\p{Ll}+)?\\s*,?\\s*(?:(?:le|la|les|l['’]|der|die|das|des|dem|the|el)\\s*)?$");
    /** Between two titles of a list: the first's closing quote, a comma or "et"/"and"/"und"/"y", an article. */
    private static final Pattern NEXT_IN_A_LIST = Pattern.compile("(?u)\\s*\\p{Ll}?\\s*[»“”\"«]?\\s*(?:,|et|and|und|y|;)\\s*"
            + "(?:(?:le|la|les|l['’]|der|die|das|the|el)\\s*)?");

    /** Words that open with a capital: an unclosed title needs two ("Le Petit Marseillais"; not "« Nous voulons"). */
    private static int capitalsIn(String words) {
        int n = 0;
        Matcher m = WORD.matcher(words);
        while (m.find()) if (Character.isUpperCase(m.group().codePointAt(0))) n++;
        return n;
    }

    /** Whether a word ends with a German press word after a word of its own: "alpenzeitung", "volksboten", "alpen-zeitung". */
    private boolean pressCompound(String f) {
        for (String e : pressEndings) if (f.length() >= e.length() + 3 && f.endsWith(e)) return true;
        return false;
    }

    /**
     * Whether {@code editDistance(a, b) <= 1}, in one pass and without tables: equal, or one character changed, or
     * one added or dropped (the longer one then reads as the shorter one with a character in between).
     */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() < b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int longer = a.length(), shorter = b.length();
        if (longer - shorter > 1) return false;
        int i = 0;
        while (i < shorter && a.charAt(i) == b.charAt(i)) i++;
        if (i == shorter) return true;
        return longer == shorter ? a.regionMatches(i + 1, b, i + 1, shorter - i - 1) : a.regionMatches(i + 1, b, i, shorter - i);
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The names, with the institutions of the text added and the names they contain replaced; sorted, not
     * overlapping. Languages other than fr, en, de and es only get the seats of power.
     */
    public List<NameSpan> complete(List<NameSpan> found, String text, String language) {
        if (text == null || text.isEmpty()) return found;
        List<NameSpan> papers = newspapers(text, language);
        List<NameSpan> named = Venues.typed(BrokenWords.joined(withInstitutions(found, text, language, papers), text, language), text, language);
        return withoutLeadingArticles(Headings.withoutTopics(named, text, papers, this::isHeadWord, this::isListedOrganisation), language);
    }

    /** A French article opening an organisation's name, as written: "Le", "La", "Les" before a word, "L'" elided. */
    private static final Pattern FRENCH_LEADING_ARTICLE = Pattern.compile("^(?:(Le|La|Les)\\s+|L['’]\\s*)(?=\\p{Lu})");

    /**
     * The French organisations without the article that opens them, when it is the sentence's and not the name's:
     * an elided "L'" ("L'Union des syndicats", "L'Ouest-Eclair") and "Le", "La", "Les" before an institution's head word
     * ("La Fédération républicaine", "Le Comité national"). A ship's or a paper's name keeps its article ("La Marie",
     * "Le Petit Marseillais"), and so do headings in capitals ("LE MATIN", "L'ÉCHO DE PARIS").
     */
    private List<NameSpan> withoutLeadingArticles(List<NameSpan> names, String language) {
        if (!"fr".equals(language)) return names;
        List<NameSpan> out = null;
        for (int i = 0; i < names.size(); i++) {
            NameSpan name = names.get(i);
            NameSpan cut = withoutLeadingArticle(name);
            if (cut != name && out == null) out = new ArrayList<>(names.subList(0, i));
            if (out != null) out.add(cut);
        }
        return out == null ? names : List.copyOf(out);
    }

    private NameSpan withoutLeadingArticle(NameSpan name) {
        String text = name.text();
        if (!name.type().equals("ORG") || text.length() < 4 || text.charAt(0) != 'L') return name; // cheap pre-test
        Matcher m = FRENCH_LEADING_ARTICLE.matcher(text);
        if (!m.find() || m.end() >= text.length()) return name;
        String rest = text.substring(m.end());
        String first = rest.split("[\\s'’-]", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) return name; // a heading: "L'ÉCHO DE PARIS"
        if (m.group(1) != null && !isHeadWord(fold(first))) return name;
        return new NameSpan(rest, name.type(), name.start() + m.end(), name.end());
    }

    private List<NameSpan> withInstitutions(List<NameSpan> found, String text, String language, List<NameSpan> papers) {
        List<NameSpan> named = withoutPortfolios(withoutBareHeads(withoutRunOn(found, text, language), language), text, language);
        List<NameSpan> institutions = new ArrayList<>(find(text, language));
        institutions.addAll(seats(text));
        institutions.addAll(papers);
        institutions.addAll(ShareQuotes.find(text, language));
        if (institutions.isEmpty()) return named;
        List<NameSpan> out = new ArrayList<>(named);
        institutions.sort(Comparator.comparingInt(NameSpan::start));
        // The text's words, gathered once and only when a cut needs them (French institutions that ran on).
        Supplier<Set<String>> textWords = new OnFirstUse<>(() -> wordsOf(text));
        for (NameSpan institution : institutions) {
            boolean blocked = false;
            List<NameSpan> inside = new ArrayList<>();
            List<NameSpan> runOn = new ArrayList<>();
            for (NameSpan n : out) {
                if (n.end() <= institution.start() || n.start() >= institution.end()) continue;
                if (n.start() >= institution.start() && n.end() <= institution.end()) inside.add(n);
                else if (institution.type().equals(NEWSPAPER) && runsOver(n, institution, text)) inside.add(n);
                else if (institution.type().equals(VESSEL)) inside.add(n); // the finder's place or person ran over it
                else if (institution.type().equals(ABBREVIATION) && n.start() >= institution.start()
                        && n.end() <= institution.end() + 1) {
                    inside.add(n); // the finder's initials "C. G. T." with the full stop the abbreviation leaves out
                }
                else if (n.type().equals("MISC") && !institution.type().equals(LEFT_ONLY)
                        && !institution.type().equals("LOC") && runsOnOver(n, institution, text)) {
                    inside.add(n);
                    runOn.add(n);
                }
                else blocked = true; // a longer or crossing name the finder found wins
            }
            if (blocked || complementsAPaper(institution, papers, text)) continue;
            NameSpan person = trailingPerson(institution, inside, text);
            if (person != null) {
                // "le directeur de l'Hôpital universitaire d'Ostrava Jiří Havrlant": the person keeps his name.
                inside.remove(person);
                String cut = text.substring(institution.start(), person.start()).stripTrailing();
                institution = new NameSpan(cut, institution.type(), institution.start(), institution.start() + cut.length());
            }
            if ("fr".equals(language) && institution.type().equals("ORG")) {
                // "le tribunal de Reims Substitut à Vervins": the next item's first word ends the institution.
                int cut = nextItemStart(institution, text);
                // The finder's own organisation across it says the words are one name ("Banque de France Paribas"),
                // unless the cut word is a common one the text writes in lower case too ("… de Paris | Voici", "voici").
                if (cut > 0 && (inside.stream().noneMatch(n -> n.type().equals("ORG") && n.start() < cut && n.end() > cut)
                        || commonWord(text, cut, textWords))) {
                    inside.removeIf(n -> n.start() >= cut); // a name of the next item stays: "… de la Presse | Goneux"
                    String kept = text.substring(institution.start(), cut).stripTrailing();
                    institution = new NameSpan(kept, institution.type(), institution.start(), institution.start() + kept.length());
                }
            }
            if (institution.type().equals(LEFT_ONLY) && inside.size() == 1 && inside.get(0).start() == institution.start()
                    && inside.get(0).end() == institution.end()) {
                continue;
            }
            out.removeAll(inside);
            for (NameSpan n : runOn) {
                // The heading's other words stay the other name they were: "PRIX DE LA | Société d'Encouragement".
                out.addAll(outsideParts(n, institution, text));
            }
            if (institution.type().equals(VESSEL)) {
                // "Concarneau Ville de Bayonne" found as one place: the words before the ship stay a name of their own.
                for (NameSpan n : inside) {
                    if (n.start() >= institution.start()) continue;
                    // "Nantes « Gafsa": the ship's opening quote is no part of the port.
                    String before = text.substring(n.start(), institution.start()).replaceFirst("[\\s«“\"]+$", "");
                    // "sur La Lorraine" found as one place: the article alone is no name.
                    if (before.length() >= 2 && !ARTICLES_BEFORE_SHIPS.contains(fold(before))) out.add(new NameSpan(before, n.type(), n.start(), n.start() + before.length()));
                }
                // "Pingouin Lorient" found as one place: the capitals after the ship (the next item's dateline) too.
                for (NameSpan n : inside) {
                    int from = institution.end();
                    while (from < n.end() && !Character.isLetter(text.charAt(from))) from++;
                    if (n.end() - from < 2 || !Character.isUpperCase(text.charAt(from))) continue;
                    String after = text.substring(from, n.end());
                    if (!ARTICLES_BEFORE_SHIPS.contains(fold(after))) out.add(new NameSpan(after, n.type(), from, n.end()));
                }
            }
            // A seat of power is the institution unless named as the place ("dans les jardins de l'Élysée").
            String type = institution.type().equals("LOC") || isSeat(institution) && SeatContext.isPlace(text, institution.start()) ? "LOC" : "ORG";
            out.add(new NameSpan(institution.text(), type, institution.start(), institution.end()));
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return List.copyOf(out);
    }

    /** What joins a title to its complement: "Journal Officiel | de la | République", "Écho | de | Paris". */
    private static final Pattern TITLE_COMPLEMENT_LINK = Pattern.compile("\\s+(?:de|du|des|d['’])(?:\\s+la|\\s+l['’])?\\s*");

    /**
     * Whether an institution is the complement of the newspaper's title right before it, which the title's own words
     * hold: "au Journal Officiel de la République" names the paper, not the state.
     */
    private static boolean complementsAPaper(NameSpan institution, List<NameSpan> papers, String text) {
        for (NameSpan paper : papers) {
            if (paper.end() < institution.start() && institution.start() - paper.end() <= 8
                    && TITLE_COMPLEMENT_LINK.matcher(text.substring(paper.end(), institution.start())).matches()) return true;
        }
        return false;
    }

    /** Articles, by language: after a word that is no preposition, one opens a verb's object, not a name's complement. */
    private static final Map<String, Set<String>> RUN_ON_ARTICLES = Map.of(
            "fr", words("le la les l un une"),
            "en", words("the a an"),
            "de", words("der die das dem den des ein eine einen einem einer eines"),
            "es", words("el la los las un una unos unas"));
    /** Prepositions, by language, that take an article inside a name: "Ligue contre le cancer", "Society for the …". */
    private static final Map<String, Set<String>> RUN_ON_PREPOSITIONS = Map.of(
            "fr", words("a au aux de du des d pour par contre sur sous dans en entre avec sans vers chez apres avant selon"
                    + " pendant envers outre parmi"),
            "en", words("of for on in at by with to from against into over under about between among across through"
                    + " without within upon"),
            "de", words("fur von vom zu zum zur mit bei beim aus nach gegen uber unter in im an am auf durch um ohne wider"
                    + " zwischen vor hinter neben"),
            "es", words("de del a al para por con sin contra en entre sobre bajo hacia hasta desde ante tras segun"));

    /**
     * The finder's organisations cut before a verb they ran on over: a lower-case word that is no preposition nor
     * "et", then an article and a lower-case word (any word in German), is the sentence's verb and its object ("la Société générale paie un dividende", "the
     * Federal Reserve raised the rates", "die Deutsche Bank zahlt eine Dividende"); lower-case words of the sentence
     * left before it ("a versé") go too. An article after a preposition ("Ligue contre le cancer", "Compagnie des
     * chemins de fer du Nord") or after a German noun (a genitive: "Verband der Industrie") stays in the name.
     */
    private static List<NameSpan> withoutRunOn(List<NameSpan> found, String text, String language) {
        Set<String> articles = RUN_ON_ARTICLES.get(language == null ? "" : language);
        if (articles == null || found.isEmpty()) return found;
        Set<String> prepositions = RUN_ON_PREPOSITIONS.get(language);
        Set<String> stop = GRAMMARS.get(language).stop();
        List<NameSpan> out = null;
        for (int i = 0; i < found.size(); i++) {
            NameSpan n = found.get(i);
            NameSpan cut = n.type().equals("ORG") ? runOnCut(n, text, language, articles, prepositions, stop) : n;
            if (cut != n && out == null) out = new ArrayList<>(found.subList(0, i));
            if (out != null && cut != null) out.add(cut);
        }
        return out == null ? found : List.copyOf(out);
    }

    /** The name without the verb it ran on over, the name itself when it ran over none, null when nothing is left. */
    private static NameSpan runOnCut(NameSpan n, String text, String language, Set<String> articles, Set<String> prepositions, Set<String> stop) {
        if (n.start() < 0 || n.end() > text.length()) return n;
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(n.start(), n.end());
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        for (int j = 2; j < words.size(); j++) {
            String article = fold(text.substring(words.get(j)[0], words.get(j)[1]));
            String before = fold(text.substring(words.get(j - 1)[0], words.get(j - 1)[1]));
            // The object a common noun: a capitalised one may be another name the finder's span holds ("… reçoit la
            // Compagnie X"), which the cut would lose. Not in German, which capitalises every noun.
            if (!articles.contains(article) || upper(text, words, j) || upper(text, words, j - 1)
                    || prepositions.contains(before) || COORDINATORS.contains(before)
                    || j + 1 >= words.size() || upper(text, words, j + 1) && !language.equals("de")) {
                continue;
            }
            // "l'Organisation des Nations unies la semaine dernière": an adjective before the article is the name's.
            int last = GRAMMARS.get(language).adjective().matcher(before).matches() && !stop.contains(before) ? j - 1 : j - 2;
            while (last >= 0 && !upper(text, words, last) && stop.contains(fold(text.substring(words.get(last)[0], words.get(last)[1])))) {
                last--;
            }
            if (last < 0) return null;
            int end = words.get(last)[1];
            return new NameSpan(text.substring(n.start(), end), n.type(), n.start(), end);
        }
        return n;
    }

    /**
     * The names without those that are a head word needing a complement, alone ("le Conseil", "l'Ordre",
     * "la Société"): the finder took an anaphor or a heading for a name. Heads that name one institution by
     * themselves ("la Chambre", "le Sénat") stay. Not in English, where "the House", "the Court", "the Army" name one.
     */
    private List<NameSpan> withoutBareHeads(List<NameSpan> found, String language) {
        Set<String> bare = "en".equals(language) ? null : heads.get(language == null ? "" : language);
        if (bare == null || found.isEmpty()) return found;
        List<NameSpan> out = null;
        for (int i = 0; i < found.size(); i++) {
            NameSpan n = found.get(i);
            String f = fold(n.text());
            boolean bareHead = bare.contains(f) && !has(alone, language, f) && !has(names, language, f)
                    && Character.isUpperCase(n.text().codePointAt(0));
            if (bareHead && out == null) out = new ArrayList<>(found.subList(0, i));
            else if (!bareHead && out != null) out.add(n);
        }
        return out == null ? found : List.copyOf(out);
    }

    /**
     * Whether an other name (MISC) the finder found ran over an institution, a title or a ship: it crosses it
     * ("Rennes Le naufrage de …" over "Cour d'appel de Rennes"), or holds it with a word in capitals outside it, a
     * heading the finder read on ("PRIX DE LA Société d'Encouragement", "MANCHE CHERBOURG CONSEIL DE GUERRE
     * MARITIME ABUS DE CONFIANCE"). A work's or an event's name that holds an institution in ordinary case ("Traité
     * sur l'Union européenne") stays.
     */
    private static boolean runsOnOver(NameSpan found, NameSpan institution, String text) {
        if (found.start() > institution.start() || found.end() < institution.end()) return true; // crossing it
        return hasCapitalsWord(text, found.start(), institution.start()) || hasCapitalsWord(text, institution.end(), found.end());
    }

    /** Whether the text between two offsets holds a word of three letters or more in capitals. */
    private static boolean hasCapitalsWord(String text, int from, int to) {
        if (from >= to) return false;
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) if (m.end() - m.start() >= 3 && allCapitals(text, m.start(), m.end())) return true;
        return false;
    }

    private static boolean allCapitals(String text, int from, int to) {
        boolean letter = false;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (Character.isLowerCase(ch)) return false;
            letter |= Character.isLetter(ch);
        }
        return letter;
    }

    /** The parts of a name before and after an institution inside or across it, when they start with a capital. */
    private static List<NameSpan> outsideParts(NameSpan n, NameSpan institution, String text) {
        List<NameSpan> parts = new ArrayList<>(2);
        int[][] bounds = {{n.start(), Math.min(n.end(), institution.start())}, {Math.max(n.start(), institution.end()), n.end()}};
        for (int[] b : bounds) {
            int from = b[0];
            int to = b[1];
            while (from < to && !Character.isLetterOrDigit(text.charAt(from))) from++;
            while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) to--;
            if (to - from >= 2 && Character.isUpperCase(text.charAt(from))) parts.add(new NameSpan(text.substring(from, to), n.type(), from, to));
        }
        return parts;
    }

    /**
     * Whether a name the finder found around a newspaper's title ran over it: a place or person that holds one
     * ("Feuilleton de l'Ouest-Eclair 4L Le CIRQUE CAPELLA", typed LOC, on a page of headings), or another name
     * that starts before it ("La course cycliste de l'Ouest-Eclair"). A work's title that opens with the paper's
     * ("Le Siècle des Lumières") and an organisation around it ("Imprimerie de l'Ouest-Eclair") stay.
     */
    private static boolean runsOver(NameSpan found, NameSpan title, String text) {
        return switch (found.type()) {
            case "LOC", "PER" -> true;
            case "ORG" -> false;
            default -> found.start() < title.start() || afterAnOpeningQuote(text, title.start()) && found.end() > title.end();
        };
    }

    /** A title a quote opens, which the finder ran on past where the quote OCR lost should close it ("« Le Petit Marseillais les faits"). */
    private static boolean afterAnOpeningQuote(String text, int start) {
        int q = start - 1;
        if (q >= 0 && text.charAt(q) == ' ') q--;
        return q >= 0 && OPENING_QUOTES.indexOf(text.charAt(q)) >= 0;
    }

    /**
     * The person the finder found at the end of an institution, after the place of its complement: the institution
     * ran over a name in apposition ("l'Hôpital universitaire d'Ostrava Jiří Havrlant", "Bank of England Mark
     * Carney"). A person named right after the head is the institution's eponym and stays in it ("lycée Jean Zay").
     */
    private static NameSpan trailingPerson(NameSpan institution, List<NameSpan> inside, String text) {
        if (!institution.type().equals("ORG")) return null;
        for (NameSpan n : inside) {
            if (!n.type().equals("PER") || n.end() != institution.end() || n.start() <= institution.start()) continue;
            Matcher before = WORD.matcher(text.substring(institution.start(), n.start()));
            int words = 0;
            String last = null;
            while (before.find()) {
                words++;
                last = before.group();
            }
            if (words > 1 && Character.isUpperCase(last.codePointAt(0))) return n;
        }
        return null;
    }

    /** Lower-case words before a one-word name in a French complement: "de Reims", "de la Seine", "d'Ypres". */
    private static final Set<String> COMPLEMENT_LINKS = words("de du des d la l");
    /**
     * French words that open a two-word name ("Saint Malo", "Grande Bretagne", "New York", "Beaux Arts"): the capital
     * after one is the same name's.
     */
    private static final Set<String> NAME_OPENERS = words("saint sainte st ste san santa sao santo new grand grande grands"
            + " grandes haut haute hauts hautes bas basse petit petite petits petites nouveau nouvel nouvelle nouveaux beaux"
            + " belle mont monte port fort puerto porto rio buenos los las el costa hong notre vieux vieille");

    /**
     * Where the next item starts inside a French institution, or -1: a capitalised noun right after the one-word name
     * of its complement ("tribunal de Reims | Substitut à Vervins", "tribunal de la Seine | Vice-président", "Caisse
     * d'épargne de Paris | Voici les chiffres"), where OCR lost the full stop or line break that ended the item. An
     * adjective goes on with the name ("des Affaires Etrangères", "de la Seine Inférieure"), and so does a name's
     * second word after "Saint", "Grande", "New" ("Banque de Saint Malo"); headings in capitals are left as they are.
     */
    static int nextItemStart(NameSpan institution, String text) {
        if (institution.start() < 0 || institution.end() > text.length()) return -1;
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(institution.start(), institution.end());
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        Pattern adjective = GRAMMARS.get("fr").adjective();
        for (int k = 3; k < words.size(); k++) {
            if (!upper(text, words, k) || !upper(text, words, k - 1) || upper(text, words, k - 2)) continue;
            if (!joinedBySpace(text, words, k) || !joinable(text, words, k - 1)) continue;
            if (upperOnly(text, words, k) || upperOnly(text, words, k - 1)) continue;
            String link = fold(text.substring(words.get(k - 2)[0], words.get(k - 2)[1]));
            String name = fold(text.substring(words.get(k - 1)[0], words.get(k - 1)[1]));
            String next = fold(text.substring(words.get(k)[0], words.get(k)[1]));
            if (COMPLEMENT_LINKS.contains(link) && !NAME_OPENERS.contains(name) && next.length() > 1
                    && !adjective.matcher(next).matches() && !COLOURS.contains(next)) {
                return words.get(k)[0];
            }
        }
        return -1;
    }

    /** French words that are never a name's (function words, titles): "Voici", "Procureur". */
    private static final GenericNames.Lexicon FUNCTION_WORDS = GenericNames.Lexicon.of(GenericNames.FUNCTION_WORDS_FILE);
    private static final GenericNames.Lexicon TITLE_WORDS = GenericNames.Lexicon.of(GenericNames.WORDS_FILE);

    /**
     * Whether the French word at offset {@code at} is a common one: a function word or a title ("Voici", "Procureur"),
     * or one the text also writes in lower case, a whole word ("Audience" … "l'audience"); {@code textWords} gives the
     * text's whole words, so that the text is scanned once, not once per cut.
     */
    static boolean commonWord(String text, int at, Supplier<Set<String>> textWords) {
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        String word = text.substring(at, end);
        String f = fold(word);
        if (FUNCTION_WORDS.has(f, "fr") || TITLE_WORDS.has(f, "fr")) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() >= 3 && textWords.get().contains(lower);
    }

    /** The text's whole words: its longest runs of word characters, as written. */
    static Set<String> wordsOf(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) i++;
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** Colours, adjectives of many houses' names that no ending tells ("Cabaret du Chat Noir", "Café du Lion Vert"). */
    private static final Set<String> COLOURS = words("noir noire noirs noires blanc blanche blancs blanches vert verte verts"
            + " vertes bleu bleue bleus bleues gris grise grises jaune jaunes rose roses brun brune bruns brunes blond blonde");

    /** Whether word {@code i} is in capitals only, a heading's word ("DE DROIT"). */
    private static boolean upperOnly(String text, List<int[]> words, int i) {
        return allCapitals(text, words.get(i)[0], words.get(i)[1]);
    }

    private static boolean isSeat(NameSpan span) {
        return span.type().equals("SEAT");
    }

    /** The seats of power named in the text (type SEAT until {@link #complete} settles it). */
    List<NameSpan> seats(String text) {
        List<NameSpan> out = new ArrayList<>();
        boolean[] taken = null;
        for (String name : seatNames) { // longest first
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at > 0 && isWordChar(text.charAt(at - 1))) || (end < text.length() && isWordChar(text.charAt(end)))) continue;
                if (taken == null) taken = new boolean[text.length()];
                if (taken[at] || taken[end - 1]) continue;
                java.util.Arrays.fill(taken, at, end, true);
                out.add(new NameSpan(name, "SEAT", at, end));
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    /** A letter without its accent, as the lists write their words: "é" of "école" is looked up as "e". */
    private static char bareLetter(char c) {
        if (c < 128) return c;
        String folded = fold(String.valueOf(c));
        return folded.isEmpty() ? c : folded.charAt(0);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Letters ({@code \p{L}}), marks ({@code \p{M}}) and numbers ({@code \p{N}}): bits by {@link Character#getType}. */
    private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    private static final int MARKS = 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK;
    private static final int NUMBERS = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    /**
     * The spans {@link #WORD}'s matcher finds in {@code text}, one after another, found by hand: every text is split
     * into words here, and the regex engine, asked at each character, cost a fifth of this step.
     */
    static List<int[]> wordSpans(String text) {
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!startsWord(c)) continue;
            int start = i - Character.charCount(c);
            while (i < n) {
                int next = text.codePointAt(i);
                if (!continuesWord(next)) break;
                i += Character.charCount(next);
            }
            words.add(new int[]{start, i});
        }
        return words;
    }

    /** {@code [\p{L}\p{M}]}. */
    private static boolean startsWord(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return ((LETTERS | MARKS) >> Character.getType(c) & 1) != 0;
    }

    /** {@code [\p{L}\p{M}\p{N}-]}. */
    private static boolean continuesWord(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
        return ((LETTERS | MARKS | NUMBERS) >> Character.getType(c) & 1) != 0;
    }

    /** The institution names of a text in a language, in text order, not overlapping. */
    List<NameSpan> find(String written, String language) {
        Grammar g = GRAMMARS.get(language == null ? "" : language);
        if (g == null) return List.of();
        List<int[]> words = wordSpans(written);
        // Headings in capitals are read in ordinary case, heads capitalised: "CONSEIL DE GUERRE MARITIME" as
        // "Conseil de guerre maritime". Same offsets; the names keep the text as written.
        int[] heading = new int[words.size()]; // per word: 1 + the index of the first word of its heading, else 0
        String text = headingsInOrdinaryCase(written, words, language, heading);
        Folded folded = new Folded(text, words);
        List<NameSpan> out = new ArrayList<>();
        Set<String> kinds = vessels.get(language);
        int afterShip = -1; // the word after the last ship found: "du « Nautilus » et du « Pingouin »" names two
        for (int i = 0; i < words.size(); i++) {
            if (kinds != null) {
                int[] ship = vessel(text, words, folded, i, kinds, g);
                if (ship == null && "fr".equals(language)) ship = shipInProse(text, words, folded, i, g);
                // OCR may read the closing quote as a short word ("du a Nautilus Il et du Il Pingouin").
                boolean next = afterShip >= 0 && (i == afterShip || i == afterShip + 1 && folded.get(afterShip).length() <= 2);
                if (ship == null && next && folded.get(i).equals("et")) ship = quotedShipAfter(text, words, folded, i, g);
                if (ship != null) {
                    afterShip = ship[1] + 1;
                    int start = words.get(ship[0])[0];
                    int end = words.get(ship[1])[1];
                    out.add(new NameSpan(written.substring(start, end), VESSEL, start, end));
                    i = ship[1];
                    continue;
                }
            }
            char c = text.charAt(words.get(i)[0]);
            if (Character.isLowerCase(c) && lowercaseInitials.indexOf(bareLetter(c)) < 0) continue; // most words: no head
            if (ABBREVIATING.contains(language) && words.get(i)[1] - words.get(i)[0] == 1) {
                int last = abbreviation(written, words, folded, i, g);
                if (last > 0) {
                    int start = words.get(i)[0];
                    int end = words.get(last)[1]; // the last full stop may end the sentence too: left out, as OCR corpora cut it
                    out.add(new NameSpan(written.substring(start, end), ABBREVIATION, start, end));
                    i = last;
                    continue;
                }
            }
            if ("de".equals(language) && splitName(text, words, folded, i)) {
                // "Völker bundes", "Völ kerbund": OCR split a listed name with a space; the lower-case half is its end.
                int start = words.get(i)[0];
                int end = words.get(i + 1)[1];
                out.add(new NameSpan(written.substring(start, end), "ORG", start, end));
                i++;
                continue;
            }
            int[] phrase = phrase(text, words, folded, i, language, g);
            if (phrase != null && heading[i] > 0) phrase = withinHeading(phrase, heading, i);
            if (phrase != null) {
                int start = words.get(phrase[0])[0];
                int end = words.get(phrase[1])[1];
                // Only adjectives before the head ("West Bank", "Soviet Union"): the finder's type is trusted over ours.
                String type = has(streets, language, folded.get(i)) ? "LOC" : phrase[0] < i && phrase[1] == i ? LEFT_ONLY : "ORG";
                out.add(new NameSpan(written.substring(start, end), type, start, end));
                i = phrase[1];
            }
        }
        if ("fr".equals(language)) {
            List<NameSpan> ships = shipsBeforeCaptains(written, words, folded, g);
            if (!ships.isEmpty()) {
                // A ship before its captain wins over an institution found across it.
                for (NameSpan ship : ships) out.removeIf(n -> n.start() < ship.end() && ship.start() < n.end());
                out.addAll(ships);
                out.sort(Comparator.comparingInt(NameSpan::start));
            }
        }
        return out;
    }

    /**
     * The first and last word of the ship's name after word {@code i} when it names a kind of ship: "le vapeur Jura",
     * "le vapeur anglais Jura", "le chalutier à vapeur Corsaire", "le paquebot « Provence »", "the tanker Ever
     * Given"; or null. The name is capitalised words, joined by "de", "du", "la"… to the next capitalised one.
     */
    private static int[] vessel(String text, List<int[]> words, Folded folded, int i, Set<String> kinds, Grammar g) {
        int k = i + 1;
        // Most words are followed by no capitalised word within two: the cheap test first.
        if (k >= words.size() || !(upper(text, words, k) || k + 1 < words.size() && upper(text, words, k + 1)
                || k + 2 < words.size() && upper(text, words, k + 2))) {
            return null;
        }
        if (!kinds.contains(folded.get(i))) return null;
        if (!upper(text, words, k) && k + 2 < words.size() && folded.get(k).equals("a") && folded.get(k + 1).equals("vapeur")
                && shipGap(text, words, k) && shipGap(text, words, k + 1)) {
            k += 2; // "chalutier à vapeur Corsaire"
        } else if (!upper(text, words, k) && g.adjective().matcher(folded.get(k)).matches() && !g.stop().contains(folded.get(k))
                && shipGap(text, words, k)) {
            k++; // "le vapeur anglais Jura"
        }
        return shipName(text, words, folded, k, g);
    }

    /**
     * The first and last word of a ship's name starting at word {@code k} ("Jura", "Ville de Quimper", "« Provence »"),
     * or null when no capitalised name starts there. Up to {@link #MAX_VESSEL_WORDS} capitalised words joined by "de",
     * "du", "la"….
     */
    private static int[] shipName(String text, List<int[]> words, Folded folded, int k, Grammar g) {
        return shipName(text, words, folded, k, g, false);
    }

    private static int[] shipName(String text, List<int[]> words, Folded folded, int k, Grammar g, boolean elided) {
        if (k >= words.size() || !(elided ? elision(text, words, k) : shipGap(text, words, k)) || !upper(text, words, k)
                || g.stop().contains(folded.get(k))
                || hasDigit(text, words, k)) {
            return null;
        }
        int last = k;
        for (int j = k + 1; j < words.size() && j - k < MAX_VESSEL_WORDS && j <= last + 2 && joinable(text, words, j); j++) {
            if (upper(text, words, j) && !g.stop().contains(folded.get(j)) && !hasDigit(text, words, j)) {
                last = j;
            } else if (upper(text, words, j) || !VESSEL_LINKS.contains(folded.get(j))) {
                break;
            }
        }
        return new int[]{k, last};
    }

    /**
     * The first and last word of a ship's name that French prose puts after word {@code i}: "à bord du Jura", "à
     * bord de la Provence", "embarqué sur la Touraine", "s'embarquer sur l'Aquitaine". A liner is named like the
     * region or the saint it honours, and without these words the finder takes it for the place or the person.
     * "à bord d'un vapeur", "embarqué sur un navire" name none.
     */
    private static int[] shipInProse(String text, List<int[]> words, Folded folded, int i, Grammar g) {
        if (i + 2 < words.size() && SHIP_EVENTS.contains(folded.get(i))) return quotedShipAfter(text, words, folded, i, g);
        char c = text.charAt(words.get(i)[0]);
        if (c != 'b' && c != 'e' || i + 2 >= words.size()) return null; // most words: neither "bord" nor "embarqu…"
        String f = folded.get(i);
        int k = i + 1;
        if (f.equals("bord")) {
            if (i == 0 || !folded.get(i - 1).equals("a") || !joinedBySpace(text, words, i)) return null;
        } else if (f.startsWith("embarqu") && f.length() <= 10) {
            if (!joinedBySpace(text, words, k) || !folded.get(k).equals("sur")) return null;
            k++;
        } else {
            return null;
        }
        if (k >= words.size() || !joinedBySpace(text, words, k)) return null;
        String article = folded.get(k);
        if (f.equals("bord")) {
            if (article.equals("du")) return shipName(text, words, folded, k + 1, g);
            if (!article.equals("de") || k + 1 >= words.size() || !joinedBySpace(text, words, k + 1)) return null;
            k++;
            article = folded.get(k);
        }
        // "sur La Gascogne": the article may be capitalised; the name after it is the ship's.
        if (article.equals("le") || article.equals("la")) return shipName(text, words, folded, k + 1, g);
        if (article.equals("l")) return shipName(text, words, folded, k + 1, g, true);
        return null;
    }

    /**
     * What happens to a ship or who runs it, in French: a name in quotes after it and "du", "de la" is the ship's
     * ("le naufrage du « Vauban »", "la perte de la « Walkyrie »", "le capitaine du « Chodoc »"), which the finder
     * takes for the place or the saint it is named after, or leaves out.
     */
    private static final Set<String> SHIP_EVENTS = Set.of("naufrage", "perte", "abordage", "capitaine", "equipage",
            "commandant", "lancement", "echouage", "echouement", "renflouement", "armateur", "armateurs", "epave");

    /**
     * The ship's name in quotes after word {@code i} and "du" or "de la", or null; OCR reads the opening quote as
     * "Il" or "a" ("le naufrage du Il Vauban »"), words French never puts there.
     */
    private static int[] quotedShipAfter(String text, List<int[]> words, Folded folded, int i, Grammar g) {
        int k = i + 1;
        if (!joinedBySpace(text, words, k)) return null;
        if (folded.get(k).equals("de") && k + 1 < words.size() && folded.get(k + 1).equals("la") && joinedBySpace(text, words, k + 1)) {
            k++;
        } else if (!folded.get(k).equals("du")) {
            return null;
        }
        k++;
        if (k >= words.size()) return null;
        String gap = text.substring(words.get(k - 1)[1], words.get(k)[0]);
        if (gap.indexOf('«') >= 0 || gap.indexOf('"') >= 0 || gap.indexOf('“') >= 0) return closed(text, words, shipName(text, words, folded, k, g));
        String word = text.substring(words.get(k)[0], words.get(k)[1]);
        if ((word.equals("Il") || word.equals("a")) && gap.isBlank() && k + 1 < words.size() && joinedBySpace(text, words, k + 1)) {
            return closed(text, words, shipName(text, words, folded, k + 1, g));
        }
        return null;
    }

    /**
     * A ship's name in quotes that no quote closes keeps its first word only: OCR lost the quote, and the capitals
     * after it are the next item's dateline ("la perte de la « Walkyrie Dunkerque, 11 juillet").
     */
    private static int[] closed(String text, List<int[]> words, int[] ship) {
        if (ship == null || ship[1] == ship[0]) return ship;
        int end = words.get(ship[1])[1];
        String after = text.substring(end, Math.min(text.length(), end + 4)).stripLeading();
        boolean quote = !after.isEmpty() && "»”\"".indexOf(after.charAt(0)) >= 0
                || after.startsWith("Il") || after.matches("^[nu](?![\\p{L}]).*");
        return quote ? ship : new int[]{ship[0], ship[0]};
    }

    /**
     * The last word of an abbreviation in dotted capitals that an article names as a body, starting at word {@code
     * i}: "la C.G.T.", "la S. F. I. O.", "le P.-L.-M.", "les P.T.T.", "du P. L. M"; or -1. A person is never "la": the
     * finder took the letters for a person's initials. At least three letters, each but the last followed by its
     * full stop; "l'" is left out ("l'U.R.S.S." is a country).
     */
    private static int abbreviation(String text, List<int[]> words, Folded folded, int i, Grammar g) {
        if (i == 0 || !Character.isUpperCase(text.charAt(words.get(i)[0])) || !joinedBySpace(text, words, i)
                || !ABBREVIATION_ARTICLES.contains(folded.get(i - 1))) {
            return -1;
        }
        int last = i;
        while (last + 1 < words.size() && words.get(last + 1)[1] - words.get(last + 1)[0] == 1
                && Character.isUpperCase(text.charAt(words.get(last + 1)[0]))) {
            String gap = text.substring(words.get(last)[1], words.get(last + 1)[0]).strip();
            if (!gap.equals(".") && !gap.equals(".-")) break;
            if (words.get(last + 1)[0] - words.get(last)[1] > 3) break;
            last++;
        }
        return last - i >= 2 ? last : -1;
    }

    /** Whether word {@code i} follows an elided article right after its apostrophe: "l'Aquitaine". */
    private static boolean elision(String text, List<int[]> words, int i) {
        if (i >= words.size()) return false;
        String gap = text.substring(words.get(i - 1)[1], words.get(i)[0]);
        return gap.equals("'") || gap.equals("’");
    }

    /** Whether only blanks and an opening quotation mark separate word {@code i} from the one before. */
    private static boolean shipGap(String text, List<int[]> words, int i) {
        String gap = text.substring(words.get(i - 1)[1], words.get(i)[0]);
        if (gap.isEmpty() || gap.length() > 4) return false;
        for (int c = 0; c < gap.length(); c++) if (" \u00a0«“\"".indexOf(gap.charAt(c)) < 0) return false;
        return true;
    }

    /**
     * The ships of French port news, named before their captain: "Arrivés Sainte-Ida, c. Pluscuellec, ven. de
     * Morlaix", "Parti Marie-Louise, c. Raud", "le 22, Duchesse de Berry, c. Gaultier". A port named right before
     * the ship ("p. Pleubian Fleurissant, c. Leclouel": OCR lost the full stop) is left out.
     */
    private static List<NameSpan> shipsBeforeCaptains(String text, List<int[]> words, Folded folded, Grammar g) {
        List<NameSpan> out = new ArrayList<>();
        Matcher m = CAPTAIN.matcher(text);
        Matcher day = DAY_AND_WAY.matcher(text);
        int w = 0;
        // Only at the commas: a pattern scan of every page costs more than this loop.
        for (int comma = text.indexOf(','); comma >= 0 && !words.isEmpty(); comma = text.indexOf(',', comma + 1)) {
            if (comma + 2 >= text.length()) continue;
            boolean captain = m.region(comma, text.length()).lookingAt();
            if (!captain && !day.region(comma, text.length()).lookingAt()) continue;
            int nameEnd = comma;
            while (nameEnd > 0 && " \u00a0»”\"".indexOf(text.charAt(nameEnd - 1)) >= 0) nameEnd--;
            while (w + 1 < words.size() && words.get(w + 1)[1] <= nameEnd) w++;
            if (words.get(w)[1] != nameEnd) continue; // the name's last word ends before the comma
            int first = shipBefore(text, words, folded, g, w);
            if (first < 0) continue;
            if (captain && first < w && first > 0 && isPortBefore(text, words, folded, first)) first++;
            // Without a captain, the day alone: the ship opens its item ("… de Suez. Gange, le 24, à Marseille").
            if (!captain && !isSentenceStart(text, words, first) && !PORT_VERBS.contains(folded.get(first - 1))) continue;
            int start = words.get(first)[0];
            int end = words.get(w)[1];
            out.add(new NameSpan(text.substring(start, end), VESSEL, start, end));
        }
        shipsOfPortDays(text, words, folded, g, out);
        shipsAfterPorts(text, words, folded, g, out);
        return out;
    }

    /** The next item's way or captain after a ship named right after a port: ", p. Douarnenez", ". p. Alger", ", c. Nicol". */
    private static final Pattern NEXT_WAY = Pattern.compile("[\\s»”\"]*[,.]?\\s*(?:p|c|cap)\\.\\s*(?=\\p{Lu})");

    /**
     * The ships of French port news named right after the port of the item before, where OCR lost the comma or full
     * stop between the items: "Marie, p. Baltimore Glaneuse, p. Douarnenez", "p. Hambourg Ville de Terragone p.
     * Alger", "d'Ostende « Armorique », de Fécamp". The port is one word after "p." (pour), or after "de", "d'" when
     * the ship opens with a quote; the ship is known by the next item's way or captain right after it (", p.", ", c.";
     * after a quoted ship also ", de"). A port of two words ("p. Saint Malo") keeps its second word.
     */
    private static void shipsAfterPorts(String text, List<int[]> words, Folded folded, Grammar g, List<NameSpan> out) {
        List<NameSpan> found = new ArrayList<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            String way = folded.get(i);
            boolean pour = way.equals("p") && text.substring(words.get(i)[1], words.get(i + 1)[0]).strip().equals(".");
            boolean from = (way.equals("de") || way.equals("d")) && !upper(text, words, i);
            if (!pour && !from) continue;
            int port = i + 1;
            if (!upper(text, words, port) || hasDigit(text, words, port) || NAME_OPENERS.contains(folded.get(port))
                    || g.stop().contains(folded.get(port))) {
                continue;
            }
            int first = port + 1;
            if (!shipGap(text, words, first)) continue;
            String gap = text.substring(words.get(port)[1], words.get(first)[0]);
            boolean quoted = gap.indexOf('«') >= 0 || gap.indexOf('“') >= 0 || gap.indexOf('"') >= 0;
            if (from && !quoted) continue;
            String f = folded.get(first);
            if (!upper(text, words, first) || hasDigit(text, words, first) || PORT_VERBS.contains(f) || g.stop().contains(f)) continue;
            int last = first;
            for (int j = first + 1; j < words.size() && j - first < MAX_VESSEL_WORDS && joinable(text, words, j); j++) {
                String fj = folded.get(j);
                if (upper(text, words, j) && !hasDigit(text, words, j) && !g.stop().contains(fj)) last = j;
                else if (upper(text, words, j) || !VESSEL_LINKS.contains(fj)) break;
            }
            int start = words.get(first)[0];
            int end = words.get(last)[1];
            boolean next = NEXT_WAY.matcher(text).region(end, text.length()).lookingAt()
                    || quoted && PORT_WAY.matcher(text).region(end, text.length()).lookingAt();
            if (!next) continue;
            NameSpan ship = new NameSpan(text.substring(start, end), VESSEL, start, end);
            if (out.stream().noneMatch(n -> n.start() < ship.end() && ship.start() < n.end())) found.add(ship);
            i = last;
        }
        if (found.isEmpty()) return;
        out.addAll(found);
        out.sort(Comparator.comparingInt(NameSpan::start));
    }

    /** The first word of a ship's name that ends with word {@code w}: capitalised words and links, or -1. */
    private static int shipBefore(String text, List<int[]> words, Folded folded, Grammar g, int w) {
        int first = -1;
        for (int j = w; j >= 0 && w - j < MAX_VESSEL_WORDS; j--) {
            String f = folded.get(j);
            if (upper(text, words, j) && !hasDigit(text, words, j) && !PORT_VERBS.contains(f)
                    && (!g.stop().contains(f) || f.equals("la") || f.equals("le"))) {
                first = j;
            } else if (upper(text, words, j) || !VESSEL_LINKS.contains(f) || first != j + 1) {
                break;
            }
            if (j == 0 || !joinable(text, words, j)) break;
        }
        return first;
    }

    /**
     * The ships of French port news named after a day and before their port: "le 21, Sophie, de Saint-Nazaire",
     * "le 20, Coal-Coal, p. Newcastle", "le 22, Eugénie, venant de Granville". Prose rarely puts a name between a
     * bare day of the month and ", de". OCR's readings of the quotes around the name are left out of it: "le 24, Il
     * Pervenche u, p. Pasajes" ("Il", "ci" for «; "u", "n", "Il" for »).
     */
    private static void shipsOfPortDays(String text, List<int[]> words, Folded folded, Grammar g, List<NameSpan> out) {
        Matcher m = PORT_DAY.matcher(text);
        int w = 0;
        for (int at = text.indexOf("le "); at >= 0; at = text.indexOf("le ", at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || !m.region(at, text.length()).lookingAt()) continue;
            while (w < words.size() && words.get(w)[0] < m.end()) w++;
            if (w >= words.size() || words.get(w)[0] != m.end()) continue;
            int last = -1;
            for (int j = w; j < words.size() && j - w < MAX_VESSEL_WORDS; j++) {
                if (j > w && !joinable(text, words, j)) break;
                String f = folded.get(j);
                if (upper(text, words, j) && !hasDigit(text, words, j) && (!g.stop().contains(f) || j == w && (f.equals("la") || f.equals("le")))) {
                    last = j;
                } else if (upper(text, words, j) || !VESSEL_LINKS.contains(f)) {
                    break;
                }
            }
            if (last < 0) continue;
            int end = words.get(last)[1];
            Matcher closing = OCR_CLOSING_QUOTE.matcher(text).region(end, text.length());
            int after = closing.lookingAt() ? closing.end() : end;
            Matcher way = PORT_WAY.matcher(text).region(after, text.length());
            if (!way.lookingAt()) continue;
            int start = words.get(w)[0];
            NameSpan ship = new NameSpan(text.substring(start, end), VESSEL, start, end);
            if (out.stream().noneMatch(n -> n.start() < ship.end() && ship.start() < n.end())) out.add(ship);
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
    }

    /** Whether word {@code i} is a port: after "p." (pour) or a lower-case "de", "du", "d'" (from). */
    private static boolean isPortBefore(String text, List<int[]> words, Folded folded, int i) {
        String before = folded.get(i - 1);
        if (before.equals("de") || before.equals("du") || before.equals("d")) return !upper(text, words, i - 1);
        return before.equals("p") && text.substring(words.get(i - 1)[1], words.get(i)[0]).contains(".");
    }

    /**
     * The text with its headings in capitals ("LA COMPAGNIE GÉNÉRALE TRANSATLANTIQUE", "CONSEIL DE GUERRE MARITIME",
     * two words or more in capitals) written in ordinary case: lower case but for
     * the run's first word and head words, which keep their capital. The head rules read capitals as names; in a
     * heading every word has them. The same length and offsets; the text itself when it has no heading.
     */
    private String headingsInOrdinaryCase(String text, List<int[]> words, String language, int[] heading) {
        char[] out = null;
        for (int i = 0; i < words.size(); ) {
            int[] w = words.get(i);
            if (w[1] - w[0] < 2 || !Character.isUpperCase(text.charAt(w[0] + 1)) || !allCapitals(text, w[0], w[1])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && joinable(text, words, j + 1) && allCapitals(text, words.get(j + 1)[0], words.get(j + 1)[1])) j++;
            if (j > i) {
                if (out == null) out = text.toCharArray();
                for (int k = i; k <= j; k++) {
                    heading[k] = i + 1;
                    int[] word = words.get(k);
                    String f = fold(text.substring(word[0], word[1]));
                    boolean capital = k == i || isHeadWord(f) || has(heads, language, f) || has(lowercase, language, f)
                            || compound(language, f);
                    for (int c = word[0] + (capital ? 1 : 0); c < word[1]; c++) out[c] = Character.toLowerCase(out[c]);
                }
            }
            i = j + 1;
        }
        return out == null ? text : new String(out);
    }

    /**
     * An institution headed in a heading ends with it: "FACULTÉ DES LETTRES DE RENNES | Baccalauréat", "Absolue |
     * SOCIÉTÉ FRANÇAISE". Null when nothing but words outside it made it a name.
     */
    private static int[] withinHeading(int[] phrase, int[] heading, int i) {
        int first = Math.max(phrase[0], heading[i] - 1);
        int last = phrase[1];
        while (last > i && heading[last] != heading[i]) last--;
        return new int[]{first, last};
    }

    /** The first and last word of the institution headed by word {@code i}, or null. */
    private int[] phrase(String text, List<int[]> words, Folded folded, int i, String language, Grammar g) {
        boolean capitalised = upper(text, words, i);
        String f = language.equals("de") && capitalised ? uninflected(folded.get(i)) : folded.get(i);
        // Most words are in no list: one look-up says so before the lists' own.
        boolean listed = phraseWords.getOrDefault(language, Set.of()).contains(f);
        boolean isName = capitalised && (listed && has(names, language, f) || language.equals("de") && misreadName(folded.get(i)));
        boolean isCompound = capitalised && compound(language, f); // asked twice below: once here
        boolean isAlone = capitalised && (listed && has(alone, language, f) || isName || isCompound);
        // A head mostly written in lower case heads a name when capitalised too: "Lycée Corneille", "Hôpital Saint-Louis".
        boolean isInstitutionHead = capitalised && (isAlone || listed && (has(heads, language, f) || has(lowercase, language, f)) || isCompound
                || endsWithCompound(compoundHeads, language, f) || clubCompound(language, f));
        if (isInstitutionHead && namesACountry(text, words, folded, i, f, g)) return null;
        // A business's word ("Hotel", "Gärtnerei") takes only a name in quotes after it: "Hotel Sacher" may be the
        // person's, "Café Zentral" a place, where "Hotel „Post“" can only be the house's name.
        boolean tradeOnly = !isInstitutionHead && capitalised && endsWithAny(trades, language, f);
        boolean isHead = isInstitutionHead || tradeOnly;
        boolean courtOfAppeal = !capitalised && courtOfAppeal(text, words, folded, i, language);
        // "le café Prokop", "l'agence Fournier": the house's own name follows; "un café de Colombie" is a coffee.
        boolean namedOnly = !capitalised && listed && has(lowercaseNamed, language, f);
        boolean isLowerHead = !capitalised && listed && has(lowercase, language, f) || courtOfAppeal || namedOnly;
        boolean cityBody = capitalised && !isHead && cityBody(text, words, folded, i, language);
        isHead |= cityBody;
        if (capitalised && !isHead && cityActing(text, words, folded, i, language, g)) return new int[]{i, i};
        if (listed && has(streets, language, f)) {
            int end = street(text, words, folded, i, g);
            return end < 0 ? null : new int[]{i, end};
        }
        if (!isHead && !isLowerHead) return null;
        boolean determined = i > 0 && joinable(text, words, i) && g.determiners().contains(folded.get(i - 1));
        // Capitalised adjectives before the head: "European Central Bank", "das Auswärtige Amt", "la Haute Cour".
        int first = i;
        while (first > 0 && capitalised && !cityBody && joinedBySpace(text, words, first) && upper(text, words, first - 1)
                && !g.determiners().contains(folded.get(first - 1)) && !g.stop().contains(folded.get(first - 1))
                && !isSentenceStart(text, words, first - 1) && i - first < 3 && !hasDigit(text, words, first - 1)) {
            first--;
        }
        if (language.equals("de") && first == i && capitalised && first >= 2 && joinedBySpace(text, words, first)
                && !upper(text, words, first - 1) && ofCreedOrNation(folded.get(first - 1))
                && joinedBySpace(text, words, first - 1) && g.determiners().contains(folded.get(first - 2))) {
            first--; // "die faschistische Partei": the article makes the adjective part of the name
        }
        // Complements after the head: adjectives, capitalised words, prepositional groups.
        int last = i;
        boolean capitalisedComplement = false;
        boolean domainComplement = courtOfAppeal || isLowerHead && domainFollows(text, words, folded, i, language, g);
        int adjectives = 0;
        while (last + 1 < words.size() && last - first < MAX_WORDS
                && (joinable(text, words, last + 1) || last == i && tradeOnly && quotedName(text, words, last + 1))) {
            if (cityBody && last > i) break; // "la Ville de Paris | de la loi", "Ville de Lorient | de Dunkerque"
            int next = last + 1;
            if (!joinable(text, words, next)) {
                // "Hotel „Post“", "Gasthaus « Belvedere »": the name in quotes right after the head is its own.
                if (g.stop().contains(folded.get(next)) || !upper(text, words, next)) break;
                last = next;
                capitalisedComplement = true;
                continue;
            }
            String nf = folded.get(next);
            if (tradeOnly && last == i) break;
            if (namedOnly && !(upper(text, words, next) && joinedBySpace(text, words, next))) break;
            if (language.equals("de") && last > i && text.charAt(words.get(last)[1] - 1) == '-' && joinedBySpace(text, words, next)
                    && !upper(text, words, next)) {
                last = next; // a word the line broke: "Tischlerei Kraup- mann", "Pension Unter- Reineck"
                continue;
            }
            // A capitalised word right after the head: its adjective ("Parti Socialiste") or the name it is given
            // ("Pensionnat Saint-Joseph", "hôpital Villemanzy", "collège Saint-Sauveur"); after a head that is also a
            // past participle only an adjective ("Parti Marie-Louise" is a ship that left, in the port news).
            if (upper(text, words, next) && joinedBySpace(text, words, next) && !g.stop().contains(nf)
                    && !g.determiners().contains(nf) && (capitalised || isLowerHead)
                    && !(last == i && has(participles, language, f) && !g.adjective().matcher(nf).matches())) {
                last = next;
                capitalisedComplement = true;
                continue;
            }
            if (!upper(text, words, next) && adjectives < 2 && g.adjective().matcher(nf).matches() && !g.stop().contains(nf)) {
                last = next;
                adjectives++;
                continue;
            }
            if (domainComplement && last > i && COORDINATORS.contains(nf) && domainFollows(text, words, folded, next, language, g)) {
                // "le ministère de l'instruction publique et des beaux-arts": a second domain joined by "et"
                int second = prepositionalGroup(text, words, folded, next + 1, g, true);
                if (second < 0) break;
                last = second;
                continue;
            }
            int made = madeHow(text, words, folded, next, language);
            if (made > 0 && last > i) {
                last = made; // "Compagnie des tramways à vapeur", "capitaines au long cours"
                continue;
            }
            int group = prepositionalGroup(text, words, folded, next, g, capitalised || domainComplement && last == i);
            if (group < 0) break;
            if (upperWithin(text, words, next, group)) capitalisedComplement = true;
            last = group;
            adjectives = 0;
        }
        boolean extended = first < i || last > i;
        // The court of appeal is a body only named by its seat: "la cour d'appel a jugé" names none in particular.
        if (isLowerHead) return capitalisedComplement || domainComplement && !courtOfAppeal && last > i ? new int[]{first, last} : null;
        if (extended && (determined || first < i || capitalisedComplement || isName || language.equals("fr") || language.equals("es"))) {
            return new int[]{first, last};
        }
        if (!extended && isAlone && (determined || isName)) return new int[]{i, i};
        return null;
    }

    /**
     * Whether a capitalised word and the lower-case word after it, one space apart, are one listed German name that OCR
     * split ("Völker bundes", "Völ kerbund", "Sicherheits rat"), as written or one letter off ({@link #misreadName}).
     */
    private boolean splitName(String text, List<int[]> words, Folded folded, int i) {
        if (i + 1 >= words.size() || !Character.isUpperCase(text.charAt(words.get(i)[0]))
                || !Character.isLowerCase(text.charAt(words.get(i + 1)[0])) || words.get(i + 1)[0] - words.get(i)[1] != 1
                || text.charAt(words.get(i)[1]) != ' ') {
            return false;
        }
        String first = folded.get(i);
        // Most capitalised words begin no listed name: their second and third letters say so before any joining.
        if (first.length() < 3 || !germanNameStarts.contains(first.substring(1, 3))) return false;
        String joined = first + folded.get(i + 1);
        if (joined.length() < 9 || joined.indexOf('-') >= 0 || GRAMMARS.get("de").stop().contains(folded.get(i + 1))) {
            return false; // "den Völkern und": a word of the sentence is no half of a name
        }
        return has(names, "de", uninflected(joined)) || misreadName(joined);
    }

    /** Whether a declined German adjective names a creed or a nation: "faschistische", "preußischen", "liberale". */
    private boolean ofCreedOrNation(String f) {
        Matcher m = GERMAN_ADJECTIVE.matcher(f);
        if (!m.matches()) return false;
        String stem = m.group(1);
        if (stem.endsWith("sch")) return !germanPlainAdjectives.contains(stem);
        return germanAdjectives.contains(stem);
    }

    /**
     * Whether word {@code i} is a lower-case French "cour" followed by "d'appel": modern and old papers write "la cour
     * d'appel de Paris" in lower case, where "cour" alone is mostly a courtyard ("la cour de la caserne").
     */
    private static boolean courtOfAppeal(String text, List<int[]> words, Folded folded, int i, String language) {
        return "fr".equals(language) && folded.get(i).equals("cour") && i + 2 < words.size()
                && folded.get(i + 1).equals("d") && folded.get(i + 2).equals("appel")
                && joinable(text, words, i + 1) && joinable(text, words, i + 2);
    }

    /**
     * Whether word {@code i} is a French "Ville" capitalised before "de"/"d'" and a capitalised name: the town as a body
     * ("la Ville de Rennes cède le terrain", a ship "Ville de Douai" in the port news), where "la ville de Rennes" is
     * the place. Not "l'Hôtel de Ville de Paris" (after "de"), not "la Ville" alone nor "la Ville Lumière".
     */
    private static boolean cityBody(String text, List<int[]> words, Folded folded, int i, String language) {
        if (!"fr".equals(language) || !folded.get(i).equals("ville") || i + 2 >= words.size()) return false;
        if (i > 0 && joinable(text, words, i) && CITY_NOT_AFTER.contains(folded.get(i - 1))) return false;
        String of = folded.get(i + 1);
        return (of.equals("de") || of.equals("d")) && joinable(text, words, i + 1) && joinable(text, words, i + 2)
                && upper(text, words, i + 2) && words.get(i + 2)[1] - words.get(i + 2)[0] > 1;
    }

    private static final Set<String> CITY_NOT_AFTER = Set.of("de", "d", "du", "des", "hotel");

    /**
     * Whether word {@code i} is a French "Ville" capitalised alone after "la": the town as a body that acts, pays or is
     * charged ("la Ville a voté le budget", "à la charge de la Ville", "la Ville et l'Etat"), as old and modern papers
     * write it; "la ville" in lower case is the place. Not "l'Hôtel de Ville" (no "la" before it), not a town's
     * epithet ("la Ville Lumière", "la Ville éternelle", "la Ville rose"), not "la Ville de Rennes" nor "la Ville du
     * Tambour-major" (a name after it: {@link #cityBody}, or a title).
     */
    private static boolean cityActing(String text, List<int[]> words, Folded folded, int i, String language, Grammar g) {
        if (!"fr".equals(language) || !folded.get(i).equals("ville") || i == 0) return false;
        if (!joinedBySpace(text, words, i) || !folded.get(i - 1).equals("la")) return false;
        int next = i + 1;
        if (next >= words.size() || !joinable(text, words, next)) return true; // "à la charge de la Ville."
        String nf = folded.get(next);
        if (upper(text, words, next) && !g.stop().contains(nf)) return false; // "la Ville Lumière"
        if (CITY_EPITHETS.contains(nf) || !upper(text, words, next) && g.adjective().matcher(nf).matches() && !g.stop().contains(nf)) {
            return false; // "la Ville éternelle", "la Ville rose"
        }
        if (STREET_PREPOSITIONS.contains(nf) && next + 1 < words.size() && joinable(text, words, next + 1)) {
            int k = next + 1;
            if (g.articles().contains(folded.get(k)) && k + 1 < words.size() && joinable(text, words, k + 1)) k++;
            return !upper(text, words, k); // "la Ville de Paris", "la Ville du Tambour-major": a name follows
        }
        return true;
    }

    /** Lower-case epithets after "la Ville" that name a town, not its council: "la Ville sainte", "la Ville rose". */
    private static final Set<String> CITY_EPITHETS = Set.of("sainte", "rose", "blanche", "lumiere", "eternelle", "haute", "basse");

    /** Whether "de (la/l')" and a domain word of the language follow word {@code i}: "ministère de l'intérieur". */
    private boolean domainFollows(String text, List<int[]> words, Folded folded, int i, String language, Grammar g) {
        int k = i + 1;
        if (k >= words.size() || !joinable(text, words, k) || !g.prepositions().contains(folded.get(k))) return false;
        k++;
        if (k < words.size() && joinable(text, words, k) && g.articles().contains(folded.get(k))) k++;
        return k < words.size() && joinable(text, words, k) && has(domains, language, folded.get(k));
    }

    /**
     * The last word of a street's name after its head word {@code i}: "rue Scribe", "rue de Rennes", "quai de la
     * Fosse", "calle de Alcalá"; -1 when no capitalised name follows (a "rue" of no name, "route de nuit").
     */
    private static int street(String text, List<int[]> words, Folded folded, int i, Grammar g) {
        int k = i + 1;
        if (k >= words.size() || !joinable(text, words, k)) return -1;
        if (!upper(text, words, k)) {
            if (!STREET_PREPOSITIONS.contains(folded.get(k))) return -1; // "rue de Rennes", not "route pour Salt Lake City"
            k++;
            if (k < words.size() && joinable(text, words, k) && g.articles().contains(folded.get(k)) && !upper(text, words, k)) k++;
            if (k >= words.size() || !joinable(text, words, k) || !upper(text, words, k)) return -1;
        }
        if (g.stop().contains(folded.get(k)) || isSentenceStart(text, words, k)) return -1;
        int last = k;
        while (last + 1 < words.size() && last - i < MAX_WORDS && joinedBySpace(text, words, last + 1)
                && upper(text, words, last + 1) && !g.stop().contains(folded.get(last + 1))) {
            last++;
        }
        return last;
    }

    /**
     * French complements with "à"/"au" that say how a company's trade is made, part of its name: "à vapeur", "au long
     * cours", "à responsabilité limitée". Any other "à" opens the sentence's place or verb ("à Rennes", "à partir").
     */
    private static final List<List<String>> MADE_HOW = List.of(List.of("a", "vapeur"), List.of("a", "gaz"),
            List.of("au", "long", "cours"), List.of("a", "responsabilite", "limitee"), List.of("a", "capital", "variable"));

    /** The last word of a "made how" complement starting at word {@code at}, or -1. */
    private static int madeHow(String text, List<int[]> words, Folded folded, int at, String language) {
        if (!"fr".equals(language)) return -1;
        for (List<String> form : MADE_HOW) {
            int last = at + form.size() - 1;
            if (last >= words.size()) continue;
            boolean same = true;
            for (int k = 0; k < form.size() && same; k++) {
                same = folded.get(at + k).equals(form.get(k)) && !upper(text, words, at + k) && (k == 0 || joinable(text, words, at + k));
            }
            if (same) return last;
        }
        return -1;
    }

    /**
     * The last word of a group "de la Guerre", "des chemins de fer", "of Defence" starting at word {@code at}, or
     * -1. Lower-case complements only follow a capitalised head ("la Compagnie des chemins de fer", not "le
     * ministère des chemins").
     */
    private int prepositionalGroup(String text, List<int[]> words, Folded folded, int at, Grammar g, boolean capitalisedHead) {
        String preposition = folded.get(at);
        if (!g.prepositions().contains(preposition) || upper(text, words, at)) return -1;
        int k = at + 1;
        boolean article = k < words.size() && joinable(text, words, k) && g.articles().contains(folded.get(k)) && !upper(text, words, k);
        if (article) k++;
        if (k >= words.size() || !joinable(text, words, k)) return -1;
        // "pour délibérer": an infinitive after "pour" is the sentence's; "pour la protection des enfants" is a name's.
        if (preposition.equals("pour") && !article && !upper(text, words, k)) return -1;
        // German names take "für" without an article ("Verein für Socialpolitik", "Institut für Weltwirtschaft"); "des
        // Vereines für das abgelaufene Jahr" is the sentence's.
        if (preposition.equals("fur") && article) return -1;
        if (upper(text, words, k) && words.get(k)[1] - words.get(k)[0] == 1) return -1; // "ministère de M. Gesdon": a form of address
        if (upper(text, words, k)) {
            int last = k;
            // "Affaires étrangères", "Nations unies", "Saint-Pierre et Miquelon": capitals, connectors, adjectives.
            for (int j = k + 1; j < words.size() && joinable(text, words, j) && j - at < MAX_WORDS; j++) {
                if (upper(text, words, j) && !g.stop().contains(folded.get(j))) {
                    if (j > last + 1 && isHeadWord(folded.get(j))) break; // "l'ONU et la Banque …": another institution
                    last = j;
                } else if (!upper(text, words, j) && g.adjective().matcher(folded.get(j)).matches() && !g.stop().contains(folded.get(j)) && j == last + 1) {
                    last = j;
                } else if (!g.connectors().contains(folded.get(j)) || upper(text, words, j)
                        || COORDINATORS.contains(folded.get(j - 1))) {
                    break; // "de l'Est", "Trade and Industry", not "Defence and the European Central Bank"
                }
            }
            return last;
        }
        if (!capitalisedHead) return -1;
        int last = -1;
        int content = 0;
        for (int j = k; j < words.size() && joinable(text, words, j) && content < MAX_LOWER_COMPLEMENT; j++) {
            String w = folded.get(j);
            if (upper(text, words, j)) break;
            if (w.length() >= 3 && !g.stop().contains(w) && !g.prepositions().contains(w)) {
                // A noun, then only adjectives or "de" and a noun: "du travail" ends before "avait convoqué".
                if (last == j - 1 && !g.adjective().matcher(w).matches()) break;
                last = j;
                content++;
            } else if (last == j - 1 && w.equals("et") && content < MAX_LOWER_COMPLEMENT - 1 && j + 1 < words.size()
                    && joinable(text, words, j + 1) && !upper(text, words, j + 1) && !g.stop().contains(folded.get(j + 1))
                    && folded.get(j + 1).length() >= 3) {
                continue; // two nouns of one trade: "Fédération des cuirs et peaux", "Syndicat des ports et docks"
            } else if (last == j - 1 && w.equals("et") && j + 2 < words.size() && (folded.get(j + 1).equals("d")
                    || folded.get(j + 1).equals("de")) && joinable(text, words, j + 1) && joinable(text, words, j + 2)
                    && !upper(text, words, j + 1) && !upper(text, words, j + 2) && !g.stop().contains(folded.get(j + 2))
                    && folded.get(j + 2).length() >= 3) {
                last = j + 2; // "Chambre de commerce et d'industrie"
                content++;
                j += 2;
            } else if (!(last == j - 1 && (w.equals("de") || w.equals("d")) && j + 1 < words.size()
                    && !upper(text, words, j + 1) && !g.stop().contains(folded.get(j + 1)) && folded.get(j + 1).length() >= 3)) {
                break; // only "de" inside a complement: "chemins de fer"
            }
        }
        return last;
    }

    /** The words' folded forms, computed when first asked for: most words are never looked at. */
    private static final class Folded {
        private final String text;
        private final List<int[]> words;
        private final String[] folded;

        Folded(String text, List<int[]> words) {
            this.text = text;
            this.words = words;
            this.folded = new String[words.size()];
        }

        String get(int i) {
            String f = folded[i];
            if (f == null) folded[i] = f = fold(text.substring(words.get(i)[0], words.get(i)[1]));
            return f;
        }
    }

    /** Heads that also name a country with "de" and its name after them: "Fédération de Russie", "Federación de Rusia". */
    private static final Set<String> COUNTRY_HEADS = Set.of("federation", "federacion");

    /**
     * "République", which names the state as a body alone ("la République ne peut", "le procureur de la République")
     * and a country with a name after it: "la République Argentine", "la République démocratique du Congo".
     */
    private static final Set<String> REPUBLIC_HEADS = Set.of("republique");
    /** How many words after "République" may lead to the country's capitalised name ("démocratique du Congo"). */
    private static final int REPUBLIC_NAME_REACH = 4;

    /**
     * Whether head word {@code i} with a capitalised name after "de" is a country's name, not an institution's; for a
     * republic, a capitalised name after it, its adjectives or their "de" is enough.
     */
    private static boolean namesACountry(String text, List<int[]> words, Folded folded, int i, String f, Grammar g) {
        if (REPUBLIC_HEADS.contains(f)) return republicsName(text, words, folded, i, g);
        if (!COUNTRY_HEADS.contains(f) || i + 2 >= words.size()) return false;
        String next = folded.get(i + 1);
        return (next.equals("de") || next.equals("of")) && upper(text, words, i + 2);
    }

    /**
     * Whether the republic at word {@code i} is a country's: a capitalised name follows it, past adjectives, articles
     * and prepositions, or an adjective right after it says which ("la République tchèque", "la République
     * dominicaine"; French writes these adjectives in lower case).
     */
    private static boolean republicsName(String text, List<int[]> words, Folded folded, int i, Grammar g) {
        for (int k = i + 1; k < words.size() && k <= i + REPUBLIC_NAME_REACH && joinable(text, words, k); k++) {
            if (upper(text, words, k)) return true;
            String w = folded.get(k);
            boolean adjective = g.adjective().matcher(w).matches() && !g.stop().contains(w);
            if (k == i + 1 && adjective) return true;
            if (!g.prepositions().contains(w) && !g.articles().contains(w) && !adjective) return false;
        }
        return false;
    }

    /** "Automobile-Club", "Touring-Club", "Yacht-Club": a club named by its sport in one hyphenated word (fr, en, es). */
    private static boolean clubCompound(String language, String f) {
        return !"de".equals(language) && f.length() > 5 && f.endsWith("-club");
    }

    private boolean isHeadWord(String f) {
        for (Map<String, Set<String>> m : List.of(alone, heads, names)) {
            for (Set<String> s : m.values()) if (s.contains(f)) return true;
        }
        return false;
    }

    /**
     * A German head without its genitive ending when the bare word is listed ("des Völkerbundes", "des Bundestags",
     * "des Verteidigungsministeriums"): the lists hold the nominative.
     */
    private String uninflected(String f) {
        if (germanListedHeads.contains(f) || compound("de", f)) return f;
        for (String ending : new String[]{"es", "s"}) { // not "-e": "Gerichte" is also the plural
            if (f.length() > ending.length() + 3 && f.endsWith(ending)) {
                String bare = f.substring(0, f.length() - ending.length());
                if (germanListedHeads.contains(bare) || compound("de", bare)) return bare;
            }
        }
        return f;
    }

    /**
     * A long German institution's name one letter off, as Fraktur OCR reads it, in any case ending and with its council
     * ("Bölkerbunde", "Dölkerbundsrat", "Wlkerbundsrat" for "Völkerbund(srat)"): names of ten letters or more only.
     */
    private boolean misreadName(String f) {
        Set<String> listed = names.get("de");
        if (listed == null || f.length() < 9) return false;
        String stem = f;
        for (String ending : new String[]{"srates", "srate", "srat", "es", "e", "s"}) {
            if (stem.length() > ending.length() + 8 && stem.endsWith(ending)) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        for (int length = stem.length() - 1; length <= stem.length() + 1; length++) {
            for (String name : germanLongNamesByLength.getOrDefault(length, List.of())) {
                if (withinOneEdit(stem, name)) return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(Map<String, String[]> byLanguage, String language, String f) {
        String[] endings = byLanguage.get(language);
        if (endings == null) return false;
        for (String e : endings) if (f.endsWith(e) && f.length() >= e.length()) return true;
        return false;
    }

    /** Whether only blanks and one opening quote separate word {@code i} from the one before ("Hotel „Post"). */
    private static boolean quotedName(String text, List<int[]> words, int i) {
        String gap = text.substring(words.get(i - 1)[1], words.get(i)[0]).strip();
        return gap.length() == 1 && "„«\"“‚'".indexOf(gap.charAt(0)) >= 0 && words.get(i)[0] - words.get(i - 1)[1] <= 3
                && text.charAt(words.get(i - 1)[1]) == ' ';
    }

    /** Whether a word is a compound (three letters or more, or a hyphen, before) of one of a language's endings. */
    private static boolean endsWithCompound(Map<String, String[]> byLanguage, String language, String f) {
        String[] endings = byLanguage.get(language);
        if (endings == null) return false;
        for (String e : endings) if (f.length() > e.length() + 2 && f.endsWith(e)) return true;
        return false;
    }

    private boolean compound(String language, String f) {
        String[] endings = suffixes.get(language);
        if (endings == null) return false;
        for (String e : endings) if (f.length() > e.length() + 2 && f.endsWith(e)) return true;
        return false;
    }

    /**
     * The names without a minister's portfolio the finder took for one: "Santé" in "le ministre de la Santé",
     * "Interior" in "la ministra del Interior", "Defesa" in "o ministro da Defesa" (a fragment of the title, no name).
     * Only spans of domain words (with lower-case words after them: "Affaires étrangères") right after the title.
     */
    private List<NameSpan> withoutPortfolios(List<NameSpan> found, String text, String language) {
        Pattern titles = portfolioTitles.get(language == null ? "" : language);
        if (titles == null || found.isEmpty()) return found;
        List<NameSpan> out = new ArrayList<>(found.size());
        for (NameSpan n : found) {
            if (!isPortfolio(n, text, language, titles)) out.add(n);
        }
        return out.size() == found.size() ? found : List.copyOf(out);
    }

    private boolean isPortfolio(NameSpan n, String text, String language, Pattern titles) {
        Matcher m = WORD.matcher(n.text());
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean domain = has(domains, language, fold(w));
            if (first ? !(domain && Character.isUpperCase(w.codePointAt(0))) : !(domain || Character.isLowerCase(w.codePointAt(0)))) {
                return false;
            }
            first = false;
        }
        if (first || n.start() <= 0 || n.start() > text.length()) return false;
        return titles.matcher(fold(text.substring(Math.max(0, n.start() - 60), n.start()))).find();
    }

    private static boolean has(Map<String, Set<String>> byLanguage, String language, String f) {
        Set<String> s = byLanguage.get(language);
        return s != null && s.contains(f);
    }

    private static boolean upper(String text, List<int[]> words, int i) {
        return Character.isUpperCase(text.codePointAt(words.get(i)[0]));
    }

    private static boolean hasDigit(String text, List<int[]> words, int i) {
        for (int c = words.get(i)[0]; c < words.get(i)[1]; c++) if (Character.isDigit(text.charAt(c))) return true;
        return false;
    }

    private static boolean upperWithin(String text, List<int[]> words, int from, int to) {
        for (int j = from; j <= to; j++) if (upper(text, words, j)) return true;
        return false;
    }

    /** Whether only blanks on one line, or an elision's apostrophe, separate word {@code i} from the one before. */
    private static boolean joinable(String text, List<int[]> words, int i) {
        String gap = text.substring(words.get(i - 1)[1], words.get(i)[0]);
        if (gap.isEmpty() || gap.length() > 3) return false;
        for (int c = 0; c < gap.length(); c++) {
            char ch = gap.charAt(c);
            if (ch != ' ' && ch != '\u00a0' && ch != '\'' && ch != '’') return false;
        }
        return true;
    }

    private static boolean joinedBySpace(String text, List<int[]> words, int i) {
        return text.substring(words.get(i - 1)[1], words.get(i)[0]).isBlank() && joinable(text, words, i);
    }

    /** Whether word {@code i} starts a sentence or a line (its capital is the writing's). */
    private static boolean isSentenceStart(String text, List<int[]> words, int i) {
        int p = words.get(i)[0] - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0' || "«“\"'‘(".indexOf(text.charAt(p)) >= 0)) p--;
        return p < 0 || ".!?\n:;—–-".indexOf(text.charAt(p)) >= 0;
    }

    private static Map<String, Set<String>> byLanguage(Map<String, Set<String>> classes, String kind) {
        Map<String, Set<String>> out = new HashMap<>();
        classes.forEach((key, value) -> {
            String[] parts = key.split("\t");
            if (parts[1].equals(kind)) out.computeIfAbsent(parts[0], k -> new HashSet<>()).addAll(value);
        });
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /** A language's endings as an array, sorted (any order gives the same answers: only whether one matches counts). */
    private static Map<String, String[]> endings(Map<String, Set<String>> byLanguage) {
        Map<String, String[]> out = new HashMap<>();
        byLanguage.forEach((language, set) -> out.put(language, set.stream().sorted().toArray(String[]::new)));
        return Map.copyOf(out);
    }

    private static Set<String> words(String spaced) {
        Set<String> out = new HashSet<>();
        for (String w : spaced.strip().split("\\s+")) if (!w.isEmpty()) out.add(fold(w));
        return Set.copyOf(out);
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s.toLowerCase(Locale.ROOT); // most words: no decomposition needed
        return DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static List<String[]> rows(String file) {
        return rows(file, 3);
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OrganisationNames.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t");
                if (row.length >= columns) rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}
