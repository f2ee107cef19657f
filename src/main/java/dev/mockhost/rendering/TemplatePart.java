package dev.mockhost.rendering;

import java.util.List;

/** A piece of a compiled template. */
sealed interface TemplatePart permits TemplatePart.Text, TemplatePart.Capture, TemplatePart.Dynamic,
        TemplatePart.RequestValue {

    void appendTo(StringBuilder out, RenderContext context);

    record Text(String text) implements TemplatePart {
        @Override
        public void appendTo(StringBuilder out, RenderContext context) {
            out.append(text);
        }
    }

    /** The path segment a wildcard of the same name matched; the original text when it matched none. */
    record Capture(String name, String original) implements TemplatePart {
        @Override
        public void appendTo(StringBuilder out, RenderContext context) {
            String value = context.captures().get(name);
            out.append(value == null ? original : value);
        }
    }

    /** A dynamic variable such as {@code {{$guid}}}: a fresh value on every call. */
    record Dynamic(DynamicVariables.Generator generator) implements TemplatePart {
        @Override
        public void appendTo(StringBuilder out, RenderContext context) {
            out.append(context.dynamicValue(generator));
        }
    }

    /**
     * A request-data helper, {@code {{$body 'a.b' 'default'}}} and its kin: a value read from the call, or the
     * default (else nothing) when the call has none.
     */
    record RequestValue(RequestData.Source source, List<String> arguments) implements TemplatePart {
        @Override
        public void appendTo(StringBuilder out, RenderContext context) {
            String value = context.requestData().read(source, arguments.isEmpty() ? null : arguments.get(0));
            if (value == null) {
                value = arguments.size() > 1 ? arguments.get(1) : "";
            }
            out.append(value);
        }
    }
}
