package dev.storyline.entities;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names known before any article is read, in every language: countries from ICU's CLDR data (each country's
 * name in each language of {@code cldr-languages.txt}, 61 news languages out of ICU's ~280), big cities from
 * CLDR's time-zone exemplar cities plus a curated file, organisations, people and demonyms from curated files. The
 * curated files are data, not code: the defaults ship in {@code src/main/resources/dev/storyline/entities/},
 * and files of the same name in a configuration folder add to them (the language list: replaces it).
 * Built once (under a second of CPU), then immutable and thread-safe: the holder the resolver receives.
 */
public final class ReferenceNames {

    /** An entity a name is known to denote, and the rule that knows it (for the registry's explanations). */
    public record Known(String canonical, String display, String rule) {
    }

    static final String COUNTRIES_FILE = "countries.tsv";
    static final String CITIES_FILE = "cities.tsv";
    static final String ORGANISATIONS_FILE = "organisations.tsv";
    static final String DEMONYMS_FILE = "demonyms.tsv";
    /** People the news names across languages, with their spelling in each ({@link #referenceName}). */
    static final String PEOPLE_FILE = "people.tsv";
    /** A surname shorter than this (normalised) joins no listed person alone: "Jong-un", "Jae-in" end with "un", "in". */
    private static final int MIN_SURNAME = 4;
    /** Institutions named by their seat ("le Kremlin a indiqué"): organisations even where a finder saw a place. */
    static final String SEATS_FILE = "seats-of-power.tsv";

    static final String LANGUAGES_FILE = "cldr-languages.txt";
    /** How many of the first languages of {@link #LANGUAGES_FILE} win a clash with the others. */
    private static final int MAJOR_LANGUAGES = 13;
    /**
     * Continents and regions news names, by their UN M.49 codes (CLDR names them in every language): Africa, Asia,
     * Europe, Oceania, Latin America, the parts of Europe, South and Central America, the parts of Asia and Africa,
     * the Caribbean. Left out: the world ("Welt" is a newspaper), the Americas ("Amerika" is as often the US),
     * Micronesia (a country's name too).
     */
    private static final List<String> REGIONS = List.of("002", "142", "150", "009", "419", "151", "155", "039", "154",
            "005", "013", "035", "034", "030", "143", "145", "015", "014", "011", "018", "017", "029");

    private final NameForms forms;
    private final Map<String, Known> countries;
    private final Map<String, Known> cities;
    private final Map<String, Known> organisations;
    private final Map<String, Known> demonyms;
    /** Cities' demonyms exactly as listed, by lookup key ("parisiens"), without the stems' looseness. */
    private final Map<String, Known> demonymForms;
    private final Map<String, Known> seats;
    private final Set<String> seatKeys;
    private final Set<String> canonicals;
    /** Listed people by the lookup key of each of their full spellings. */
    private final Map<String, Known> people;
    /** Listed people by the normalised form of each of their spellings of two words or more ({@link NameForms#compact}). */
    private final Map<String, Known> peopleByForm;
    /** Listed people by the normalised last word of their spellings, where only one has it. */
    private final Map<String, Known> surnames;
    /**
     * Listed people's and organisations' names by language code ("" for the reference name), by key:
     * "PER:vladimir-putin" → {fr: Vladimir Poutine, …}.
     */
    private final Map<String, Map<String, String>> listedNames;
    /** Listed people's countries and organisations (LOC:RU, ORG:un), the people file's fifth column. */
    private final Map<String, Set<String>> peopleContexts;

