package dev.storyline.cluster;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every job test runs on, started for each test class: a Flink MiniCluster (one TaskManager, two slots, so that
 * two analysis tasks run side by side) and a KRaft broker in the JVM ({@link #kafka}).
 */
abstract class InJvmClusterTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static LocalKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new LocalKafka();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) kafka.close();
    }
}
