package dev.mockhost.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad bytes over HTTP, on the mock routes and every operation of {@code openapi.json}, with the admin key, without
 * a key and with a wrong one. Seeded ({@code -Dmockhost.fuzz.seed=N}) and bounded; the inputs are the corpus in
 * {@code src/test/resources/fuzz/http/}. Every answer must be one {@link FuzzVerdict} accepts, nothing may be
 * written outside the home's folders, and the server must still answer a normal call afterwards.
 */
class HttpFuzzIT extends DeployedWar {

    private static final long DEFAULT_SEED = 20261202L;
    /** Wrong keys count against mockhost.authFailuresPerMinute (1000 here), shared with the classes run after. */
    private static final int BAD_KEY_BUDGET = 200;
    private static final int SHOWN_FAILURES = 40;
    private static final List<String> LISTS = List.of("mocks", "collections", "environments", "keys");

    @Test
    void badInputGetsCleanAnswersAndLeavesNothingBehind() throws Exception {
        long seed = Long.getLong("mockhost.fuzz.seed", DEFAULT_SEED);
        System.out.println("HttpFuzzIT seed " + seed + " (-Dmockhost.fuzz.seed=N to vary)");
        Api api = new Api(http);
        String run = Long.toString(seed, 36);
        Map<String, String> fixtures = fixtures(api, run);
        Map<String, Set<String>> before = inventory(api);

        FuzzPlan plan = new FuzzPlan(seed, URI.create(base.toString()).getPath(), fixtures.get("collection"));
        List<FuzzPlan.Case> cases = new ArrayList<>(plan.mock("mock petstore", "petstore"));
        cases.addAll(plan.mock("mock unknown", null));
        for (FuzzPlan.Operation operation : operations(api, fixtures)) {
            cases.addAll(plan.api("api", operation));
        }

        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        RawHttp raw = new RawHttp(base.getHost(), base.getPort());
        int badKeys = 0;
        long started = System.nanoTime();
        List<Map.Entry<Long, String>> slowest = new ArrayList<>();
        Map<String, Integer> refusedByTomcat = new java.util.TreeMap<>();
        for (FuzzPlan.Case c : cases) {
            long sent = System.nanoTime();
            FuzzPlan.Key key = c.key() == FuzzPlan.Key.BAD && ++badKeys > BAD_KEY_BUDGET ? FuzzPlan.Key.NONE : c.key();
            int[] count = counts.computeIfAbsent(c.group(), g -> new int[2]);
            count[0]++;
            try {
                RawHttp.Reply reply = raw.send(FuzzPlan.bytes(c.method()), c.target(),
                        FuzzPlan.concat(keyHeader(key, run), c.headers()), c.body());
                FuzzVerdict verdict = FuzzVerdict.of(reply, c.group().startsWith("mock"));
                if (verdict.tomcat()) {
                    count[1]++;
                    refusedByTomcat.merge(reply.status() + " " + c.input(), 1, Integer::sum);
                }
                if (verdict.problem() != null) {
                    failures.add(describe(c, key) + " -> " + verdict.problem() + ": " + reply.statusLine() + " "
                            + shorten(reply.text()));
                }
            } catch (IOException e) {
                failures.add(describe(c, key) + " -> no answer: " + e.getMessage());
            }
            slowest.add(Map.entry((System.nanoTime() - sent) / 1_000_000, describe(c, key)));
        }
        slowest.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        slowest.stream().limit(3).forEach(e -> System.out.println("HttpFuzzIT slowest: " + e.getKey() + " ms "
                + shorten(e.getValue())));
        refusedByTomcat.forEach((input, n) -> System.out.println("HttpFuzzIT Tomcat's own page: " + input + " ("
                + n + "x)"));
        report(counts, Math.min(badKeys, BAD_KEY_BUDGET), (System.nanoTime() - started) / 1_000_000);

        assertEquals(200, http.get("petstore/pets").statusCode(), "the server still answers a normal call");
        assertEquals(200, api.get("status", Api.ADMIN).status());
        List<String> stray = FuzzFootprint.strayFiles(ItHome.root());
        removeWhatTheRunCreated(api, before);
        failures.forEach(f -> System.out.println("FUZZ FAILURE " + f));
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, the first: "
                + String.join("\n", failures.subList(0, Math.min(SHOWN_FAILURES, failures.size()))));
        assertTrue(stray.isEmpty(), "files left behind: " + stray);
    }

    /** A collection, an environment, a mock with a server response and a key the fuzzed writes may change. */
    private static Map<String, String> fixtures(Api api, String run) throws Exception {
        String collection = "fzc-" + run;
        Api.Reply created = api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \""
                + collection + "\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/a\"}, "
                + "\"response\": [{\"name\": \"e\"}]}]}}");
        assertEquals(200, created.status(), created.text());
        String environment = api.post("environments", Api.ADMIN, "{\"environment\": {\"name\": \"fze-" + run
                + "\", \"values\": []}}").object("environment").getString("id");
        String mock = "fzm-" + run;
        assertEquals(200, api.post("mocks", Api.ADMIN, "{\"mock\": {\"name\": \"" + mock + "\", \"collection\": \""
                + collection + "\"}}").status());
        String response = api.post("mocks/" + mock + "/server-responses", Api.ADMIN, "{\"serverResponse\": "
                + "{\"statusCode\": 503}}").object("serverResponse").getString("id");
        String key = "fzk-" + run;
        api.key(key, "viewer", "{}", "null");
        return Map.of("collection", collection, "environment", environment, "mock", mock, "response", response,
                "key", key);
    }

    /**
     * Every documented operation; a path parameter that is not the fuzzed part names a fixture, so bodies reach
     * the checks behind the id. Deletes name nothing that exists: a fixture deleted early would turn later calls
     * into plain 404s. The example and call-log reads use the sample mock, which the mock calls fill.
     */
    private static List<FuzzPlan.Operation> operations(Api api, Map<String, String> fixtures) throws Exception {
        JsonObject paths = api.get("openapi.json", null).json().getJsonObject("paths");
        List<FuzzPlan.Operation> operations = new ArrayList<>();
        paths.forEach((route, item) -> item.asJsonObject().keySet().stream().filter(m -> !m.equals("parameters"))
                .forEach(method -> operations.add(new FuzzPlan.Operation(method.toUpperCase(), route,
                        ids(route, method.toUpperCase(), fixtures)))));
        return operations;
    }

    private static Map<String, String> ids(String route, String method, Map<String, String> fixtures) {
        boolean delete = method.equals("DELETE") && !route.endsWith("publish");
        String id = switch (route.split("/")[1]) {
            case "collections" -> fixtures.get("collection");
            case "environments" -> fixtures.get("environment");
            default -> route.endsWith("/examples") || route.endsWith("/call-logs") ? "petstore" : fixtures.get("mock");
        };
        return Map.of("id", delete && !route.contains("{responseId}") ? "fz-absent" : id,
                "responseId", delete ? "fz-absent" : fixtures.get("response"),
                "name", delete ? "fz-absent" : fixtures.get("key"));
    }

    private static byte[] keyHeader(FuzzPlan.Key key, String run) {
        return switch (key) {
            case ADMIN -> FuzzPlan.bytes("x-api-key: " + Api.ADMIN + "\r\n");
            case NONE -> new byte[0];
            case BAD -> FuzzPlan.bytes("x-api-key: fz-wrong-" + run + "\r\n");
        };
    }

    private static void report(Map<String, int[]> counts, int badKeys, long millis) {
        int tried = 0;
        int tomcat = 0;
        for (Map.Entry<String, int[]> group : counts.entrySet()) {
            System.out.printf("HttpFuzzIT %-52s %5d inputs, %4d answered by Tomcat itself%n", group.getKey(),
                    group.getValue()[0], group.getValue()[1]);
            tried += group.getValue()[0];
            tomcat += group.getValue()[1];
        }
        System.out.printf("HttpFuzzIT total: %d inputs in %d groups, %d answered by Tomcat itself, %d with a wrong "
                + "key, %d ms%n", tried, counts.size(), tomcat, badKeys, millis);
    }

    /** The ids of each list, to delete afterwards what the fuzzed writes created (keys, quick mocks...). */
    private static Map<String, Set<String>> inventory(Api api) throws Exception {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (String list : LISTS) {
            Set<String> found = new HashSet<>();
            for (JsonValue item : api.get(list, Api.ADMIN).json().getJsonArray(list)) {
                JsonObject object = item.asJsonObject();
                found.add(object.containsKey("id") ? object.getString("id") : object.getString("name"));
            }
            ids.put(list, found);
        }
        return ids;
    }

    /** Leaves the home as other test classes expect it: what this run made (fixtures included) goes. */
    private static void removeWhatTheRunCreated(Api api, Map<String, Set<String>> before) throws Exception {
        Map<String, Set<String>> after = inventory(api);
        for (String list : LISTS) {
            Set<String> created = new HashSet<>(after.get(list));
            created.removeAll(before.get(list));
            created.forEach(id -> deleteQuietly(api, list, id));
        }
        for (String list : LISTS) {
            before.get(list).stream().filter(id -> id.startsWith("fz")).forEach(id -> deleteQuietly(api, list, id));
        }
    }

    private static void deleteQuietly(Api api, String list, String id) {
        try {
            api.delete(list + "/" + encode(id), Api.ADMIN);
        } catch (Exception e) {
            System.out.println("HttpFuzzIT could not delete " + list + "/" + id + ": " + e);
        }
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(FuzzPlan.Case c, FuzzPlan.Key key) {
        return "[" + c.group() + ", key " + key + "] " + c.method() + " " + shorten(latin1(c.target()))
                + (c.headers().length > 0 ? " headers " + shorten(latin1(c.headers())) : "")
                + (c.body() != null ? " body " + shorten(latin1(c.body())) : "");
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String shorten(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "...(" + flat.length() + ")" : flat;
    }
}
