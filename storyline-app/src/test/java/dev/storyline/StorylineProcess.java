package dev.storyline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code storyline} command in a child JVM on the tests' classpath, for the tests that kill it with SIGKILL and
 * check what it had acknowledged (the store's, the follower's and the alerts' crash tests).
 */
public final class StorylineProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StorylineProcess() {
    }

    /** Starts {@code storyline ARGS...} with at most {@code maxHeap} of heap ("512m"); its stderr is discarded. */
    public static Process start(String maxHeap, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                "dev.storyline.cli.StorylineCommand"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Reads the process's stdout on a thread of its own (so that it never blocks on a full pipe) and collects the
     * acknowledgements: the JSON lines with a {@code key}.
     */
    public static Thread collectAcknowledged(Process process, List<String> into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode node = JSON.readTree(line);
                    if (node.has("key")) {
                        synchronized (into) {
                            into.add(line);
                        }
                    }
                }
            } catch (IOException ignored) {
                // The process was killed mid-line: lines read so far are what it acknowledged.
            }
        });
        t.start();
        return t;
    }
}
