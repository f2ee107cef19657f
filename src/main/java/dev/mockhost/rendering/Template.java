package dev.mockhost.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A response text compiled once, when its mock is built: environment and collection variables are already
 * inserted; what remains are the parts that depend on the call (path captures, request data, dynamic values),
 * rendered in Postman's order: variables, captures, request-data helpers, dynamic variables.
 * A template without such parts is constant and renders to the same text every time.
 */
public final class Template {

    private final List<TemplatePart> parts;
    private final String constant;

    private Template(List<TemplatePart> parts) {
        this.parts = List.copyOf(parts);
        this.constant = parts.stream().allMatch(TemplatePart.Text.class::isInstance) ? joinText(parts) : null;
    }

    /**
     * Compiles {@code source}. Variables the scope defines become text; names in {@code captureNames} read the
     * path segment their wildcard matched; anything else stays as written.
     */
    public static Template compile(String source, VariableScope scope, Set<String> captureNames) {
        List<TemplatePart> parts = new ArrayList<>();
        new Compiler(scope, captureNames, parts, new ExpansionBudget()).compile(source, 0);
        return new Template(merge(parts));
    }

    public boolean isConstant() {
        return constant != null;
    }

    /** The text of a constant template; null otherwise. */
    public String constantText() {
        return constant;
    }

    public String render(RenderContext context) {
        if (constant != null) {
            return constant;
        }
        StringBuilder out = new StringBuilder();
        for (TemplatePart part : parts) {
            part.appendTo(out, context);
        }
        return out.toString();
    }

    private static String joinText(List<TemplatePart> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(((TemplatePart.Text) p).text()));
        return out.toString();
    }

    private static List<TemplatePart> merge(List<TemplatePart> parts) {
        List<TemplatePart> merged = new ArrayList<>(parts.size());
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Text t) {
                text.append(t.text());
                continue;
            }
            if (text.length() > 0) {
                merged.add(new TemplatePart.Text(text.toString()));
                text.setLength(0);
            }
            merged.add(part);
        }
        if (text.length() > 0 || merged.isEmpty()) {
            merged.add(new TemplatePart.Text(text.toString()));
        }
        return merged;
    }

    private record Compiler(VariableScope scope, Set<String> captureNames, List<TemplatePart> parts,
                            ExpansionBudget budget) {

        void compile(String source, int depth) {
            TemplateSyntax.scan(source, text -> parts.add(new TemplatePart.Text(text)),
                    (expression, original) -> expression(expression, original, depth));
        }

        private void expression(String expression, String original, int depth) {
            if (expression.strip().startsWith("$")) {
                parts.add(special(TemplateExpression.parse(expression), original));
                return;
            }
            String value = scope.value(expression);
            if (value != null && value.isEmpty() && captureNames.contains(expression)) {
                // an empty variable matched a path segment as a wildcard does: the segment is its value
                parts.add(new TemplatePart.Capture(expression, value));
            } else if (value != null) {
                if (!budget.spend(value.length())) {
                    parts.add(new TemplatePart.Text(original));
                } else if (depth < TemplateSyntax.MAX_NESTING) {
                    compile(value, depth + 1);
                } else {
                    parts.add(new TemplatePart.Text(value));
                }
            } else if (captureNames.contains(expression)) {
                parts.add(new TemplatePart.Capture(expression, original));
            } else {
                parts.add(new TemplatePart.Text(original));
            }
        }

        /** A request-data helper or a dynamic variable; anything else stays as written. */
        private static TemplatePart special(TemplateExpression expression, String original) {
            String name = expression.name().substring(1);
            RequestData.Source source = RequestData.Source.named(name);
            if (source != null) {
                return new TemplatePart.RequestValue(source, expression.arguments());
            }
            DynamicVariables.Generator generator = DynamicVariables.generator(name);
            if (generator != null && expression.arguments().isEmpty()) {
                return new TemplatePart.Dynamic(generator);
            }
            return new TemplatePart.Text(original);
        }
    }
}
