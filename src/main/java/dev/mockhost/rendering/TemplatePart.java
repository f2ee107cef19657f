package dev.mockhost.rendering;

/** A piece of a compiled template. */
sealed interface TemplatePart permits TemplatePart.Text, TemplatePart.Capture {

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
}