    private ReferenceNames(NameForms forms, Map<String, Known> countries, Map<String, Known> cities,
                       Map<String, Known> organisations, Map<String, Known> demonyms, Map<String, Known> demonymForms,
                       Map<String, Known> seats, People people, Map<String, Map<String, String>> organisationNames) {
        this.forms = forms;
        this.people = Map.copyOf(people.bySpelling());
        this.peopleByForm = Map.copyOf(people.byForm());
        this.surnames = Map.copyOf(people.bySurname());
        Map<String, Map<String, String>> names = new HashMap<>(organisationNames);
        names.putAll(people.names());
        this.listedNames = Map.copyOf(names);
        this.peopleContexts = Map.copyOf(people.contexts());
        this.seats = Map.copyOf(seats);
        this.seatKeys = seats.values().stream().map(Known::canonical).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.countries = Map.copyOf(countries);
        this.cities = Map.copyOf(cities);
        this.organisations = Map.copyOf(organisations);
        this.demonyms = Map.copyOf(demonyms);
        this.demonymForms = Map.copyOf(demonymForms);
        Set<String> keys = new HashSet<>();
        for (Map<String, Known> index : List.of(countries, cities, organisations, demonyms, people.bySpelling())) {
            index.values().forEach(k -> keys.add(k.canonical()));
        }
        this.canonicals = Set.copyOf(keys);
    }

    /** Whether a canonical key belongs to a known entity (so no new entity may take it). */
    public boolean isKnownKey(String canonical) {
        return canonicals.contains(canonical);
    }

    /** Whether a canonical key is a seat of power's ("ORG:kremlin"): the place or the institution, by context. */
    public boolean isSeatKey(String canonical) {
        return seatKeys.contains(canonical);
    }

    /** The shipped resources and CLDR only. */
    public static ReferenceNames load(NameForms forms) {
        return load(forms, null);
    }

    /**
     * The shipped resources, CLDR, and the curated files found in {@code configDir} (may be null); a malformed line of
     * a configured file is named on stderr and skipped.
     */
    public static ReferenceNames load(NameForms forms, Path configDir) {
        return load(forms, configDir, System.err::println);
    }

    /**
     * The shipped resources, CLDR, and the curated files found in {@code configDir} (may be null). A line of a
     * configured file that is malformed is named to {@code warnings} ("FILE line N: reason; skipped") and the rest is
     * read; a file that cannot be read at all (not UTF-8, unreadable) throws {@link ConfigFolderException}.
     */
    public static ReferenceNames load(NameForms forms, Path configDir, java.util.function.Consumer<String> warnings) {
        Loader loader = new Loader(forms, configDir, warnings);
        Map<String, Known> seats = loader.organisations(SEATS_FILE);
        Map<String, Known> organisations = new java.util.HashMap<>(loader.organisations(ORGANISATIONS_FILE));
        seats.forEach(organisations::putIfAbsent);
        return new ReferenceNames(forms, loader.countries(), loader.cities(), organisations, loader.demonyms(false),
                loader.demonyms(true), seats, loader.people(), loader.organisationNames());
    }

