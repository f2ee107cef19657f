package dev.mockhost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;

/**
 * What {@link HttpFuzzIT} accepts as an answer to bad input: a status under 500, no stack trace or exception name,
 * and for a 4xx the JSON error body naming the problem, unless the answer is Tomcat's own HTML page for a request
 * it refused before the WAR saw it. A mock may also answer with one of its examples (2xx, 3xx, or a saved 404).
 *
 * @param tomcat  the answer is Tomcat's own error page
 * @param problem what is wrong with it, or null
 */
record FuzzVerdict(boolean tomcat, String problem) {

    private static final List<String> LEAKS = List.of("Exception", "at dev.mockhost", "org.apache");

    static FuzzVerdict of(RawHttp.Reply reply, boolean mock) {
        String text = reply.text();
        boolean tomcat = isTomcatPage(reply, text);
        for (String leak : LEAKS) {
            if (text.contains(leak)) {
                return new FuzzVerdict(tomcat, "the body shows \"" + leak + "\"");
            }
        }
        if (reply.status() >= 500) {
            return new FuzzVerdict(tomcat, "status " + reply.status());
        }
        if (reply.status() < 400 || tomcat || (mock && reply.status() == 404)) {
            return new FuzzVerdict(tomcat, null);
        }
        return new FuzzVerdict(false, errorBodyProblem(text));
    }

    /**
     * Tomcat's ErrorReportValve writes HTML titled "HTTP Status 400 – Bad Request" (also for the console's missing
     * files, which the WAR leaves to it); the WAR's own errors are JSON. An error with no body at all is Tomcat's too.
     */
    private static boolean isTomcatPage(RawHttp.Reply reply, String text) {
        String type = reply.header("Content-Type");
        boolean html = type != null && type.startsWith("text/html") && text.contains("HTTP Status ");
        boolean bare = type == null && reply.body().length == 0 && reply.status() >= 400;
        return html || bare;
    }

    /** Null when the body is {@code {"error": {"name", "message"}}} naming the field or header at fault. */
    private static String errorBodyProblem(String text) {
        JsonObject error;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue root = reader.readValue();
            error = root.asJsonObject().getJsonObject("error");
        } catch (RuntimeException notJson) {
            return "a 4xx without the JSON error body";
        }
        if (error == null || error.getString("name", "").isEmpty() || error.getString("message", "").isEmpty()) {
            return "an error body without name and message";
        }
        String name = error.getString("name");
        if (name.equals("invalidParamError") && !error.containsKey("field")) {
            return "invalidParamError naming no field";
        }
        if (name.equals("invalidHeaderError") && !error.containsKey("header")) {
            return "invalidHeaderError naming no header";
        }
        return null;
    }
}
