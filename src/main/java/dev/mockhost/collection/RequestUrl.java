package dev.mockhost.collection;

import java.util.List;

/**
 * A request URL reduced to what mock matching reads: the path segments as Postman's parser splits them (still
 * percent-encoded, variables unresolved; a trailing slash is a trailing empty segment), the enabled query parameters
 * and the path variables' saved values.
 */
public record RequestUrl(List<String> path, List<NameValue> query, List<NameValue> pathVariables) {

    /** More segments than fit in the 8 KB request line Tomcat accepts by default; no call could reach them. */
    public static final int MAX_PATH_SEGMENTS = 4096;

    public static final RequestUrl EMPTY = new RequestUrl(List.of(), List.of(), List.of());

    public RequestUrl {
        path = List.copyOf(path);
        query = List.copyOf(query);
        pathVariables = List.copyOf(pathVariables);
    }
}
