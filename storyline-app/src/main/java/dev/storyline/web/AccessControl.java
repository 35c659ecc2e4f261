package dev.storyline.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Who may change things. A server that listens beyond this machine requires a token for every write (POST, PUT,
 * PATCH, DELETE): {@code Authorization: Bearer <token>} from scripts, or the token cookie that {@code /login} sets
 * for the desk's forms. Reads stay open unless {@code readsNeedToken}. Whatever the binding, a write that a browser
 * says comes from another site is refused, so that a page elsewhere cannot post to a desk on localhost.
 *
 * @param token          the token writes need, or null when they need none (a server on loopback)
 * @param readsNeedToken whether reads need it too
 */
public record AccessControl(String token, boolean readsNeedToken) {

    public static final String TOKEN_ENVIRONMENT = "STORYLINE_API_TOKEN";
    public static final String TOKEN_FILE = "api-token";
    static final String COOKIE = "storyline_token";

    public AccessControl {
        if (token != null && token.isBlank()) throw new IllegalArgumentException("an empty token protects nothing");
        if (readsNeedToken && token == null) throw new IllegalArgumentException("reads cannot need a token when there is none");
    }

    /** No token: for a server that only this machine can reach. */
    public static AccessControl open() {
        return new AccessControl(null, false);
    }

    /**
     * What a server on {@code host} needs: nothing on loopback unless {@code STORYLINE_API_TOKEN} is set, else the
     * token from that variable or from {@code <data>/api-token} (generated at first start, owner-only).
     */
    public static AccessControl forHost(String host, Path data, String environmentToken, boolean readsNeedToken)
            throws IOException {
        boolean loopback = isLoopback(host);
        if (environmentToken != null && !environmentToken.isBlank()) return new AccessControl(environmentToken.strip(), readsNeedToken);
        if (loopback && !readsNeedToken) return open();
        return new AccessControl(tokenFile(data), readsNeedToken);
    }

    /** Whether writes need the token (the server says so at start, with where the token is). */
    public boolean writesNeedToken() {
        return token != null;
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) if (!address.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The token kept in {@code <data>/api-token}, created with owner-only permissions when absent. */
    static String tokenFile(Path data) throws IOException {
        Path file = data.resolve(TOKEN_FILE);
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (kept.isEmpty()) throw new IOException(file + " is empty: delete it to have a new token generated");
            return kept;
        }
        Files.createDirectories(data);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = Files.createTempFile(data, TOKEN_FILE, ".tmp");
        try {
            ownerOnly(temporary);
            Files.writeString(temporary, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } catch (FileAlreadyExistsException raced) {
            return tokenFile(data);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return token;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Set<PosixFilePermission> rw = PosixFilePermissions.fromString("rw-------");
            Files.setPosixFilePermissions(file, rw);
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }

    /** Refuses the request (an {@link ApiError}) unless it may go on. */
    void check(Context ctx) {
        boolean write = isWrite(ctx.method().name());
        if (write && crossSite(ctx)) throw ApiError.forbidden("cross-site write refused (Origin " + ctx.header("Origin") + ")");
        if (token == null || (!write && !readsNeedToken) || isLogin(ctx)) return;
        String presented = presentedToken(ctx);
        if (presented == null) throw ApiError.unauthorized("this server needs a token for " + (write ? "writes" : "reads")
                + ": send 'Authorization: Bearer <token>' (the token is in <data>/" + TOKEN_FILE + " or $" + TOKEN_ENVIRONMENT
                + "), or sign in at /login");
        if (!matches(presented)) throw ApiError.unauthorized("wrong token");
    }

    boolean matches(String presented) {
        return token != null && presented != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLogin(Context ctx) {
        return ctx.path().equals("/login");
    }

    private static String presentedToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            String[] parts = authorization.strip().split("\\s+", 2);
            return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") ? parts[1] : "";
        }
        return ctx.cookie(COOKIE);
    }

    static boolean isWrite(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> false;
            default -> true;
        };
    }

    /**
     * Whether a browser says the request does not come from this desk: {@code Sec-Fetch-Site} other than
     * {@code same-origin} or {@code none} (another port of this host is "same-site", and refused too), or, from a
     * browser that does not send it, an Origin that is not this server's. Scripts (curl) send neither and are judged
     * by the token alone.
     */
    private static boolean crossSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) return !(fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none"));
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) return false;
        if (origin.equals("null")) return true;
        try {
            URI o = URI.create(origin.strip());
            String host = ctx.header("Host");
            return host == null || o.getAuthority() == null || !o.getAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
