package dev.storyline.summaries;

import java.util.List;
import java.util.Map;

/**
 * What an event is about at a glance: its most central title, a few key sentences drawn across its articles, and
 * the same per language when its articles are in several languages.
 *
 * @param headline           the title nearest the centroid of the event's titles ("" when no article has one)
 * @param headlineArticleKey the article that title belongs to, or null
 * @param sentences          the key sentences, most central first
 * @param byLanguage         headline and sentences per language present, empty when there is only one language
 */
public record EventSummary(String headline, String headlineArticleKey, List<SummarySentence> sentences,
                           Map<String, LanguageSummary> byLanguage) {

    public static final EventSummary EMPTY = new EventSummary("", null, List.of(), Map.of());

    public EventSummary {
        sentences = List.copyOf(sentences);
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The first sentence, for a one-line summary ("" when there is none). */
    public String firstSentence() {
        return sentences.isEmpty() ? "" : sentences.get(0).text();
    }
}
