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
     * @param key        the article's store key (or the failed page's id), the Kafka key of both topics
     * @param article    the article's or failure's JSON line, for the articles topic
     * @param assignment the assignment's JSON line, or null for a failure
     */
    public record Stored(String key, String article, String assignment, long written) {
    }
}
