package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.AnalysisJson;
import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.Source;
import dev.storyline.sources.SourceJson;
import dev.storyline.sources.SourceRegistry;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Manage the followed sources: outlets' homepages, feeds (RSS, Atom, JSON Feed) and sitemaps.",
                "`storyline follow` (or `run`) then fetches their new articles. Output: JSON Lines on stdout."},
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class,
                SourcesCommand.Resume.class, SourcesCommand.Import.class, SourcesCommand.Export.class})
final class SourcesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static void print(PrintWriter out, ObjectNode line) {
        out.println(AnalysisJson.line(line));
        out.flush();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add sources. Each URL is fetched once to see what it is: a feed, a sitemap, or a homepage "
                    + "whose feeds and news sitemaps are then discovered. Adding a URL already followed changes nothing.",
                    "Stdout: per URL, {\"id\",\"url\",\"kind\",\"status\":\"added|known\",\"feeds\",\"sitemaps\",\"notes\",...} "
                            + "or {\"url\",\"error\"}. Exit status 1 when some could not be added."})
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Mixin
        FollowOptions follow;
        @Mixin
        NewSourceOptions newSources;
        @Option(names = "--name", description = "A name to show for the source(s) instead of the outlet's title.")
        String name;
        @Parameters(arity = "1..*", paramLabel = "URL", description = "Homepages, feeds or sitemaps (http or https).")
        List<String> urls;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            SourceSettings settings;
            try {
                settings = newSources.settings(follow.allowPrivateAddresses);
            } catch (IllegalArgumentException e) {
                err.println("storyline: " + e.getMessage());
                return 2;
            }
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data);
                 Fetchers fetchers = new Fetchers(follow.policy())) {
                Sources sources = new Sources(registry, fetchers, Clock.systemUTC());
                for (String url : urls) {
                    try {
                        SourceRegistry.Added added = sources.add(url, name, settings);
                        print(out, SourceJson.summary(added.source(), today()).put("status", added.added() ? "added" : "known"));
                        err.println("storyline: " + url + ": " + (added.added() ? "added as " : "already followed, as ")
                                + added.source().kind().name().toLowerCase() + " " + added.source().id());
                    } catch (Sources.Refused e) {
                        failed++;
                        print(out, AnalysisJson.object().put("url", url).put("error", e.getMessage()));
                        err.println("storyline: " + e.getMessage());
                    }
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the sources, in the order they were added: one JSON line each with its kind, feeds and "
                    + "sitemaps, last fetch and its result, next fetch, articles today and in the last 7 days, paused "
                    + "state and last error."})
    static final class ListSources implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data)) {
                for (Source s : registry.all()) out.println(AnalysisJson.line(SourceJson.summary(s, today())));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Stop following sources, given by URL or id. Stdout: {\"removed\"} or {\"source\",\"error\"} per one. "
                    + "Articles already stored stay."})
    static final class Remove implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(arity = "1..*", paramLabel = "URL|ID")
        List<String> sources;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            int missing = 0;
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data)) {
                Sources all = new Sources(registry, null, Clock.systemUTC());
                for (String s : sources) {
                    if (all.remove(s)) print(out, AnalysisJson.object().put("removed", s));
                    else {
                        missing++;
                        print(out, AnalysisJson.object().put("source", s).put("error", "no source with this URL or id"));
                    }
                }
            }
            return missing == 0 ? 0 : 1;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = {"Follow paused sources again (given by URL or id), due at once, their failures forgotten."})
    static final class Resume implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Parameters(arity = "1..*", paramLabel = "URL|ID")
        List<String> sources;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            int missing = 0;
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data)) {
                Sources all = new Sources(registry, null, Clock.systemUTC());
                for (String s : sources) {
                    var resumed = all.resume(s);
                    if (resumed.isPresent()) print(out, SourceJson.summary(resumed.get(), today()));
                    else {
                        missing++;
                        print(out, AnalysisJson.object().put("source", s).put("error", "no source with this URL or id"));
                    }
                }
            }
            return missing == 0 ? 0 : 1;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add the subscriptions of an OPML file (as feed readers export them). Feeds are taken as the "
                    + "list says (their first poll checks them); links are fetched to see what they are.",
                    "Stdout: a JSON line per outline, as `sources add` prints. Exit status 1 when some could not be added."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;
        @Mixin
        FollowOptions follow;
        @Mixin
        NewSourceOptions newSources;
        @Parameters(paramLabel = "FILE.opml")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String xml;
            try {
                xml = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("storyline: " + file + ": no such file");
                return 2;
            } catch (java.nio.charset.MalformedInputException e) {
                xml = Files.readString(file, StandardCharsets.ISO_8859_1);
            }
            int failed = 0;
            SourceSettings settings;
            try {
                settings = newSources.settings(follow.allowPrivateAddresses);
            } catch (IllegalArgumentException e) {
                err.println("storyline: " + e.getMessage());
                return 2;
            }
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data);
                 Fetchers fetchers = new Fetchers(follow.policy())) {
                Sources sources = new Sources(registry, fetchers, Clock.systemUTC());
                List<Sources.Imported> imported;
                try {
                    imported = sources.importOpml(xml, file.toString(), settings);
                } catch (IOException notOpml) {
                    err.println("storyline: " + notOpml.getMessage());
                    print(out, AnalysisJson.object().put("input", file.toString()).put("error", notOpml.getMessage()));
                    return 1;
                }
                for (Sources.Imported i : imported) {
                    if (i.error() != null) {
                        failed++;
                        err.println("storyline: " + i.error());
                        ObjectNode line = AnalysisJson.object();
                        if (i.url() != null) line.put("url", i.url());
                        print(out, line.put("error", i.error()));
                    } else {
                        print(out, SourceJson.summary(i.added().source(), today()).put("status", i.added().added() ? "added" : "known"));
                    }
                }
                err.printf("storyline: %d outlines read, %d sources added, %d failed; %d sources in all%n", imported.size(),
                        imported.stream().filter(i -> i.added() != null && i.added().added()).count(), failed, registry.size());
            }
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Print the sources as OPML 2.0 on stdout, for feed readers: a feed as <outline type=\"rss\" "
                    + "xmlUrl>, a homepage as each of its feeds (htmlUrl the homepage), else as a link."})
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (EmbeddedSourceRegistry registry = EmbeddedSourceRegistry.open(data.data)) {
                out.print(new Sources(registry, null, Clock.systemUTC()).exportOpml());
            }
            out.flush();
            return 0;
        }
    }
}
