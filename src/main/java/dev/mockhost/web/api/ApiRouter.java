package dev.mockhost.web.api;

import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes {@code /api/...} calls to handlers by method and path pattern ({@code /mocks/{id}}). Small on purpose:
 * Tomcat has no JAX-RS, and a handful of routes do not justify bringing one.
 */
public final class ApiRouter {

    /** Handles one routed call. */
    @FunctionalInterface
    public interface Handler {
        void handle(ApiExchange exchange) throws IOException;
    }

    private record Route(String method, String[] pattern, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Jsonb jsonb;
    private final long maxBodyBytes;

    public ApiRouter(Jsonb jsonb, long maxBodyBytes) {
        this.jsonb = jsonb;
        this.maxBodyBytes = maxBodyBytes;
    }

    public ApiRouter add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, split(pattern), handler));
        return this;
    }

    /** Every route as {@code METHOD /pattern}, for the OpenAPI test and the 405 answer. */
    public List<String> describe() {
        return routes.stream().map(r -> r.method() + " /" + String.join("/", r.pattern())).toList();
    }

    public void dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] segments = split(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = match(route.pattern(), segments);
            if (parameters == null) {
                continue;
            }
            if (route.method().equals(request.getMethod())) {
                route.handler().handle(new ApiExchange(request, response, parameters, jsonb, maxBodyBytes));
                return;
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw Failure.of(ErrorName.ROUTE_NOT_FOUND, "No API route " + path);
        }
        response.setHeader("Allow", String.join(", ", allowed));
        throw Failure.of(ErrorName.METHOD_NOT_ALLOWED, path + " answers " + String.join(", ", allowed) + ", not "
                + request.getMethod());
    }

    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
            } else if (!pattern[i].equals(segments[i])) {
                return null;
            }
        }
        return parameters;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
