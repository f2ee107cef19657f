package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * A call to a mock, as matching and rendering read it: no servlet types, so both are tested with plain values.
 * {@code query} is percent-decoded; {@code body} is the request body as text ("" when there is none, or when it was
 * multipart); {@code formFields} are the parts of a multipart body (a file part's value is its file name).
 */
public record IncomingRequest(String method, RequestPath path, List<NameValue> query, HeaderLookup headers,
                              String body, List<NameValue> formFields) {

    public IncomingRequest {
        query = List.copyOf(query);
        body = body == null ? "" : body;
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
    }

    public IncomingRequest(String method, RequestPath path, List<NameValue> query, HeaderLookup headers,
                           String body) {
        this(method, path, query, headers, body, List.of());
    }

    /** From the parts of a URL as sent: the path below the mock's name and the query string, both still encoded. */
    public static IncomingRequest of(String method, List<String> encodedPath, String rawQuery, HeaderLookup headers,
                                     String body, List<NameValue> formFields) {
        List<String> decoded = new java.util.ArrayList<>(encodedPath.size());
        encodedPath.forEach(segment -> decoded.add(Text.percentDecode(segment)));
        return new IncomingRequest(method, RequestPath.of(decoded), FormData.query(rawQuery), headers, body,
                formFields);
    }

    public String header(String name) {
        return headers.first(name);
    }
}
