package dev.storyline.extract;

import dev.storyline.ingest.TextDecoder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever bytes arrive, extraction returns an article (possibly empty) and never throws or overflows: our own
 * fixtures, mutated at random (bytes flipped, spans cut, duplicated or moved, markup characters injected), go
 * through both extractors. Seeded, so a failure reproduces. (Jazzer was tried: its instrumentation does not
 * support the JDK 25 class files here.)
 */
class ExtractorFuzzTest {

    private static final String[] FIXTURES = {
            "boilerplate-page.html", "metadata-jsonld.html", "metadata-meta-tags.html", "en-reuters-wire.txt",
            "de-dpa-meldung.txt", "es-efe-noticia.txt", "ru-tass-novost.txt"};
    private static final byte[] MARKUP = "<>&\"'/=!-[]{}:;\n\u00e9\u00a0".getBytes(StandardCharsets.UTF_8);
    private static final int MUTANTS_PER_FIXTURE = 150;

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final ScrapedTextExtractor scraped = new ScrapedTextExtractor(LocalDate.of(2026, 11, 22));

    @Test
    void mutatedPagesNeverBreakExtraction() throws IOException {
        Random random = new Random(20220107);
        int tried = 0;
        for (String name : FIXTURES) {
            byte[] seed = fixture(name);
            if (seed == null) throw new AssertionError("missing fixture " + name);
            for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                byte[] mutant = mutate(seed, random);
                boolean asHtml = name.endsWith(".html");
                String content = TextDecoder.decode(mutant, asHtml);
                try {
                    Article a = asHtml ? html.extract("fuzz", "https://example.org/2022/01/07/x", content)
                            : scraped.extract("fuzz", null, content);
                    assertNotNull(a.text());
                    assertTrue(a.text().length() <= content.length() + 1024, "text cannot outgrow its page");
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(name + " mutant " + i + " broke extraction", e);
                }
                tried++;
            }
        }
        assertTrue(tried == FIXTURES.length * MUTANTS_PER_FIXTURE, "the fixtures are there: " + tried + " mutants tried");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ExtractorFuzzTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        List<Byte> bytes = new ArrayList<>(seed.length);
        for (byte b : seed) bytes.add(b);
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(400))).clear();
                case 2 -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(300));
                    bytes.addAll(random.nextInt(bytes.size()), new ArrayList<>(bytes.subList(at, end)));
                }
                case 3 -> bytes.add(at, MARKUP[random.nextInt(MARKUP.length)]);
                default -> bytes.subList(at, bytes.size()).clear();
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) out[i] = bytes.get(i);
        return out;
    }
}
