package dev.mockhost.matching;

import dev.mockhost.collection.RequestUrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of one method, by path segment. A lookup follows, at each level, the case-folded literal child, the
 * wildcard child and, for an id-like request segment, one child that merges every id-like literal child: the
 * routes of {@code /items/1} ... {@code /items/100000} sit together below it, grouped by what scores them, so a
 * call reaches a handful of nodes whatever the number of ids. Built once per snapshot, read-only afterwards.
 */
final class PathTrie<T> {

    private final Node<T> root;

    private PathTrie(Node<T> root) {
        this.root = root;
    }

    static <T> PathTrie<T> of(List<Route<T>> routes) {
        Draft<T> root = new Draft<>();
        for (Route<T> route : routes) {
            if (route.path().segments().size() > RequestUrl.MAX_PATH_SEGMENTS) {
                continue; // a variable expanded into more segments than any call carries; keeps the trie shallow
            }
            Draft<T> node = root;
            List<PathSegment> segments = route.path().segments();
            int shortened = segments.size() - route.path().emptyTail();
            for (int i = 0; i < segments.size(); i++) {
                if (i == shortened) {
                    node.routes.add(route); // where empty variables at the end are left out, as trailing slashes
                }
                node = node.child(segments.get(i));
            }
            node.routes.add(route);
        }
        return new PathTrie<>(root.freeze(false));
    }

    /** The nodes holding routes that some path step could match with {@code path}, direct ones first. */
    Reach<T> reach(RequestPath path) {
        Reach<T> reach = new Reach<>();
        collect(root, path, 0, reach);
        return reach;
    }

    private static <T> void collect(Node<T> node, RequestPath path, int depth, Reach<T> reach) {
        if (depth == path.segments().size()) {
            if (!node.groups.isEmpty()) {
                (node.belowIdLike ? reach.belowIdLike : reach.direct).add(node);
            }
            return;
        }
        Node<T> literal = node.literals.get(path.folded().get(depth));
        if (literal != null) {
            collect(literal, path, depth + 1, reach);
        }
        String segment = path.segments().get(depth);
        if (node.wildcard != null && !segment.isEmpty()) {
            collect(node.wildcard, path, depth + 1, reach);
        }
        if (node.emptyVariable != null) {
            collect(node.emptyVariable, path, depth + 1, reach);
        }
        if (node.idLike != null && IdLike.test(segment)) {
            collect(node.idLike, path, depth + 1, reach);
        }
    }

    /**
     * Routes whose paths come closest to {@code path}, for explaining a miss: those where the walk of the call's
     * segments ends (a longer or shorter saved path, or one that differs at the next segment), deepest first. The
     * walk and the search below it visit at most {@link #NEAR_VISITS} nodes, so a miss costs the same whatever the
     * number of examples. Merged id-like nodes are left out: their routes are reached as themselves.
     */
    List<Route<T>> nearest(RequestPath path, int limit) {
        List<List<Route<T>>> byDepth = new ArrayList<>();
        int[] budget = {NEAR_VISITS};
        walk(root, path, 0, byDepth, budget, limit);
        List<Route<T>> nearest = new ArrayList<>();
        for (int depth = byDepth.size() - 1; depth >= 0 && nearest.size() < limit; depth--) {
            for (Route<T> route : byDepth.get(depth)) {
                if (nearest.size() < limit && !nearest.contains(route)) {
                    nearest.add(route);
                }
            }
        }
        return nearest;
    }

    static final int NEAR_VISITS = 64;

    private static <T> void walk(Node<T> node, RequestPath path, int depth, List<List<Route<T>>> byDepth,
                                 int[] budget, int limit) {
        if (--budget[0] < 0) {
            return;
        }
        List<Node<T>> next = new ArrayList<>(2);
        if (depth < path.segments().size()) {
            String segment = path.segments().get(depth);
            Node<T> literal = node.literals.get(path.folded().get(depth));
            if (literal != null) {
                next.add(literal);
            }
            if (node.wildcard != null && !segment.isEmpty()) {
                next.add(node.wildcard);
            }
            if (node.emptyVariable != null) {
                next.add(node.emptyVariable);
            }
        }
        if (next.isEmpty()) {
            while (byDepth.size() <= depth) {
                byDepth.add(new ArrayList<>());
            }
            below(node, byDepth.get(depth), budget, limit);
            return;
        }
        for (Node<T> child : next) {
            walk(child, path, depth + 1, byDepth, budget, limit);
        }
        if (depth == path.segments().size() || next.isEmpty()) {
            return;
        }
        // the saved paths that end here, or go on differently: as near as the call got
        while (byDepth.size() <= depth) {
            byDepth.add(new ArrayList<>());
        }
        if (byDepth.get(depth).size() < limit) {
            below(node, byDepth.get(depth), budget, limit);
        }
    }

