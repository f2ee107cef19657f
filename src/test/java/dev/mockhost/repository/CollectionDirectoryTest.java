package dev.mockhost.repository;

import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.Problem;
import dev.mockhost.collection.RequestItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A v3 collection directory put together by Postman's layout, each file keeping its last good version. */
class CollectionDirectoryTest {

    @TempDir
    Path root;

    private Path shop;
    private CollectionDirectory directory;

    @BeforeEach
    void layout() throws Exception {
        shop = root.resolve("Pet Shop");
        write(".resources/definition.yaml", """
                $kind: collection
                id: shop-id
                name: Pet Shop
                variables:
                  host: shop.example
                  tier: collection
                """);
        write("Pets/.resources/definition.yaml", """
                $kind: collection
                name: All the pets
                order: 2000
                variables:
                  - key: tier
                    value: pets
                """);
        write("Pets/Cats/.resources/definition.yaml", "$kind: collection\norder: 3000\nvariables:\n  tier: cats\n");
        write("Pets/Get pet.request.yaml", "url: \"{{host}}/pets/:id\"\nmethod: GET\norder: 1000\n");
        write("Pets/.resources/Get pet.resources/examples/200 OK.example.yaml", """
                id: kept-id
                response:
                  statusCode: 200
                  body:
                    type: json
                    content: '{"id": 1}'
                order: 1000
                """);
        write("Pets/.resources/Get pet.resources/examples/404 Not Found.example.yaml", """
                response:
                  statusCode: 404
                order: 2000
                """);
        write("Pets/Cats/List cats.request.yaml", "url: /cats\nmethod: GET\n");
        write("Pets/Cats/.resources/List cats.resources/examples/Cats.example.yaml",
                "response:\n  statusCode: 200\n");
        write("Health.request.yaml", "url: /health\nmethod: GET\norder: 1000\n");
        write(".resources/Health.resources/examples/Up.example.yaml", "response:\n  statusCode: 200\n");
        write(".git/config", "not part of the collection");
        directory = new CollectionDirectory(shop, "collections/Pet Shop",
                new CollectionDirectory.Limits(1_000_000, 1000, () -> false));
    }

    private void write(String relative, String content) throws Exception {
        Path file = shop.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        // a later write must look changed even within the file system's time resolution
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(writes++)));
    }

    private static int writes;

    @Test
    void foldersRequestsAndExamplesFollowTheLayoutAndTheirOrder() throws Exception {
        CollectionDirectory.Result read = directory.read();
        PostmanCollection collection = read.collection();
        assertEquals(List.of(), read.errors());
        assertEquals("shop-id", collection.id());
        assertEquals("Pet Shop", collection.name());
        assertEquals(List.of("Health", "Get pet", "List cats"), collection.requests().stream()
                .map(RequestItem::name).toList(), "the top folder's request (1000) before the folder (2000)");
        RequestItem cats = collection.requests().get(2);
        assertEquals(List.of("All the pets", "Cats"), cats.folders(), "a folder's name from its definition");
        RequestItem pet = collection.requests().get(1);
        assertEquals(List.of("200 OK", "404 Not Found"), pet.examples().stream().map(Example::name).toList());
        assertEquals("kept-id", pet.examples().get(0).id());
        assertEquals(List.of("pets", ":id"), pet.examples().get(1).request().url().path(),
                "an example without a request takes its request file's");
        assertEquals(4, collection.exampleCount());
    }

    @Test
    void theNearestFolderVariableWins() throws Exception {
        PostmanCollection collection = directory.read().collection();
        assertEquals(List.of(new NameValue("host", "shop.example"), new NameValue("tier", "collection")),
                collection.variables());
        assertEquals(List.of(), collection.requests().get(0).folderVariables());
        assertEquals(List.of(new NameValue("tier", "pets")), collection.requests().get(1).folderVariables());
        assertEquals(List.of(new NameValue("tier", "cats")), collection.requests().get(2).folderVariables());
    }

    @Test
    void derivedIdsAreStableAndDistinct() throws Exception {
        String first = directory.read().collection().requests().get(1).examples().get(1).id();
        CollectionDirectory again = new CollectionDirectory(shop, "collections/Pet Shop",
                new CollectionDirectory.Limits(1_000_000, 1000, () -> false));
        assertEquals(first, again.read().collection().requests().get(1).examples().get(1).id());
        assertNotEquals(first, directory.read().collection().requests().get(0).examples().get(0).id());
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionAndTheRestIsServed() throws Exception {
        directory.read();
        write("Pets/.resources/Get pet.resources/examples/404 Not Found.example.yaml",
                "response:\n  statusCode: 404\n  headers: {{oops}}\n");
        write("Pets/Cats/New.request.yaml", "url: [unclosed\n");
        CollectionDirectory.Result read = directory.read();
        assertEquals(2, read.errors().size(), read.errors().toString());
        Problem example = read.errors().stream().filter(p -> p.file().contains("404")).findFirst().orElseThrow();
        assertEquals("collections/Pet Shop/Pets/.resources/Get pet.resources/examples/404 Not Found.example.yaml",
                example.file());
        assertEquals(3, example.line());
        assertTrue(example.column() > 0);
        assertEquals(4, read.collection().exampleCount(), "the last good version of the example stays");
        write("Pets/.resources/Get pet.resources/examples/404 Not Found.example.yaml",
                "response:\n  statusCode: 410\n");
        Files.delete(shop.resolve("Pets/Cats/New.request.yaml"));
        read = directory.read();
        assertEquals(List.of(), read.errors());
        assertEquals(410, read.collection().requests().get(1).examples().get(1).code());
    }

    @Test
    void anExampleOfARequestFileThatNeverReadServesWithItsOwnRequest() throws Exception {
        write("Broken.request.yaml", "url: {{baseUrl}}/x\n");
        write(".resources/Broken.resources/examples/Own.example.yaml",
                "request:\n  url: /own\n  method: PUT\nresponse:\n  statusCode: 202\n");
        CollectionDirectory.Result read = directory.read();
        assertEquals(1, read.errors().size());
        RequestItem broken = read.collection().requests().stream().filter(r -> r.name().equals("Broken"))
                .findFirst().orElseThrow();
        assertEquals("PUT", broken.examples().get(0).request().method());
        assertEquals(5, read.collection().exampleCount());
    }

    @Test
    void moreExamplesThanTheLimitKeepTheLastGoodVersion() throws Exception {
        CollectionDirectory small = new CollectionDirectory(shop, "collections/Pet Shop",
                new CollectionDirectory.Limits(1_000_000, 3, () -> false));
        CollectionDirectory.TooLarge tooLarge = org.junit.jupiter.api.Assertions.assertThrows(
                CollectionDirectory.TooLarge.class, small::read);
        assertTrue(tooLarge.problem().message().contains("mockhost.maxExamplesPerMock"), tooLarge.getMessage());
    }
}
