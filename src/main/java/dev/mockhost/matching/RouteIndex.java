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

    private final Map<String, PathTrie<T>> byMethod;
    private final RoutesByKey<T> byId;
    private final RoutesByKey<T> byName;
    private final List<Route<T>> routes;

    private RouteIndex(List<Route<T>> routes) {
        Map<String, List<Route<T>>> methods = new HashMap<>();
        Map<String, List<Route<T>>> ids = new HashMap<>();
        Map<String, List<Route<T>>> names = new HashMap<>();
        for (Route<T> route : routes) {
            methods.computeIfAbsent(route.method(), m -> new ArrayList<>()).add(route);
            ids.computeIfAbsent(route.id(), id -> new ArrayList<>(1)).add(route);
            names.computeIfAbsent(route.name(), name -> new ArrayList<>(1)).add(route);
        }
        Map<String, PathTrie<T>> tries = new HashMap<>();
        methods.forEach((method, list) -> tries.put(method, PathTrie.of(list)));
        names.values().forEach(list -> list.sort(BY_ID));
        this.byMethod = Map.copyOf(tries);
        this.byId = new RoutesByKey<>(ids);
        this.byName = new RoutesByKey<>(names);
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

    /** The trie nodes a call can reach; null when no example has its method. */
    PathTrie.Reach<T> reach(String method, RequestPath path) {
        PathTrie<T> trie = byMethod.get(method);
        return trie == null ? null : trie.reach(path);
    }

    List<Route<T>> withId(String id) {
        return byId.get(id);
    }

    /** Sorted by id. */
    List<Route<T>> named(String name) {
        return byName.get(name);
    }

    /**
     * Routes by a key that is nearly always unique (ids, names): the single route itself, and lists only for the
     * keys several routes share, so a map entry per example costs no list.
     */
    private static final class RoutesByKey<T> {
        private final Map<String, Route<T>> single;
        private final Map<String, List<Route<T>>> several;

        RoutesByKey(Map<String, List<Route<T>>> byKey) {
            Map<String, Route<T>> one = new HashMap<>();
            Map<String, List<Route<T>>> more = new HashMap<>();
            byKey.forEach((key, list) -> {
                if (list.size() == 1) {
                    one.put(key, list.get(0));
                } else {
                    more.put(key, List.copyOf(list));
                }
            });
            this.single = Map.copyOf(one);
            this.several = Map.copyOf(more);
        }

        List<Route<T>> get(String key) {
            Route<T> route = single.get(key);
            return route != null ? List.of(route) : several.getOrDefault(key, List.of());
        }
    }
}
