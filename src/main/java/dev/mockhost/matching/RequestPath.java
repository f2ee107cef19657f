package dev.mockhost.matching;

import java.util.List;

/**
 * The path of an incoming call below the mock's name, percent-decoded segment by segment, without trailing empty
 * segments (counted in {@code trailingSlashes}); {@code folded} holds the same segments case-folded.
 */
public record RequestPath(List<String> segments, List<String> folded, int trailingSlashes) {

    public RequestPath {
        segments = List.copyOf(segments);
        folded = List.copyOf(folded);
    }

    /** From decoded segments as split on {@code /}: a trailing slash is a trailing empty segment. */
    public static RequestPath of(List<String> decodedSegments) {
        int end = decodedSegments.size();
        while (end > 0 && decodedSegments.get(end - 1).isEmpty()) {
            end--;
        }
        List<String> segments = decodedSegments.subList(0, end);
        return new RequestPath(segments, RoutePath.fold(segments), decodedSegments.size() - end);
    }

    @Override
    public String toString() {
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/".repeat(trailingSlashes);
    }
}
