package dev.storyline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what a name finder reports that is no name: a title or generic word on its own ("Premier ministre", "chef de
 * l'État", "the Government"), and an acronym the article defines as a common noun ("gaz de pétrole liquéfié (GPL)",
 * "gross domestic product (GDP)"). A person's name loses the title the finder took with it ("Premier ministre
 * Nikol Pashinyan" → "Nikol Pashinyan"); other names keep their title words ("General Motors"). Immutable and
 * thread-safe.
 */
public final class GenericNames {

    static final String WORDS_FILE = "generic-words.tsv";
    static final String FUNCTION_WORDS_FILE = "function-words.tsv";
    static final String CALENDAR_WORDS_FILE = "calendar-words.tsv";
    static final String UNIT_WORDS_FILE = "unit-words.tsv";
    /**
     * What ends right before a unit that makes it an amount's: a number ("123", "3.201,38", "9-"), a number word ("zwei
     * Euro", "hunderttausend Euro") or a magnitude ("3 Mio."), maybe with a country's prefix ("275 Millionen US-Dollar").
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:\\d[\\d.,]*|mio|mrd|millionen|milliarden|\\p{L}*hundert|\\p{L}*tausend|million|millions|billion"
                    + "|billions|milliards|mil|millones|miliardi|milioni|mln|mld|tys|тыс|млн|млрд|zwei|drei|vier|fünf|sechs"
                    + "|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|two|three|four|five|six|seven|eight|nine|ten"
                    + "|twenty|fifty|hundred|thousand|deux|trois|quatre|cinq|dix|vingt|cent|mille|dos|tres|cuatro|cinco|diez"
                    + "|veinte|cien|mil|due|tre|dieci|venti|cento|mille)\\.?[\\s\\u00A0-]*(?:\\p{Lu}{2,3}-)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A roman numeral up to 39 alone ("II", "XIV"): a page, a chapter, a king's number; not "CICV", "DC". */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})");
    /** Forms of address that only come before a person's name ("M. Renault", "Herr Müller", "Sra. García"). */
    private static final Set<String> ADDRESS = Set.of("m", "mm", "mme", "mmes", "mlle", "monsieur", "madame", "mr", "mrs",
            "ms", "herr", "frau", "sr", "sra", "srta");
    /** The indefinite articles that open an all-capitals heading ("UN SUICIDE", "UNE REPONSE"). */
    private static final Set<String> INDEFINITE = Set.of("un", "une", "a", "an", "ein", "eine", "uno", "una");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** "(GPL)", "(PIB)", "(G.D.P.)" after the words that define it. */
    private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("\\(\\s*((?:\\p{Lu}\\.?){2,8})\\s*\\)");
    /** Words an acronym skips: "gaz de pétrole liquéfié" is GPL, "Bundesamt für Verfassungsschutz" BfV. */
    private static final Set<String> SKIPPED = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "and",
            "et", "for", "pour", "fur", "der", "die", "das", "den", "dem", "und", "del", "el", "los", "las", "y", "en",
            "in", "a", "an", "on", "par", "by", "di", "e", "da", "do", "dos", "to", "au", "aux", "della", "delle", "dei",
            "degli", "dello");

    private final Lexicon words;
    private final Lexicon functionWords;
    private final Lexicon calendarWords;
    private final Lexicon unitWords;

    GenericNames(Lexicon words, Lexicon functionWords, Lexicon calendarWords, Lexicon unitWords) {
        this.words = words;
        this.functionWords = functionWords;
        this.calendarWords = calendarWords;
        this.unitWords = unitWords;
    }

    /** The shipped lists of titles and generic words, function words, calendar words and units. */
    public static GenericNames load() {
        return new GenericNames(Lexicon.of(WORDS_FILE), Lexicon.of(FUNCTION_WORDS_FILE), Lexicon.of(CALENDAR_WORDS_FILE),
                Lexicon.of(UNIT_WORDS_FILE));
    }

    /**
     * A list of words, each with the languages it is generic in: "sabato" is a weekday in Italian and a surname in
     * English (Larry Sabato), "giudice" a title in Italian and part of "Del Giudice" elsewhere. A word of the line
     * {@code *} is generic in every language, and so is an English word: pages in every language quote English ("This",
     * "July", "Pick up"), while another language's words in an English text are more often names ("Sabato",
     * "Domingo", "Weise"). A text whose language is unknown, or one the list has no line for, gets every language's
     * words, as before the lists had languages.
     */
    record Lexicon(java.util.Map<String, Set<String>> languagesOf, Set<String> listed) {
        static final String EVERY = "*";
        static final String ENGLISH = "en";

        static Lexicon of(String file) {
            try (InputStream in = GenericNames.class.getResourceAsStream(file)) {
                if (in == null) throw new IllegalStateException("missing resource " + file);
                java.util.Map<String, Set<String>> languagesOf = new java.util.HashMap<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    if (tab <= 0) throw new IllegalStateException(file + ": a line without its language code: " + line);
                    String language = line.substring(0, tab).strip();
                    for (String word : line.substring(tab + 1).strip().split("\\s+")) {
                        languagesOf.computeIfAbsent(fold(word), w -> new HashSet<>()).add(language);
                    }
                }
                return new Lexicon(languagesOf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Lexicon(java.util.Map<String, Set<String>> languagesOf) {
            this(java.util.Map.copyOf(languagesOf.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    java.util.Map.Entry::getKey, e -> Set.copyOf(e.getValue())))), listedLanguages(languagesOf));
        }

        private static Set<String> listedLanguages(java.util.Map<String, Set<String>> languagesOf) {
            Set<String> listed = new HashSet<>();
            languagesOf.values().forEach(listed::addAll);
            listed.remove(EVERY);
            return Set.copyOf(listed);
        }

        /** Whether a folded word is generic in a text of the given language ("": unknown). */
        boolean has(String folded, String language) {
            Set<String> languages = languagesOf.get(folded);
            return languages != null && (languages.contains(ENGLISH) || ownLanguage(languages, language));
        }

        /** Whether a folded word is listed for the text's language itself (or every language), not only for English. */
        boolean hasInItsLanguage(String folded, String language) {
            Set<String> languages = languagesOf.get(folded);
            return languages != null && ownLanguage(languages, language);
        }

        private boolean ownLanguage(Set<String> languages, String language) {
            return languages.contains(EVERY) || !listed.contains(language) || languages.contains(language);
        }
    }

    /** The article's language as the lists write it: "pt-BR" → "pt"; null or blank → "" (unknown). */
    static String languageOf(String language) {
        if (language == null || language.isBlank()) return "";
        String lower = language.strip().toLowerCase(Locale.ROOT);
        int cut = Math.max(lower.indexOf('-'), lower.indexOf('_'));
        return cut > 0 ? lower.substring(0, cut) : lower;
    }

    /** The spans that are names, in their order, in a text of unknown language (every list's words apply). */
    public List<NameSpan> keepNames(List<NameSpan> spans, String text) {
        return keepNames(spans, text, "");
    }

    /**
     * The spans that are names, in their order, in a text of the given language: a word is generic only in the
     * languages its list gives it ("Sabato" stays a name in English).
     */
    public List<NameSpan> keepNames(List<NameSpan> spans, String text, String language) {
        if (spans.isEmpty()) return spans;
        String lang = languageOf(language);
        Set<String> commonAcronyms = commonNounAcronyms(text);
        List<NameSpan> kept = new ArrayList<>(spans.size());
        boolean changed = false;
        for (NameSpan span : spans) {
            if (onlyGenericWords(span.text(), lang) || isNoise(span.text(), lang) || onlyCalendarWords(span.text(), lang)) continue;
            if (isUnitOfAnAmount(span, text, lang) || namesAScale(span, text)) continue;
            if (commonAcronyms.contains(span.text().replace(".", "").strip())) continue;
            NameSpan name = span.type().equals("PER") ? withoutLeadingTitle(span, lang)
                    : (span.type().equals("ORG") || span.type().equals("LOC")) && afterAddress(text, span.start(), lang) ? asPerson(span)
                    : addressed(span, lang);
            changed |= name != span;
            kept.add(name);
        }
        return kept.size() == spans.size() && !changed ? spans : List.copyOf(kept);
    }

    /** "Me", French for Maître, the address of lawyers and notaries ("Me Lavandier"); capitalised as written. */
    private static boolean isMaitre(String word, String language) {
        return word.equals("Me") && "fr".equals(language);
    }

    /**
     * A name the finder typed as a company or a place although a form of address opens it ("M. Renault" after an
     * article on the carmaker): a person, without the address.
     */
    NameSpan addressed(NameSpan span, String language) {
        Matcher m = WORD.matcher(span.text());
        if (!m.find() || !(ADDRESS.contains(fold(m.group())) || isMaitre(m.group(), language)) || !m.find()) return span;
        return withoutLeadingTitle(new NameSpan(span.text(), "PER", span.start(), span.end()), language);
    }

    /** Marks OCR leaves of a form of address's full stop ("M* Bellec", "M ' Appert", "M " André"). */
    private static final String ADDRESS_MARKS = ".*'\"«’";
    /** How far back a form of address may end before a name: blanks and its marks. */
    private static final int ADDRESS_GAP = 4;

    /**
     * Whether a form of address ends right before offset {@code start}, the name after it a person's: "M. Renault,
     * propriétaire", "s'adresser à M* Bellec, notaire", "MM. Appert et Homet, avoués" (the finder typed the name a
     * company), also when OCR made the full stop a star or a quote. Only capitalised forms ("M", "MM", "Mme", "Me"…):
     * a lower-case "me" is a pronoun.
     */
    static boolean afterAddress(String text, int start, String language) {
        if (text == null || start <= 0 || start > text.length()) return false;
        int i = start - 1;
        int gap = 0;
        while (i >= 0 && gap <= ADDRESS_GAP && (Character.isWhitespace(text.charAt(i)) || ADDRESS_MARKS.indexOf(text.charAt(i)) >= 0)) {
            i--;
            gap++;
        }
        if (gap == 0 || gap > ADDRESS_GAP || i < 0) return false;
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        if (end - (i + 1) > 8 || i >= 0 && Character.isLetterOrDigit(text.charAt(i))) return false;
        String word = text.substring(i + 1, end);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        return ADDRESS.contains(fold(word)) || isMaitre(word, language);
    }

    private static NameSpan asPerson(NameSpan span) {
        return new NameSpan(span.text(), "PER", span.start(), span.end());
    }

    /**
     * A person's name without the title the finder took with it: "Premier ministre arménien Nikol Pashinyan" → "Nikol
     * Pashinyan", "M. Milosevic" → "Milosevic", "Sa Majesté le roi Charles" → "Charles", so that the title does not
     * make a second entity. Linking words are only dropped after a title ("Le Pen" stays); the name left must start
     * with a capital.
     */
    NameSpan withoutLeadingTitle(NameSpan span) {
        return withoutLeadingTitle(span, "");
    }

    NameSpan withoutLeadingTitle(NameSpan span, String language) {
        Matcher m = WORD.matcher(span.text());
        List<int[]> tokens = new ArrayList<>();
        while (m.find()) tokens.add(new int[]{m.start(), m.end()});
        int i = 0;
        boolean titled = false;
        while (i < tokens.size() - 1) {
            String word = span.text().substring(tokens.get(i)[0], tokens.get(i)[1]);
            String folded = fold(word);
            if (words.has(folded, language) && !SKIPPED.contains(folded)) {
                titled = true;
            } else if (i == 0 && SKIPPED.contains(folded) && isTitle(span.text(), tokens.get(1), language)) {
                // "De M. Alphonse Humbert": a linking word the finder took before a title goes with it ("Le Pen" stays).
            } else if (!(titled && (SKIPPED.contains(folded) || Character.isLowerCase(word.codePointAt(0))))) {
                break; // a linking word or an adjective only after a title: "Premier ministre arménien"
            }
            i++;
        }
        if (i == 0 || !Character.isUpperCase(span.text().codePointAt(tokens.get(i)[0]))) return span;
        int from = tokens.get(i)[0];
        return new NameSpan(span.text().substring(from), span.type(), span.start() + from, span.end());
    }

    /**
     * What the writing or the scan made look like a name: a function word alone ("Mais", "NI"), a single letter
     * ("A", "V."), a roman numeral alone ("II"), an all-capitals heading that opens with an indefinite article ("UN
     * SUICIDE").
     */
    boolean isNoise(String name) {
        return isNoise(name, "");
    }

    boolean isNoise(String name, String language) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) tokens.add(m.group());
        if (tokens.isEmpty()) return true;
        if (tokens.size() == 1) {
            String word = tokens.get(0);
            return word.codePointCount(0, word.length()) == 1 || isFunctionWord(word, language)
                    || ROMAN_NUMERAL.matcher(word).matches();
        }
        return name.equals(name.toUpperCase(Locale.ROOT)) && INDEFINITE.contains(fold(tokens.get(0)));
    }

    /**
     * A function word of the text's language, in any case ("Mais", "NI" in French); another language's in capitals is
     * an acronym ("WHO" and "UN" in a German text, "ELLE" the magazine).
     */
    private boolean isFunctionWord(String word, String language) {
        String folded = fold(word);
        if (functionWords.hasInItsLanguage(folded, language)) return true;
        return functionWords.has(folded, language) && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a word is a title or form of address of the text's language ("President", "M", "Frau", "ministre",
     * "Kanzler"), as written before a person's name; the linking words after a title ("de", "la") are not.
     */
    boolean isTitleWord(String word, String language) {
        String folded = fold(word);
        return words.has(folded, language) && !SKIPPED.contains(folded);
    }

    private boolean isTitle(String text, int[] token, String language) {
        String folded = fold(text.substring(token[0], token[1]));
        return words.has(folded, language) && !SKIPPED.contains(folded);
    }

    /**
     * Whether a span is only titles and generic words, with the adjectives that follow them in lower case: "Premier
     * ministre", "Premier ministre tchèque", "État social", "Gouvernement fédéral". A capitalised word outside the list
     * makes it a name ("Premier League", "Estado Brasileiro", "Président Macron"); lower-case words after an article
     * alone are a title of a work ("Le charme discret de l'intestin", "The rainy day"), after a form of address a
     * name the scan wrote in lower case ("M. liolland"), and keep it.
     */
    boolean onlyGenericWords(String name) {
        return onlyGenericWords(name, "");
    }

    boolean onlyGenericWords(String name, String language) {
        Matcher m = WORD.matcher(name);
        boolean any = false;
        boolean titled = false;
        while (m.find()) {
            String word = m.group();
            String folded = fold(word);
            boolean adjective = titled && Character.isLowerCase(word.codePointAt(0));
            boolean listed = words.has(folded, language);
            if (!listed && !adjective) return false;
            // A form of address announces a name, even one the scan wrote in lower case ("M. liolland"): no adjectives.
            titled |= listed && !SKIPPED.contains(folded) && !ADDRESS.contains(folded);
            any = true;
        }
        return any;
    }

    /**
     * Whether a span is only weekdays, months and feasts ("Domenica", "Lunedì", "Pasqua", "Lunedì di Pasqua"),
     * with linking words between them. A number or another word makes it a name ("Mai 68", "Black Friday").
     */
    boolean onlyCalendarWords(String name) {
        return onlyCalendarWords(name, "");
    }

    boolean onlyCalendarWords(String name, String language) {
        Matcher m = WORD.matcher(fold(name));
        boolean any = false;
        while (m.find()) {
            if (calendarWords.has(m.group(), language)) any = true;
            else if (!SKIPPED.contains(m.group())) return false;
        }
        return any;
    }

    /** A scale's name: the span, then "scale" ("on the Richter scale"), or "échelle/escala/scala de(l)" before it. */
    private static final Pattern SCALE_AFTER = Pattern.compile("^[\\s-]+(?i:scale|skala)\\b");
    private static final Pattern SCALE_BEFORE = Pattern.compile("(?i:échelle|echelle|escala|scala)\\s+(?:de\\s+|d'|del\\s+|di\\s+)?$");

    /**
     * Whether the span names a measuring scale, not its eponym: the name finder takes "Richter" in "6.1 on the Richter
     * scale" for a person, and every earthquake report then shares that person.
     */
    static boolean namesAScale(NameSpan span, String text) {
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 12));
        String before = text.substring(Math.max(0, span.start() - 20), span.start());
        return SCALE_AFTER.matcher(after).find() || SCALE_BEFORE.matcher(before).find();
    }

    /** Whether a span is a currency or a unit right after an amount: "123 Euro", "5 Minuten", "3 Mio. Dollar". */
    boolean isUnitOfAnAmount(NameSpan span, String text, String language) {
        if (text == null || span.start() <= 0 || span.start() > text.length()) return false;
        Matcher m = WORD.matcher(fold(span.text()));
        boolean any = false;
        while (m.find()) {
            if (!unitWords.has(m.group(), language)) return false;
            any = true;
        }
        if (!any) return false;
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        return AMOUNT_BEFORE.matcher(before).find();
    }

    /**
     * Acronyms the text defines by lower-case words: "(GPL)" right after "gaz de pétrole liquéfié". An acronym defined
     * by a capitalised name ("Organisation du traité de sécurité collective (OTSC)") is a name and is not returned.
     */
    static Set<String> commonNounAcronyms(String text) {
        Set<String> found = new HashSet<>();
        if (text == null || text.indexOf('(') < 0) return found;
        Matcher m = PARENTHESISED_ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1).replace(".", "");
            List<String> before = wordsBefore(text, m.start(), acronym.length() + 6);
            if (definedByCommonWords(before, acronym)) found.add(acronym);
        }
        return found;
    }

    /** Whether the last words before the parenthesis, skipping linking words, have the acronym's letters as initials. */
    private static boolean definedByCommonWords(List<String> before, String acronym) {
        int letter = acronym.length() - 1;
        for (int i = before.size() - 1; i >= 0 && letter >= 0; i--) {
            String word = before.get(i);
            if (SKIPPED.contains(fold(word))) continue;
            if (Character.isUpperCase(word.codePointAt(0))) return false;
            if (Character.toUpperCase(fold(word).charAt(0)) != Character.toUpperCase(fold(acronym.substring(letter, letter + 1)).charAt(0))) {
                return false;
            }
            letter--;
        }
        return letter < 0;
    }

    private static List<String> wordsBefore(String text, int end, int max) {
        int from = Math.max(0, end - 200);
        // Only the current clause: the definition does not cross a sentence or another parenthesis.
        String window = text.substring(from, end);
        int cut = Math.max(Math.max(window.lastIndexOf('.'), window.lastIndexOf(')')), Math.max(window.lastIndexOf('('), window.lastIndexOf('\n')));
        if (cut >= 0) window = window.substring(cut + 1);
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*").matcher(window);
        while (m.find()) words.add(m.group());
        return words.size() > max ? words.subList(words.size() - max, words.size()) : words;
    }

    private static String fold(String s) {
        return DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
