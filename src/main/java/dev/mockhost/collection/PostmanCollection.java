package dev.mockhost.collection;

import java.util.List;

/** A Postman collection with its folders flattened: every request, in file order, with its examples. */
public record PostmanCollection(String id, String name, CollectionSchema schema, List<NameValue> variables,
                                List<RequestItem> requests) {

    public PostmanCollection {
        variables = List.copyOf(variables);
        requests = List.copyOf(requests);
    }

    public int exampleCount() {
        return requests.stream().mapToInt(r -> r.examples().size()).sum();
    }
}
