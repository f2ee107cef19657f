package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Grant;
import dev.mockhost.access.Role;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.IfMatch;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management rules without HTTP: who may do what, what each change writes, and that a refused change leaves
 * every stored file as it was. A real directory, loaded and reloaded as the server does.
 */
class ManagementServicesTest {

    private static final String SHOP = """
            {"info": {"name": "Shop"}, "item": [{"name": "pets", "request": {"method": "GET", "url": "/pets"},
              "response": [{"id": "all", "name": "all pets", "code": 200, "body": "[]",
                            "originalRequest": {"method": "GET", "url": "/pets"}}]}]}""";

    private static final ApiKey ADMIN = key("root", Role.ADMIN, Map.of());
    private static final ApiKey EDITOR = key("ed", Role.EDITOR, Map.of("shop", Grant.EDIT));
    private static final ApiKey VIEWER = key("vi", Role.VIEWER, Map.of("shop", Grant.VIEW));
    private static final ApiKey STRANGER = key("other", Role.EDITOR, Map.of("elsewhere", Grant.EDIT));

    @TempDir
    Path home;

    private LoadedWorkspace workspace;
    private MockService mocks;

    @BeforeEach
    void load() throws Exception {
        Files.createDirectories(home.resolve("collections"));
        Files.writeString(home.resolve("collections/shop.json"), SHOP);
        workspace = new LoadedWorkspace(home);
        mocks = new MockService(workspace);
        new KeyService(workspace, new SecureRandom()).create(ADMIN, json("{\"name\": \"root\", "
                + "\"role\": \"admin\"}"));
    }

    @Test
    void anEditorCreatesAPrivateMockThatIsServedAtOnce() {
        CompiledMock mock = mocks.create(EDITOR, json("{\"name\": \"shop-private\", \"collection\": \"shop\", "
                + "\"private\": true}")).value();
        assertTrue(mock.definition().isPrivate());
        assertEquals(1, mock.exampleCount());
        assertNotNull(workspace.current().mock("shop-private"), "the reload happened before the answer");
        assertTrue(Files.exists(home.resolve("mocks/shop-private.json")));
    }

