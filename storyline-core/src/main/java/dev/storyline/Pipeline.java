package dev.storyline;

import dev.storyline.entities.ConfigFolderException;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.GenericNames;
import dev.storyline.entities.MergeRules;
import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.NameSpan;
import dev.storyline.entities.NerModels;
import dev.storyline.entities.OrganisationNames;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.RawPage;
import dev.storyline.quotes.Institutions;
import dev.storyline.quotes.Quote;
import dev.storyline.quotes.QuoteFinder;
import dev.storyline.StageTimes.Stage;
import dev.storyline.language.LanguageIdentifier;
import dev.storyline.time.TimeExpression;
import dev.storyline.time.TimeTagger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Storyline's analysis, top to bottom: raw page → clean article → language → names (less titles and generic words)
 * → entities → dates → quotes and their speakers.
 * Every stage is a function over immutable records; this is the one place they are composed, and every
 * client (the CLI, the server, the evaluations) goes through it. Thread-safe.
 */
public final class Pipeline {

    /**
     * The heavy, read-only parts of the analysis: loaded once per process and shared by every pipeline
     * (the NER models themselves load lazily, on the first article of each language). The curated name lists and
     * merge rules are the shipped ones, extended by those of a configuration folder when one is given. The titles and
     * generic words ({@code generic}) serve both the names stage and the entity resolver's titles.
     */
    public record Models(LanguageIdentifier languages, NerModels ner, ReferenceNames references, TimeTagger times,
                         MergeRules merges, GenericNames generic) {
        /** The shipped lists only. */
        public static Models load() {
            return load(null, System.err::println);
        }

        /** The shipped lists extended by {@code configDir}'s (may be null); malformed lines are named on stderr. */
        public static Models load(Path configDir) {
            return load(configDir, System.err::println);
        }

        /**
         * The shipped lists extended by the files of {@code configDir} (null: none) of the same names
         * ({@link #CONFIG_FILES}); a malformed line of one is named to {@code warnings} and skipped.
         *
         * @throws ConfigFolderException when the folder is not one, or a file in it cannot be read
         */
        public static Models load(Path configDir, Consumer<String> warnings) {
            if (configDir != null && !Files.isDirectory(configDir)) {
                throw new ConfigFolderException(configDir + ": " + (Files.exists(configDir)
                        ? "not a folder" : "no such folder") + " (the configuration folder of the name lists)");
            }
            if (configDir != null) {
                warnAboutUnreadFiles(configDir, warnings);
            }
            NameForms forms = new NameForms();
            // The configured files first: a fault in one is said before the heavier models load.
            ReferenceNames references = ReferenceNames.load(forms, configDir, warnings);
            MergeRules merges = MergeRules.load(forms, configDir, warnings);
            return new Models(new LanguageIdentifier(), new NerModels(), references, new TimeTagger(), merges,
                    GenericNames.load());
        }

        /** A file of the folder that none of {@link #CONFIG_FILES} is ("people.csv", "Organisations.tsv") is named, not read. */
        private static void warnAboutUnreadFiles(Path configDir, Consumer<String> warnings) {
            try (java.util.stream.Stream<Path> files = Files.list(configDir)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !CONFIG_FILES.contains(f.getFileName().toString()))
                        .sorted()
                        .forEach(f -> warnings.accept(f + ": not one of the files read (" + String.join(", ", CONFIG_FILES)
                                + "); ignored"));
            } catch (java.io.IOException e) {
                throw new ConfigFolderException(configDir + ": cannot be listed (" + e.getMessage() + ")");
            }
        }

