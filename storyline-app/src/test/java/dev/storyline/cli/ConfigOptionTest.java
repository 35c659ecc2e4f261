package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --config DIR} and {@code STORYLINE_CONFIG}, as a user extending the curated name lists sees them through
 * {@code storyline analyze}. The fixtures are written for this test: an invented person and organisation, with keys
 * no name of theirs would slug to, so only the configured rows can give them.
 */
class ConfigOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config;
    private Path article;

    private record Run(int status, String stdout, String stderr) {
        /** Each name found in the output and the key it resolved to. */
        Map<String, String> keys() throws IOException {
            Map<String, String> keys = new HashMap<>();
            for (String line : stdout.split("\n")) {
                if (line.isBlank()) continue;
                for (JsonNode entity : JSON.readTree(line).get("entities")) {
                    keys.put(entity.get("text").asText(), entity.get("canonical").asText());
                }
            }
            return keys;
        }
    }

    @BeforeEach
    void fixtures() throws IOException {
        config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("people.tsv"), """
                # Added by the desk: a person the shipped list does not know
                tengstrom-h\tHalvard Tengström\tfr:Halvard Tengstrom
                a line with no tabs
                """);
        Files.writeString(config.resolve("organisations.tsv"), "kvl\tKestrel Valley League\tKVL\n");
        article = dir.resolve("article.jsonl");
        Files.writeString(article, "{\"id\":\"a1\",\"text\":\"Halvard Tengström, the chairman of the Kestrel Valley League, "
                + "said on Tuesday in Oslo that the league would meet again in March.\"}\n");
    }

    private static Run analyze(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StorylineCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aPersonAndAnOrganisationOfTheConfigFolderResolveToTheirKeysAndAMalformedLineIsNamed() throws IOException {
        Run run = analyze("analyze", "--threads", "1", "--config", config.toString(), article.toString());
        assertEquals(0, run.status(), run.stderr());
        Map<String, String> keys = run.keys();
        assertEquals("PER:tengstrom-h", keys.get("Halvard Tengström"));
        assertEquals("ORG:kvl", keys.get("Kestrel Valley League"));
        assertTrue(run.stderr().contains(config.resolve("people.tsv") + " line 3: needs at least 2 tab-separated fields"),
                run.stderr());
    }

    @Test
    void aMissingFolderIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-such-config");
        Run run = analyze("analyze", "--config", missing.toString(), article.toString());
        assertEquals(2, run.status());
        assertTrue(run.stderr().contains("--config: " + missing + ": no such folder"), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
        assertEquals("", run.stdout());
    }

    @Test
    void anUnreadableFileIsAUsageErrorNamingTheFileAndTheLine() throws IOException {
        Files.write(config.resolve("organisations.tsv"), "kvl\tKestrel Valley League\tKVL\nlvk\tLigue de la vall\u00e9e\tLVK\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Run run = analyze("analyze", "--config", config.toString(), article.toString());
        assertEquals(2, run.status());
        assertTrue(run.stderr().contains("--config: " + config.resolve("organisations.tsv") + " line 2: not UTF-8 text"), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
    }

    /** The variable is read by picocli from the process's environment: a child process is the honest way to set it. */
    @Test
    void theEnvironmentVariableGivesTheFolderWhenTheOptionIsNotGiven() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StorylineCommand.class.getName(), "analyze", "--threads", "1", article.toString());
        builder.environment().put(ConfigOption.ENVIRONMENT, config.toString());
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(0, status, stderr);
        Map<String, String> keys = new Run(status, stdout, stderr).keys();
        assertEquals("PER:tengstrom-h", keys.get("Halvard Tengström"));
        assertEquals("ORG:kvl", keys.get("Kestrel Valley League"));
        assertTrue(List.of(stderr.split("\n")).stream().anyMatch(l -> l.contains("people.tsv line 3")), stderr);
    }
}
