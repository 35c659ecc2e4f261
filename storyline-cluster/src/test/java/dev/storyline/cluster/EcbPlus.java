package dev.storyline.cluster;

import dev.storyline.events.ClusteringEvaluation;
import dev.storyline.ingest.RawPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ECB+ dev documents as pages, as {@code storyline eval clustering} reads them (clean text, no date). The first
 * {@code storyline.cluster.ecbplus} documents in file order (default 104 of the 772: topics 1 to 4 whole, so that
 * a CI run on two shared cores stays within minutes; {@code -Dstoryline.cluster.ecbplus=772} for all of them).
 */
final class EcbPlus {

    static final int DOCUMENTS = Integer.getInteger("storyline.cluster.ecbplus", 104);

    private EcbPlus() {
    }

    static List<ClusteringEvaluation.Document> documents() throws Exception {
        Path file = ClusterEquivalenceTest.SHARED.resolve("data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
        assumeTrue(Files.exists(file), "skipped: the ECB+ dev documents are not at " + file + " (../shared is absent)");
        List<ClusteringEvaluation.Document> all = ClusteringEvaluation.read(file);
        return all.subList(0, Math.min(DOCUMENTS, all.size()));
    }

    static List<RawPage> pages(List<ClusteringEvaluation.Document> docs) {
        return docs.stream().map(d -> new RawPage(d.id(), "ecbplus:" + d.id(), null, null, null, null,
                RawPage.Kind.CLEAN_TEXT, d.text())).toList();
    }
}
