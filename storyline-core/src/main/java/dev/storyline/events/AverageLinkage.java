package dev.storyline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph: the two clusters whose mean pairwise
 * similarity is highest merge, while it reaches the threshold; a pair without an edge counts as similarity 0. The
 * result depends only on the graph (ties go to the lowest node numbers), not on the order edges are given in.
 */
final class AverageLinkage {

    /** An undirected edge between nodes {@code a} and {@code b}. */
    record Edge(int a, int b, double similarity) {
    }

    private record Candidate(double link, int a, int b, int versionA, int versionB) {
    }

    private AverageLinkage() {
    }

    /** Cluster number of each of the {@code n} nodes: the number of its cluster's lowest node. */
    static int[] cluster(int n, List<Edge> edges, double threshold) {
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) sums.add(new HashMap<>());
        for (Edge e : edges) {
            if (e.a == e.b || e.similarity <= 0) continue;
            sums.get(e.a).merge(e.b, e.similarity, Double::sum);
            sums.get(e.b).merge(e.a, e.similarity, Double::sum);
        }
        int[] size = new int[n], version = new int[n], parent = new int[n];
        boolean[] merged = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            parent[i] = i;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.link != y.link ? Double.compare(y.link, x.link)
                : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> e : sums.get(i).entrySet()) {
                int j = e.getKey();
                if (i < j && e.getValue() >= threshold) queue.add(new Candidate(e.getValue(), i, j, 0, 0));
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.link < threshold) break;
            if (merged[c.a] || merged[c.b] || version[c.a] != c.versionA || version[c.b] != c.versionB) continue;
            // The lower-numbered cluster absorbs the other, so that a cluster is named by its lowest node.
            int keep = c.a, gone = c.b;
            merged[gone] = true;
            parent[gone] = keep;
            Map<Integer, Double> into = sums.get(keep);
            into.remove(gone);
            for (Map.Entry<Integer, Double> e : sums.get(gone).entrySet()) {
                int other = e.getKey();
                if (other == keep) continue;
                into.merge(other, e.getValue(), Double::sum);
                Map<Integer, Double> back = sums.get(other);
                back.remove(gone);
                back.merge(keep, e.getValue(), Double::sum);
            }
            sums.set(gone, Map.of());
            size[keep] += size[gone];
            version[keep]++;
            for (Map.Entry<Integer, Double> e : into.entrySet()) {
                int other = e.getKey();
                double link = e.getValue() / ((double) size[keep] * size[other]);
                if (link < threshold) continue;
                int a = Math.min(keep, other), b = Math.max(keep, other);
                queue.add(new Candidate(link, a, b, version[a], version[b]));
            }
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) root = parent[root];
            cluster[i] = root;
        }
        return cluster;
    }
}
