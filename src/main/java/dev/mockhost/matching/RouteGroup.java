package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes of one trie node that every call scores alike: the same saved path (or, below an id-like level, the same
 * trailing slashes), query, headers and body. Scoring the group once stands for scoring each of them, so ten
 * thousand examples saved for {@code /items/1} ... {@code /items/10000} cost a call what one does. The group keeps
 * only what Postman's tie rule can pick: the first route by id for each status code.
 */
final class RouteGroup<T> {

    private final Route<T> sample;
    private final Route<T> winner;
    /** Null for a group of one, which most are. */
    private final List<Route<T>> firstByCode;

    private RouteGroup(Route<T> sample, Route<T> winner, List<Route<T>> firstByCode) {
        this.sample = sample;
        this.winner = winner;
        this.firstByCode = firstByCode;
    }

    /** Groups {@code routes} by what scores them; {@code belowIdLike}: their paths differ in id-like segments. */
    static <T> List<RouteGroup<T>> of(List<Route<T>> routes, boolean belowIdLike) {
        if (routes.size() == 1) {
            Route<T> only = routes.get(0);
            return List.of(new RouteGroup<>(only, only, null));
        }
        Map<Key, List<Route<T>>> bySignature = new LinkedHashMap<>();
        for (Route<T> route : routes) {
            bySignature.computeIfAbsent(Key.of(route, belowIdLike), key -> new ArrayList<>()).add(route);
        }
        List<RouteGroup<T>> groups = new ArrayList<>(bySignature.size());
        for (List<Route<T>> members : bySignature.values()) {
            groups.add(summarize(members));
        }
        return List.copyOf(groups);
    }

    /** One pass: the first route by id for each status, without sorting a group of perhaps 100,000. */
    private static <T> RouteGroup<T> summarize(List<Route<T>> members) {
        Map<Integer, Route<T>> first = new TreeMap<>();
        Route<T> lowest = members.get(0);
        for (Route<T> route : members) {
            first.merge(route.code(), route, (a, b) -> RouteIndex.BY_ID.compare(a, b) <= 0 ? a : b);
            if (RouteIndex.BY_ID.compare(route, lowest) < 0) {
                lowest = route;
            }
        }
        Route<T> winner = first.getOrDefault(200, lowest);
        return new RouteGroup<>(lowest, winner, List.copyOf(first.values()));
    }

    /** The route that stands for the group in comparisons: path, query, headers and body. */
    Route<T> sample() {
        return sample;
    }

    /** The route Postman's tie rule picks from the group: the first by id with status 200, else the first. */
    Route<T> winner() {
        return winner;
    }

    /** The first route by id with this status, or null. */
    Route<T> withCode(int code) {
        if (firstByCode == null) {
            return sample.code() == code ? sample : null;
        }
        for (Route<T> route : firstByCode) {
            if (route.code() == code) {
                return route;
            }
        }
        return null;
    }

    /**
     * What scoring reads of a route. Below an id-like level the id segments are equal by definition, so only the
     * trailing slashes of the path count.
     */
    private record Key(Object path, Object query, Object headers, BodyPattern body) {

        static Key of(Route<?> route, boolean belowIdLike) {
            Object path = belowIdLike ? (Object) List.of(route.path().trailingSlashes(), route.path().emptyTail())
                    : route.path();
            return new Key(path, route.query(), route.headers(), route.body());
        }
    }
}