    @Test
    void publishFlipsPrivacyAndKeepsEverythingElse() {
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\", \"private\": true, "
                + "\"config\": {\"matchBody\": true}}"));
        CompiledMock published = mocks.publish(EDITOR, "m", false, IfMatch.NONE).value();
        assertFalse(published.definition().isPrivate());
        assertTrue(published.definition().match().matchBody(), "the config survives");
        assertTrue(mocks.publish(EDITOR, "m", true, IfMatch.NONE).value().definition().isPrivate());
    }

    @Test
    void whoMayDoWhat() {
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\", \"private\": true}"));
        assertEquals("m", mocks.get(VIEWER, "m").name(), "a viewer sees");
        failsWith(ErrorName.FORBIDDEN, () -> mocks.publish(VIEWER, "m", false, IfMatch.NONE));
        failsWith(ErrorName.INSTANCE_NOT_FOUND, () -> mocks.get(STRANGER, "m")); // as if there were none
        failsWith(ErrorName.FORBIDDEN, () -> mocks.create(STRANGER, json("{\"name\": \"n\", \"collection\": "
                + "\"shop\"}")));
        failsWith(ErrorName.INSTANCE_NOT_FOUND, () -> mocks.get(ADMIN, "nope"));
        assertEquals(1, mocks.list(VIEWER).size(), "m; the collection has a mock file now, so no implicit mock");
        assertEquals(0, mocks.list(STRANGER).size());
    }

    @Test
    void aPublicMocksExamplesAreListedWithoutAKeyAPrivateOnesNeedOne() {
        mocks.create(ADMIN, json("{\"name\": \"open\", \"collection\": \"shop\"}"));
        mocks.create(ADMIN, json("{\"name\": \"closed\", \"collection\": \"shop\", \"private\": true}"));
        assertEquals("open", mocks.examplesOf(null, "open").name());
        failsWith(ErrorName.INSTANCE_NOT_FOUND, () -> mocks.examplesOf(null, "closed"));
        failsWith(ErrorName.INSTANCE_NOT_FOUND, () -> mocks.examplesOf(STRANGER, "closed"));
        assertEquals("closed", mocks.examplesOf(VIEWER, "closed").name());
    }

    @Test
    void onlyAdminsNameAnotherKeyAsOwner() {
        Failure refused = failsWith(ErrorName.FORBIDDEN, () -> mocks.create(EDITOR, json("{\"name\": \"m\", "
                + "\"collection\": \"shop\", \"owner\": \"root\"}")));
        assertTrue(refused.getMessage().contains("\"ed\" (editor)"), refused.getMessage());
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\", \"private\": true}"));
        byte[] before = Files.readAllBytes(home.resolve("mocks/m.json"));
        Failure failure = failsWith(ErrorName.INVALID_PARAM, () -> mocks.update(ADMIN, "m",
                json("{\"collection\": \"missing\"}"), IfMatch.NONE));
        assertEquals("collection", failure.body().field());
        assertArrayEquals(before, Files.readAllBytes(home.resolve("mocks/m.json")), "nothing stored was lost");
        assertEquals("name", failsWith(ErrorName.INVALID_PARAM, () -> mocks.create(ADMIN,
                json("{\"name\": \"../up\", \"collection\": \"shop\"}"))).body().field());
        failsWith(ErrorName.CONFLICT, () -> mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\"}")));
    }

    /** The rules the file readers hold (a key's role, a mock's delay) name their field like the services' own. */
    @Test
    void fieldsCheckedByTheFileReadersAreNamedToo() {
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\"}"));
        assertEquals("delay", failsWith(ErrorName.INVALID_PARAM, () -> mocks.update(ADMIN, "m",
                json("{\"config\": {\"delay\": 0.5}}"), IfMatch.NONE)).body().field());
        KeyService keys = new KeyService(workspace, new SecureRandom());
        keys.create(ADMIN, json("{\"name\": \"ci\"}"));
        Map.of("role", "{\"role\": \"\\u202Eadmin\"}", "grants", "{\"grants\": [\"shop\"]}",
                "monthlyQuota", "{\"monthlyQuota\": 1e400}").forEach((field, body) -> assertEquals(field,
                failsWith(ErrorName.INVALID_PARAM, () -> keys.update(ADMIN, "ci", json(body), IfMatch.NONE))
                        .body().field(), body));
    }

    @Test
    void theImplicitMockOfACollectionCannotBeDeleted() {
        failsWith(ErrorName.CONFLICT, () -> mocks.delete(ADMIN, "shop", IfMatch.NONE));
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\"}"));
        mocks.delete(EDITOR, "m", IfMatch.NONE);
        assertNull(workspace.current().mock("m"));
    }

    @Test
    void aServerResponseAnswersOnlyWhileActive() {
        mocks.create(ADMIN, json("{\"name\": \"m\", \"collection\": \"shop\"}"));
        ServerResponseService responses = new ServerResponseService(workspace);
        failsWith(ErrorName.INVALID_PARAM, () -> responses.create(EDITOR, "m", json("{\"statusCode\": 404}"), IfMatch.NONE));
        ServerResponseService.Saved saved = responses.create(EDITOR, "m", json("{\"name\": \"down\", "
                + "\"statusCode\": 503}"), IfMatch.NONE).value();
        assertFalse(saved.active());
        mocks.update(EDITOR, "m", json("{\"config\": {\"serverResponseId\": \"" + saved.response().id() + "\"}}"), IfMatch.NONE);
        assertEquals("down", workspace.current().mock("m").definition().activeServerResponse().name());
        responses.delete(EDITOR, "m", saved.response().id(), IfMatch.NONE);
        assertNull(workspace.current().mock("m").definition().activeServerResponse(), "deleting it deactivates");
    }

    @Test
    void keysAreAdminsOnlyAndTheSecretIsGivenOnce() throws Exception {
        KeyService keys = new KeyService(workspace, new SecureRandom());
        failsWith(ErrorName.FORBIDDEN, () -> keys.list(EDITOR));
        KeyService.Created created = keys.create(ADMIN, json("{\"name\": \"ci\", \"role\": \"editor\", "
                + "\"grants\": {\"shop\": \"edit\"}, \"monthlyQuota\": 100}"));
        assertEquals(created.key().name(), workspace.current().keys().authenticate(created.secret()).name());
        String file = Files.readString(home.resolve("keys/ci.json"), StandardCharsets.UTF_8);
        assertFalse(file.contains(created.secret()), "only its hash is stored");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("keys/ci.json"))), "readable by the server's user alone");
        assertEquals(5L, keys.update(ADMIN, "ci", json("{\"monthlyQuota\": 5}"), IfMatch.NONE).value().monthlyQuota());
        failsWith(ErrorName.INVALID_PARAM, () -> keys.update(ADMIN, "ci", json("{\"role\": \"owner\"}"), IfMatch.NONE));
        assertEquals(5L, workspace.current().keys().named("ci").monthlyQuota(), "a refused change kept the key");
        keys.revoke(ADMIN, "ci", IfMatch.NONE);
        assertNull(workspace.current().keys().authenticate(created.secret()));
    }

    @Test
    void aQuickMockIsACollectionAndAPublicMockOwnedByItsMaker() {
        CompiledMock quick = new QuickMockService(workspace).create(ADMIN, json("{\"name\": \"hello\", "
                + "\"path\": \"/hi\", \"body\": \"{}\"}"));
        assertFalse(quick.definition().isPrivate());
        assertEquals("root", quick.definition().owner());
        assertEquals(1, quick.exampleCount());
        failsWith(ErrorName.CONFLICT, () -> new QuickMockService(workspace).create(ADMIN, json("{\"name\": "
                + "\"shop\"}")));
    }

    @Test
    void whileStartingEveryServiceSaysSo() {
        MockService starting = new MockService(new dev.mockhost.repository.Workspace() {
            @Override
            public dev.mockhost.repository.Snapshot current() {
                return null;
            }

            @Override
            public dev.mockhost.repository.HomeWriter writer() {
                throw new AssertionError("nothing is written while starting");
            }
        });
        failsWith(ErrorName.SERVER_STARTING, () -> starting.list(ADMIN));
    }

    private static Failure failsWith(ErrorName name, Executable action) {
        Failure failure = assertThrows(Failure.class, action);
        assertEquals(name, failure.body().name(), failure.getMessage());
        return failure;
    }

    private static JsonObject json(String text) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static ApiKey key(String name, Role role, Map<String, Grant> grants) {
        return new ApiKey(name, new byte[32], role, grants, null);
    }
}
