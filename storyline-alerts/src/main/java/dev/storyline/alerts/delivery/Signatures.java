package dev.storyline.alerts.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The webhook signature: {@code X-Storyline-Signature: sha256=<hex HMAC-SHA256 of the raw body under the alert's
 * secret>}. A receiver computes the same over the bytes it received and compares in constant time ({@link #verify}).
 */
public final class Signatures {

    public static final String PREFIX = "sha256=";

    private Signatures() {
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body} under {@code secret} (UTF-8). */
    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} under {@code secret}, compared in constant time. */
    public static boolean verify(byte[] body, String secret, String header) {
        if (header == null) return false;
        byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
