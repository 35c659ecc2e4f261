package dev.storyline.alerts.delivery;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.Delivery;
import dev.storyline.alerts.Frequency;
import dev.storyline.alerts.JsonlMatchLog;
import dev.storyline.alerts.Match;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alert emails sent to a real SMTP server (GreenMail, on a free loopback port) and read back from it. */
class EmailDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:05:00Z");
    private static final String PASSWORD = "pw-never-shown-7731";

    @TempDir
    Path dir;

    private GreenMail mail;
    private JsonlMatchLog log;
    private final TestClock clock = new TestClock(T0);
    private final List<Deliverer.Attempt> attempts = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("desk@storyline.test", "desk", PASSWORD));
        mail.start();
        log = JsonlMatchLog.open(dir.resolve("alerts"));
    }

    @AfterEach
    void stop() throws IOException {
        mail.stop();
        log.close();
    }

    private Deliverer deliverer(Frequency frequency, String password) {
        return deliverer(frequency, password, SmtpSettings.StartTls.OFF);
    }

    private Deliverer deliverer(Frequency frequency, String password, SmtpSettings.StartTls tls) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), tls, "desk",
                password, "alerts@storyline.test", Duration.ofSeconds(10));
        Map<String, String> labels = Map.of("story-quake", "Earthquake in Almaty", "story-vote", "Election day");
        EmailChannel email = new EmailChannel(smtp, id -> Optional.ofNullable(labels.get(id)), new DeskLinks("http://desk.test"), clock);
        Delivery delivery = new Delivery(frequency, null, null, List.of("analyst@newsroom.test", "editor@newsroom.test"));
        return new Deliverer(log, id -> id.equals("a") ? Optional.of(delivery) : Optional.empty(), List.of(email),
                OutboxStore.in(dir), clock, RetryPolicy.standard());
    }

    private static Match match(int n, String story, String title, Instant at) {
        return new Match("a:k" + n, "a", "Central Asia", AlertKind.SEARCH, "k" + n, n, "e" + n, story, title,
                "https://news.test/" + n, "Example News", "en", "2026-12-04", "query: almaty", at);
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) m.getContent();
        assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart p = alternative.getBodyPart(i);
            if (p.isMimeType(type)) return (String) p.getContent();
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void asItHappensEachMatchIsOneEmailWithAPlainAndAnHtmlPart() throws Exception {
        log.append(List.of(match(1, "story-quake", "Quake shakes Almaty", T0), match(2, "story-vote", "Polls open", T0)));

        deliverer(Frequency.AS_IT_HAPPENS, PASSWORD).pass(Duration.ofSeconds(30), attempts::add);

        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(4, got.length, "two emails, each to two addresses");
        MimeMessage first = got[0];
        assertEquals("[Storyline] Central Asia: Quake shakes Almaty", first.getSubject());
        assertEquals("a:k1", first.getHeader("X-Storyline-Delivery")[0]);
        assertTrue(first.getMessageID().endsWith("@storyline.alerts>"), first.getMessageID());
        String text = part(first, "text/plain");
        assertTrue(text.contains("== Earthquake in Almaty =="), text);
        assertTrue(text.contains("https://news.test/1"), text);
        assertTrue(text.contains("on the desk: http://desk.test/articles/k1"), text);
        Document html = Jsoup.parse(part(first, "text/html"));
        assertEquals("Earthquake in Almaty", html.selectFirst("h2").text());
        assertEquals("http://desk.test/stories/story-quake", html.selectFirst("h2 a").attr("href"));
        assertEquals("Quake shakes Almaty", html.selectFirst("li a[href=https://news.test/1]").text());
    }

    @Test
    void aTitleWithMarkupIsEscapedInTheHtmlAndKeptAsWrittenInTheText() throws Exception {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> Tom & \"Jerry\"";
        log.append(List.of(match(1, "story-quake", hostile, T0)));

        deliverer(Frequency.AS_IT_HAPPENS, PASSWORD).pass(Duration.ofSeconds(30), attempts::add);

        MimeMessage m = mail.getReceivedMessages()[0];
        String rawHtml = part(m, "text/html");
        Document html = Jsoup.parse(rawHtml);
        assertTrue(html.select("script, img").isEmpty(), "no element came from the title: " + rawHtml);
        assertTrue(rawHtml.contains("&lt;script&gt;"), rawHtml);
        assertEquals(hostile, html.selectFirst("li a").text());
        assertTrue(part(m, "text/plain").contains(hostile));
    }

    @Test
    void anHourlyDigestGoesAtTheHoursEndGroupedByStoryWithEachMatchInExactlyOneDigest() throws Exception {
        Deliverer deliverer = deliverer(Frequency.HOURLY, PASSWORD);
        log.append(List.of(match(1, "story-quake", "Quake shakes Almaty", T0),
                match(2, "story-vote", "Polls open", T0.plusSeconds(600)),
                match(3, "story-quake", "Aftershocks expected", T0.plusSeconds(1200))));
        clock.set(Instant.parse("2026-12-04T10:59:59Z"));
        deliverer.pass(Duration.ofSeconds(30), attempts::add);
        assertEquals(0, mail.getReceivedMessages().length, "nothing before the hour ends");

        clock.set(Instant.parse("2026-12-04T11:00:00Z"));
        log.append(List.of(match(4, "story-vote", "Turnout high", Instant.parse("2026-12-04T11:00:00Z"))));
        deliverer.pass(Duration.ofSeconds(30), attempts::add);

        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(2, got.length, "one digest, to two addresses");
        MimeMessage digest = got[0];
        assertEquals("[Storyline] Central Asia: 3 new matches (hourly digest)", digest.getSubject());
        assertEquals("a:digest:hourly:2026-12-04T10:00:00Z", digest.getHeader("X-Storyline-Delivery")[0]);
        Document html = Jsoup.parse(part(digest, "text/html"));
        assertEquals(List.of("Earthquake in Almaty", "Election day"), html.select("h2").eachText());
        assertEquals(List.of("Quake shakes Almaty", "Aftershocks expected"),
                html.select("h2:contains(Earthquake) + ul > li > a:first-child").eachText());
        assertEquals(List.of("Polls open"), html.select("h2:contains(Election) + ul > li > a:first-child").eachText());
        assertFalse(part(digest, "text/plain").contains("Turnout high"), "the next hour's match waits for its own digest");

        clock.set(Instant.parse("2026-12-04T12:00:00Z"));
        deliverer.pass(Duration.ofSeconds(30), attempts::add);
        got = mail.getReceivedMessages();
        assertEquals(4, got.length);
        MimeMessage next = null;
        for (MimeMessage m : got) {
            if (m.getHeader("X-Storyline-Delivery")[0].equals("a:digest:hourly:2026-12-04T11:00:00Z")) next = m;
        }
        assertNotNull(next, "the next hour's digest");
        assertTrue(part(next, "text/plain").contains("Turnout high"));
        assertFalse(part(next, "text/plain").contains("Polls open"));
    }

    @Test
    void aWrongPasswordFailsWithTheServersReasonAndNeverShowsThePassword() throws IOException {
        log.append(List.of(match(1, "story-quake", "Quake", T0)));
        String wrong = "wrong-password-5521";

        deliverer(Frequency.AS_IT_HAPPENS, wrong).pass(Duration.ofSeconds(30), attempts::add);

        assertEquals(0, mail.getReceivedMessages().length);
        String reason = attempts.get(0).detail();
        assertTrue(reason.startsWith("SMTP 127.0.0.1:"), reason);
        assertFalse(reason.contains(wrong), reason);
        assertNotNull(attempts.get(0).nextAttempt(), "it will be tried again");
    }

    @Test
    void withStartTlsRequiredNothingIsSentToAServerThatDoesNotOfferIt() throws IOException {
        log.append(List.of(match(1, "story-quake", "Quake", T0)));

        deliverer(Frequency.AS_IT_HAPPENS, PASSWORD, SmtpSettings.StartTls.REQUIRED).pass(Duration.ofSeconds(30), attempts::add);

        assertEquals(0, mail.getReceivedMessages().length, "not sent in clear");
        assertTrue(attempts.get(0).detail().contains("STARTTLS"), attempts.get(0).detail());
    }
}
