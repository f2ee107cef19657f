package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * The body of one call, read once and only as far as a comparison needs: canonical JSON and form fields are
 * computed on first use. Belongs to one call, so it needs no locking.
 */
final class ActualBody {

    private final IncomingRequest request;
    private final String mediaType;
    private String canonicalJson;
    private boolean jsonRead;
    private List<NameValue> pairs;

    ActualBody(IncomingRequest request) {
        this.request = request;
        this.mediaType = BodyPattern.mediaType(request.header("Content-Type"));
    }

    String mediaType() {
        return mediaType;
    }

    boolean isEmpty() {
        return request.body().isEmpty() && request.formFields().isEmpty();
    }

    String text() {
        return request.body();
    }

    String canonicalJson() {
        if (!jsonRead) {
            canonicalJson = CanonicalJson.of(request.body());
            jsonRead = true;
        }
        return canonicalJson;
    }

    List<NameValue> pairs() {
        if (pairs == null) {
            pairs = BodyPattern.asSet(request.formFields().isEmpty()
                    ? FormData.urlencoded(request.body()) : request.formFields());
        }
        return pairs;
    }
}
