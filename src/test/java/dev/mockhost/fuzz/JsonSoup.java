package dev.mockhost.fuzz;

import java.util.Random;

/** Random documents shaped loosely like collections: right keys, wrong types, random nesting, odd strings. */
final class JsonSoup {

    private static final String[] KEYS = {"info", "item", "name", "request", "response", "url", "raw", "path", "query",
            "header", "body", "mode", "code", "status", "originalRequest", "variable", "values", "key", "value",
            "disabled", "enabled", "schema", "method", "host", "formdata", "urlencoded", "graphql", "options", "id"};
    private static final String[] STRINGS = {"", "GET", "{{baseUrl}}/a/:id", "/x?y=1&z", "{{", "}}", "{{$guid}}",
            "{{$body 'a.b'}}", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", ":",
            "a%zz", "\\u0000", "raw", "urlencoded", "formdata", "json", "200", "999", "é€😀", "{{{{x}}}}"};

    private JsonSoup() {
    }

    static String document(Random random) {
        StringBuilder out = new StringBuilder();
        value(out, random, 0);
        return out.toString();
    }

    private static void value(StringBuilder out, Random random, int depth) {
        int choice = random.nextInt(depth > 12 ? 4 : 7);
        switch (choice) {
            case 0 -> out.append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
            case 1 -> out.append(random.nextInt(2000) - 500);
            case 2 -> out.append(random.nextBoolean());
            case 3 -> out.append("null");
            case 4, 5 -> {
                out.append('{');
                int keys = random.nextInt(6);
                for (int i = 0; i < keys; i++) {
                    out.append(i == 0 ? "" : ",").append('"').append(KEYS[random.nextInt(KEYS.length)])
                            .append("\":");
                    value(out, random, depth + 1);
                }
                out.append('}');
            }
            default -> {
                out.append('[');
                int items = random.nextInt(5);
                for (int i = 0; i < items; i++) {
                    out.append(i == 0 ? "" : ",");
                    value(out, random, depth + 1);
                }
                out.append(']');
            }
        }
    }
}
