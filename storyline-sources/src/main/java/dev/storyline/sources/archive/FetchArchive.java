package dev.storyline.sources.archive;

import dev.storyline.sources.fetch.HttpExchange;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where every fetched article response is kept (rolling WARC files under the data directory), so that what was
 * analysed can be analysed again after the pipeline improves, and nothing fetched is lost when analysis fails.
 */
public interface FetchArchive extends Closeable {

    /** Appends the exchange's request and response records. */
    void record(HttpExchange exchange) throws IOException;

    /** Makes every record so far durable (called before the articles read from them are acknowledged). */
    void flush() throws IOException;
}
