package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.NameSpan;
import dev.storyline.entities.NerModels;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Storyline's analysis, top to bottom: raw page → clean article → language → names → entities → dates.
 * Every stage is a function over immutable records; this is the one place they are composed, and every
 * client (the CLI, the server, the evaluations) goes through it. Thread-safe.
 */
public final class Pipeline {

    private final ArticleExtractor extractor;
    private final LanguageIdentifier languages;
    private final NameFinder names;
    private final EntityResolver entities;
    private final LocalDate today;

    public Pipeline(ArticleExtractor extractor, LanguageIdentifier languages, NameFinder names,
                    EntityResolver entities, LocalDate today) {
        this.extractor = extractor;
        this.languages = languages;
        this.names = names;
        this.entities = entities;
        this.today = today;
    }

    /**
     * The standard pipeline: dates without a year resolve against {@code today}, and entities are learnt into
     * {@code registry}. Models load lazily, on the first article of each language.
     */
    public static Pipeline standard(LocalDate today, EntityRegistry registry) {
        return new Pipeline(new ArticleExtractor(today), new LanguageIdentifier(), new NameFinder(new NerModels()),
                EntityResolver.create(ReferenceNames.load(new NameForms()), null, registry), today);
    }

    /** The standard pipeline with an entity registry that lives as long as the process (for one-off analyses). */
    public static Pipeline standard(LocalDate today) {
        return standard(today, EmbeddedEntityRegistry.inMemory());
    }

    public AnalyzedArticle analyze(RawPage page) {
        Article article = extractor.extract(page);
        article = article.withLanguage(languages.identify(article.title(), article.text()));
        List<NameSpan> found = names.find(article.text(), article.language());
        LocalDate day = article.publishedDate() != null ? article.publishedDate() : today;
        List<EntityMention> mentions = entities.resolve(found, article.text(),
                article.language() == null ? "" : article.language(), day);
        return new AnalyzedArticle(article, mentions, List.of());
    }
}