    /** Up to {@code limit} routes at or below {@code node}, nearest first. */
    private static <T> void below(Node<T> node, List<Route<T>> found, int[] budget, int limit) {
        java.util.ArrayDeque<Node<T>> queue = new java.util.ArrayDeque<>(List.of(node));
        while (!queue.isEmpty() && found.size() < limit && budget[0]-- > 0) {
            Node<T> here = queue.poll();
            for (RouteGroup<T> group : here.groups) {
                if (found.size() < limit && !found.contains(group.sample())) {
                    found.add(group.sample());
                }
            }
            queue.addAll(here.literals.values().stream().limit(limit).toList());
            if (here.wildcard != null) {
                queue.add(here.wildcard);
            }
            if (here.emptyVariable != null) {
                queue.add(here.emptyVariable);
            }
        }
    }

    /**
     * The nodes a call reaches. Routes of {@code direct} nodes take their path step from their own path; routes of
     * {@code belowIdLike} nodes matched at least one id-like segment, so their step is the id-like one.
     */
    static final class Reach<T> {
        final List<Node<T>> direct = new ArrayList<>(2);
        final List<Node<T>> belowIdLike = new ArrayList<>(1);
    }

    /** A frozen node; {@code belowIdLike} when it was reached through a merged id-like child. */
    static final class Node<T> {
        private final Map<String, Node<T>> literals;
        private final Node<T> wildcard;
        private final Node<T> emptyVariable;
        private final Node<T> idLike;
        final List<RouteGroup<T>> groups;
        final boolean belowIdLike;

        private Node(Map<String, Node<T>> literals, Node<T> wildcard, Node<T> emptyVariable, Node<T> idLike,
                     List<RouteGroup<T>> groups, boolean belowIdLike) {
            this.literals = literals;
            this.wildcard = wildcard;
            this.emptyVariable = emptyVariable;
            this.idLike = idLike;
            this.groups = groups;
            this.belowIdLike = belowIdLike;
        }
    }

    /** A node while routes are added; frozen into {@link Node} once all are in. */
    private static final class Draft<T> {
        private final Map<String, Draft<T>> literals = new HashMap<>();
        private final List<Route<T>> routes = new ArrayList<>(1);
        private Draft<T> wildcard;
        private Draft<T> emptyVariable;
        private boolean hasIdLikeChild;

        Draft<T> child(PathSegment segment) {
            if (segment instanceof PathSegment.Literal literal) {
                hasIdLikeChild |= literal.idLike();
                return literals.computeIfAbsent(literal.folded(), key -> new Draft<>());
            }
            if (((PathSegment.Wildcard) segment).matchesEmpty()) {
                if (emptyVariable == null) {
                    emptyVariable = new Draft<>();
                }
                return emptyVariable;
            }
            if (wildcard == null) {
                wildcard = new Draft<>();
            }
            return wildcard;
        }

        Node<T> freeze(boolean belowIdLike) {
            Map<String, Node<T>> frozen = literals.isEmpty() ? Map.of() : new HashMap<>(literals.size() * 2);
            for (Map.Entry<String, Draft<T>> literal : literals.entrySet()) {
                frozen.put(literal.getKey(), literal.getValue().freeze(belowIdLike));
            }
            return new Node<>(frozen.isEmpty() ? Map.of() : Map.copyOf(frozen),
                    wildcard == null ? null : wildcard.freeze(belowIdLike),
                    emptyVariable == null ? null : emptyVariable.freeze(belowIdLike),
                    hasIdLikeChild ? mergedIdLikeChildren().freeze(true) : null,
                    routes.isEmpty() ? List.of() : RouteGroup.of(routes, belowIdLike), belowIdLike);
        }

        /** One draft holding the subtrees of every id-like literal child, as if they were one wildcard. */
        private Draft<T> mergedIdLikeChildren() {
            List<Draft<T>> idLike = new ArrayList<>();
            literals.forEach((key, child) -> {
                if (IdLike.test(key)) {
                    idLike.add(child);
                }
            });
            return merge(idLike);
        }

        private static <T> Draft<T> merge(List<Draft<T>> drafts) {
            Draft<T> merged = new Draft<>();
            Map<String, List<Draft<T>>> literalsByKey = new HashMap<>();
            List<Draft<T>> wildcards = new ArrayList<>();
            List<Draft<T>> emptyVariables = new ArrayList<>();
            for (Draft<T> draft : drafts) {
                merged.routes.addAll(draft.routes);
                merged.hasIdLikeChild |= draft.hasIdLikeChild;
                draft.literals.forEach((key, child) -> literalsByKey.computeIfAbsent(key, k -> new ArrayList<>(1))
                        .add(child));
                if (draft.wildcard != null) {
                    wildcards.add(draft.wildcard);
                }
                if (draft.emptyVariable != null) {
                    emptyVariables.add(draft.emptyVariable);
                }
            }
            literalsByKey.forEach((key, children) -> merged.literals.put(key,
                    children.size() == 1 ? children.get(0) : merge(children)));
            if (!wildcards.isEmpty()) {
                merged.wildcard = wildcards.size() == 1 ? wildcards.get(0) : merge(wildcards);
            }
            if (!emptyVariables.isEmpty()) {
                merged.emptyVariable = emptyVariables.size() == 1 ? emptyVariables.get(0) : merge(emptyVariables);
            }
            return merged;
        }
    }
}
