package dev.storyline.ingest;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which pages a run keeps: {@code --host} (the URL's host is H or ends with "." + H) and {@code --language} (the
 * analysed language is one of these). Both apply to every input kind; a page without a URL never matches a host.
 * The language is decided by analysis ({@link #keepsLanguage}); before analysis, a page whose stated language
 * (a record's or feed's {@code language}, HTTP {@code Content-Language}, {@code <html lang>}) is another one is
 * dropped cheaply ({@link #statedLanguageOther}), since identifying it would cost the whole analysis.
 *
 * @param hosts     lower-case host names, empty for any host
 * @param languages ISO 639-1 codes, lower case, empty for any language
 */
public record PageFilter(Set<String> hosts, Set<String> languages) {

    /** Keeps every page. */
    public static final PageFilter ALL = new PageFilter(Set.of(), Set.of());

    private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]*?\\blang\\s*=\\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*",
            Pattern.CASE_INSENSITIVE);

    public PageFilter {
        hosts = hosts == null ? Set.of() : hosts.stream().map(PageFilter::normaliseHost).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        languages = languages == null ? Set.of() : languages.stream().map(PageFilter::primarySubtag)
                .filter(l -> l != null).collect(Collectors.toUnmodifiableSet());
    }

    public static PageFilter of(Collection<String> hosts, Collection<String> languages) {
        return new PageFilter(hosts == null ? Set.of() : Set.copyOf(hosts), languages == null ? Set.of() : Set.copyOf(languages));
    }

    public boolean isEmpty() {
        return hosts.isEmpty() && languages.isEmpty();
    }

    /** Whether a page at {@code url} passes {@code --host}. */
    public boolean keepsUrl(String url) {
        if (hosts.isEmpty()) return true;
        String host = hostOf(url);
        if (host == null) return false;
        for (String h : hosts) if (host.equals(h) || host.endsWith("." + h)) return true;
        return false;
    }

    /** Whether an analysed language passes {@code --language} (an unidentified language does not, when one is asked). */
    public boolean keepsLanguage(String analysed) {
        if (languages.isEmpty()) return true;
        String primary = primarySubtag(analysed);
        return primary != null && languages.contains(primary);
    }

    /**
     * The page's stated language when it is not one of {@code --language} (so the page can be dropped before
     * analysis), else null. A page that states nothing is analysed.
     */
    public String statedLanguageOther(RawPage page) {
        if (languages.isEmpty()) return null;
        String stated = primarySubtag(page.language());
        if (stated == null && page.kind() == RawPage.Kind.HTML) stated = htmlLang(page.content());
        return stated != null && !languages.contains(stated) ? stated : null;
    }

    /** Why this page is dropped before analysis, or null when it is kept. */
    public String dropReason(RawPage page) {
        if (!keepsUrl(page.url())) return page.url() == null ? "no URL to match --host" : "host not in --host";
        String other = statedLanguageOther(page);
        return other == null ? null : "states language " + other + ", not in --language";
    }

    /** The {@code lang} of the page's {@code <html>} element, as a primary subtag, else null. */
    static String htmlLang(String html) {
        Matcher m = HTML_LANG.matcher(html.length() > 8192 ? html.substring(0, 8192) : html);
        return m.find() ? primarySubtag(m.group(1)) : null;
    }

    static String hostOf(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : normaliseHost(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normaliseHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }

    /** "fr", "fr-FR", "FR_ca" as "fr"; null for nothing usable. */
    static String primarySubtag(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter) ? primary : null;
    }
}
