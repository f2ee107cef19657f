package dev.mockhost.rendering;

import dev.mockhost.collection.NameValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code {{name}}} values known when a mock is compiled: the collection's variables, overridden by the
 * environment's (spec section 1: the environment wins).
 */
public final class VariableScope {

    public static final VariableScope EMPTY = new VariableScope(Map.of());

    private final Map<String, String> values;

    private VariableScope(Map<String, String> values) {
        this.values = values;
    }

    public static VariableScope of(List<NameValue> collectionVariables, List<NameValue> environmentValues) {
        Map<String, String> values = new HashMap<>();
        collectionVariables.forEach(v -> values.put(v.name(), v.value()));
        environmentValues.forEach(v -> values.put(v.name(), v.value()));
        return new VariableScope(Map.copyOf(values));
    }

    /** The value of {@code name}, or null when neither the environment nor the collection defines it. */
    public String value(String name) {
        return values.get(name);
    }

    /**
     * Replaces every resolvable {@code {{name}}} in {@code text}, values included (to a small depth and within an
     * {@link ExpansionBudget}, so variables naming each other can neither loop nor explode); unresolvable ones stay
     * as written.
     */
    public String resolve(String text) {
        return resolve(text, 0, new ExpansionBudget());
    }

    private String resolve(String text, int depth, ExpansionBudget budget) {
        if (depth > TemplateSyntax.MAX_NESTING || text.indexOf("{{") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        TemplateSyntax.scan(text, out::append, (expression, original) -> {
            String value = expression.startsWith("$") ? null : values.get(expression);
            out.append(value == null || !budget.spend(value.length()) ? original
                    : resolve(value, depth + 1, budget));
        });
        return out.toString();
    }
}
