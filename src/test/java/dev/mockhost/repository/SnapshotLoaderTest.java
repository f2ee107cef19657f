package dev.mockhost.repository;

import dev.mockhost.collection.Problem;
import dev.mockhost.mock.CompiledMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotLoaderTest {

    private static final String COLLECTION = """
            {"info": {"name": "%s"}, "item": [{"name": "r", "request": {"url": "/a"},
              "response": [{"name": "e", "code": 200, "body": "{{greeting}}"}]}]}
            """;

    @TempDir
    Path root;

    private HomeDirectory home;
    private SnapshotLoader loader;

    @BeforeEach
    void setUp() throws Exception {
        home = new HomeDirectory(root);
        home.prepare();
        loader = new SnapshotLoader(home, 1_000_000, Clock.systemUTC());
    }

    private Path write(String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void mockIsNamedAfterItsFileWithoutPostmansSuffix() throws Exception {
        write("collections/shop.postman_collection.json", COLLECTION.formatted("Shop"));
        Snapshot snapshot = loader.loadAll();
        CompiledMock mock = snapshot.mock("shop");
        assertNotNull(mock);
        assertEquals("Shop", mock.collectionName());
        assertEquals("collections/shop.postman_collection.json", mock.collectionFile());
    }

    @Test
    void environmentOfTheSameNameIsUsed() throws Exception {
        write("collections/shop.json", COLLECTION.formatted("Shop"));
        write("environments/shop.postman_environment.json",
                "{\"name\": \"e\", \"values\": [{\"key\": \"greeting\", \"value\": \"hello\"}]}");
        CompiledMock mock = loader.loadAll().mock("shop");
        assertEquals("shop", mock.definition().environment());
    }

    private static final String V3_REQUEST = "url: \"{{baseUrl}}/users/{{userId}}\"\nmethod: GET\n";
    private static final String V3_EXAMPLE = "response:\n  statusCode: 200\n  body:\n    type: text\n"
            + "    content: \"user {{userId}} of {{tier}}\"\n";

    private void v3(Path directory, String definitionVariables) throws Exception {
        Files.createDirectories(directory.resolve(".resources/Get user.resources/examples"));
        Files.writeString(directory.resolve(".resources/definition.yaml"), "$kind: collection\nname: DIS APIs\n"
                + "variables:\n" + definitionVariables);
        Files.writeString(directory.resolve("Get user.request.yaml"), V3_REQUEST);
        Files.writeString(directory.resolve(".resources/Get user.resources/examples/OK.example.yaml"), V3_EXAMPLE);
    }

    @Test
    void aV3DirectoryIsServedUnderItsNameAsASlugBesideJsonFiles() throws Exception {
        write("collections/shop.json", COLLECTION.formatted("Shop"));
        v3(root.resolve("collections/DIS APIs"), "  tier: gold\n");
        Snapshot snapshot = loader.loadAll();
        assertNotNull(snapshot.mock("shop"));
        CompiledMock dis = snapshot.mock("dis-apis");
        assertNotNull(dis, snapshot.mocks().keySet().toString());
        assertEquals("DIS APIs", dis.collectionName());
        assertEquals("collections/DIS APIs", dis.collectionFile());
        assertEquals(dev.mockhost.collection.CollectionSchema.V3, snapshot.collections().get("dis-apis").schema());
        assertEquals(1, dis.exampleCount());
    }

    @Test
    void aCheckoutsPostmanFolderIsServedWithItsYamlEnvironments() throws Exception {
        v3(root.resolve("postman/collections/DIS APIs"), "  tier: gold\n");
        Files.createDirectories(root.resolve("postman/environments"));
        Files.writeString(root.resolve("postman/environments/PRD-US.environment.yaml"),
                "name: PRD-US\nvalues:\n  - key: tier\n    value: platinum\n    enabled: true\n"
                        + "  - key: off\n    value: x\n    enabled: false\n");
        Files.writeString(root.resolve("environments/dev.environment.yaml"), "name: dev\nvalues: []\n");
        Snapshot snapshot = loader.loadAll();
        assertNotNull(snapshot.mock("dis-apis"));
        assertEquals("postman/collections/DIS APIs", snapshot.mock("dis-apis").collectionFile());
        assertEquals(List.of(new dev.mockhost.collection.NameValue("tier", "platinum")),
                snapshot.environments().get("PRD-US").values(), "enabled: false drops the value");
        assertNotNull(snapshot.environments().get("dev"));
    }

    @Test
    void aCheckoutElsewhereIsServedAndWatched() throws Exception {
        Path checkout = Files.createDirectories(root.resolveSibling(root.getFileName() + "-checkout"));
        v3(checkout.resolve("postman/collections/Shop"), "  tier: gold\n");
        HomeDirectory withCheckout = new HomeDirectory(root, HomeDirectory.postmanFolder(checkout));
        SnapshotLoader elsewhere = new SnapshotLoader(withCheckout, 1_000_000, Clock.systemUTC());
        assertNotNull(elsewhere.loadAll().mock("shop"));
        assertEquals(List.of(root, checkout.resolve("postman")), elsewhere.roots());
        Path example = checkout.resolve("postman/collections/Shop/.resources/Get user.resources/examples/OK.example.yaml");
        assertTrue(elsewhere.watches(example, false));
        assertTrue(elsewhere.watches(example.getParent(), true));
        assertTrue(!elsewhere.watches(checkout.resolve("postman/collections/Shop/.git"), true), "not the .git folder");
        Files.writeString(example, V3_EXAMPLE.replace("200", "203"));
        assertEquals(203, elsewhere.reload(List.of(example)).mock("shop").routes().routes().get(0).code());
    }

    @Test
    void aChangeToOneFileOfAV3DirectoryRebuildsThatCollectionAlone() throws Exception {
        v3(root.resolve("collections/one"), "  tier: gold\n");
        v3(root.resolve("collections/two"), "  tier: gold\n");
        Snapshot first = loader.loadAll();
        Path example = root.resolve("collections/one/.resources/Get user.resources/examples/OK.example.yaml");
        Files.writeString(example, V3_EXAMPLE.replace("200", "201"));
        Snapshot second = loader.reload(List.of(example, example.getParent()));
        assertSame(first.mock("two"), second.mock("two"), "the other collection is not recompiled");
        assertEquals(201, second.mock("one").routes().routes().get(0).code());
        Path directory = root.resolve("collections/one");
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertNull(loader.reload(List.of(example)).mock("one"), "a deleted directory is forgotten");
    }

    @Test
    void brokenFileKeepsItsLastGoodVersionAndReportsTheError() throws Exception {
        Path file = write("collections/shop.json", COLLECTION.formatted("Shop"));
        CompiledMock before = loader.loadAll().mock("shop");
        Files.writeString(file, "{\"info\": ");
        Snapshot after = loader.reload(List.of(file));
        assertSame(before, after.mock("shop"), "the last good version is still served, not recompiled");
        Problem error = after.errors().get(0);
        assertEquals("collections/shop.json", error.file());
        assertEquals(1, error.line());
    }

    @Test
    void brokenNewFileIsReportedAndNotServed() throws Exception {
        Path file = write("collections/new.json", "not json");
        Snapshot snapshot = loader.reload(List.of(file));
        assertNull(snapshot.mock("new"));
        assertEquals("collections/new.json", snapshot.errors().get(0).file());
    }

    @Test
    void deletedFileIsForgotten() throws Exception {
        Path file = write("collections/shop.json", COLLECTION.formatted("Shop"));
        loader.loadAll();
        Files.delete(file);
        assertNull(loader.reload(List.of(file)).mock("shop"));
    }

    @Test
    void reservedAndDuplicateNamesAreErrors() throws Exception {
        write("collections/api.json", COLLECTION.formatted("Api"));
        write("collections/shop.json", COLLECTION.formatted("One"));
        write("collections/shop.postman_collection.json", COLLECTION.formatted("Two"));
        Snapshot snapshot = loader.loadAll();
        assertNull(snapshot.mock("api"));
        assertEquals("One", snapshot.mock("shop").collectionName());
        assertEquals(2, snapshot.errors().size(), snapshot.errors().toString());
        assertTrue(snapshot.errors().stream().anyMatch(p -> p.message().contains("reserved")));
        assertTrue(snapshot.errors().stream().anyMatch(p -> p.message().contains("already has the name")));
    }

    @Test
    void oversizedFileIsRefusedWithTheLimitNamed() throws Exception {
        SnapshotLoader small = new SnapshotLoader(home, 10, Clock.systemUTC());
        write("collections/shop.json", COLLECTION.formatted("Shop"));
        Snapshot snapshot = small.loadAll();
        assertTrue(snapshot.errors().get(0).message().contains("mockhost.maxFileBytes"));
    }

    @Test
    void unchangedMocksAreReusedAcrossReloads() throws Exception {
        write("collections/a.json", COLLECTION.formatted("A"));
        Path b = write("collections/b.json", COLLECTION.formatted("B"));
        Snapshot first = loader.loadAll();
        Files.writeString(b, COLLECTION.formatted("B2"));
        Snapshot second = loader.reload(List.of(b));
        assertSame(first.mock("a"), second.mock("a"));
        assertEquals("B2", second.mock("b").collectionName());
        assertEquals(first.generation() + 1, second.generation());
    }

    @Test
    void mockFileServesACollectionUnderItsOwnNameAndHidesTheImplicitMock() throws Exception {
        write("collections/conf.json", COLLECTION.formatted("Conference"));
        write("environments/dev.json", "{\"name\": \"dev\", \"values\": []}");
        write("mocks/priv.json", "{\"collection\": \"conf\", \"environment\": \"dev\", \"private\": true, "
                + "\"owner\": \"alice\"}");
        Snapshot snapshot = loader.loadAll();
        assertNull(snapshot.mock("conf"), "a collection served by a mock file gets no public twin");
        CompiledMock priv = snapshot.mock("priv");
        assertTrue(priv.definition().isPrivate());
        assertEquals("alice", priv.definition().owner());
        assertEquals("dev", priv.definition().environment());
        assertEquals("Conference", priv.collectionName());
    }

    @Test
    void mockFileForAMissingCollectionIsAnError() throws Exception {
        write("mocks/lost.json", "{\"collection\": \"nowhere\"}");
        Snapshot snapshot = loader.loadAll();
        assertNull(snapshot.mock("lost"));
        assertTrue(snapshot.errors().get(0).message().contains("nowhere"), snapshot.errors().toString());
    }

    @Test
    void brokenMockFileKeepsItsLastGoodVersion() throws Exception {
        write("collections/conf.json", COLLECTION.formatted("Conference"));
        Path mock = write("mocks/priv.json", "{\"collection\": \"conf\", \"private\": true}");
        loader.loadAll();
        Files.writeString(mock, "{\"collection\": ");
        Snapshot snapshot = loader.reload(List.of(mock));
        assertTrue(snapshot.mock("priv").definition().isPrivate(), "still private: a broken file never opens a mock");
        assertEquals("mocks/priv.json", snapshot.errors().get(0).file());
    }

    @Test
    void aMockFileThatCannotBeServedKeepsItsCollectionFromTurningPublic() throws Exception {
        write("collections/petstore.json", COLLECTION.formatted("Pets"));
        write("collections/shop.json", COLLECTION.formatted("Shop"));
        write("mocks/petstore.json", "{\"collection\": \"petstore\", \"private\": true, \"delay\": {\"max\": 999999}}");
        write("mocks/api.json", "{\"collection\": \"shop\", \"private\": true}");
        Snapshot snapshot = loader.loadAll();
        assertNull(snapshot.mock("petstore"), "a never-good mock file: its collection is not served publicly");
        assertNull(snapshot.mock("shop"), "a mock file with a reserved name: same");
        assertEquals(2, snapshot.errors().size(), snapshot.errors().toString());
    }

    @Test
    void keysAreReadFromKeysFolder() throws Exception {
        write("keys/alice.json", "{\"sha256\": \"" + dev.mockhost.access.Secrets.sha256Hex("s3cret")
                + "\", \"grants\": {\"conf\": \"view\"}}");
        write("keys/broken.json", "{\"sha256\": \"nope\"}");
        Snapshot snapshot = loader.loadAll();
        assertEquals("alice", snapshot.keys().authenticate("s3cret").name());
        assertEquals("keys/broken.json", snapshot.errors().get(0).file());
    }

    @Test
    void hiddenAndNonJsonFilesAreIgnored() throws Exception {
        write("collections/.shop.json.tmp", "partial");
        write("collections/notes.txt", "hello");
        Snapshot snapshot = loader.loadAll();
        assertTrue(snapshot.mocks().isEmpty());
        assertTrue(snapshot.errors().isEmpty());
    }
}
