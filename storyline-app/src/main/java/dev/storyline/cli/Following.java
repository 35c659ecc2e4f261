package dev.storyline.cli;

import dev.storyline.CommitListener;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.Follower;
import dev.storyline.sources.Frontier;
import dev.storyline.sources.Sources;
import dev.storyline.sources.archive.WarcArchive;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.time.Clock;

/** What following needs under the data folder: the sources, the frontier, the WARC archive and the fetchers. */
final class Following implements AutoCloseable {

    final EmbeddedSourceRegistry registry;
    final Frontier frontier;
    final WarcArchive archive;
    final Fetchers fetchers;
    final Sources sources;

    Following(DataOption data, FollowOptions options) throws IOException {
        registry = EmbeddedSourceRegistry.open(data.data);
        Frontier f = null;
        WarcArchive a = null;
        try {
            f = Frontier.open(data.data);
            a = WarcArchive.open(data.data);
        } catch (IOException | RuntimeException e) {
            if (f != null) f.close();
            throw e;
        }
        frontier = f;
        archive = a;
        fetchers = new Fetchers(options.policy());
        sources = new Sources(registry, fetchers, Clock.systemUTC());
    }

    Follower follower(Pipeline pipeline, ArticleStore store, StoredEvents events, EntityRegistry entities, int threads,
                      CommitListener listener, Object writerLock) throws IOException {
        return new Follower(sources, frontier, fetchers, archive, pipeline, store, events, entities, threads, listener,
                writerLock, Follower.Options.DEFAULTS, Clock.systemUTC());
    }

    /** A follower whose pages go to {@code log} (a cluster's pages topic) instead of the embedded store. */
    Follower followerTo(Follower.PageLog log) throws IOException {
        return new Follower(sources, frontier, fetchers, archive, log, Follower.Options.DEFAULTS, Clock.systemUTC());
    }

    @Override
    public void close() throws IOException {
        fetchers.close();
        try {
            archive.close();
        } finally {
            frontier.close();
        }
    }
}