        /** The files a configuration folder may hold, each extending the shipped file of the same name. */
        public static final List<String> CONFIG_FILES = List.of("organisations.tsv", "people.tsv", "countries.tsv",
                "cities.tsv", "demonyms.tsv", "seats-of-power.tsv", "merge-rules.tsv", "cldr-languages.txt");
    }

    private final ArticleExtractor extractor;
    private final LanguageIdentifier languages;
    private final NameFinder names;
    private final GenericNames generic;
    private final OrganisationNames organisations;
    private final EntityResolver entities;
    private final TimeTagger times;
    private final QuoteFinder quotes;
    private final LocalDate today;
    /** Where each stage's time is added up, or null (the default: nothing measured). */
    private final StageTimes stageTimes;
    /** Lessons handed to {@link #learn} and not merged yet: shared with the {@link #timed} copies. */
    private final List<NameFinder.Lesson> pendingLessons;

    /**
     * Pages the name finder learns from at once: their lessons are merged together, in the order they were handed
     * over, when the block is complete. Fixed (never derived from the number of threads), so that what a page finds
     * depends only on its position in the input, in a batch ({@link BatchAnalysis}) as in a stream task; large
     * enough that threads seldom wait for a block's last page, small enough that names learnt early help soon.
     */
    public static final int LEARNING_BLOCK = 64;

    public Pipeline(ArticleExtractor extractor, LanguageIdentifier languages, NameFinder names,
                    EntityResolver entities, TimeTagger times, LocalDate today) {
        this(extractor, languages, names, entities, times, today, new QuoteFinder());
    }

    /** @param quotes the quote stage (one given reference names also resolves institutions described by nationality) */
    public Pipeline(ArticleExtractor extractor, LanguageIdentifier languages, NameFinder names,
                    EntityResolver entities, TimeTagger times, LocalDate today, QuoteFinder quotes) {
        this(extractor, languages, names, entities.genericNames(), entities, times, today, quotes, null, new java.util.ArrayList<>());
    }

    private Pipeline(ArticleExtractor extractor, LanguageIdentifier languages, NameFinder names, GenericNames generic,
                     EntityResolver entities, TimeTagger times, LocalDate today, QuoteFinder quotes,
                     StageTimes stageTimes, List<NameFinder.Lesson> pendingLessons) {
        this.quotes = quotes;
        this.extractor = extractor;
        this.languages = languages;
        this.names = names;
        this.generic = generic;
        this.organisations = OrganisationNames.load();
        this.entities = entities;
        this.times = times;
        this.today = today;
        this.stageTimes = stageTimes;
        this.pendingLessons = pendingLessons;
    }

    /** The names known before any article (countries, cities, organisations, people), as the entities stage uses them. */
    public ReferenceNames references() {
        return entities.references();
    }

    /**
     * This pipeline (the same parts, sharing what they learn) adding the time of each stage of every article it
     * analyses to {@code stageTimes}.
     */
    public Pipeline timed(StageTimes stageTimes) {
        return new Pipeline(extractor, languages, names, generic, entities, times, today, quotes, stageTimes, pendingLessons);
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
                EntityResolver.create(models.references(), models.merges(), registry, models.ner(), models.generic()),
                models.times(), today, new QuoteFinder(Institutions.load(models.references())));
    }

    public static Pipeline standard(LocalDate today, EntityRegistry registry) {
        return standard(today, registry, Models.load());
    }

    /** The standard pipeline with an entity registry that lives as long as the process (for one-off analyses). */
    public static Pipeline standard(LocalDate today) {
        return standard(today, EmbeddedEntityRegistry.inMemory());
    }

    /** Analyses one page: read, hand its lesson over ({@link #learn}), resolve. */
    public AnalyzedArticle analyze(RawPage page) {
        Read read = read(page);
        learn(read);
        return resolve(read);
    }

    /**
     * What an article's text says before its names are tied to the registry: the article, its language, its names
     * and its dates, and what the name finder may learn from it ({@link #learn}). Independent of every other article
     * but for what the finder learnt before, so it may run on many threads at once.
     */
    public record Read(Article article, String language, List<NameSpan> names, LocalDate day,
                       List<TimeExpression> dates, NameFinder.Lesson lesson) {
        public Read {
            names = List.copyOf(names);
            dates = List.copyOf(dates);
        }

        /** A read that teaches the finder nothing (one rebuilt from a record, say). */
        public Read(Article article, String language, List<NameSpan> names, LocalDate day, List<TimeExpression> dates) {
            this(article, language, names, day, dates, NameFinder.Lesson.NOTHING);
        }
    }

    /**
     * The part of the analysis that needs no other article (most of its cost): run it on as many threads as you like.
     * It learns nothing: hand the result to {@link #learn}, in input order and while nothing is being read, so that
     * what a page finds depends only on the pages before it, not on the number of threads.
     */
    public Read read(RawPage page) {
        StageTimes.Clock clock = stageTimes == null ? null : stageTimes.start();
        Article article = extractor.extract(page);
        lap(clock, Stage.EXTRACTION);
        // The text's language wins over a stated one (feeds often declare one language for a multilingual site).
        String identified = languages.identify(article.title(), article.text());
        article = article.withLanguage(identified != null ? identified : statedLanguage(article.language()));
        String language = article.language() == null ? "" : article.language();
        lap(clock, Stage.LANGUAGE);
        NameFinder.Found candidates = names.read(article.text(), language);
        lap(clock, Stage.NAMES);
        List<NameSpan> found = organisations.complete(generic.keepNames(candidates.names(), article.text(), language), article.text(), language);
        lap(clock, Stage.GENERIC);
        LocalDate day = article.publishedDate() != null ? article.publishedDate() : fetchDay(page);
        // Without a publication date, relative dates resolve against the fetch date when there is one (not today).
        LocalDate anchor = article.publishedDate() != null || page.fetched() == null ? article.publishedDate() : day;
        List<TimeExpression> dates = times.find(article.text(), language, anchor);
        lap(clock, Stage.DATES);
        if (clock != null) clock.done(language);
        return new Read(article, language, found, day, dates, candidates.lesson());
    }

    /**
     * Hands over what a read page taught the name finder (known names, common and ordinary capitalised words), in input
     * order: the finder learns it when {@link #LEARNING_BLOCK} pages' lessons are in. Do not read meanwhile for the
     * same input to give the same names whatever the number of threads ({@link BatchAnalysis} reads a block, then
     * hands its lessons over).
     */
    public void learn(Read read) {
        synchronized (pendingLessons) {
            pendingLessons.add(read.lesson());
            if (pendingLessons.size() < LEARNING_BLOCK) return;
            for (NameFinder.Lesson lesson : pendingLessons) names.learn(lesson);
            pendingLessons.clear();
        }
    }

    /**
     * Ties a read article's names to canonical entities (learning them into the registry) and finds its quotes.
     * Called in input order by {@link BatchAnalysis}, so that the same input gives the same keys whatever the number
     * of threads: which entity a name joins depends on what the registry has learnt before it.
     */
    public AnalyzedArticle resolve(Read read) {
        StageTimes.Clock clock = stageTimes == null ? null : stageTimes.start();
        String text = read.article().text();
        List<EntityMention> mentions = entities.resolve(read.names(), text, read.language(), read.day());
        lap(clock, Stage.ENTITIES);
        List<Quote> said = quotes.find(text, read.language(), mentions);
        lap(clock, Stage.QUOTES);
        if (clock != null) clock.doneResolving(read.language());
        return new AnalyzedArticle(read.article(), mentions, read.dates(), said);
    }

    private static void lap(StageTimes.Clock clock, Stage stage) {
        if (clock != null) clock.lap(stage);
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
