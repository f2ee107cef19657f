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
        for (Route<T> route : routes) {
            methods.computeIfAbsent(route.method(), m -> new ArrayList<>()).add(route);
        }
        Map<String, PathTrie<T>> tries = new HashMap<>();
        methods.forEach((method, list) -> tries.put(method, PathTrie.of(list)));
        this.byMethod = Map.copyOf(tries);
        this.byId = new RoutesByKey<>(routes, Route::id);
        this.byName = new RoutesByKey<>(routes, Route::name);
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

    PathTrie<T> trie(String method) {
        return byMethod.get(method);
    }

    Map<String, PathTrie<T>> tries() {
        return byMethod;
    }

    List<Route<T>> withId(String id) {
        return byId.get(id);
    }

    /** Sorted by id. */
    List<Route<T>> named(String name) {
        return byName.get(name);
    }

    /**
     * Routes by a key that is nearly always unique (ids, names): the single route itself, and lists (sorted by id)
     * only for the keys several routes share, so a map entry per example costs no list.
     */
    private static final class RoutesByKey<T> {
        private final Map<String, Route<T>> single;
        private final Map<String, List<Route<T>>> several;

        RoutesByKey(List<Route<T>> routes, java.util.function.Function<Route<T>, String> key) {
            Map<String, Route<T>> one = new HashMap<>(routes.size() * 2);
            Map<String, List<Route<T>>> more = new HashMap<>();
            for (Route<T> route : routes) {
                String k = key.apply(route);
                List<Route<T>> shared = more.get(k);
                if (shared != null) {
                    shared.add(route);
                    continue;
                }
                Route<T> first = one.putIfAbsent(k, route);
                if (first != null) {
                    one.remove(k);
                    more.put(k, new ArrayList<>(List.of(first, route)));
                }
            }
            more.values().forEach(list -> list.sort(BY_ID));
            more.replaceAll((k, list) -> List.copyOf(list));
            this.single = Map.copyOf(one);
            this.several = Map.copyOf(more);
        }

        List<Route<T>> get(String key) {
            Route<T> route = single.get(key);
            return route != null ? List.of(route) : several.getOrDefault(key, List.of());
        }
    }
}
