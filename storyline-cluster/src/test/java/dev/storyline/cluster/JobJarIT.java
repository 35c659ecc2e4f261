package dev.storyline.cluster;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The job jar as it is submitted to a Flink cluster ({@code storyline-cluster-<version>-job.jar}, built by the shade
 * plugin in the package phase, where Maven runs this test: {@code ./dev mvn -B -o package -pl storyline-cluster -am}).
 */
class JobJarIT {

    static Path jar;
    static Set<String> entries;

    @BeforeAll
    static void open() throws IOException {
        String where = System.getProperty("storyline.jobJar");
        assumeTrue(where != null, "skipped: the job jar is checked in the package phase (mvn package), once it is built");
        jar = Path.of(where);
        assertTrue(Files.isRegularFile(jar), "the shade plugin built no job jar at " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = file.stream().map(e -> e.getName()).collect(Collectors.toSet());
        }
    }

    @Test
    void itsManifestNamesTheJobAsMainClass() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("dev.storyline.cluster.StorylineJob", file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void itHoldsOurClassesTheConnectorsAndTheNerModels() {
        for (String needed : List.of("dev/storyline/cluster/StorylineJob.class", "dev/storyline/cluster/Analyse.class",
                "dev/storyline/cluster/Assign.class", "dev/storyline/Pipeline.class",
                "dev/storyline/opensearch/OpenSearchClient.class",
                "org/apache/flink/connector/kafka/source/KafkaSource.class",
                "org/apache/kafka/clients/producer/KafkaProducer.class",
                "edu/stanford/nlp/ie/crf/CRFClassifier.class",
                "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz",
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz")) {
            assertTrue(entries.contains(needed), needed);
        }
    }

    @Test
    void itLeavesOutFlinksRuntimeTheTestBrokerAndTheModelsNoStageLoads() {
        for (String absent : List.of("org/apache/flink/runtime/jobgraph/JobGraph.class",
                "org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class",
                "org/apache/flink/client/program/PackagedProgram.class",
                "dev/storyline/cluster/LocalKafka.class", "kafka/server/KafkaBroker.class", "scala/Predef.class",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz")) {
            assertFalse(entries.contains(absent), absent);
        }
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("edu/stanford/nlp/models/lexparser/")), "no parser models");
    }

    @Test
    void signaturesAreStrippedAndServiceFilesMerged() throws IOException {
        assertEquals(List.of(), entries.stream().filter(e -> e.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")).toList());
        try (JarFile file = new JarFile(jar.toFile())) {
            var services = file.getEntry("META-INF/services/org.apache.lucene.analysis.TokenFilterFactory");
            assertNotNull(services);
            String listed = new String(file.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(listed.contains("org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory"), "lucene-analysis-common's");
            assertTrue(listed.contains("org.apache.lucene.analysis.icu.ICUFoldingFilterFactory"), "lucene-analysis-icu's");
        }
    }

    @Test
    void theAnalysisRunsFromTheJarAloneInEveryLanguageWithModels() throws Exception {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        Path testClasses = Path.of(JobJarAnalysis.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(javaBinary, "-Xmx2500m", "-cp", jar + java.io.File.pathSeparator + testClasses,
                JobJarAnalysis.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), "the analysis failed in a JVM with only the job jar: " + lines);
        assertEquals(5, lines.size(), lines.toString());
        for (String[] expected : new String[][]{{"fr", "Macron"}, {"en", "Biden"}, {"de", "Scholz"}, {"es", "Sánchez"}, {"ru", "Путин"}}) {
            String line = lines.stream().filter(l -> l.startsWith(expected[0] + "\t")).findFirst().orElse("");
            String[] parts = line.split("\t", -1);
            assertEquals(3, parts.length, "article in " + expected[0] + ": " + lines);
            assertTrue(parts[1].contains(expected[1]), expected[0] + ": names found " + parts[1]);
            assertFalse(parts[2].isEmpty(), expected[0] + ": stems");
        }
    }
}
