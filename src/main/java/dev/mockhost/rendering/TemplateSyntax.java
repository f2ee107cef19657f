package dev.mockhost.rendering;

/** Splits text into literal runs and {@code {{expression}}} placeholders; an unclosed {@code {{} stays literal. */
final class TemplateSyntax {

    /** How deep a variable's value may itself hold variables. */
    static final int MAX_NESTING = 5;

    private TemplateSyntax() {
    }

    interface LiteralSink {
        void literal(String text);
    }

    interface ExpressionSink {
        /** {@code expression} is the text between the braces; {@code original} includes them. */
        void expression(String expression, String original);
    }

    static void scan(String text, LiteralSink literals, ExpressionSink expressions) {
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            if (open > from) {
                literals.literal(text.substring(from, open));
            }
            expressions.expression(text.substring(open + 2, close), text.substring(open, close + 2));
            from = close + 2;
        }
        if (from < text.length()) {
            literals.literal(text.substring(from));
        }
    }
}
