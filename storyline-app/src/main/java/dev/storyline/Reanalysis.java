package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.NameSpan;
import dev.storyline.extract.Article;
import dev.storyline.ingest.RawPage;
import dev.storyline.ingest.WarcPages;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import dev.storyline.store.StoreSwap;
import dev.storyline.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Re-runs the current pipeline over the store's own WARC archive: every stored article whose URL the archive
 * fetched is analysed again from its archived response; every other article (from files, posted records) is kept
 * as stored. The new articles' index, events and entity registry are built beside the store, in the old ingestion
 * order (the stored articles' ingestion times kept), then swapped in atomically ({@link StoreSwap}).
 *
 * <p>One thread, on purpose: the entity registry learns in the order articles arrive, and events are assigned in
 * that order, so a single thread makes the result the same at every run (running it twice changes nothing).
 * A kept article's entity mentions are replayed into the new registry, so that what it taught is not forgotten.
 * An article whose text changed gets a new key (keys are hashes of the text); one whose new text equals an
 * earlier article's is merged into it, as ingestion would.
 */
public final class Reanalysis {

    /** Commit the rebuild this often, as ingestion does. */
    private static final int COMMIT_EVERY = 500;

    /**
     * @param reanalysed       articles analysed again from the archive
     * @param kept             articles kept as stored (not in the archive, or their record unusable)
     * @param changedText      re-analysed articles whose text differs from the stored one
     * @param merged           re-analysed articles that became duplicates of an earlier one
     * @param unusable         archived records that could not be read or analysed again (their article kept)
     * @param archivedResponses response records in the archive
     */
    public record Summary(long reanalysed, long kept, long changedText, long merged, long unusable, long archivedResponses) {
    }

    /** Hears of progress and of what could not be re-analysed. */
    public interface Listener {
        void progress(long done, long total);

        void warning(String message);
    }

    private final Path data;
    private final Pipeline.Models models;
    private final LocalDate today;
    private final int maxPageBytes;

    public Reanalysis(Path data, Pipeline.Models models, LocalDate today, int maxPageBytes) {
        this.data = Objects.requireNonNull(data, "data");
        this.models = Objects.requireNonNull(models, "models");
        this.today = Objects.requireNonNull(today, "today");
        this.maxPageBytes = maxPageBytes;
    }

    /** Rebuilds the store and swaps it in; a failure before the swap leaves the store as it was. */
    public Summary run(Listener listener) throws IOException {
        Summary summary;
        try (LuceneArticleStore old = LuceneArticleStore.open(data)) { // held open: no other writer meanwhile
            Path build = StoreSwap.startBuild(data);
            ArchiveIndex archive = ArchiveIndex.build(data.resolve(WarcArchive.FOLDER), listener::warning);
            summary = rebuild(old, build, archive, listener);
            StoreSwap.markComplete(data);
        }
        StoreSwap.swap(data);
        return summary;
    }

    private Summary rebuild(ArticleStore old, Path build, ArchiveIndex archive, Listener listener) throws IOException {
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.open(build.resolve("entities.jsonl"));
        Pipeline pipeline = Pipeline.standard(today, registry, models);
        EntityResolver resolver = EntityResolver.create(models.references(), models.merges(), registry, models.ner(), models.generic());
        long total = old.count();
        long[] counts = new long[5]; // reanalysed, kept, changed, merged, unusable
        try (LuceneArticleStore fresh = LuceneArticleStore.open(build);
             StoredEvents events = StoredEvents.open(build, fresh).comparingEntitiesBy(registry)) {
            long[] done = {0};
            old.forEach(stored -> {
                try {
                    AnalyzedArticle analyzed = reanalysed(stored, archive, pipeline, listener, counts);
                    if (analyzed == null) {
                        analyzed = stored.analyzed();
                        replayEntities(stored, resolver);
                        counts[1]++;
                    }
                    ArticleStore.Added added = fresh.add(analyzed, stored.ingested());
                    if (added == ArticleStore.Added.ADDED) {
                        events.assign(dev.storyline.store.ArticleIdentity.of(analyzed.article()).key(), fresh.lastSequence(), analyzed);
                    } else {
                        counts[3]++;
                    }
                    if (++done[0] % COMMIT_EVERY == 0) commit(fresh, events, registry);
                    listener.progress(done[0], total);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit(fresh, events, registry);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], archive.responses());
    }

    /** The article analysed again from its archived response, or null when it is to be kept as stored. */
    private AnalyzedArticle reanalysed(StoredArticle stored, ArchiveIndex archive, Pipeline pipeline, Listener listener,
                                       long[] counts) throws IOException {
        Article before = stored.analyzed().article();
        ArchiveIndex.Location location = archive.find(before.url());
        if (location == null) return null;
        WarcPages.Converted converted = ArchiveIndex.read(location, maxPageBytes);
        if (!(converted.item() instanceof RawPage page)) {
            counts[4]++;
            listener.warning(location.file() + "#" + location.offset() + " (" + before.url() + "): "
                    + ArchiveIndex.why(converted) + "; the stored article is kept");
            return null;
        }
        // The stored id and outlet stay (the follow loop named them); title, date and authors are extracted afresh.
        RawPage again = new RawPage(before.id(), page.input(), page.url(), null, null, before.source(), page.kind(),
                page.content(), page.language() != null ? page.language() : before.language(), List.of(), page.fetched());
        AnalyzedArticle after;
        try {
            after = pipeline.analyze(again);
        } catch (RuntimeException e) {
            counts[4]++;
            listener.warning(page.input() + " (" + before.url() + "): analysis failed (" + e + "); the stored article is kept");
            return null;
        }
        counts[0]++;
        if (!Objects.equals(before.text(), after.article().text())) counts[2]++;
        return after;
    }

    /** Teaches the new registry what a kept article taught the old one: its mentions, resolved again in order. */
    private void replayEntities(StoredArticle stored, EntityResolver resolver) {
        AnalyzedArticle a = stored.analyzed();
        if (a.entities().isEmpty()) return;
        List<NameSpan> names = a.entities().stream().map(m -> new NameSpan(m.text(), m.type(), m.start(), m.end())).toList();
        Article article = a.article();
        LocalDate seen = article.publishedDate() != null ? article.publishedDate()
                : stored.ingested() != null ? stored.ingested().atZone(ZoneOffset.UTC).toLocalDate() : today;
        resolver.resolve(names, article.text(), article.language() == null ? "" : article.language(), seen);
    }

    private static void commit(LuceneArticleStore fresh, StoredEvents events, EmbeddedEntityRegistry registry) throws IOException {
        fresh.commit();
        events.commit();
        registry.flush();
    }
}
