package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of one method, by path segment. A lookup follows, at each level, the case-folded literal child, the
 * wildcard child and (for an id-like request segment) the id-like literal children, so it reaches every route some
 * path step could match without looking at the others. Built once per snapshot, read-only afterwards.
 */
final class PathTrie<T> {

    private final Node<T> root = new Node<>();

    void add(Route<T> route) {
        Node<T> node = root;
        for (PathSegment segment : route.path().segments()) {
            node = node.child(segment);
        }
        node.routes.add(route);
    }

    List<Route<T>> candidates(RequestPath path) {
        List<Route<T>> found = new ArrayList<>();
        collect(root, path, 0, found);
        return found;
    }

    private static <T> void collect(Node<T> node, RequestPath path, int depth, List<Route<T>> found) {
        if (depth == path.segments().size()) {
            found.addAll(node.routes);
            return;
        }
        String folded = path.folded().get(depth);
        Node<T> literal = node.literals.get(folded);
        if (literal != null) {
            collect(literal, path, depth + 1, found);
        }
        if (node.wildcard != null) {
            collect(node.wildcard, path, depth + 1, found);
        }
        if (!node.idLikeKeys.isEmpty() && IdLike.test(path.segments().get(depth))) {
            for (String key : node.idLikeKeys) {
                if (!key.equals(folded)) {
                    collect(node.literals.get(key), path, depth + 1, found);
                }
            }
        }
    }

    private static final class Node<T> {
        private final Map<String, Node<T>> literals = new HashMap<>();
        private final List<String> idLikeKeys = new ArrayList<>();
        private final List<Route<T>> routes = new ArrayList<>();
        private Node<T> wildcard;

        Node<T> child(PathSegment segment) {
            if (segment instanceof PathSegment.Literal literal) {
                return literals.computeIfAbsent(literal.folded(), key -> {
                    if (literal.idLike()) {
                        idLikeKeys.add(key);
                    }
                    return new Node<>();
                });
            }
            if (wildcard == null) {
                wildcard = new Node<>();
            }
            return wildcard;
        }
    }
}
