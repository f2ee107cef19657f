package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.ArrayList;
import java.util.List;

/** Query strings and urlencoded bodies split into decoded pairs. */
public final class FormData {

    private FormData() {
    }

    /** A query string: {@code %XX} decoded, {@code +} kept (Postman compares query values percent-decoded). */
    public static List<NameValue> query(String raw) {
        return pairs(raw, false);
    }

    /** An {@code application/x-www-form-urlencoded} body: {@code +} is a space, as browsers encode it. */
    public static List<NameValue> urlencoded(String raw) {
        return pairs(raw, true);
    }

    private static List<NameValue> pairs(String raw, boolean plusIsSpace) {
        List<NameValue> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        int from = 0;
        while (from <= raw.length()) {
            int end = raw.indexOf('&', from);
            if (end < 0) {
                end = raw.length();
            }
            if (end > from) {
                String part = raw.substring(from, end);
                int equals = part.indexOf('=');
                String name = equals < 0 ? part : part.substring(0, equals);
                String value = equals < 0 ? "" : part.substring(equals + 1);
                pairs.add(new NameValue(decode(name, plusIsSpace), decode(value, plusIsSpace)));
            }
            from = end + 1;
        }
        return pairs;
    }

    private static String decode(String text, boolean plusIsSpace) {
        return Text.percentDecode(plusIsSpace ? text.replace('+', ' ') : text);
    }
}
