package dev.storyline.alerts.delivery;

import dev.storyline.alerts.Delivery;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Sends each parcel as one email (multipart/alternative: plain text and HTML, {@link EmailComposer}) to the alert's
 * addresses through the configured SMTP server, with Angus Mail. The idempotency key goes in the
 * {@code X-Storyline-Delivery} header and, hashed, in the {@code Message-ID}: a re-sent email after a crash has the
 * same Message-ID, which mail stores use to drop duplicates.
 */
public final class EmailChannel implements Channel {

    public static final String NAME = "email";

    private final SmtpSettings smtp;
    private final EmailComposer composer;
    private final Clock clock;

    public EmailChannel(SmtpSettings smtp, Function<String, Optional<String>> storyLabels, DeskLinks links, Clock clock) {
        this.smtp = smtp;
        this.composer = new EmailComposer(storyLabels, links);
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Delivery delivery) {
        return !delivery.email().isEmpty();
    }

    @Override
    public Outcome send(Parcel parcel, Delivery delivery) {
        List<InternetAddress> to = new ArrayList<>();
        for (String address : delivery.email()) {
            try {
                InternetAddress a = new InternetAddress(address, true);
                to.add(a);
            } catch (AddressException e) {
                return Outcome.failed("not an email address: '" + EmailComposer.oneLine(address) + "' (" + e.getMessage() + ")");
            }
        }
        Session session = Session.getInstance(properties());
        try {
            MimeMessage message = message(session, parcel, to);
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(smtp.host(), smtp.port(), smtp.authenticates() ? smtp.user() : null,
                        smtp.authenticates() ? smtp.password() : null);
                transport.sendMessage(message, message.getAllRecipients());
            }
            return Outcome.delivered("accepted by " + smtp.host() + ":" + smtp.port() + " for " + to.size()
                    + (to.size() == 1 ? " address" : " addresses"));
        } catch (MessagingException e) {
            return Outcome.failed("SMTP " + smtp.host() + ":" + smtp.port() + ": " + reason(e));
        }
    }

    /** The message, ready to send; also what the tests read back. */
    MimeMessage message(Session session, Parcel parcel, List<InternetAddress> to) throws MessagingException {
        EmailComposer.Email email = composer.compose(parcel);
        String messageId = "<" + hash(parcel.id()) + "@storyline.alerts>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(new InternetAddress(smtp.from(), true));
        } catch (AddressException e) {
            throw new MessagingException("the from-address '" + smtp.from() + "' is not an email address", e);
        }
        message.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        try {
            message.setHeader("X-Storyline-Delivery", MimeUtility.fold(22, MimeUtility.encodeText(parcel.id(), "UTF-8", null)));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always there", e);
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", Integer.toString(smtp.port()));
        p.put("mail.smtp.auth", Boolean.toString(smtp.authenticates()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls() != SmtpSettings.StartTls.OFF));
        p.put("mail.smtp.starttls.required", Boolean.toString(smtp.starttls() == SmtpSettings.StartTls.REQUIRED));
        String millis = Long.toString(smtp.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.from", smtp.from());
        return p;
    }

    /** The exception's reasons, innermost included, with the password (should a server echo it) blanked out. */
    private String reason(Exception e) {
        StringBuilder r = new StringBuilder();
        for (Throwable t = e; t != null && r.length() < 500; t = t.getCause()) {
            if (!r.isEmpty()) r.append(": ");
            r.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        String reason = r.toString().replaceAll("\\s+", " ");
        if (smtp.password() != null && !smtp.password().isEmpty()) reason = reason.replace(smtp.password(), "********");
        return reason;
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
