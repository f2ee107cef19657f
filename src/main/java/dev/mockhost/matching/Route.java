package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * One example as the matcher sees it: what identifies it, the request it was saved for (method, compiled path,
 * decoded query, headers, compiled body) and the answer to give, of whatever type the caller compiles answers to.
 *
 * @param order position in the collection, which breaks ties between equal ids
 */
public record Route<T>(String id, String name, int code, int order, String method, RoutePath path,
                       List<NameValue> query, List<NameValue> headers, BodyPattern body, T answer) {

    public Route {
        query = List.copyOf(query);
        headers = List.copyOf(headers);
    }
}
