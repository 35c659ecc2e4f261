package dev.storyline;

import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import dev.storyline.time.TimeExpression;
import dev.storyline.time.TimeTagger;

import java.time.LocalDate;
import java.util.List;

/**
 * Storyline's analysis, top to bottom: raw page → clean article → language → entities and dates.
 * Every stage is a function over immutable records; this is the one place they are composed, and every
 * client (the CLI, the server, the evaluations) goes through it. Thread-safe.
 */
public final class Pipeline {

    private final ArticleExtractor extractor;
    private final LanguageIdentifier languages;
    private final TimeTagger times = new TimeTagger();

    public Pipeline(ArticleExtractor extractor, LanguageIdentifier languages) {
        this.extractor = extractor;
        this.languages = languages;
    }

    /** The standard pipeline, with dates without a year resolved against {@code today}. */
    public static Pipeline standard(LocalDate today) {
        return new Pipeline(new ArticleExtractor(today), new LanguageIdentifier());
    }

    public AnalyzedArticle analyze(RawPage page) {
        Article article = extractor.extract(page);
        article = article.withLanguage(languages.identify(article.title(), article.text()));
        List<TimeExpression> dates = times.find(article.text(), article.language(), article.publishedDate());
        return new AnalyzedArticle(article, List.of(), dates);
    }
}
