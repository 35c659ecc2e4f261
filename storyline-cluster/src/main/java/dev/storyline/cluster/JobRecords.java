package dev.storyline.cluster;

/** What flows between the job's operators: plain strings and numbers, so that Flink serialises them as POJOs. */
public final class JobRecords {

    private JobRecords() {
    }

    /**
     * A raw page as read from the pages topic, numbered in the topic's order.
     *
     * @param sequence its place in the order of arrival (0, 1, 2… without gaps): what the assignment follows
     * @param where    topic, partition and offset, for error messages
     * @param page     the record (see {@link PageRecords})
     * @param written  when the record was written to Kafka (epoch milliseconds), for latency
     */
    public record Sequenced(long sequence, String where, String page, long written) {
    }

    /**
     * A page after the parallel part of the analysis, or why there is no article.
     *
     * @param found   the page analysed up to its entities ({@link ReadRecords}), or null on failure
     * @param failure the failure's JSON line ({@code {"id","input","error"}}), or null
     */
    public record Analysed(long sequence, String where, String found, String failure, long written) {
    }

    /**
     * What the assignment gives for one page, to the sinks.
     *
     * @param key        the article's store key (or the failed page's id), the Kafka key of both topics and the
     *                   {@code _id} of the article on OpenSearch
     * @param sequence   the article's number in the store (1, 2, 3… over the articles kept, in page order), or 0 for
     *                   a failure or a duplicate
     * @param article    the article's or failure's JSON line, for the articles topic, or null for a duplicate
     * @param assignment the assignment's JSON line, or null for a failure or a duplicate
     * @param entities   the entities this page changed in the registry (and any duplicate before it), as a JSON
     *                   array of their stored form, or null when none changed
     */
    public record Stored(String key, long sequence, String article, String assignment, String entities, long written) {
    }
}
