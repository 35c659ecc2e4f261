package dev.storyline.alerts.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpSettingsTest {

    @TempDir
    Path data;

    private Path file(String text, String mode) throws IOException {
        Path f = data.resolve(SmtpSettings.FILE_NAME);
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    private static Map<String, String> given(String host) {
        Map<String, String> g = new HashMap<>();
        g.put("host", host);
        return g;
    }

    @Test
    void aSettingsFileOthersMayReadIsRefusedAndItsPasswordNotRead() throws IOException {
        file("host=mail.test\nfrom=a@b.test\npassword=hunter2-secret\n", "rw-r--r--");

        IOException e = assertThrows(IOException.class, () -> SmtpSettings.resolve(data, given(null), Map.of()));

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anOwnerOnlyFileGivesTheSettingsAndOptionsWinOverIt() throws IOException {
        file("host=mail.test\nport=2525\nstarttls=optional\nuser=desk\nfrom=alerts@desk.test\npassword=from-file\n", "rw-------");

        SmtpSettings s = SmtpSettings.resolve(data, given("smtp.other.test"), Map.of()).orElseThrow();

        assertEquals("smtp.other.test", s.host());
        assertEquals(2525, s.port());
        assertEquals(SmtpSettings.StartTls.OPTIONAL, s.starttls());
        assertEquals("from-file", s.password());
    }

    @Test
    void thePasswordFromTheEnvironmentComesFirstAndIsNeverInTheDescription() throws IOException {
        file("password=from-file\n", "rw-------");

        SmtpSettings s = SmtpSettings.resolve(data, Map.of("host", "mail.test", "from", "a@b.test"),
                Map.of(SmtpSettings.PASSWORD_VARIABLE, "from-environment")).orElseThrow();

        assertEquals("from-environment", s.password());
        assertEquals(SmtpSettings.StartTls.REQUIRED, s.starttls(), "TLS is required unless said otherwise");
        assertFalse(s.toString().contains("from-environment"), s.toString());
    }

    @Test
    void withoutAHostThereIsNoEmail() throws IOException {
        assertTrue(SmtpSettings.resolve(data, given(null), Map.of()).isEmpty());
    }
}
