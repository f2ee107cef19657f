package dev.mockhost.it;

import dev.mockhost.access.Secrets;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A mounted directory with one public mock and keys, for the tests that count calls across restarts and nodes. */
final class MeteredHome {

    static final String ADMIN = "admin-secret";
    static final String MOCK = "metered";

    private MeteredHome() {
    }

    static void write(Path home, String... keysAndQuotas) throws IOException {
        ItHome.write(home.resolve("collections/" + MOCK + ".json"), """
                {"info": {"name": "metered"}, "item": [{"name": "r", "request": {"url": "/ping"},
                  "response": [{"name": "pong", "code": 200, "body": "pong"}]}]}""");
        for (int i = 0; i + 1 < keysAndQuotas.length; i += 2) {
            writeKey(home, keysAndQuotas[i], keysAndQuotas[i + 1]);
        }
    }

    static void writeKey(Path home, String key, String monthlyQuota) throws IOException {
        ItHome.write(home.resolve("keys/" + key + ".json"), "{\"sha256\": \"" + Secrets.sha256Hex(secret(key))
                + "\", \"monthlyQuota\": " + monthlyQuota + "}");
    }

    static String secret(String key) {
        return key + "-secret";
    }

    static int call(Http http, String key) throws IOException, InterruptedException {
        return http.get(MOCK + "/ping", "x-api-key", secret(key)).statusCode();
    }

    /** The key's usage this month as {@code /api/me} tells it. */
    static long usage(Http http, String key) throws IOException, InterruptedException {
        HttpResponse<String> me = http.get("api/me", "x-api-key", secret(key));
        JsonObject operation = StatusDocument.parse(me.body()).json().getJsonArray("operations").getJsonObject(0);
        return operation.getJsonNumber("usage").longValue();
    }
}
