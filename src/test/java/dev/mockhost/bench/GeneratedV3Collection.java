package dev.mockhost.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * {@link GeneratedCollection}'s examples in Postman's v3 layout, a directory of YAML files: the same paths and bodies,
 * so a v3 mock answers what the v2.1 one does. Examples are grouped {@code examplesPerRequest} to a request file, each
 * saving its own request ({@code GET {{baseUrl}}/items/<id>}), because every request file brings two directories of
 * its own ({@code .resources/<stem>.resources/examples/}) that each poll of the watcher lists: 10,000 requests would
 * make a test of the watcher's scan rather than of what it serves.
 */
public record GeneratedV3Collection(GeneratedCollection examples, int examplesPerRequest) {

    /** Writes the whole collection into {@code directory}: its definition, request files and example files. */
    public void writeTo(Path directory) throws IOException {
        write(directory.resolve(".resources/definition.yaml"), "$kind: collection\nid: "
                + UUID.nameUUIDFromBytes(examples.name().getBytes(StandardCharsets.UTF_8)) + "\nname: "
                + examples.name() + "\nvariables:\n  baseUrl: https://api.example.com\n");
        for (int first = 1; first <= examples.examples(); first += examplesPerRequest) {
            write(directory.resolve(stem(first) + ".request.yaml"), "$kind: http-request\nname: " + stem(first)
                    + "\nurl: \"{{baseUrl}}/" + examples.path(first) + "\"\nmethod: GET\norder: " + first + "\n");
        }
        for (int n = 1; n <= examples.examples(); n++) {
            writeExample(directory, n);
        }
    }

    /** Writes example {@code n} (1-based) alone, in place, as Git or an editor writes a file. */
    public void writeExample(Path directory, int n) throws IOException {
        String id = examples.ids().id(n);
        write(exampleFile(directory, n), "$kind: http-example\nname: item " + id
                + "\nrequest:\n  url: \"{{baseUrl}}/" + examples.path(n) + "\"\n  method: GET\n"
                + "response:\n  statusCode: 200\n  statusText: OK\n  headers:\n    Content-Type: application/json\n"
                + "  body:\n    type: json\n    content: " + quoted(examples.body(n)) + "\norder: " + n + "\n");
    }

    /** Where example {@code n} is kept: beside its request, in {@code .resources/<stem>.resources/examples/}. */
    public Path exampleFile(Path directory, int n) {
        return directory.resolve(".resources/" + stem(requestOf(n)) + ".resources/examples/item "
                + examples.ids().id(n) + ".example.yaml");
    }

    private int requestOf(int n) {
        return (n - 1) / examplesPerRequest * examplesPerRequest + 1;
    }

    private String stem(int first) {
        return "items " + first + "-" + Math.min(examples.examples(), first + examplesPerRequest - 1);
    }

    /** A YAML double-quoted scalar; the bodies hold quotes and line breaks only, nothing else to escape. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
