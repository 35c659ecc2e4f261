package dev.storyline.cluster;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The three topics. Pages: one partition, keyed by the page's id, because its order is the order of assignment (a
 * replay must meet the pages in the same order to give the same events; one partition carries megabytes a second,
 * far above 10 million pages a day). Articles and assignments: {@code topic.partitions} partitions keyed by the
 * article's store key, so that all versions of an article land in one partition and readers (the store's indexers)
 * scale out. Pages and articles are kept 7 days (a week to replay or to rebuild the store's last days; the store
 * keeps them for good), assignments 30 days (small; what the store's event indices are rebuilt from).
 */
public final class ClusterTopics {

    private ClusterTopics() {
    }

    /** Creates the topics that do not exist yet (existing ones are left as they are). */
    public static void create(ClusterConfig config) throws InterruptedException {
        create(config, java.time.Duration.ofSeconds(30));
    }

    /** As {@link #create(ClusterConfig)}, giving up after {@code timeout} (an unreachable broker) with the reason. */
    public static void create(ClusterConfig config, java.time.Duration timeout) throws InterruptedException {
        int millis = (int) Math.max(1_000, timeout.toMillis());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, millis)))) {
            long day = 24L * 3600 * 1000;
            List<NewTopic> topics = List.of(
                    new NewTopic(config.pagesTopic(), 1, config.replication())
                            .configs(Map.of("retention.ms", String.valueOf(7 * day), "max.message.bytes", "16777216")),
                    new NewTopic(config.articlesTopic(), config.articlePartitions(), config.replication())
                            .configs(Map.of("retention.ms", String.valueOf(7 * day), "max.message.bytes", "16777216")),
                    new NewTopic(config.assignmentsTopic(), config.articlePartitions(), config.replication())
                            .configs(Map.of("retention.ms", String.valueOf(30 * day))));
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + " on "
                                + config.bootstrapServers() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        }
    }
}
