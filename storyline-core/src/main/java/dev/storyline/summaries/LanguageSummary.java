package dev.storyline.summaries;

import java.util.List;

/** An event's headline and summary drawn from its articles in one language only. */
public record LanguageSummary(String headline, String headlineArticleKey, List<SummarySentence> sentences) {

    public LanguageSummary {
        sentences = List.copyOf(sentences);
    }
}
