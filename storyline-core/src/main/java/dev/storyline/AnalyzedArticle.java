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

    /**
     * The same analysis with every entity key as {@code current} gives it now: an entity re-keyed after this article
     * was analysed (its key follows its most used spelling) is then compared under one key with later articles.
     */
    public AnalyzedArticle withCurrentKeys(java.util.function.UnaryOperator<String> current) {
        List<EntityMention> mentions = entities.stream().map(m -> m.canonical() == null ? m
                : new EntityMention(m.text(), m.type(), m.start(), m.end(), current.apply(m.canonical()))).toList();
        List<Quote> said = quotes.stream().map(q -> q.speaker() == null ? q
                : new Quote(q.text(), q.start(), q.end(), current.apply(q.speaker()), q.speakerText())).toList();
        return new AnalyzedArticle(article, mentions, dates, said);
    }
}
