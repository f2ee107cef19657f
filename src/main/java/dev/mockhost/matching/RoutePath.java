package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An example's path, compiled: its segments without trailing empty ones, and how many trailing slashes it had.
 */
public record RoutePath(List<PathSegment> segments, int trailingSlashes) {

    public RoutePath {
        segments = List.copyOf(segments);
    }

    /** From segments as Postman splits a path: a trailing slash is a trailing empty segment. */
    public static RoutePath of(List<PathSegment> segments) {
        int end = segments.size();
        while (end > 0 && segments.get(end - 1) instanceof PathSegment.Literal l && l.text().isEmpty()) {
            end--;
        }
        return new RoutePath(segments.subList(0, end), segments.size() - end);
    }

    /**
     * The first step of Postman's path comparison under which this path equals the request's, or null when none
     * does. Wildcard captures go into {@code captures} (which may be null when the caller does not want them).
     * Empty variables at the end of the path also match as the trailing slashes Postman's runner sends for them
     * ({@code /notaries/{{userId}}} with an empty {@code userId}: {@code /notaries/}).
     */
    PathStep compare(RequestPath request, Map<String, String> captures) {
        List<String> actual = request.segments();
        int routeTrailing = trailingSlashes;
        if (actual.size() != segments.size()) {
            int tail = emptyTail();
            if (tail == 0 || actual.size() != segments.size() - tail) {
                return null;
            }
            routeTrailing = tail;
        }
        boolean exact = true;
        boolean wildcard = false;
        boolean idLike = false;
        for (int i = 0; i < actual.size(); i++) {
            String segment = actual.get(i);
            if (segments.get(i) instanceof PathSegment.Wildcard w) {
                if (segment.isEmpty() && !w.matchesEmpty()) {
                    return null;
                }
                // an empty variable's own value, the empty segment, is no wildcard match
                wildcard |= !segment.isEmpty();
                if (captures != null) {
                    captures.putIfAbsent(w.name(), segment);
                }
            } else {
                PathSegment.Literal literal = (PathSegment.Literal) segments.get(i);
                if (literal.text().equals(segment)) {
                    continue;
                }
                exact = false;
                if (!literal.folded().equals(request.folded().get(i))) {
                    if (literal.idLike() && IdLike.test(segment)) {
                        idLike = true;
                    } else {
                        return null;
                    }
                }
            }
        }
        if (captures != null) {
            for (int i = actual.size(); i < segments.size(); i++) {
                captures.putIfAbsent(((PathSegment.Wildcard) segments.get(i)).name(), "");
            }
        }
        boolean sameTrailing = routeTrailing == request.trailingSlashes();
        if (idLike) {
            return sameTrailing ? PathStep.ID_LIKE : PathStep.ID_LIKE_AND_TRAILING_SLASH;
        }
        if (wildcard) {
            return PathStep.WILDCARD;
        }
        if (exact) {
            return sameTrailing ? PathStep.EXACT : PathStep.TRAILING_SLASH;
        }
        return sameTrailing ? PathStep.CASE : PathStep.CASE_AND_TRAILING_SLASH;
    }

    /**
     * The step of a path reached through a merged id-like trie node: the id-like one, which every other difference
     * within a matching path gives way to; only trailing slashes still count.
     */
    PathStep idLikeStep(RequestPath request) {
        int routeTrailing = request.segments().size() == segments.size() ? trailingSlashes : emptyTail();
        return routeTrailing == request.trailingSlashes() ? PathStep.ID_LIKE : PathStep.ID_LIKE_AND_TRAILING_SLASH;
    }

    /** How many empty variables end the path: that many segments fewer also match, as trailing slashes. */
    int emptyTail() {
        int tail = 0;
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!(segments.get(i) instanceof PathSegment.Wildcard w) || !w.matchesEmpty()) {
                break;
            }
            tail++;
        }
        return tail;
    }

    /** The path as a Postman user writes it, {@code /pets/:id}, for logs and status pages. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (PathSegment segment : segments) {
            out.append('/').append(segment instanceof PathSegment.Wildcard w
                    ? (w.matchesEmpty() ? "{{" + w.name() + "}}" : ":" + w.name())
                    : ((PathSegment.Literal) segment).text());
        }
        out.append("/".repeat(trailingSlashes));
        return out.length() == 0 ? "/" : out.toString();
    }

    static Map<String, String> newCaptures() {
        return new HashMap<>(4);
    }

    static List<String> fold(List<String> segments) {
        List<String> folded = new ArrayList<>(segments.size());
        for (String segment : segments) {
            folded.add(Text.fold(segment));
        }
        return folded;
    }
}
