package dev.mockhost.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the corpus into requests for one target group: every line of each dimension (path id, query, headers,
 * Content-Type, body) is tried, alone, on a seeded share of the groups, the other parts of the request left as a
 * normal call would send them. The same seed gives the same requests.
 */
final class FuzzPlan {

    /** Who the request says it is. */
    enum Key { ADMIN, NONE, BAD }

    /** One request to send; {@code body} null sends none; {@code input} names the corpus line it tries. */
    record Case(String group, String input, String method, byte[] target, byte[] headers, byte[] body, Key key) {
    }

    /** A documented operation and the ids its path parameters take when they are not the fuzzed part. */
    record Operation(String method, String route, Map<String, String> ids) {

        boolean writes() {
            return method.equals("POST") || method.equals("PUT");
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Bodies over this are sent to a few groups only: a 10 MB upload is one input, not hundreds. */
    private static final int LARGE = 1 << 20;

    private final Random random;
    private final String context;
    private final String collection;
    private final List<byte[]> ids;
    private final List<byte[]> queries;
    private final List<byte[]> headers;
    private final List<byte[]> contentTypes;
    private final List<byte[]> bodies;
    private final List<byte[]> values;
    private final List<FuzzCorpus.Document> documents;

    FuzzPlan(long seed, String context, String collection) throws IOException {
        this.random = new Random(seed);
        this.context = context;
        this.collection = collection;
        ids = FuzzCorpus.lines("ids.txt");
        queries = FuzzCorpus.lines("queries.txt");
        headers = FuzzCorpus.lines("headers.txt");
        contentTypes = FuzzCorpus.lines("content-types.txt");
        bodies = FuzzCorpus.lines("bodies.txt");
        values = FuzzCorpus.lines("values.txt");
        documents = FuzzCorpus.documents();
    }

    /** Calls of a mock: {@code mock} null puts the fuzzed id where the mock's name goes. */
    List<Case> mock(String group, String mock) {
        List<Case> cases = new ArrayList<>();
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH"};
        for (byte[] id : ids) {
            byte[] path = mock == null ? concat(bytes(context), id, bytes("/pets"))
                    : concat(bytes(context + mock + "/pets/"), id);
            cases.add(new Case(group, label("id", id), pick(methods), path, new byte[0], null, key()));
        }
        byte[] pets = bytes(context + (mock == null ? "fz-no-such-mock" : mock) + "/pets");
        for (byte[] query : sample(queries, 1.0)) {
            cases.add(new Case(group, label("query", query), "GET", concat(pets, bytes("?"), query), new byte[0],
                    null, key()));
        }
        for (byte[] header : sample(headers, 1.0)) {
            cases.add(new Case(group, label("header", header), pick(methods), pets, line(header), null, key()));
        }
        for (byte[] body : bodies) {
            if (body.length <= LARGE || mock != null) {
                cases.add(new Case(group, label("body", body), "POST", pets, contentType(pick(contentTypes)), body,
                        key()));
            }
        }
        for (byte[] type : contentTypes) {
            cases.add(new Case(group, label("content type", type), "POST", pets, contentType(type),
                    bytes("{\"name\": \"fz\"}"), key()));
        }
        return cases;
    }

    /** Calls of one API operation, each changing one part of a call that would otherwise be fine. */
    List<Case> api(String apiPath, Operation operation) {
        String group = "api " + operation.method() + " " + operation.route();
        List<Case> cases = new ArrayList<>();
        List<String> parameters = parameters(operation.route());
        if (!parameters.isEmpty()) {
            for (byte[] id : sample(ids, 0.5)) {
                String fuzzed = parameters.get(random.nextInt(parameters.size()));
                cases.add(call(group, label("id", id), operation, target(apiPath, operation, fuzzed, id), new byte[0],
                        key()));
            }
        }
        byte[] plain = target(apiPath, operation, null, null);
        for (byte[] query : sample(queries, 0.25)) {
            cases.add(call(group, label("query", query), operation, concat(plain, bytes("?"), query), new byte[0],
                    key()));
        }
        for (byte[] header : sample(headers, 0.25)) {
            cases.add(call(group, label("header", header), operation, plain, line(header), key()));
        }
        for (byte[] body : sample(bodies, operation.writes() ? 0.6 : 0.1)) {
            if (body.length <= LARGE || operation.route().startsWith("/collections") || random.nextInt(8) == 0) {
                cases.add(new Case(group, label("body", body), operation.method(), plain,
                        contentType(pick(contentTypes)), body, key()));
            }
        }
        if (operation.writes()) {
            for (byte[] type : sample(contentTypes, 0.5)) {
                cases.add(new Case(group, label("content type", type), operation.method(), plain, contentType(type),
                        document(operation), key()));
            }
            for (int i = 0; i < 8; i++) {
                cases.add(call(group, "document", operation, plain, new byte[0], key()));
            }
        }
        return cases;
    }

    /** A call with the operation's usual body, a document of documents.txt filled with random values. */
    private Case call(String group, String input, Operation operation, byte[] target, byte[] headerLines, Key key) {
        byte[] body = operation.writes() ? document(operation) : null;
        byte[] type = body == null ? new byte[0] : contentType(bytes("application/json"));
        return new Case(group, input, operation.method(), target, concat(headerLines, type), body, key);
    }

    private byte[] document(Operation operation) {
        List<FuzzCorpus.Document> fitting = documents.stream().filter(d -> d.method().equals(operation.method())
                && d.route().equals(operation.route())).toList();
        if (fitting.isEmpty()) {
            return bytes("{}");
        }
        String template = fitting.get(random.nextInt(fitting.size())).template().replace("$COLLECTION", collection);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] pieces = template.split("@", -1);
        for (int i = 0; i < pieces.length; i++) {
            out.writeBytes(bytes(pieces[i]));
            if (i + 1 < pieces.length) {
                out.writeBytes(values.get(random.nextInt(values.size())));
            }
        }
        return out.toByteArray();
    }

    private byte[] target(String apiPath, Operation operation, String fuzzed, byte[] id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = PARAMETER.matcher(operation.route());
        int at = 0;
        while (m.find()) {
            out.writeBytes(bytes(operation.route().substring(at, m.start())));
            out.writeBytes(m.group(1).equals(fuzzed) ? id : bytes(operation.ids().get(m.group(1))));
            at = m.end();
        }
        out.writeBytes(bytes(operation.route().substring(at)));
        return concat(bytes(context + apiPath), out.toByteArray());
    }

    static List<String> parameters(String route) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(route);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Mostly the admin key, so calls get past the key check; some without a key, a few with a wrong one. */
    private Key key() {
        int roll = random.nextInt(20);
        return roll < 15 ? Key.ADMIN : roll < 19 ? Key.NONE : Key.BAD;
    }

    private List<byte[]> sample(List<byte[]> lines, double share) {
        return lines.stream().filter(l -> random.nextDouble() < share).toList();
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private byte[] pick(List<byte[]> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The corpus line a case tries, short enough to print: bytes shown as Latin-1, control characters escaped. */
    private static String label(String dimension, byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
        return dimension + " " + (text.length() > 48 ? text.substring(0, 48) + "...(" + line.length + " bytes)" : text);
    }

    /** "-" in content-types.txt: no Content-Type at all. */
    private static byte[] contentType(byte[] type) {
        return type.length == 1 && type[0] == '-' ? new byte[0] : line(concat(bytes("Content-Type: "), type));
    }

    private static byte[] line(byte[] header) {
        return concat(header, bytes("\r\n"));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
