package dev.storyline.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * News outlets played on loopback, for the tests and {@code storyline bench follow}: each outlet is its own HTTP
 * server on its own loopback address (127.0.0.2, 127.0.0.3…: a host of its own, as politeness sees hosts) with a
 * homepage linking its RSS 2.0, Atom and JSON feeds (and a comments feed, which discovery should skip), a robots.txt
 * naming its news sitemap, and article pages in its language written from templates (invented reports written for
 * Storyline, {@code outlet-articles.tsv}). The feeds list the same articles under different URLs: the Atom feed adds
 * tracking parameters, the JSON feed gives every fifth article as an AMP copy whose canonical link names the
 * article, so that one article reached several ways must be one article. Articles are published {@code spacing}
 * apart going back from the start, and more can be published later. Everything is served with an ETag and
 * answers 304 to a matching {@code If-None-Match}.
 *
 * <p>An outlet may misbehave ({@link Misbehaviour}) for the tests of how failures are reported and isolated.
 * Every request is counted at the server, per outlet and per path, with the most requests it was serving at once
 * and the shortest gap between the end of one request and the start of the next: the politeness actually kept.
 */
public final class LoopbackOutlets implements Closeable {

    /** How an outlet misbehaves. */
    public enum Misbehaviour {
        NONE,
        /** Its feeds and sitemap answer 500. */
        FEEDS_FAIL_500,
        /** Its feeds answer 429 with {@code Retry-After: 3600}. */
        FEEDS_RATE_LIMITED,
        /** Its robots.txt disallows everything. */
        ROBOTS_DISALLOW_ALL,
        /** Its feed URLs serve an HTML page. */
        FEED_IS_HTML,
        /** Its article pages answer 404 (its feeds work). */
        ARTICLES_NOT_FOUND
    }

    /**
     * One outlet to play.
     *
     * @param name     its name (the feeds' title)
     * @param language fr, en, de or es
     * @param articles how many articles it has at the start
     * @param spacing  time between two articles' publication, going back from the start
     */
    public record Spec(String name, String language, int articles, Duration spacing, Misbehaviour misbehaviour) {
        public Spec(String name, String language, int articles) {
            this(name, language, articles, Duration.ofMinutes(30), Misbehaviour.NONE);
        }
    }

    /** What the servers saw of one outlet. */
    public record Politeness(String outlet, long requests, int maxConcurrent, long minGapMillis) {
    }

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final int FEED_ITEMS = 100;
    private static final List<Template> TEMPLATES = Template.load();
    private static final String[] CITIES = {"Valdoré", "Kestrelmoor", "Lindenbruck", "San Aurelio", "Marivaux",
            "Ostenfeld", "Brackwater", "Villanueva del Cerro", "Port-Sélène", "Hallingsby", "Almoradí del Mar", "Northwick"};
    private static final String[] PEOPLE = {"Claire Fontanel", "Marcus Healey", "Jonas Wittmaack", "Lucía Ferrandis",
            "Étienne Morvan", "Priya Raman", "Katrin Obermeier", "Andrés Salcedo", "Mathilde Roux", "Owen Castellane"};
    private static final String[] ORGS = {"Rivière Vivante", "River Watch", "Flussfreunde", "Río Limpio", "Terres Basses",
            "Safe Banks", "Deichbund", "Vecinos del Cauce"};

    private final List<Outlet> outlets;

    private LoopbackOutlets(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
    }

