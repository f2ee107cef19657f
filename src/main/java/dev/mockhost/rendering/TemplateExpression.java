package dev.mockhost.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses what stands between the braces of a {@code $} expression: a helper or dynamic variable name, then
 * arguments, bare or quoted with {@code '} or {@code "} ({@code \'} inside quotes is a quote; other backslashes are
 * kept, so {@code 'a\.b'} reaches the object-path reader intact).
 */
record TemplateExpression(String name, List<String> arguments) {

    static TemplateExpression parse(String expression) {
        String text = expression.strip();
        int space = indexOfWhitespace(text);
        String name = space < 0 ? text : text.substring(0, space);
        List<String> arguments = new ArrayList<>();
        int i = space < 0 ? text.length() : space;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder argument = new StringBuilder();
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    if (text.charAt(j) == '\\' && j + 1 < text.length() && text.charAt(j + 1) == c) {
                        j++;
                    }
                    argument.append(text.charAt(j));
                    j++;
                }
                arguments.add(argument.toString());
                i = j + 1;
            } else {
                int end = indexOfWhitespace(text.substring(i));
                end = end < 0 ? text.length() : i + end;
                arguments.add(text.substring(i, end));
                i = end;
            }
        }
        return new TemplateExpression(name, arguments);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
