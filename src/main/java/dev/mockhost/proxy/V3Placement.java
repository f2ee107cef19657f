package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * Where a recorded example goes in a v3 collection directory: a request file {@code Recorded/<METHOD path>.request
 * .yaml} (made once) and one example file per recorded answer beside it, in Postman's layout
 * ({@code Recorded/.resources/<request>.resources/examples/Recorded <n>.example.yaml}). Files are written as YAML
 * with every string double-quoted in JSON's escapes, which YAML reads as the same string.
 */
final class V3Placement {

    private V3Placement() {
    }

    /** A file name for the request: its method and path, with what a file name cannot hold replaced. */
    static String requestName(String method, List<String> path) {
        String name = method + " " + String.join(" ", path);
        return name.replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
    }

    static String requestFile(String method, List<String> path) {
        return "$kind: http-request\n"
                + "name: " + quoted(method + " /" + String.join("/", path)) + "\n"
                + "url: " + quoted("{{baseUrl}}/" + String.join("/", path)) + "\n"
                + "method: " + quoted(method) + "\n";
    }

    /** The example without a name: it is named after its file, so two equal answers give equal bytes. */
    static String exampleFile(Exchange call, List<NameValue> responseHeaders, String responseBody) {
        StringBuilder yaml = new StringBuilder("$kind: http-example\nrequest:\n");
        yaml.append("  url: ").append(quoted("{{baseUrl}}" + call.pathText()
                + (call.rawQuery().isEmpty() ? "" : "?" + call.rawQuery()))).append('\n');
        yaml.append("  method: ").append(quoted(call.method())).append('\n');
        pairs(yaml, "  ", call.requestHeaders());
        if (!call.requestBody().isEmpty()) {
            yaml.append("  body:\n    type: text\n    content: ").append(quoted(call.requestBody())).append('\n');
        }
        yaml.append("response:\n  statusCode: ").append(call.response().status()).append('\n');
        pairs(yaml, "  ", responseHeaders);
        yaml.append("  body:\n    type: text\n    content: ").append(quoted(responseBody)).append('\n');
        return yaml.toString();
    }

    private static void pairs(StringBuilder yaml, String indent, List<NameValue> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        yaml.append(indent).append("headers:\n");
        for (NameValue pair : pairs) {
            yaml.append(indent).append("  - key: ").append(quoted(pair.name())).append('\n')
                    .append(indent).append("    value: ").append(quoted(pair.value())).append('\n');
        }
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's, and {@code \/} is never produced. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