    /**
     * What a name of this type is known to denote, if anything: "Kasachstan" (LOC) → LOC:KZ, "Wladimir Putin" (PER)
     * → PER:vladimir-putin. A person only by a full spelling of the list (a surname alone: {@link #personBySurname}).
     */
    public Optional<Known> find(String type, String text) {
        String key = lookupKey(forms, text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (type.equals("PER")) {
            return Optional.ofNullable(person(key, text));
        }
        // Demonyms only where they cannot be a place's own name: MISC ("Russian") or a lower-case word ("kazakh").
        boolean adjective = forms.tokens(text).size() == 1
                && (type.equals("MISC") || Character.isLowerCase(text.codePointAt(0)));
        Known demonym = adjective ? demonym(text) : null;
        Known found = find(type, key, demonym);
        if (found == null && key.startsWith("acr:") && key.length() >= 8) {
            // A capitalised headline word ("PARIS", "RUSSIE") that is no known acronym is looked up as a word.
            String word = text.toLowerCase(Locale.ROOT);
            found = find(type, lookupKey(forms, word), demonym);
        }
        return Optional.ofNullable(found);
    }

    private Known find(String type, String key, Known demonym) {
        return switch (type) {
            case "ORG" -> first(organisations.get(key), demonym);
            // A demonym as written ("les Parisiens" LOC) after the places; a name of no type (languages without a
            // tagger: Italian "Parigi") may be a city as well as a country.
            case "LOC" -> first(seats.get(key), countries.get(key), cities.get(key), demonymForms.get(key), demonym);
            // Not the people: an untyped name joining a person made the window clustering leave reports out (see
            // EntityResolver#TYPES); a listed person is found by the finder's PER names.
            default -> first(organisations.get(key), countries.get(key), cities.get(key), demonymForms.get(key), demonym);
        };
    }

    /**
     * A listed person by a spelling as written, or for a name of two words or more, by its normalised form as the
     * registry compares people's names ("Kasim Jomart Tokayev" is "Kassym-Jomart Tokayev").
     */
    private Known person(String key, String text) {
        Known found = people.get(key);
        if (found != null) return found;
        List<String> tokens = forms.tokens(text);
        return tokens.size() >= 2 ? peopleByForm.get(String.join("", tokens)) : null;
    }

    /**
     * The one listed person whose spellings end with this normalised word ({@link NameForms#tokens}: "putin" of
     * "Vladimir Poutine" and "Wladimir Putin"), if only one does and it is long enough to say so.
     */
    public Optional<Known> personBySurname(String normalisedWord) {
        return Optional.ofNullable(surnames.get(normalisedWord));
    }

    /**
     * The countries and organisations a listed person acts for or in (the people file's fifth column: "LOC:GB" for
     * Boris Johnson, "ORG:un" and "LOC:PT" for António Guterres); empty for an unlisted key.
     */
    public Set<String> personContext(String canonical) {
        return peopleContexts.getOrDefault(canonical, Set.of());
    }

    /**
     * A listed person's or organisation's name in each language the lists spell it in, by language code; empty for
     * another key.
     */
    public Map<String, String> referenceNames(String canonical) {
        Map<String, String> names = new java.util.TreeMap<>(listedNames.getOrDefault(canonical, Map.of()));
        names.remove("");
        return names;
    }

    /**
     * A listed person's or organisation's name for a reader of {@code language}: the list's spelling in that language,
     * else its reference (English) name; empty for a key the lists do not hold.
     */
    public Optional<String> referenceName(String canonical, String language) {
        Map<String, String> names = listedNames.get(canonical);
        if (names == null) return Optional.empty();
        String name = language == null ? null : names.get(language.strip().toLowerCase(Locale.ROOT));
        return Optional.of(name != null ? name : names.get(""));
    }

    /** The name forms these names are indexed by. */
    public NameForms forms() {
        return forms;
    }

    private Known demonym(String text) {
        return demonyms.get(demonymStem(forms.compact(text)));
    }

    private static Known first(Known... candidates) {
        for (Known candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Known names are matched strictly, case, accents, script, spaces and hyphens aside: the EMM rules that
     * join spelling variants of people would also join "Albany" to "Albania". Acronyms match only acronyms
     * ("WHO", not "Who"). Names in scripts other than Latin, Cyrillic and Greek are compared by their own
     * letters, their Latin transliterations being too loose to key on (Arabic without vowels).
     */
    static String lookupKey(NameForms forms, String text) {
        if (NameForms.isAcronym(text)) {
            return "acr:" + text.replace(".", "");
        }
        boolean ownLetters = NameForms.isNonLatin(text) && !isCyrillicOrGreek(text);
        String letters = ownLetters ? Normalizer2.getNFKCCasefoldInstance().normalize(text)
                : forms.latin(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(letters.length());
        letters.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.isEmpty() ? "" : (ownLetters ? "raw:" : "") + out;
    }

    private static boolean isCyrillicOrGreek(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
                return true;
            }
        }
        return false;
    }

    /** Nationality adjectives inflect (kazakh/kazakhes, russisch/russischen, ruso/rusa): compare their stems. */
    static String demonymStem(String compact) {
        int end = compact.length();
        while (end > 3 && "aeinorsm".indexOf(compact.charAt(end - 1)) >= 0) {
            end--;
        }
        return compact.substring(0, end);
    }

    /** The people file's indexes. */
    private record People(Map<String, Known> bySpelling, Map<String, Known> byForm, Map<String, Known> bySurname,
                          Map<String, Map<String, String>> names, Map<String, Set<String>> contexts) {
    }

    /** Builds the indexes; a key two entities claim at the same priority is dropped rather than guessed. */
    private static final class Loader {
        private final NameForms forms;
        private final Path configDir;
        private final java.util.function.Consumer<String> warnings;
        private final List<String> languages;

        Loader(NameForms forms, Path configDir, java.util.function.Consumer<String> warnings) {
            this.forms = forms;
            this.configDir = configDir;
            this.warnings = warnings;
            List<String> listed = new ArrayList<>();
            Path configured = configDir == null ? null : configDir.resolve(LANGUAGES_FILE);
            if (configured != null && Files.isRegularFile(configured)) {
                readConfigured(configured, (line, number) -> {
                    String code = line.strip();
                    if (!code.matches("[A-Za-z]{2,3}(_[A-Za-z0-9]+)*")) {
                        return "not a language code";
                    }
                    listed.add(code);
                    return null;
                });
            } else {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                        ReferenceNames.class.getResourceAsStream(LANGUAGES_FILE), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(listed::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + LANGUAGES_FILE, e);
                }
            }
            this.languages = List.copyOf(listed);
        }

        /**
         * Reads a configured file's lines that are neither blank nor comments; {@code accept} returns why a line is
         * malformed (named to the warnings, and skipped) or null.
         */
        private void readConfigured(Path file, java.util.function.BiFunction<String, Integer, String> accept) {
            List<String> lines = ConfigFolderException.lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String malformed = accept.apply(line, i + 1);
                if (malformed != null) {
                    warnings.accept(file + " line " + (i + 1) + ": " + malformed + "; skipped");
                }
            }
        }

        private int priority(int languageIndex) {
            return languageIndex < MAJOR_LANGUAGES ? 1 : 2;
        }

        Map<String, Known> countries() {
            Index index = new Index();
            Map<String, String> english = new HashMap<>();
            for (String code : ULocale.getISOCountries()) {
                String name = new ULocale("und_" + code).getDisplayCountry(ULocale.ENGLISH);
                if (!name.equals(code)) {
                    english.put(code, name);
                }
            }
            for (String[] row : rows(COUNTRIES_FILE)) {
                String code = row[0].toUpperCase(Locale.ROOT);
                for (String alias : aliases(row[1])) {
                    index.put(alias, new Known("LOC:" + code, english.getOrDefault(code, alias), "country-file"), 0);
                }
            }
            for (int l = 0; l < languages.size(); l++) {
                ULocale in = new ULocale(languages.get(l));
                int priority = priority(l);
                for (Map.Entry<String, String> country : english.entrySet()) {
                    String name = new ULocale("und_" + country.getKey()).getDisplayCountry(in);
                    if (!name.equals(country.getKey())) {
                        index.put(name, new Known("LOC:" + country.getKey(), country.getValue(), "cldr-country"), priority);
                    }
                }
            }
            // Then, where no country's own name has them: the names CLDR gives in parentheses ("Myanmar (Birmania)",
            // "Mjanma (Birma)") and the continents and regions.
            for (int l = 0; l < languages.size(); l++) {
                ULocale in = new ULocale(languages.get(l));
                int priority = priority(l);
                for (Map.Entry<String, String> country : english.entrySet()) {
                    String name = new ULocale("und_" + country.getKey()).getDisplayCountry(in);
                    Known known = new Known("LOC:" + country.getKey(), country.getValue(), "cldr-country");
                    for (String part : compositeParts(name)) {
                        index.putIfFree(part, known, priority);
                    }
                }
                for (String region : REGIONS) {
                    String name = new ULocale("und_" + region).getDisplayCountry(in);
                    if (!name.equals(region)) {
                        String display = new ULocale("und_" + region).getDisplayCountry(ULocale.ENGLISH);
                        index.putIfFree(name, new Known("LOC:" + region, display, "cldr-country"), priority);
                    }
                }
            }
            return index.entries;
        }

        /** "Myanmar (Birmania)" → Myanmar, Birmania; a name without an alternate in parentheses → none. */
        static List<String> compositeParts(String name) {
            int open = name.indexOf(" (");
            return open > 0 && name.endsWith(")")
                    ? List.of(name.substring(0, open), name.substring(open + 2, name.length() - 1)) : List.of();
        }

        Map<String, Known> cities() {
            Index index = new Index();
            for (String[] row : rows(CITIES_FILE)) {
                Known city = new Known(cityKey(row[0], row[1]), row[1], "city-file");
                index.put(row[1], city, 0);
                for (String alias : aliases(row.length > 2 ? row[2] : "")) {
                    index.put(alias, city, 0);
                }
            }
            Set<String> zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
            TimeZoneNames englishNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
            Map<String, Known> byZone = new HashMap<>();
            for (String zone : zones) {
                String region = TimeZone.getRegion(zone);
                String name = englishNames.getExemplarLocationName(zone);
                if (name != null && region.length() == 2) {
                    byZone.put(zone, new Known(cityKey(region, name), name, "cldr-city"));
                }
            }
            for (int l = 0; l < languages.size(); l++) {
                TimeZoneNames names = TimeZoneNames.getInstance(new ULocale(languages.get(l)));
                int priority = priority(l);
                for (Map.Entry<String, Known> zone : byZone.entrySet()) {
                    String name = names.getExemplarLocationName(zone.getKey());
                    if (name != null) {
                        index.put(name, zone.getValue(), priority);
                    }
                }
            }
            return index.entries;
        }

        /** Organisations' names by language, filled by {@link #organisations} ("" and "en": the English name). */
        private final Map<String, Map<String, String>> organisationNames = new HashMap<>();

        /**
         * An organisations file: key, English name, then aliases separated by |, each after its languages' codes and a
         * colon ("de:Organisation des Vertrags über kollektive Sicherheit", "fr,es:OTSC"; the first for a language is
         * the name its readers see) or untagged (a name of no particular language, as in files written before tags).
         */
        Map<String, Known> organisations(String file) {
            Index index = new Index();
            for (String[] row : rows(file)) {
                String canonical = "ORG:" + row[0].toLowerCase(Locale.ROOT);
                Known organisation = new Known(canonical, row[1], "alias-file");
                Map<String, String> byLanguage = organisationNames.computeIfAbsent(canonical, k -> new HashMap<>());
                byLanguage.putIfAbsent("", row[1].strip());
                byLanguage.putIfAbsent("en", row[1].strip());
                index.put(row[1], organisation, 0);
                for (String alias : aliases(row.length > 2 ? row[2] : "")) {
                    java.util.regex.Matcher tagged = LANGUAGE_TAG.matcher(alias);
                    String name = alias;
                    if (tagged.matches()) {
                        name = tagged.group(2).strip();
                        for (String language : tagged.group(1).split(",")) byLanguage.putIfAbsent(language, name);
                    }
                    if (!name.isEmpty()) index.put(name, organisation, 0);
                }
            }
            return index.entries;
        }

        Map<String, Map<String, String>> organisationNames() {
            Map<String, Map<String, String>> frozen = new HashMap<>();
            organisationNames.forEach((key, byLanguage) -> frozen.put(key, Map.copyOf(byLanguage)));
            return frozen;
        }

        /** "fr:OTSC", "fr,es:OTSC": languages' codes, a colon, the name. */
        private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("([a-z]{2,3}(?:,[a-z]{2,3})*):(.+)");

        /**
         * The people file: key, English name, then spellings separated by |, each after its language's code and a
         * colon ("fr:Vladimir Poutine"; the first for a language is the one shown to its readers) or without one (a
         * spelling of no particular language); optionally a fourth column, the words that name the person alone
         * separated by | ("lula" of "Luiz Inácio Lula da Silva"; "-": none, for a title and a first name such as "Pape
         * François"), else the last words of the spellings. A spelling two people claim is dropped, and so is a
         * surname two people have.
         */
        People people() {
            Index bySpelling = new Index();
            Map<String, Known> bySurname = new HashMap<>();
            Set<String> sharedSurnames = new HashSet<>();
            Map<String, Known> byForm = new HashMap<>();
            Set<String> sharedForms = new HashSet<>();
            Map<String, Map<String, String>> names = new HashMap<>();
            Map<String, Set<String>> contexts = new HashMap<>();
            for (String[] row : rows(PEOPLE_FILE)) {
                String slug = forms.slug(row[0]);
                if (slug.isEmpty() || row[1].isBlank()) {
                    throw new IllegalArgumentException(PEOPLE_FILE + ": no key or no name in the row of \"" + row[0] + "\"");
                }
                String canonical = "PER:" + slug;
                String english = row[1].strip();
                Known person = new Known(canonical, english, "person-file");
                Map<String, String> byLanguage = names.computeIfAbsent(canonical, k -> new HashMap<>());
                byLanguage.putIfAbsent("", english);
                byLanguage.putIfAbsent("en", english);
                List<String> spellings = new ArrayList<>();
                spellings.add(english);
                for (String alias : aliases(row.length > 2 ? row[2] : "")) {
                    int colon = alias.indexOf(':');
                    String spelling = alias;
                    if (colon > 0 && colon <= 6 && alias.substring(0, colon).matches("[a-z]{2,3}(,[a-z]{2,3})*")) {
                        spelling = alias.substring(colon + 1).strip();
                        for (String language : alias.substring(0, colon).split(",")) {
                            byLanguage.putIfAbsent(language, spelling);
                        }
                    }
                    if (!spelling.isEmpty()) spellings.add(spelling);
                }
                List<String> surnames = new ArrayList<>();
                for (String spelling : spellings) {
                    bySpelling.put(spelling, person, 0);
                    List<String> tokens = forms.tokens(spelling);
                    if ((row.length <= 3 || row[3].isBlank()) && tokens.size() >= 2) surnames.add(tokens.get(tokens.size() - 1));
                    if (tokens.size() >= 2) {
                        Known previous = byForm.putIfAbsent(String.join("", tokens), person);
                        if (previous != null && !previous.canonical().equals(canonical)) sharedForms.add(String.join("", tokens));
                    }
                }
                if (row.length > 3 && !row[3].isBlank() && !row[3].strip().equals("-")) {
                    aliases(row[3]).forEach(word -> surnames.add(forms.compact(word)));
                }
                if (row.length > 4) {
                    for (String key : aliases(row[4])) {
                        if (!key.matches("(LOC|ORG):[A-Za-z0-9-]+")) {
                            throw new IllegalArgumentException(PEOPLE_FILE + ": \"" + key + "\" in the row of \"" + row[0]
                                    + "\" is no country or organisation key (LOC:RU, ORG:un)");
                        }
                        contexts.computeIfAbsent(canonical, k -> new HashSet<>()).add(key);
                    }
                }
                for (String surname : surnames) {
                    if (surname.length() < MIN_SURNAME) continue;
                    Known previous = bySurname.putIfAbsent(surname, person);
                    if (previous != null && !previous.canonical().equals(canonical)) sharedSurnames.add(surname);
                }
            }
            sharedSurnames.forEach(bySurname::remove);
            sharedForms.forEach(byForm::remove);
            Map<String, Map<String, String>> frozen = new HashMap<>();
            names.forEach((key, byLanguage) -> frozen.put(key, Map.copyOf(byLanguage)));
            Map<String, Set<String>> frozenContexts = new HashMap<>();
            contexts.forEach((key, keys) -> frozenContexts.put(key, Set.copyOf(keys)));
            return new People(bySpelling.entries, byForm, bySurname, frozen, frozenContexts);
        }

        /** Countries' demonyms by their stems, or ({@code exact}) cities' by their lookup keys; a key two claim is dropped. */
        Map<String, Known> demonyms(boolean exact) {
            Map<String, Known> byStem = new HashMap<>();
            Set<String> clashes = new HashSet<>();
            for (String[] row : rows(DEMONYMS_FILE)) {
                Known country = demonymPlace(row[0]);
                // A city's demonyms only as listed: their stems are as short as city names ("Pariser", "Parma"); a
                // country's by their stems only, never as a place's own name ("Chino", California, is no "chino").
                boolean city = country.canonical().indexOf('-') > 0;
                if (exact != city) continue;
                for (String demonym : aliases(row[1])) {
                    String stem = exact ? lookupKey(forms, demonym) : demonymStem(forms.compact(demonym));
                    Known previous = byStem.putIfAbsent(stem, country);
                    if (previous != null && !previous.canonical().equals(country.canonical())) {
                        clashes.add(stem);
                    }
                }
            }
            clashes.forEach(byStem::remove);
            return byStem;
        }

        /** "KZ" → the country; "FR Paris" (a country code, a space, the city's English name) → the city. */
        private Known demonymPlace(String code) {
            int space = code.indexOf(' ');
            if (space > 0) {
                String city = code.substring(space + 1).strip();
                return new Known(cityKey(code.substring(0, space), city), city, "demonym-file");
            }
            String country = code.toUpperCase(Locale.ROOT);
            return new Known("LOC:" + country, new ULocale("und_" + country).getDisplayCountry(ULocale.ENGLISH), "demonym-file");
        }

        private String cityKey(String countryCode, String englishName) {
            return "LOC:" + countryCode.toUpperCase(Locale.ROOT) + "-" + forms.slug(englishName);
        }

        private static List<String> aliases(String field) {
            List<String> out = new ArrayList<>();
            for (String alias : field.split("\\|")) {
                if (!alias.isBlank()) {
                    out.add(alias.strip());
                }
            }
            return out;
        }

        /** Rows of a tab-separated curated file: the shipped one, then the configuration folder's one. */
        private List<String[]> rows(String file) {
            List<String[]> rows = new ArrayList<>();
            try (InputStream shipped = ReferenceNames.class.getResourceAsStream(file)) {
                if (shipped != null) {
                    readRows(new BufferedReader(new InputStreamReader(shipped, StandardCharsets.UTF_8)), rows);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            if (configDir != null && Files.isRegularFile(configDir.resolve(file))) {
                readConfigured(configDir.resolve(file), (line, number) -> {
                    String[] row = line.split("\t");
                    if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
                        return "needs at least 2 tab-separated fields, found " + row.length;
                    }
                    rows.add(row);
                    return null;
                });
            }
            return rows;
        }

        private static void readRows(BufferedReader reader, List<String[]> rows) throws IOException {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length >= 2) {
                    rows.add(row);
                }
            }
        }

