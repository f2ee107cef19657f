package dev.mockhost.management;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.Snapshot;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids a Postman client sends where Mockhost expects its own: Mockhost names a collection or environment after its
 * file, Postman by the id inside it ({@code _postman_id}, an environment's {@code id}) and often in the uid form
 * {@code <owner>-<id>}. A value that is a Mockhost id stays as it is; else the uid's owner (Postman's numeric user
 * id, or {@code mockhost}) is dropped, and the rest is taken as a Mockhost id or, when exactly one document holds it,
 * as a Postman id. Anything else stays as sent, for the usual "there is none" error.
 */
final class PostmanIds {

    /** Postman's owners are user ids, digits only: so a plain id such as {@code pet-store} is never cut. */
    private static final Pattern UID = Pattern.compile("(?:[0-9]+|mockhost)-(.+)");

    private PostmanIds() {
    }

    /** {@code input} with its {@code collection} and {@code environment} as Mockhost ids. */
    static JsonObject resolve(Snapshot snapshot, JsonObject input) {
        JsonObjectBuilder resolved = Jsonp.PROVIDER.createObjectBuilder(input);
        String collection = MockFiles.text(input, "collection");
        if (collection != null) {
            resolved.add("collection", find("collection", collection, snapshot.collections(), c -> c.id()));
        }
        String environment = MockFiles.text(input, "environment");
        if (environment != null) {
            resolved.add("environment", find("environment", environment, snapshot.environments(), e -> e.id()));
        }
        return resolved.build();
    }

    /** The Mockhost id {@code value} names in {@code documents}; {@code value} itself when it names none. */
    static <T> String find(String what, String value, Map<String, T> documents, Function<T, String> postmanId) {
        if (documents.containsKey(value)) {
            return value;
        }
        Matcher uid = UID.matcher(value);
        String id = uid.matches() ? uid.group(1) : value;
        if (documents.containsKey(id)) {
            return id;
        }
        List<String> holders = documents.entrySet().stream()
                .filter(entry -> id.equals(postmanId.apply(entry.getValue()))).map(Map.Entry::getKey).sorted()
                .toList();
        if (holders.size() > 1) {
            throw Failure.invalid(what, "\"" + value + "\" is the Postman id of several " + what + "s ("
                    + String.join(", ", holders) + "); name one by its Mockhost id");
        }
        return holders.isEmpty() ? value : holders.get(0);
    }
}
