package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What joins reports across languages in the window similarity, on invented features: names as other languages
 * spell them, numbers weighed by how many an article gives, words of two languages calibrated against words of one.
 */
class CrossLanguageSimilarityTest {

    private static ArticleFeatures article(String id, String language, List<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : keys) counts.merge(k, 1, Integer::sum);
        Map<String, String> surfaces = new HashMap<>();
        for (String k : keys) if (k.startsWith("e:") || k.startsWith("p:")) surfaces.put(k, Family.value(k));
        NameVariants.add(counts, surfaces);
        return new ArticleFeatures(id, null, id, counts, surfaces, language);
    }

    /** Similarity of the first two articles, among the others (which give idf its meaning). */
    private static double similarity(List<ArticleFeatures> articles) {
        Map<String, Long> df = new HashMap<>();
        for (ArticleFeatures a : articles) for (String k : a.counts().keySet()) df.merge(k, 1L, Long::sum);
        WindowReclustering window = new WindowReclustering(ClusteringConfig.defaults(), k -> df.getOrDefault(k, 0L), articles.size());
        return window.similarity(window.vector(articles.get(0)), window.vector(articles.get(1)), null);
    }

    private static List<ArticleFeatures> withBackground(ArticleFeatures a, ArticleFeatures b) {
        List<ArticleFeatures> all = new java.util.ArrayList<>(List.of(a, b));
        for (int i = 0; i < 30; i++) {
            all.add(article("bg-" + i, "en", List.of("t:said", "t:topic" + i / 2, "e:person" + i / 2, "n:" + (i / 2 + 1000))));
        }
        // Every word of the pair also appears elsewhere, so that none is left out as the pair's alone.
        for (String word : List.of("flood", "rain", "river", "mud", "alert", "victim", "street", "volunt", "car", "roof", "storm", "dead")) {
            all.add(article("bg-" + word, "en", List.of("t:said", "t:" + word)));
        }
        return all;
    }

    @Test
    void onePersonSpelledInThreeLanguagesSharesAVariant() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : List.of("e:francis", "e:francisco", "e:francois")) counts.put(name, 1);
        NameVariants.add(counts, new HashMap<>());
        assertEquals(1, counts.keySet().stream().filter(NameVariants::isVariant).count(), counts.toString());
        assertTrue(counts.containsKey("e:~franc"));
    }

    @Test
    void aSurnameAloneMeetsTheFullName() {
        Map<String, Integer> full = new LinkedHashMap<>(Map.of("e:emmanuel-macron", 1)), surname = new LinkedHashMap<>(Map.of("e:macron", 1));
        NameVariants.add(full, new HashMap<>());
        NameVariants.add(surname, new HashMap<>());
        assertTrue(full.containsKey("e:~macro") && surname.containsKey("e:~macro"), full + " " + surname);
    }

    @Test
    void aRegnalNameMeetsItsFormInAnotherLanguage() {
        // The entity keys of the crosslang dev reports on Leo XIV's election: "León XIV" (es), "Leo XIV" (de, en).
        Map<String, Integer> es = new LinkedHashMap<>(Map.of("e:leon-xiv", 1)), de = new LinkedHashMap<>(Map.of("e:leo-xiv", 1));
        NameVariants.add(es, new HashMap<>());
        NameVariants.add(de, new HashMap<>());
        assertTrue(es.containsKey("e:~leo-xiv") && de.containsKey("e:~leo-xiv"), es + " " + de);
        // Not a numeral: no such variant ("Leo Varadkar" keeps only its words' variants).
        Map<String, Integer> other = new LinkedHashMap<>(Map.of("e:leo-varadkar", 1));
        NameVariants.add(other, new HashMap<>());
        assertEquals(List.of("e:~varad"), other.keySet().stream().filter(NameVariants::isVariant).toList());
    }

    @Test
    void countryCodesAndShortWordsGiveNoVariant() {
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("p:FR", 1, "p:US-chicago", 1, "e:leo", 1, "t:earthquak", 1));
        NameVariants.add(counts, new HashMap<>());
        assertEquals(List.of("p:~chica"), counts.keySet().stream().filter(NameVariants::isVariant).toList());
    }

    @Test
    void variantsAreNotNamesShownToPeople() {
        assertTrue(NameVariants.isVariant("e:~franc"));
        assertFalse(NameVariants.isVariant("e:francis"));
        assertFalse(NameVariants.isVariant("t:~"));
    }

    @Test
    void aLoneSharedRoundNumberWeighsLessThanThreeSharedNumbers() {
        // Two reports sharing some of their words: the numbers' part in the similarity is what changes.
        List<String> a = List.of("t:flood", "t:rain", "t:river", "t:mud"), b = List.of("t:flood", "t:rain", "t:storm", "t:roof");
        double one = similarity(withBackground(article("a", "en", concat(a, "n:200")), article("b", "en", concat(b, "n:200"))));
        double three = similarity(withBackground(article("a", "en", concat(a, "n:200", "n:7.5", "n:2012")),
                article("b", "en", concat(b, "n:200", "n:7.5", "n:2012"))));
        assertTrue(three > one, "three numbers " + three + ", one " + one);
    }

    @Test
    void aRoundNumberCountsAsAQuarterOfANumber() {
        assertEquals(0.25, WindowReclustering.numberKey("n:200"));
        assertEquals(0.25, WindowReclustering.numberKey("n:40"));
        assertEquals(0.25, WindowReclustering.numberKey("n:1000"));
        assertEquals(1, WindowReclustering.numberKey("n:1653"));
        assertEquals(1, WindowReclustering.numberKey("n:7.5"));
        assertEquals(1, WindowReclustering.numberKey("n:2024"));
        assertEquals(1, WindowReclustering.numberKey("n:5"));
    }

    @Test
    void aSharedRoundNumberJoinsReportsLessThanASharedExactCount() {
        // "40 dead" after a flood and "40 dead" after a quake; "1653 homes" in two reports of one flood.
        List<String> a = List.of("t:flood", "t:rain", "t:river", "t:mud"), b = List.of("t:flood", "t:rain", "t:storm", "t:roof");
        double round = similarity(withBackground(article("a", "es", concat(a, "n:40")), article("b", "en", concat(b, "n:40"))));
        double exact = similarity(withBackground(article("a", "es", concat(a, "n:1653")), article("b", "en", concat(b, "n:1653"))));
        assertTrue(exact > round, "exact count " + exact + ", round number " + round);
    }

    @Test
    void aCrossLanguagePairWhoseWordsMeetLessScoresNearASameLanguagePairWithTheSameNames() {
        List<String> names = List.of("e:carlos-mazon", "p:paiporta", "n:491", "n:2024");
        // Within a language, reports of one event share three words in six; across languages (pivoted), one or two.
        ArticleFeatures es = article("es", "es", concat(names, "t:flood", "t:rain", "t:mud", "t:alert", "t:victim", "t:street"));
        ArticleFeatures esToo = article("es2", "es", concat(names, "t:flood", "t:rain", "t:mud", "t:volunt", "t:car", "t:roof"));
        ArticleFeatures en = article("en", "en", concat(names, "t:flood", "t:storm", "t:dead", "t:volunt", "t:car", "t:roof"));
        double same = similarity(withBackground(es, esToo)), cross = similarity(withBackground(es, en));
        ArticleFeatures enUncalibrated = article("en", null, en.counts().keySet().stream().filter(k -> !NameVariants.isVariant(k)).toList());
        double uncalibrated = similarity(withBackground(es, enUncalibrated));
        assertTrue(cross > uncalibrated, "calibrated " + cross + ", languages unknown " + uncalibrated);
        assertTrue(Math.abs(cross - same) < Math.abs(uncalibrated - same), "same-language " + same + ", cross " + cross);
    }

    @Test
    void theOnlineAssignmentCalibratesTheWordsOfALanguageNoneOfTheEventsArticlesWroteIn() {
        List<String> names = List.of("e:carlos-mazon", "p:paiporta", "n:491", "n:2024");
        ArticleFeatures es = written(article("es", "es", concat(names, "t:flood", "t:rain", "t:mud", "t:alert", "t:victim", "t:street")));
        List<String> reply = concat(names, "t:flood", "t:storm", "t:dead", "t:volunt", "t:car", "t:roof");
        double cross = joinedWith(es, written(article("en", "en", reply)));
        double asIfSpanish = joinedWith(es, written(article("en", "es", reply)));
        assertTrue(cross > asIfSpanish, "English reply " + cross + ", the same words as Spanish " + asIfSpanish);
    }

    /** The similarity with which {@code second} met the event {@code first} started (the only event). */
    private static double joinedWith(ArticleFeatures first, ArticleFeatures second) {
        EventClusterer clusterer = EventClusterer.inMemory();
        clusterer.assign(first);
        return clusterer.assign(second).why().similarity();
    }

    /** The article with its words as its language writes them (what tells an event's languages). */
    private static ArticleFeatures written(ArticleFeatures a) {
        Map<String, String> surfaces = new HashMap<>(a.surfaces());
        for (String k : a.counts().keySet()) if (k.startsWith("t:") && a.language() != null) surfaces.put(TermWords.key(k, a.language()), Family.value(k));
        return new ArticleFeatures(a.id(), a.published(), a.label(), a.counts(), surfaces, a.language());
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }
}