        private final class Index {
            final Map<String, Known> entries = new HashMap<>();
            final Map<String, Integer> priorities = new HashMap<>();
            final Set<String> ambiguous = new HashSet<>();
            final Set<String> weak = new HashSet<>();

            /**
             * Like {@link #put}, for a weaker name: never over another entity's own name, and two weak names of
             * different entities at one priority make the key ambiguous ("Congo" of "Congo - Kinshasa" and of
             * "Congo - Brazzaville").
             */
            void putIfFree(String name, Known known, int priority) {
                String key = lookupKey(forms, name);
                if (key.isEmpty() || ambiguous.contains(key) || (entries.containsKey(key) && !weak.contains(key))) {
                    return;
                }
                weak.add(key);
                put(name, known, priority);
            }

            /** Entries arrive in priority order (0 first): a clash at equal priority makes the key ambiguous. */
            void put(String name, Known known, int priority) {
                String key = lookupKey(forms, name);
                // Short names from the minor languages are too often words elsewhere (Turkish "Şam", "Man").
                if (key.isEmpty() || ambiguous.contains(key) || (priority > 1 && key.length() < 5)) {
                    return;
                }
                Known existing = entries.get(key);
                if (existing == null) {
                    entries.put(key, known);
                    priorities.put(key, priority);
                } else if (!existing.canonical().equals(known.canonical()) && priorities.get(key) == priority) {
                    entries.remove(key);
                    ambiguous.add(key);
                }
            }
        }
    }
}
