package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.GenericNames;
import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.NameSpan;
import dev.storyline.entities.NerModels;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.RawPage;
import dev.storyline.quotes.QuoteFinder;
import dev.storyline.language.LanguageIdentifier;
import dev.storyline.time.TimeExpression;
import dev.storyline.time.TimeTagger;

import java.time.LocalDate;
import java.util.List;

/**
 * Storyline's analysis, top to bottom: raw page → clean article → language → names (less titles and generic words)
 * → entities → dates → quotes and their speakers.
 * Every stage is a function over immutable records; this is the one place they are composed, and every
 * client (the CLI, the server, the evaluations) goes through it. Thread-safe.
 */
public final class Pipeline {

    /**
     * The heavy, read-only parts of the analysis: loaded once per process and shared by every pipeline
     * (the NER models themselves load lazily, on the first article of each language).
     */
    public record Models(LanguageIdentifier languages, NerModels ner, ReferenceNames references, TimeTagger times) {
        public static Models load() {
            return new Models(new LanguageIdentifier(), new NerModels(), ReferenceNames.load(new NameForms()),
                    new TimeTagger());
        }
    }

    private final ArticleExtractor extractor;
    private final LanguageIdentifier languages;
    private final NameFinder names;
    private final GenericNames generic;
    private final EntityResolver entities;
    private final TimeTagger times;
    private final QuoteFinder quotes = new QuoteFinder();
    private final LocalDate today;

    public Pipeline(ArticleExtractor extractor, LanguageIdentifier languages, NameFinder names,
                    EntityResolver entities, TimeTagger times, LocalDate today) {
        this.extractor = extractor;
        this.languages = languages;
        this.names = names;
        this.generic = GenericNames.load();
        this.entities = entities;
        this.times = times;
        this.today = today;
    }

    /**
     * The standard pipeline over loaded {@code models}: dates without a year resolve against {@code today}, and
     * entities are learnt into {@code registry}.
     */
    public static Pipeline standard(LocalDate today, EntityRegistry registry, Models models) {
        return standard(today, registry, models, new NameFinder(models.ner()));
    }

    /** The standard pipeline finding names with {@code names} (one going on from what another learnt). */
    public static Pipeline standard(LocalDate today, EntityRegistry registry, Models models, NameFinder names) {
        return new Pipeline(new ArticleExtractor(today), models.languages(), names,
                EntityResolver.create(models.references(), null, registry), models.times(), today);
    }

    public static Pipeline standard(LocalDate today, EntityRegistry registry) {
        return standard(today, registry, Models.load());
    }

    /** The standard pipeline with an entity registry that lives as long as the process (for one-off analyses). */
    public static Pipeline standard(LocalDate today) {
        return standard(today, EmbeddedEntityRegistry.inMemory());
    }

    /**
     * What the analysis finds in a page before entities are resolved: the clean article with its language, the names
     * kept, the day names are resolved at, and the dates. It needs no entity registry, so it can run in any order and
     * in parallel (it is most of the cost: the NER); {@link #resolve} then follows the order of arrival.
     */
    public record Found(Article article, List<NameSpan> names, LocalDate day, List<TimeExpression> dates) {
        public Found {
            names = List.copyOf(names);
            dates = List.copyOf(dates);
        }
    }

    public AnalyzedArticle analyze(RawPage page) {
        return resolve(find(page));
    }

    /** The first part of {@link #analyze}: everything but what depends on the entities learnt so far. */
    public Found find(RawPage page) {
        Article article = extractor.extract(page);
        // The text's language wins over a stated one (feeds often declare one language for a multilingual site).
        String identified = languages.identify(article.title(), article.text());
        article = article.withLanguage(identified != null ? identified : statedLanguage(article.language()));
        String language = language(article);
        List<NameSpan> found = generic.keepNames(names.find(article.text(), language), article.text());
        LocalDate day = article.publishedDate() != null ? article.publishedDate() : fetchDay(page);
        // Without a publication date, relative dates resolve against the fetch date when there is one (not today).
        LocalDate anchor = article.publishedDate() != null || page.fetched() == null ? article.publishedDate() : day;
        List<TimeExpression> dates = times.find(article.text(), language, anchor);
        return new Found(article, found, day, dates);
    }

    /**
     * The second part of {@link #analyze}: names to entities (learning them into the registry, so that the result
     * depends on the articles resolved before), then quotes and their speakers.
     */
    public AnalyzedArticle resolve(Found found) {
        Article article = found.article();
        String language = language(article);
        List<EntityMention> mentions = entities.resolve(found.names(), article.text(), language, found.day());
        return new AnalyzedArticle(article, mentions, found.dates(), quotes.find(article.text(), language, mentions));
    }

    private static String language(Article article) {
        return article.language() == null ? "" : article.language();
    }

    /** A stated language tag ("fr", "fr-FR", "FR_ca") as the primary subtag, lower case; null when absent. */
    static String statedLanguage(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter) ? primary : null;
    }

    /** The day the page was fetched, for a page that states no publication date; else {@code today}. */
    private LocalDate fetchDay(RawPage page) {
        if (page.fetched() == null) return today;
        try {
            return java.time.OffsetDateTime.parse(page.fetched()).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }
}
