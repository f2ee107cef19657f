package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run that generates an admin key, creates keys through the API and uses them (good, revoked and wrong ones, on
 * mocks and on the API), then greps every place a secret could leak: the server's logs, call logs, the audit log,
 * the metrics and every answer it gave. Only the one bootstrap line of the generated admin key may hold a secret.
 */
class SecretsIT {

    private static final Pattern BOOTSTRAP = Pattern.compile("Admin API key: (\\S+)");

    @TempDir
    Path work;

    @Test
    void noSecretLeavesTheServerButTheOneBootstrapLine() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home);
        ItHome.write(home.resolve("mocks/vault.json"), "{\"collection\": \"" + MeteredHome.MOCK
                + "\", \"private\": true}");
        List<String> secrets = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        Path logs = work.resolve("tomcat/logs");
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .jvm("-Dmockhost.home=" + home, "-Dmockhost.meterFlushMillis=100"))) {
            Matcher bootstrap = BOOTSTRAP.matcher(Files.readString(logs.resolve("console.log")));
            assertTrue(bootstrap.find(), "a generated admin key is shown once");
            String admin = bootstrap.group(1);
            secrets.add(admin);
            Http http = new Http(tomcat.baseUrl());
            Api api = new Api(http);
            String viewer = created(api.post("keys", admin, "{\"key\": {\"name\": \"viewer\", \"role\": \"viewer\", "
                    + "\"grants\": {\"" + MeteredHome.MOCK + "\": \"view\"}}}"), answers);
            String revoked = created(api.post("keys", admin, "{\"key\": {\"name\": \"gone\", \"role\": \"editor\"}}"),
                    answers);
            secrets.add(viewer);
            secrets.add(revoked);
            answers.add(api.delete("keys/gone", admin).text());
            String wrong = "mh_" + "0123456789abcdef0123456789abcdef";
            secrets.add(wrong);
            for (String key : List.of(viewer, revoked, wrong)) {
                answers.add(body(http.get("vault/ping", "x-api-key", key, "Authorization", "Bearer " + key)));
                answers.add(body(http.get("vault/nothing", "x-api-key", key, "Cookie", "session=" + key)));
                answers.add(api.get("me", key).text());
                answers.add(api.put("mocks/vault", key, "{\"mock\": {\"delay\": {\"type\": \"fixed\", "
                        + "\"duration\": 1}}}").text());
            }
            Thread.sleep(500); // call logs and counts written
            answers.add(api.get("mocks/vault/call-logs", admin).text());
            answers.add(api.get("audit", admin).text());
            answers.add(api.get("keys", admin).text());
            answers.add(api.get("status", admin).text());
            HttpResponse<String> metrics = http.get("api/metrics", "x-api-key", admin);
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(metrics.body().contains("key=\"viewer\""), "metrics name keys by name");
            answers.add(metrics.body());
        }
        List<String> places = new ArrayList<>(answers);
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(log)) {
                    if (!BOOTSTRAP.matcher(line).find()) {
                        places.add(log.getFileName() + ": " + line);
                    }
                }
            }
        }
        int checked = 0;
        for (String place : places) {
            for (String secret : secrets) {
                checked++;
                assertTrue(!place.contains(secret) && !place.contains(secret.substring(3, 19)),
                        "a secret leaked: " + place);
            }
        }
        System.out.println("secrets: " + secrets.size() + " secrets, " + places.size()
                + " answers and log lines, " + checked + " checks, none leaked");
    }

    private static String created(Api.Reply reply, List<String> answers) {
        assertEquals(200, reply.status(), reply.text());
        JsonObject key = reply.object("key");
        // the one answer that carries a secret, by design: the creation of a key
        answers.add(key.getString("name"));
        return key.getString("secret");
    }

    private static String body(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().map() + " " + response.body();
    }
}
