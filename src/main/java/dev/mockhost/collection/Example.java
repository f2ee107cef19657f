package dev.mockhost.collection;

import java.util.List;

/**
 * A saved example: the request it answers and the response to give. {@code line} is where it starts in its file.
 */
public record Example(String id, String name, SavedRequest request, int code, String status,
                      List<NameValue> headers, String body, String previewLanguage, int line) {

    public Example {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        previewLanguage = previewLanguage == null ? "" : previewLanguage;
    }
}
