package dev.mockhost.collection;

import java.util.List;

/** A request as saved in a collection: the item's own request, or an example's {@code originalRequest}. */
public record SavedRequest(String method, RequestUrl url, List<NameValue> headers, RequestBody body) {

    public SavedRequest {
        headers = List.copyOf(headers);
    }
}
