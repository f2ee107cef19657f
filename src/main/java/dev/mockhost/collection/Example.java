package dev.mockhost.collection;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A saved example: the request it answers and the response to give. {@code line} is where it starts in its file.
 * The body is kept as UTF-8 bytes, the form in which most answers are served: a compiled answer without templates
 * shares the array instead of holding a second copy. Nobody writes into it.
 */
public record Example(String id, String name, SavedRequest request, int code, String status,
                      List<NameValue> headers, byte[] bodyUtf8, String previewLanguage, int line) {

    static final byte[] NO_BODY = new byte[0];

    public Example {
        headers = List.copyOf(headers);
        bodyUtf8 = bodyUtf8 == null ? NO_BODY : bodyUtf8;
        previewLanguage = previewLanguage == null ? "" : previewLanguage;
    }

    public Example(String id, String name, SavedRequest request, int code, String status, List<NameValue> headers,
                   String body, String previewLanguage, int line) {
        this(id, name, request, code, status, headers, body == null ? NO_BODY : body.getBytes(StandardCharsets.UTF_8),
                previewLanguage, line);
    }

    /** The body as text. */
    public String body() {
        return new String(bodyUtf8, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return bodyUtf8.length > 0;
    }

    /** Whether the body holds {@code {{}, where a template starts; UTF-8 never uses that byte inside a character. */
    public boolean bodyMayHoldTemplates() {
        for (int i = 1; i < bodyUtf8.length; i++) {
            if (bodyUtf8[i] == '{' && bodyUtf8[i - 1] == '{') {
                return true;
            }
        }
        return false;
    }
}
