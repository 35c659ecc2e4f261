package dev.storyline.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A text-mode browser from the operating system (Debian packages {@code lynx}, {@code w3m}, {@code html2text}) that
 * flattens HTML to plain text the way a scraper we did not write would: with its own line wrapping, indentation,
 * list bullets and link markers. The evaluation uses it to test scraped-text extraction on renderings that are not
 * ours; nothing in the pipeline needs it.
 */
public enum TextBrowser {
    // "%d" is the width: by default as wide as the browser allows, as scrapers that copy a page's text print one
    // line per block.
    LYNX("lynx", "-dump", "-force_html", "-nolist", "-stdin", "-display_charset=utf-8", "-assume_charset=utf-8",
            "-width=%d"),
    W3M("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", "%d"),
    HTML2TEXT("html2text", "-utf8", "-nobs", "-width", "%d");

    /** The widest lines each browser prints: lynx allows at most 1024 columns, the others any number. */
    private static final int LYNX_MAX_WIDTH = 1024, UNBOUNDED = 100000;

    /** Pages are handed over in UTF-8: their own charset declarations would mislead the browser. */
    private static final Pattern CHARSET_DECLARATION = Pattern.compile("(?i)charset\\s*=\\s*[\"']?[A-Za-z0-9_:.\\-]+");
    private static final long TIMEOUT_SECONDS = 60;

    private final List<String> command;

    TextBrowser(String... command) {
        this.command = List.of(command);
    }

    /** The browser by its program name ("lynx", "w3m", "html2text"). */
    public static TextBrowser named(String name) {
        for (TextBrowser b : values()) {
            if (b.program().equalsIgnoreCase(name)) return b;
        }
        throw new IllegalArgumentException("unknown text browser '" + name + "': use lynx, w3m or html2text");
    }

    public String program() {
        return command.get(0);
    }

    /** Whether the program is on the PATH. */
    public boolean available() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program()))) return true;
        }
        return false;
    }

    /**
     * The widest line this browser prints when asked for {@code columns} (0: as wide as it allows), where it cuts a
     * longer paragraph greedily, or 0 when that is not known or paragraphs are printed whole. w3m prints at most
     * 1,023 columns whatever it is asked (one less than it is asked below that); html2text prints any width; lynx
     * cuts its widest lines at varying columns below its 1,024, inside words too, so no rule of width undoes it.
     */
    public int widestLine(int columns) {
        return switch (this) {
            case W3M -> Math.min(columns > 0 ? columns : W3M_MAX_COLUMNS, W3M_MAX_COLUMNS) - 1;
            case HTML2TEXT -> columns;
            case LYNX -> 0;
        };
    }

    private static final int W3M_MAX_COLUMNS = 1024;

    /** The page as this browser prints it, with lines as wide as it allows (one line per block). */
    public String render(String html) throws IOException {
        return render(html, 0);
    }

    /**
     * The page as this browser prints it wrapped at {@code columns} (80 is what the browsers print by default), or
     * as wide as it allows when {@code columns} is 0.
     */
    public String render(String html, int columns) throws IOException {
        int widest = this == LYNX ? LYNX_MAX_WIDTH : UNBOUNDED;
        int width = columns > 0 ? Math.min(columns, widest) : widest;
        List<String> args = new ArrayList<>();
        for (String a : command) args.add(a.contains("%d") ? a.replace("%d", Integer.toString(width)) : a);
        Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(CHARSET_DECLARATION.matcher(html).replaceAll("charset=utf-8").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the browser may stop reading early (html2text on broken markup): its output still counts
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program() + " took more than " + TIMEOUT_SECONDS + " s on a page");
            }
            return new String(out.join(), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + program() + " rendered a page", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(b);
        } catch (IOException e) {
            // a browser killed after its timeout: what it printed so far
        }
        return b.toByteArray();
    }

    @Override
    public String toString() {
        return program().toLowerCase(Locale.ROOT);
    }
}
