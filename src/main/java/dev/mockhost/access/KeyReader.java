package dev.mockhost.access;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.JsonFields;
import dev.mockhost.collection.LocatedJson;
import dev.mockhost.collection.Parsed;
import dev.mockhost.collection.Problem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code keys/<name>.json}: {@code {"name", "sha256", "role", "grants": {"conf": "view"}, "monthlyQuota"}}.
 * The key's name is its file's name; a different {@code name} inside is reported and ignored.
 */
public final class KeyReader {

    public Parsed<ApiKey> read(String file, String keyName, byte[] bytes) throws InvalidFileException {
        LocatedJson doc = LocatedJson.parse(file, bytes);
        if (!(doc.root() instanceof JsonObject root)) {
            throw new InvalidFileException(Problem.ofFile(file, "an API key file is a JSON object"));
        }
        List<Problem> warnings = new ArrayList<>();
        String name = JsonFields.text(root, "name");
        if (name != null && !name.equals(keyName)) {
            warnings.add(doc.problem(root, "\"name\" is \"" + name + "\" but a key is named after its file: \""
                    + keyName + "\""));
        }
        String hash = JsonFields.text(root, "sha256");
        if (hash == null || !hash.strip().matches("[0-9a-fA-F]{64}")) {
            throw new InvalidFileException(doc.problem(root, "\"sha256\" must be the 64 hex digits of the SHA-256 "
                    + "of the key's secret (for example: printf %s \"$SECRET\" | sha256sum)"), "sha256");
        }
        String roleText = JsonFields.textOr(root, "role", "viewer");
        Role role = Role.parse(roleText);
        if (role == null) {
            throw new InvalidFileException(doc.problem(root, "\"role\" must be viewer, editor or admin, not \""
                    + roleText + "\""), "role");
        }
        return new Parsed<>(new ApiKey(keyName, HexFormat.of().parseHex(hash.strip().toLowerCase()), role,
                grants(doc, root), quota(doc, root)), warnings);
    }

    private static Map<String, Grant> grants(LocatedJson doc, JsonObject root) throws InvalidFileException {
        Map<String, Grant> grants = new LinkedHashMap<>();
        JsonValue value = root.get("grants");
        if (value == null || value == JsonValue.NULL) {
            return grants;
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidFileException(doc.problem(root, "\"grants\" must be an object: collection -> view or edit"),
                    "grants");
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            Grant grant = entry.getValue() instanceof JsonString s ? Grant.parse(s.getString()) : null;
            if (grant == null) {
                throw new InvalidFileException(doc.problem(object, "grant for \"" + entry.getKey()
                        + "\" must be \"view\" or \"edit\", not " + entry.getValue()), "grants");
            }
            grants.put(entry.getKey(), grant);
        }
        return grants;
    }

    private static Long quota(LocatedJson doc, JsonObject root) throws InvalidFileException {
        JsonValue value = root.get("monthlyQuota");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.toString().length() < 19
                && number.longValue() >= 0) {
            return number.longValue();
        }
        throw new InvalidFileException(doc.problem(root, "\"monthlyQuota\" must be a whole number of calls, 0 or more, "
                + "or null for unlimited; not " + value), "monthlyQuota");
    }
}
