package dev.storyline;

import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;

import java.util.List;

/** An article with what the analysis stages found in its text: who and where, and when. */
public record AnalyzedArticle(Article article, List<EntityMention> entities, List<TimeExpression> dates) {

    public AnalyzedArticle {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
