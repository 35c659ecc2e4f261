package dev.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class AverageLinkageTest {

    private static AverageLinkage.Edge edge(int a, int b, double s) {
        return new AverageLinkage.Edge(a, b, s);
    }

    @Test
    void twoTightGroupsWithAWeakBridgeStayApart() {
        // 0-1-2 close, 3-4 close, one weak link 2-3: the mean link between the groups is 0.3 / 6 = 0.05.
        List<AverageLinkage.Edge> edges = List.of(edge(0, 1, 0.9), edge(1, 2, 0.8), edge(0, 2, 0.7), edge(3, 4, 0.9),
                edge(2, 3, 0.3));
        assertArrayEquals(new int[]{0, 0, 0, 3, 3}, AverageLinkage.cluster(5, edges, 0.2));
        // At a threshold under the mean link they join; above every edge nothing does.
        assertArrayEquals(new int[]{0, 0, 0, 0, 0}, AverageLinkage.cluster(5, edges, 0.04));
        assertArrayEquals(new int[]{0, 1, 2, 3, 4}, AverageLinkage.cluster(5, edges, 0.95));
    }

    @Test
    void aChainDoesNotPullDistantNodesTogether() {
        // Single link would chain 0..3; average link sees that 0 and 3 share nothing.
        List<AverageLinkage.Edge> edges = List.of(edge(0, 1, 0.5), edge(1, 2, 0.5), edge(2, 3, 0.5));
        int[] clusters = AverageLinkage.cluster(4, edges, 0.3);
        assertArrayEquals(new int[]{0, 0, 2, 2}, clusters);
    }

    @Test
    void resultDoesNotDependOnTheOrderOfEdges() {
        Random random = new Random(7);
        List<AverageLinkage.Edge> edges = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            for (int b = a + 1; b < 40; b++) {
                if (random.nextDouble() < 0.3) edges.add(edge(a, b, (a / 10 == b / 10 ? 0.5 : 0.05) + random.nextDouble() * 0.2));
            }
        }
        int[] expected = AverageLinkage.cluster(40, edges, 0.25);
        for (long seed = 1; seed <= 3; seed++) {
            List<AverageLinkage.Edge> shuffled = new ArrayList<>(edges);
            Collections.shuffle(shuffled, new Random(seed));
            assertArrayEquals(expected, AverageLinkage.cluster(40, shuffled, 0.25));
        }
    }
}
