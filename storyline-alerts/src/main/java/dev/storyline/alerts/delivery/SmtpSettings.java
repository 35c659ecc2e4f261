package dev.storyline.alerts.delivery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How to reach the SMTP server that sends alert emails. The password comes only from the environment
 * ({@code STORYLINE_SMTP_PASSWORD}) or from {@code <data>/smtp.properties}, which is read only when its owner alone
 * may read it; it is never printed: {@link #toString()} and every error leave it out.
 *
 * @param starttls REQUIRED: refuse to send without TLS; OPTIONAL: use it when offered; OFF: never
 */
public record SmtpSettings(String host, int port, StartTls starttls, String user, String password, String from,
                           Duration timeout) {

    public static final String PASSWORD_VARIABLE = "STORYLINE_SMTP_PASSWORD";
    public static final String FILE_NAME = "smtp.properties";

    public enum StartTls { REQUIRED, OPTIONAL, OFF }

    public SmtpSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("an SMTP host is needed (--smtp-host or host= in " + FILE_NAME + ")");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("the SMTP port must be within 1..65535, was " + port);
        if (from == null || from.isBlank()) throw new IllegalArgumentException("a from-address is needed (--mail-from or from= in " + FILE_NAME + ")");
        starttls = starttls == null ? StartTls.REQUIRED : starttls;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }

    @Override
    public String toString() {
        return "smtp://" + (authenticates() ? user + "@" : "") + host + ":" + port + " (STARTTLS "
                + starttls.name().toLowerCase(Locale.ROOT) + ", from " + from + (password == null ? "" : ", password set") + ")";
    }

    /**
     * What the command line said, over what {@code <data>/smtp.properties} says (keys {@code host, port, starttls,
     * user, password, from}), with the password from the environment first. Empty when no SMTP host is set anywhere:
     * email is then not delivered (and what waits for it stays queued).
     *
     * @param given the options given on the command line, by the file's key names; null values are not given
     */
    public static Optional<SmtpSettings> resolve(Path data, Map<String, String> given, Map<String, String> environment) throws IOException {
        Properties file = readFile(data.resolve(FILE_NAME));
        String host = pick(given, file, "host");
        if (host == null) return Optional.empty();
        String starttls = pick(given, file, "starttls");
        String port = pick(given, file, "port");
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) password = file.getProperty("password");
        StartTls tls;
        try {
            tls = starttls == null ? StartTls.REQUIRED : StartTls.valueOf(starttls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("starttls must be required, optional or off, was '" + starttls + "'");
        }
        int portNumber;
        try {
            portNumber = port == null ? 587 : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the SMTP port must be a number, was '" + port + "'");
        }
        return Optional.of(new SmtpSettings(host.strip(), portNumber, tls, pick(given, file, "user"), password,
                pick(given, file, "from"), null));
    }

    private static String pick(Map<String, String> given, Properties file, String key) {
        String v = given.get(key);
        if (v == null || v.isBlank()) v = file.getProperty(key);
        return v == null || v.isBlank() ? null : v;
    }

    /** The settings file, refused unless only its owner can read it (it may hold the password). */
    static Properties readFile(Path file) throws IOException {
        Properties p = new Properties();
        if (!Files.exists(file)) return p;
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            for (PosixFilePermission bit : mode) {
                if (bit.name().startsWith("GROUP") || bit.name().startsWith("OTHERS")) {
                    throw new IOException(file + ": others may read it (mode " + java.nio.file.attribute.PosixFilePermissions.toString(mode)
                            + "); it may hold the SMTP password, so it is not read: chmod 600 " + file);
                }
            }
        } catch (UnsupportedOperationException noPosix) {
            throw new IOException(file + ": cannot tell who may read it on this file system, so it is not read; "
                    + "give the password in " + PASSWORD_VARIABLE + " instead");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a properties file: " + e.getMessage());
        }
        return p;
    }
}
