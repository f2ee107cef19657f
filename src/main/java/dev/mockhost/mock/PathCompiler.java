package dev.mockhost.mock;

import dev.mockhost.matching.PathSegment;
import dev.mockhost.matching.Text;
import dev.mockhost.rendering.VariableScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a saved request's path segments into what the matcher compares: variables the environment or collection
 * define are inserted (a value holding slashes becomes several segments, an empty one none); a {@code :name} segment, or a segment
 * that is exactly an unresolved {@code {{name}}}, becomes a wildcard; the rest is compared percent-decoded.
 */
final class PathCompiler {

    private final VariableScope scope;
    private final boolean wildcards;
    /** Segments repeat across a mock's examples ({@code items}, {@code v1}); each is kept once. */
    private final Map<String, PathSegment> literals = new HashMap<>();

    PathCompiler(VariableScope scope, boolean wildcards) {
        this.scope = scope;
        this.wildcards = wildcards;
    }

    List<PathSegment> compile(List<String> rawSegments) {
        List<PathSegment> segments = new ArrayList<>(rawSegments.size());
        for (String raw : rawSegments) {
            if (wildcards && raw.length() > 1 && raw.charAt(0) == ':') {
                segments.add(PathSegment.wildcard(raw.substring(1)));
                continue;
            }
            String resolved = scope.resolve(raw);
            if (resolved.isEmpty() && isWholeVariable(raw)) {
                // defined but empty (often a placeholder that scripts fill at run time)
                segments.add(wildcards ? PathSegment.emptyVariable(raw.substring(2, raw.length() - 2).strip())
                        : literal(""));
                continue;
            }
            if (wildcards && isWholeVariable(resolved)) {
                segments.add(PathSegment.wildcard(resolved.substring(2, resolved.length() - 2)));
                continue;
            }
            if (resolved.equals(raw)) {
                segments.add(literal(raw));
                continue;
            }
            for (String part : resolved.split("/")) {
                if (!part.isEmpty()) {
                    segments.add(literal(part));
                }
            }
        }
        return segments;
    }

    private PathSegment literal(String raw) {
        return literals.computeIfAbsent(raw, text -> PathSegment.literal(Text.percentDecode(text)));
    }

    private static boolean isWholeVariable(String segment) {
        return segment.startsWith("{{") && segment.endsWith("}}") && segment.length() > 4
                && segment.indexOf("{{", 2) < 0 && segment.indexOf("}}") == segment.length() - 2;
    }
}
