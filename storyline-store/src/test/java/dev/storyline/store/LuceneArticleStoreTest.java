package dev.storyline.store;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** The embedded store passes the store contract: an index under a temporary folder, reopened in place. */
class LuceneArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path data;

    @Override
    protected ArticleStore open() throws IOException {
        return LuceneArticleStore.open(data);
    }
}
