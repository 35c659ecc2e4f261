package dev.storyline.entities;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.util.Locale;
import java.util.Set;

/**
 * What Polish's dictionary says of a capitalised word, for a language the names stage has no tagger for. Polish
 * writes common words and titles in lower case except at a sentence's start, so a capitalised sentence-initial word
 * the dictionary knows only as a common word ("Gwałtowne", "Liczba", "Premier") is no name, and a title at the front
 * of a run ("Papież Franciszek", written with reverence even mid-sentence) is not part of it. Proper nouns are the
 * dictionary's entries with a capitalised lemma ("Polska", "Walencja", "Tusk"), common words have lower-case ones.
 * The dictionary is Morfologik's Polish one (PoliMorf, BSD licence, {@code org.carrot2:morfologik-polish}), read from
 * the jar once per instance: {@link NerModels} makes one on the first Polish article, never for other languages, and
 * the name finders and resolvers over those models share it. Thread-safe: each look-up has its own {@link DictionaryLookup}; the dictionary is read-only.
 */
final class PolishNameWords {

    /**
     * Titles and forms of address written before a name, lower case, nominative (the case a title heading a sentence
     * or a reverent mention takes): written for Storyline from general knowledge of Polish.
     */
    static final Set<String> TITLES = Set.of(
            "papież", "premier", "prezydent", "minister", "wicepremier", "wiceminister", "kanclerz", "król", "królowa",
            "książę", "księżna", "kardynał", "arcybiskup", "biskup", "ksiądz", "ks", "abp", "bp", "kard", "marszałek",
            "burmistrz", "prezydentka", "premierka", "ministra", "prezes", "przewodniczący", "przewodnicząca",
            "rzecznik", "rzeczniczka", "sekretarz", "ambasador", "generał", "gen", "pułkownik", "płk", "profesor", "prof",
            "doktor", "dr", "pan", "pani", "święty", "święta", "św", "szef", "szefowa", "wojewoda", "starosta", "senator",
            "poseł", "posłanka", "sędzia", "prokurator", "komisarz");

    private final Dictionary dictionary;

    PolishNameWords() {
        dictionary = PolishDictionary.read();
    }

    /**
     * Whether a capitalised word is, as far as the dictionary knows, only a common word: it has no reading as a proper
     * noun (a capitalised lemma) and has one in lower case. A word the dictionary lacks may be a name: not common.
     */
    boolean onlyCommon(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        DictionaryLookup lookup = new DictionaryLookup(dictionary);
        for (WordData w : lookup.lookup(word)) {
            CharSequence lemma = w.getStem();
            if (lemma != null && !lemma.isEmpty() && Character.isUpperCase(Character.codePointAt(lemma, 0))) return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && !lookup.lookup(lower).isEmpty();
    }

    /** Whether a word is a title written before a name ("Premier", "Papież", "Św."), in any case. */
    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The proper nouns a capitalised word is a form of, those read as a thing or place first, then as people (the
     * masculine-personal gender, m1): "Walencji" → [Walencja], "Krakowie" → [Kraków, Krak] (the city's locative,
     * then the plural of a surname); empty when it has no such reading.
     */
    java.util.List<String> properLemmas(String word) {
        java.util.LinkedHashSet<String> things = new java.util.LinkedHashSet<>(), people = new java.util.LinkedHashSet<>();
        for (WordData w : new DictionaryLookup(dictionary).lookup(word)) {
            CharSequence lemma = w.getStem();
            if (lemma == null || lemma.isEmpty() || !Character.isUpperCase(Character.codePointAt(lemma, 0))) continue;
            CharSequence tag = w.getTag();
            (tag != null && tag.toString().contains(":m1") ? people : things).add(lemma.toString());
        }
        things.addAll(people);
        return java.util.List.copyOf(things);
    }
}
