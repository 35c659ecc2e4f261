package dev.storyline.web;

import dev.storyline.CommitListener;
import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.store.LuceneArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes need the token on a server that listens beyond loopback; refused writes change nothing. */
class AccessControlTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cret-token-for-tests";
    private static final String RECORD = "{\"id\":\"x\",\"text\":\"Un texte court.\"}";

    @TempDir
    static Path data;
    static LuceneArticleStore store;
    static StoredEvents events;
    static StorylineServer server;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneArticleStore.open(data);
        store.add(Articles.french());
        store.commit();
        events = StoredEvents.open(data, store);
        EmbeddedEntityRegistry registry = EmbeddedEntityRegistry.inMemory();
        server = new StorylineServer(store, events, Pipeline.standard(LocalDate.of(2022, 1, 20), registry), registry,
                CommitListener.NONE, List.of(), new AccessControl(TOKEN, false)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        events.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void writeWithoutTokenIs401AndStoresNothing() throws Exception {
        HttpResponse<String> answer = send(to("/api/articles").POST(HttpRequest.BodyPublishers.ofString(RECORD)));
        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("Authorization: Bearer"), answer.body());
        assertEquals(1, store.count());
    }

    @Test
    void writeWithWrongTokenIs401AndStoresNothing() throws Exception {
        HttpResponse<String> answer = send(to("/api/articles").header("Authorization", "Bearer not-the-token")
                .POST(HttpRequest.BodyPublishers.ofString(RECORD)));
        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("wrong token"), answer.body());
        assertEquals(1, store.count());
    }

    @Test
    void writeWithTheTokenReachesTheHandler() throws Exception {
        // A malformed body gets past the guard and is judged by the handler: 400, not 401.
        HttpResponse<String> answer = send(to("/api/articles").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("malformed JSON"), answer.body());
    }

    @Test
    void readsStayOpen() throws Exception {
        assertEquals(200, send(to("/api/search?q=Tokayev")).statusCode());
        assertEquals(200, send(to("/search")).statusCode());
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieThatTheFormsThenCarry() throws Exception {
        HttpResponse<String> wrong = send(to("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=nope")));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
        HttpResponse<String> right = send(to("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)));
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> withCookie = send(to("/api/articles").header("Cookie", cookie.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertEquals(400, withCookie.statusCode(), withCookie.body());
    }

    @Test
    void crossSiteWriteIsRefusedEvenWithTheToken() throws Exception {
        HttpResponse<String> answer = send(to("/api/articles").header("Authorization", "Bearer " + TOKEN)
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(RECORD)));
        assertEquals(403, answer.statusCode());
        assertEquals(1, store.count());
    }

    @Test
    void aBrowserWriteFromAnotherOriginOrPortIsRefusedAndOneFromTheDeskItselfIsJudgedByTheToken() throws Exception {
        for (String site : List.of("cross-site", "same-site")) {
            HttpResponse<String> answer = send(to("/api/articles").header("Authorization", "Bearer " + TOKEN)
                    .header("Sec-Fetch-Site", site).POST(HttpRequest.BodyPublishers.ofString(RECORD)));
            assertEquals(403, answer.statusCode(), site);
        }
        // A browser that sends "Origin: null" (a no-referrer page) but says same-origin is the desk's own form.
        HttpResponse<String> own = send(to("/api/articles").header("Authorization", "Bearer " + TOKEN)
                .header("Sec-Fetch-Site", "same-origin").header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertEquals(400, own.statusCode(), own.body());
        assertEquals(1, store.count());
    }

    @Test
    void deletionsNeedTheTokenToo() throws Exception {
        assertEquals(401, send(to("/api/articles/anything").DELETE()).statusCode());
    }

    @Test
    void loopbackServersNeedNoTokenAndOthersGetOneKeptOwnerOnly(@TempDir Path other) throws IOException {
        assertFalse(AccessControl.forHost("127.0.0.1", other, null, false).writesNeedToken());
        assertFalse(AccessControl.forHost("localhost", other, null, false).writesNeedToken());
        assertFalse(Files.exists(other.resolve(AccessControl.TOKEN_FILE)));
        AccessControl everywhere = AccessControl.forHost("0.0.0.0", other, null, false);
        assertTrue(everywhere.writesNeedToken());
        Path file = other.resolve(AccessControl.TOKEN_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(everywhere.token(), AccessControl.forHost("0.0.0.0", other, null, false).token(), "kept across starts");
        assertEquals("from-env", AccessControl.forHost("0.0.0.0", other, "from-env", false).token());
        assertNotNull(AccessControl.forHost("127.0.0.1", other, null, true).token(), "reads need a token when asked");
        assertNull(AccessControl.open().token());
    }
}