    /** Starts one server per outlet on loopback, port chosen by the system. */
    public static LoopbackOutlets start(List<Spec> specs) throws IOException {
        Instant now = Instant.now();
        List<Outlet> started = new ArrayList<>();
        try {
            for (int i = 0; i < specs.size(); i++) started.add(new Outlet(specs.get(i), i, now));
        } catch (IOException | RuntimeException e) {
            started.forEach(Outlet::close);
            throw e;
        }
        return new LoopbackOutlets(started);
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    public Outlet outlet(int i) {
        return outlets.get(i);
    }

    /** Politeness as measured at every outlet's server. */
    public List<Politeness> politeness() {
        return outlets.stream().map(Outlet::politeness).toList();
    }

    @Override
    public void close() {
        outlets.forEach(Outlet::close);
    }

    /** One outlet: its server, its articles, what it was asked. */
    public static final class Outlet implements Closeable {

        private final Spec spec;
        private volatile Misbehaviour misbehaviour;
        private final AtomicInteger notModified = new AtomicInteger();
        private final int index;
        private final Instant started;
        private final HttpServer server;
        private final ExecutorService threads;
        private final List<Instant> published = new ArrayList<>();
        private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong lastEndNanos = new AtomicLong(-1);
        private final AtomicLong minGapNanos = new AtomicLong(Long.MAX_VALUE);

        Outlet(Spec spec, int index, Instant now) throws IOException {
            this.spec = spec;
            this.misbehaviour = spec.misbehaviour();
            this.index = index;
            this.started = now;
            for (int j = spec.articles() - 1; j >= 0; j--) published.add(now.minus(spec.spacing().multipliedBy(j)));
            // A loopback address of its own (the whole 127/8 is loopback on Linux), so each outlet is a host.
            InetAddress address = InetAddress.getByAddress(new byte[]{127, 0, (byte) (index / 250), (byte) (2 + index % 250)});
            HttpServer s;
            try {
                s = HttpServer.create(new InetSocketAddress(address, 0), 64);
            } catch (IOException notBindable) { // a system that gives loopback 127.0.0.1 only
                s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            }
            this.server = s;
            this.threads = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "outlet-" + index);
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        public Spec spec() {
            return spec;
        }

        /** From now on, misbehaves so (or behaves again, with {@code NONE}). */
        public void misbehave(Misbehaviour m) {
            misbehaviour = m;
        }

        /** How many requests were answered 304 Not Modified. */
        public int notModifiedAnswers() {
            return notModified.get();
        }

        public URI base() {
            return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/");
        }

        public URI homepage() {
            return base();
        }

        public URI rss() {
            return base().resolve("rss.xml");
        }

        public URI atom() {
            return base().resolve("atom.xml");
        }

        public URI jsonFeed() {
            return base().resolve("feed.json");
        }

        public URI newsSitemap() {
            return base().resolve("sitemap-news.xml");
        }

        /** The URL of article {@code n} (0 is the oldest). */
        public URI article(int n) {
            return base().resolve(articlePath(n));
        }

        public synchronized int articleCount() {
            return published.size();
        }

        /** Publishes {@code count} new articles now. */
        public synchronized void publish(int count) {
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) published.add(now);
        }

        /** How many times a path (e.g. {@code /fr/news/3}) was asked for, whatever its query. */
        public int requests(String path) {
            AtomicInteger n = requestsByPath.get(path);
            return n == null ? 0 : n.get();
        }

        /** How many article pages (plain or AMP) were asked for, in all. */
        public int articleRequests() {
            return requestsByPath.entrySet().stream().filter(e -> e.getKey().contains("/news/"))
                    .mapToInt(e -> e.getValue().get()).sum();
        }

        /** The article paths asked for more than once. */
        public List<String> articlesAskedTwice() {
            return requestsByPath.entrySet().stream().filter(e -> e.getKey().contains("/news/") && e.getValue().get() > 1)
                    .map(Map.Entry::getKey).sorted().toList();
        }

        public Politeness politeness() {
            long gap = minGapNanos.get();
            return new Politeness(spec.name(), requests.get(), maxInFlight.get(), gap == Long.MAX_VALUE ? -1 : gap / 1_000_000);
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }

        private void handle(HttpExchange exchange) throws IOException {
            long startNanos = System.nanoTime();
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            long lastEnd = lastEndNanos.get();
            if (lastEnd >= 0) minGapNanos.accumulateAndGet(Math.max(0, startNanos - lastEnd), Math::min);
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            requestsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                respond(exchange, path);
            } finally {
                inFlight.decrementAndGet();
                lastEndNanos.set(System.nanoTime());
            }
        }

        private void respond(HttpExchange exchange, String path) throws IOException {
            Misbehaviour m = misbehaviour;
            boolean feedPath = path.equals("/rss.xml") || path.equals("/atom.xml") || path.equals("/feed.json")
                    || path.equals("/sitemap-news.xml");
            if (path.equals("/robots.txt")) {
                String robots = m == Misbehaviour.ROBOTS_DISALLOW_ALL ? "User-agent: *\nDisallow: /\n"
                        : "User-agent: *\nAllow: /\n\nSitemap: " + newsSitemap() + "\n";
                send(exchange, 200, "text/plain; charset=utf-8", robots);
            } else if (feedPath && m == Misbehaviour.FEEDS_FAIL_500) {
                send(exchange, 500, "text/plain", "Internal Server Error");
            } else if (feedPath && m == Misbehaviour.FEEDS_RATE_LIMITED) {
                exchange.getResponseHeaders().set("Retry-After", "3600");
                send(exchange, 429, "text/plain", "Too Many Requests");
            } else if (feedPath && m == Misbehaviour.FEED_IS_HTML) {
                send(exchange, 200, "text/html; charset=utf-8", homepageHtml());
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", homepageHtml());
            } else if (path.equals("/rss.xml")) {
                send(exchange, 200, "application/rss+xml; charset=utf-8", rssXml());
            } else if (path.equals("/atom.xml")) {
                send(exchange, 200, "application/atom+xml; charset=utf-8", atomXml());
            } else if (path.equals("/feed.json")) {
                send(exchange, 200, "application/feed+json; charset=utf-8", jsonFeedText());
            } else if (path.equals("/sitemap-news.xml")) {
                send(exchange, 200, "application/xml; charset=utf-8", newsSitemapXml());
            } else if (path.equals("/comments/feed")) {
                send(exchange, 200, "application/rss+xml; charset=utf-8", emptyRss("Comments"));
            } else if (articleNumber(path) >= 0 && misbehaviour != Misbehaviour.ARTICLES_NOT_FOUND) {
                send(exchange, 200, "text/html; charset=utf-8", articleHtml(articleNumber(path)));
            } else {
                send(exchange, 404, "text/plain", "Not Found: " + path);
            }
        }

