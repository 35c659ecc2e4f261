package dev.storyline.cluster;

import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's graph as Flink restores it (operator ids), and its arguments; built, not run (no Kafka is reached). */
class StorylineJobTest {

    private static final ClusterConfig CONFIG = ClusterConfig.of("127.0.0.1:9092");

    private static StreamGraph graph(ClusterConfig config) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        StorylineJob.define(env, config, false);
        return env.getStreamGraph();
    }

    /** The ids the operators' state is saved under in a checkpoint, with the task each is in. */
    private static Map<String, String> operatorIds(ClusterConfig config) {
        Map<String, String> ids = new TreeMap<>();
        for (JobVertex vertex : graph(config).getJobGraph().getVertices()) {
            for (OperatorIDPair pair : vertex.getOperatorIDs()) ids.put(pair.getGeneratedOperatorID().toString(), vertex.getName());
        }
        return ids;
    }

    @Test
    void everyOperatorSourceAndSinkCarriesAUid() {
        for (StreamNode node : graph(CONFIG.withStore("opensearch://127.0.0.1:9200/uids")).getStreamNodes()) {
            assertNotNull(node.getTransformationUID(), node.getOperatorName() + " has no uid");
        }
    }

    @Test
    void addingTheStoreSinkKeepsTheIdsOfEveryOperatorThatWasThere() {
        Map<String, String> without = operatorIds(CONFIG);
        Map<String, String> with = operatorIds(CONFIG.withStore("opensearch://127.0.0.1:9200/uids"));
        for (Map.Entry<String, String> operator : without.entrySet()) {
            assertTrue(with.containsKey(operator.getKey()),
                    "the operator " + operator.getKey() + " of " + operator.getValue() + " has another id once the store sink is added");
        }
    }

    @Test
    void theConfigFileIsTheBarePathOrTheValueOfConfig() {
        assertEquals(Path.of("cluster.properties"), StorylineJob.configFile(new String[] {"cluster.properties"}));
        assertEquals(Path.of("cluster.properties"), StorylineJob.configFile(new String[] {"--config", "cluster.properties"}));
        assertEquals(Path.of("cluster.properties"), StorylineJob.configFile(new String[] {"--config=cluster.properties"}));
        assertNull(StorylineJob.configFile(new String[] {}));
        assertNull(StorylineJob.configFile(new String[] {"--config"}));
        assertNull(StorylineJob.configFile(new String[] {"--conf", "cluster.properties"}));
        assertNull(StorylineJob.configFile(new String[] {"a.properties", "b.properties"}));
    }
}
