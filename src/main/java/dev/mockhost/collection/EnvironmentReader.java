package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Reads Postman environments: JSON exports ({@code {"name", "values": [{key, value, enabled}]}}) and the YAML files
 * of Postman's Git layout ({@code *.environment.yaml}, the same fields), told apart by the file name.
 */
public final class EnvironmentReader {

    public Parsed<Environment> read(String file, byte[] bytes) throws InvalidFileException {
        LocatedJson doc = file.endsWith(".yaml") ? YamlDocument.parse(file, bytes) : LocatedJson.parse(file, bytes);
        if (!(doc.root() instanceof JsonObject root)) {
            throw new InvalidFileException(Problem.ofFile(file,
                    "a Postman environment is a JSON object, this file holds a JSON "
                            + CollectionReader.kind(doc.root())));
        }
        if (root.containsKey("item") && root.containsKey("info")) {
            throw new InvalidFileException(doc.problem(root,
                    "this is a collection, not an environment; move it to collections/"));
        }
        if (!(root.get("values") instanceof JsonArray values)) {
            throw new InvalidFileException(doc.problem(root,
                    "not a Postman environment: there is no \"values\" list"));
        }
        String name = JsonFields.textOr(root, "name", file);
        String id = JsonFields.text(root, "id");
        if (id == null || id.isBlank()) {
            id = UUID.nameUUIDFromBytes(("environment:" + file).getBytes(StandardCharsets.UTF_8)).toString();
        }
        return new Parsed<>(new Environment(id, name, JsonFields.enabledPairs(values)), List.of());
    }
}
