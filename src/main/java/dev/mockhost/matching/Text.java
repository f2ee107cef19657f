package dev.mockhost.matching;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Case folding and percent-decoding as path and query comparison use them. */
public final class Text {

    private Text() {
    }

    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8 and leaves everything else, {@code +} included, as it is: Postman
     * compares paths and query values percent-decoded, and a malformed escape stays literal instead of failing.
     */
    public static String percentDecode(String text) {
        int percent = text.indexOf('%');
        if (percent < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
