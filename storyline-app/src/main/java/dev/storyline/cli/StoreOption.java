package dev.storyline.cli;

import dev.storyline.StoredEvents;
import dev.storyline.opensearch.OpenSearchArticleStore;
import dev.storyline.opensearch.OpenSearchEventStore;
import dev.storyline.opensearch.OpenSearchLocation;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code --store} option of the commands that read the store (serve, export): the embedded store under
 * {@code --data} (the default), or the articles and events on an OpenSearch cluster. The desk's own state (alerts,
 * summaries, sources, the entity registry, the API token) stays under {@code --data} either way.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "URI",
            description = {"Where the articles and events are: the embedded store under --data (default), or "
                    + "opensearch://HOST:PORT[,HOST:PORT…][/PREFIX] (indices PREFIX-articles and PREFIX-events; "
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

    StoredEvents openEvents(Path data, ArticleStore articles) throws IOException {
        return store == null ? StoredEvents.open(data, articles) : StoredEvents.open(OpenSearchEventStore.opener(location()), articles);
    }

    /** Where the articles are, as said to the user. */
    String where(Path data) {
        return store == null ? data.toString() : location().toString();
    }
}