        private void send(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            if (status == 200) {
                String etag = "\"" + sha(bytes) + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
                if (etag.equals(asked)) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private String lang() {
            return spec.language();
        }

        private String articlePath(int n) {
            return "/" + lang() + "/news/" + n;
        }

        /** The article number in {@code /xx/news/N} or {@code /amp/xx/news/N}, else -1. */
        private int articleNumber(String path) {
            String p = path.startsWith("/amp/") ? path.substring(4) : path;
            String prefix = "/" + lang() + "/news/";
            if (!p.startsWith(prefix)) return -1;
            try {
                int n = Integer.parseInt(p.substring(prefix.length()));
                synchronized (this) {
                    return n >= 0 && n < published.size() ? n : -1;
                }
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** The newest articles, newest first, as the feeds list them. */
        private synchronized List<Integer> latest() {
            List<Integer> out = new ArrayList<>();
            for (int n = published.size() - 1; n >= 0 && out.size() < FEED_ITEMS; n--) out.add(n);
            return out;
        }

        private synchronized Instant publishedAt(int n) {
            return published.get(n);
        }

        private Filled filled(int n) {
            Template t = TEMPLATES.stream().filter(x -> x.language().equals(lang())).findFirst().orElse(TEMPLATES.get(0));
            int seed = index * 7919 + n;
            Map<String, String> values = Map.of("{city}", CITIES[Math.floorMod(seed, CITIES.length)],
                    "{person}", PEOPLE[Math.floorMod(seed / 3 + index, PEOPLE.length)],
                    "{org}", ORGS[Math.floorMod(seed / 5, ORGS.length)],
                    "{n}", Integer.toString(12 + Math.floorMod(seed * 31, 380)),
                    "{m}", Integer.toString(40 + Math.floorMod(seed * 17, 900)));
            List<String> paragraphs = t.paragraphs().stream().map(p -> fill(p, values)).toList();
            return new Filled(fill(t.title(), values), paragraphs, values.get("{person}"));
        }

        private static String fill(String text, Map<String, String> values) {
            String out = text;
            for (Map.Entry<String, String> e : values.entrySet()) out = out.replace(e.getKey(), e.getValue());
            return out;
        }

        private String homepageHtml() {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang()).append("\"><head><meta charset=\"utf-8\">")
                    .append("<title>").append(esc(spec.name())).append("</title>")
                    .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(esc(spec.name())).append("\" href=\"/rss.xml\">")
                    .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(esc(spec.name())).append(" (Atom)\" href=\"/atom.xml\">")
                    .append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"").append(esc(spec.name())).append(" (JSON)\" href=\"/feed.json\">")
                    .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Comments\" href=\"/comments/feed\">")
                    .append("</head><body><header><a href=\"/\">").append(esc(spec.name())).append("</a><nav><a href=\"/\">Home</a></nav></header><main><ul>");
            for (int n : latest()) html.append("<li><a href=\"").append(articlePath(n)).append("\">").append(esc(filled(n).title())).append("</a></li>");
            return html.append("</ul></main><footer>© ").append(esc(spec.name())).append("</footer></body></html>").toString();
        }

        private String articleHtml(int n) {
            Filled a = filled(n);
            String when = publishedAt(n).toString();
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang()).append("\"><head><meta charset=\"utf-8\">")
                    .append("<title>").append(esc(a.title())).append(" – ").append(esc(spec.name())).append("</title>")
                    .append("<link rel=\"canonical\" href=\"").append(article(n)).append("\">")
                    .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">")
                    .append("<meta property=\"og:site_name\" content=\"").append(esc(spec.name())).append("\">")
                    .append("<meta property=\"article:published_time\" content=\"").append(when).append("\">")
                    .append("</head><body><header><a href=\"/\">").append(esc(spec.name())).append("</a>")
                    .append("<nav><a href=\"/\">Home</a> <a href=\"/").append(lang()).append("/news/\">News</a></nav></header>")
                    .append("<main><article><h1>").append(esc(a.title())).append("</h1>")
                    .append("<p class=\"byline\">").append(esc(a.author())).append(" · <time datetime=\"").append(when).append("\">")
                    .append(when, 0, 10).append("</time></p>");
            for (String p : a.paragraphs()) html.append("<p>").append(esc(p)).append("</p>");
            return html.append("</article><aside><h2>Share</h2><a href=\"#\">Share</a></aside></main>")
                    .append("<footer>© ").append(esc(spec.name())).append(" · <a href=\"/\">Home</a></footer></body></html>").toString();
        }

        private String rssXml() {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>")
                    .append("<title>").append(esc(spec.name())).append("</title><link>").append(homepage()).append("</link>")
                    .append("<description>News</description><language>").append(lang()).append("</language>");
            for (int n : latest()) {
                Filled a = filled(n);
                xml.append("<item><title>").append(esc(a.title())).append("</title><link>").append(article(n)).append("</link>")
                        .append("<guid>").append(article(n)).append("</guid><pubDate>")
                        .append(RFC_1123.format(publishedAt(n).atOffset(ZoneOffset.UTC))).append("</pubDate>")
                        .append("<dc:creator>").append(esc(a.author())).append("</dc:creator>")
                        .append("<description>").append(esc(a.paragraphs().get(0))).append("</description></item>");
            }
            return xml.append("</channel></rss>").toString();
        }

        private String emptyRss(String title) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + esc(title)
                    + "</title><link>" + homepage() + "</link><description>-</description></channel></rss>";
        }

        private String atomXml() {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                    .append(lang()).append("\"><title>").append(esc(spec.name())).append("</title><id>").append(homepage()).append("</id>")
                    .append("<link rel=\"alternate\" href=\"").append(homepage()).append("\"/><updated>").append(started).append("</updated>");
            for (int n : latest()) {
                Filled a = filled(n);
                xml.append("<entry><title>").append(esc(a.title())).append("</title><link rel=\"alternate\" href=\"")
                        .append(article(n)).append("?utm_source=atom&amp;utm_medium=feed\"/><id>").append(article(n)).append("</id>")
                        .append("<published>").append(publishedAt(n)).append("</published><updated>").append(publishedAt(n)).append("</updated>")
                        .append("<author><name>").append(esc(a.author())).append("</name></author>")
                        .append("<summary>").append(esc(a.paragraphs().get(0))).append("</summary></entry>");
            }
            return xml.append("</feed>").toString();
        }

        private String jsonFeedText() {
            StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":").append(quote(spec.name()))
                    .append(",\"home_page_url\":").append(quote(homepage().toString())).append(",\"language\":").append(quote(lang())).append(",\"items\":[");
            boolean first = true;
            for (int n : latest()) {
                Filled a = filled(n);
                String url = n % 5 == 0 ? base().resolve("/amp" + articlePath(n)).toString() : article(n).toString();
                if (!first) json.append(',');
                first = false;
                json.append("{\"id\":").append(quote(article(n).toString())).append(",\"url\":").append(quote(url))
                        .append(",\"title\":").append(quote(a.title())).append(",\"date_published\":").append(quote(publishedAt(n).toString()))
                        .append(",\"authors\":[{\"name\":").append(quote(a.author())).append("}]")
                        .append(",\"summary\":").append(quote(a.paragraphs().get(0))).append('}');
            }
            return json.append("]}").toString();
        }

        private String newsSitemapXml() {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                    .append("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
            for (int n : latest()) {
                xml.append("<url><loc>").append(article(n)).append("</loc><news:news><news:publication><news:name>")
                        .append(esc(spec.name())).append("</news:name><news:language>").append(lang())
                        .append("</news:language></news:publication><news:publication_date>").append(publishedAt(n))
                        .append("</news:publication_date><news:title>").append(esc(filled(n).title())).append("</news:title></news:news></url>");
            }
            return xml.append("</urlset>").toString();
        }
    }

    private record Filled(String title, List<String> paragraphs, String author) {
    }

    private record Template(String language, String title, List<String> paragraphs) {
        static List<Template> load() {
            List<Template> out = new ArrayList<>();
            try (InputStream in = LoopbackOutlets.class.getResourceAsStream("outlet-articles.tsv")) {
                if (in == null) throw new IllegalStateException("missing resource outlet-articles.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    out.add(new Template(f[0], f[1], List.of(f).subList(2, f.length)));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read outlet-articles.tsv", e);
            }
            return List.copyOf(out);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
