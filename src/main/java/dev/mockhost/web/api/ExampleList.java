package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.PathSegment;
import dev.mockhost.matching.Route;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.rendering.ResponseTemplate;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A mock's examples as a front-end developer uses them: method, path, status and name, a URL to call (a path
 * variable stands as {@code :name}, which it matches), the {@code x-mock-*} header that picks the example whatever
 * else matches, and a ready {@code curl} line. Paged, since a mock may hold 100,000 examples.
 */
final class ExampleList {

    private ExampleList() {
    }

    static JsonObject page(CompiledMock mock, String mockUrl, int cursor, int limit) {
        List<Route<ResponseTemplate>> routes = mock.routes().routes();
        JsonArrayBuilder examples = Jsonp.PROVIDER.createArrayBuilder();
        int end = Math.min(routes.size(), cursor + limit);
        for (int i = Math.min(cursor, routes.size()); i < end; i++) {
            Route<ResponseTemplate> route = routes.get(i);
            String url = mockUrl + path(route) + query(route.query());
            String pick = "x-mock-response-id: " + route.id();
            String curl = "curl" + (route.method().equals("GET") ? "" : " -X " + route.method())
                    + (mock.definition().isPrivate() ? " -H \"x-api-key: $MOCKHOST_KEY\"" : "")
                    + " -H '" + pick.replace("'", "'\\''") + "' '" + url.replace("'", "'\\''") + "'";
            examples.add(Jsonp.PROVIDER.createObjectBuilder().add("id", route.id()).add("name", route.name())
                    .add("method", route.method()).add("path", route.path().toString()).add("status", route.code())
                    .add("url", url).add("headers", Jsonp.PROVIDER.createObjectBuilder()
                            .add("x-mock-response-id", route.id()))
                    .add("curl", curl));
        }
        var meta = Jsonp.PROVIDER.createObjectBuilder().add("total", routes.size());
        if (end < routes.size()) {
            meta.add("nextCursor", Integer.toString(end));
        } else {
            meta.addNull("nextCursor");
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("examples", examples).add("meta", meta).build();
    }

    private static String path(Route<?> route) {
        StringBuilder out = new StringBuilder();
        for (PathSegment segment : route.path().segments()) {
            out.append('/');
            if (segment instanceof PathSegment.Literal literal) {
                out.append(encode(literal.text()));
            } else if (!((PathSegment.Wildcard) segment).matchesEmpty()) {
                out.append(':').append(encode(((PathSegment.Wildcard) segment).name()));
            }
        }
        out.append("/".repeat(route.path().trailingSlashes()));
        return out.length() == 0 ? "/" : out.toString();
    }

    private static String query(List<NameValue> query) {
        StringBuilder out = new StringBuilder();
        for (NameValue pair : query) {
            out.append(out.length() == 0 ? '?' : '&').append(encode(pair.name()));
            if (!pair.value().isEmpty()) {
                out.append('=').append(encode(pair.value()));
            }
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
