package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All routes of one mock, indexed by method and path segments, and by example id and name for the
 * {@code x-mock-response-*} headers. Immutable once built.
 */
public final class RouteIndex<T> {

    /** Postman's tie order: sorted by id; collection order keeps duplicates stable. */
    static final Comparator<Route<?>> BY_ID = Comparator.<Route<?>, String>comparing(Route::id)
            .thenComparingInt(Route::order);

    private final Map<String, PathTrie<T>> byMethod = new HashMap<>();
    private final Map<String, List<Route<T>>> byId = new HashMap<>();
    private final Map<String, List<Route<T>>> byName = new HashMap<>();
    private final List<Route<T>> routes;

    private RouteIndex(List<Route<T>> routes) {
        for (Route<T> route : routes) {
            byMethod.computeIfAbsent(route.method(), m -> new PathTrie<>()).add(route);
            byId.computeIfAbsent(route.id(), id -> new ArrayList<>()).add(route);
            byName.computeIfAbsent(route.name(), name -> new ArrayList<>()).add(route);
        }
        byName.values().forEach(list -> list.sort(BY_ID));
        this.routes = List.copyOf(routes);
    }

    public static <T> RouteIndex<T> of(List<Route<T>> routes) {
        return new RouteIndex<>(routes);
    }

    public int size() {
        return routes.size();
    }

    /** Every route, in collection order. */
    public List<Route<T>> routes() {
        return routes;
    }

    List<Route<T>> candidates(String method, RequestPath path) {
        PathTrie<T> trie = byMethod.get(method);
        return trie == null ? List.of() : trie.candidates(path);
    }

    List<Route<T>> withId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** Sorted by id. */
    List<Route<T>> named(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
