package dev.storyline.cluster;

import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.ingest.RawPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ECB+ dev documents as pages, as {@code storyline eval clustering} reads them (clean text, no date). The
 * equivalence tests take all 772 ({@code storyline.cluster.ecbplus.equivalence} to take fewer); the fault and
 * resubmit tests, which run the job several times, the first {@code storyline.cluster.ecbplus} in file order (default
 * 104: topics 1 to 4 whole, so that a CI run on two shared cores stays within minutes).
 */
final class EcbPlus {

    static final int DOCUMENTS = Integer.getInteger("storyline.cluster.ecbplus", 104);
    static final int EQUIVALENCE_DOCUMENTS = Integer.getInteger("storyline.cluster.ecbplus.equivalence", 772);

    private EcbPlus() {
    }

    /** The documents the fault and resubmit tests run. */
    static List<ClusteringEvaluation.Document> documents() throws Exception {
        return first(DOCUMENTS);
    }

    /** The documents the equivalence tests compare: all of them by default. */
    static List<ClusteringEvaluation.Document> equivalenceDocuments() throws Exception {
        return first(EQUIVALENCE_DOCUMENTS);
    }

    private static List<ClusteringEvaluation.Document> first(int count) throws Exception {
        Path file = ClusterEquivalenceTest.SHARED.resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        assumeTrue(Files.exists(file), "skipped: the ECB+ dev documents are not at " + file + " (../shared is absent)");
        List<ClusteringEvaluation.Document> all = ClusteringEvaluation.read(file);
        return all.subList(0, Math.min(count, all.size()));
    }

    static List<RawPage> pages(List<ClusteringEvaluation.Document> docs) {
        return docs.stream().map(d -> new RawPage(d.id(), "ecbplus:" + d.id(), null, null, null, null,
                RawPage.Kind.CLEAN_TEXT, d.text())).toList();
    }
}
