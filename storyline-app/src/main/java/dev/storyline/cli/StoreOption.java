package dev.storyline.cli;

import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchClient;
import dev.storyline.opensearch.OpenSearchEntityRegistry;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --store} option of the commands that read the store (serve, export): the embedded store under
 * {@code --data} (the default), or the articles, events and entity registry on an OpenSearch cluster. The desk's own
 * state (alerts, summaries, sources, the API token) stays under {@code --data} either way.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "URI",
            description = {"Where the articles, events and entities are: the embedded store under --data (default), or "
                    + "opensearch://HOST:PORT[,HOST:PORT…][/PREFIX] (indices PREFIX-articles, PREFIX-events, PREFIX-entities; "
                    + "PREFIX defaults to storyline)."})
    String store;

    boolean isOpenSearch() {
        return store != null;
    }

    private OpenSearchLocation location() {
        return OpenSearchLocation.parse(store);
    }

    /** Checks the option before anything is opened: a usage error naming it and what is wrong. */
    void validate(CommandLine commandLine) {
        if (store == null) return;
        try {
            location();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--store: " + e.getMessage());
        }
    }

    ArticleStore openArticles(Path data) throws IOException {
        return store == null ? LuceneArticleStore.open(data) : OpenSearchArticleStore.open(location());
    }

    /**
     * The articles, or null when the OpenSearch cluster cannot be reached or refuses (said on {@code err} in one line:
     * the request, the location and the reason).
     */
    ArticleStore openArticlesOrSay(Path data, PrintWriter err) throws IOException {
        try {
            return openArticles(data);
        } catch (OpenSearchClient.OpenSearchException e) {
            err.println("storyline: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** The events of this store, comparing entities through {@code registry}'s keys (its aliases: a re-key splits nothing). */
    StoredEvents openEvents(Path data, ArticleStore articles, EntityRegistry registry) throws IOException {
        StoredEvents events = store == null ? StoredEvents.open(data, articles)
                : StoredEvents.open(OpenSearchEventStore.opener(location()), articles);
        return events.comparingEntitiesBy(registry);
    }

    /** The entity registry of this store: its entities index on OpenSearch, else the embedded one beside the data. */
    EntityRegistry openRegistry(DataOption data) throws IOException {
        return isOpenSearch() ? openOpenSearchRegistry() : data.openRegistry();
    }

    /**
     * The events of the store on OpenSearch for a process that does not write them (the cluster's job does): read
     * only, as the last complete commit holds them; no catch-up, nothing cleared.
     */
    StoredEvents openEventsWrittenByTheJob() throws IOException {
        return StoredEvents.readOnly(OpenSearchEventStore.openReadOnly(location()));
    }

    /**
     * The entity registry of the store on OpenSearch ({@code PREFIX-entities}), read whole; it lives as long as the
     * process (its client too).
     */
    EntityRegistry openOpenSearchRegistry() throws IOException {
        OpenSearchClient client = OpenSearchClient.connect(location());
        try {
            return OpenSearchEntityRegistry.open(client);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /**
     * The entity registry of the store on OpenSearch for a process that does not write it (the cluster's job does):
     * read only, following the job's writes (looked for at most every few seconds as it is read); it lives as long as
     * the process (its client too).
     */
    EntityRegistry openEntitiesWrittenByTheJob() throws IOException {
        OpenSearchClient client = OpenSearchClient.connect(location());
        try {
            return OpenSearchEntityRegistry.openReadOnly(client, OpenSearchEntityRegistry.REFRESH_EVERY);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Where the articles are, as said to the user. */
    String where(Path data) {
        return store == null ? data.toString() : location().toString();
    }
}
