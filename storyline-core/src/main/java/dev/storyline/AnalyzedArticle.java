package dev.storyline;

import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.quotes.Quote;
import dev.storyline.time.TimeExpression;

import java.util.List;

/** An article with what the analysis stages found in its text: who and where, when, and who said what. */
public record AnalyzedArticle(Article article, List<EntityMention> entities, List<TimeExpression> dates, List<Quote> quotes) {

    public AnalyzedArticle {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }

    /** An analysis without quotes (articles analysed before quotes were found, and tests that need none). */
    public AnalyzedArticle(Article article, List<EntityMention> entities, List<TimeExpression> dates) {
        this(article, entities, dates, List.of());
    }
}
