package dev.mockhost.rendering;

import net.datafaker.Faker;

import java.util.Map;
import java.util.function.Function;

/**
 * Postman's dynamic variables ({@code {{$guid}}}, {@code {{$randomFirstName}}}...), each a fresh value on every
 * call, generated with Datafaker. The catalog is fixed; the Faker comes from the renderer, one per thread, since a
 * Faker is not safe to share.
 */
public final class DynamicVariables {

    private static final Map<String, Function<Faker, String>> CATALOG = DynamicVariableCatalog.build();

    private DynamicVariables() {
    }

    /** A dynamic variable's value generator. */
    public record Generator(String name, Function<Faker, String> function) {

        String value(Faker faker) {
            return function.apply(faker);
        }
    }

    /** The generator for {@code name} (without {@code $}), or null when Postman has no such variable. */
    public static Generator generator(String name) {
        Function<Faker, String> function = CATALOG.get(name);
        return function == null ? null : new Generator(name, function);
    }

    /** Every name, without {@code $}. */
    public static java.util.Set<String> names() {
        return CATALOG.keySet();
    }
}
