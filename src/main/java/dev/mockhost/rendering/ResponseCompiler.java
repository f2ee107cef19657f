package dev.mockhost.rendering;

import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles an example's answer (spec section 4): enabled headers without the ones that describe a transfer
 * (the body is stored decoded, so replaying {@code Content-Encoding: gzip} would break every client), a
 * Content-Type derived from the preview language when none usable was saved, templates compiled once.
 */
public final class ResponseCompiler {

    /** Saved headers that describe how the original answer travelled, not what it is. */
    private static final Set<String> DROPPED = Set.of("content-length", "transfer-encoding", "connection",
            "content-encoding", "keep-alive");

    public ResponseTemplate compile(Example example, VariableScope scope, Set<String> captureNames) {
        List<ResponseTemplate.HeaderTemplate> headers = new ArrayList<>();
        String contentType = null;
        for (NameValue header : example.headers()) {
            String lower = header.name().toLowerCase(Locale.ROOT);
            if (DROPPED.contains(lower) || header.name().isBlank()) {
                continue;
            }
            if (lower.equals("content-type")) {
                if (!isUsableContentType(header.value())) {
                    continue;
                }
                contentType = header.value();
            }
            headers.add(new ResponseTemplate.HeaderTemplate(header.name(),
                    Template.compile(header.value(), scope, captureNames)));
        }
        if (contentType == null && !example.body().isEmpty()) {
            contentType = derivedContentType(example.previewLanguage());
            headers.add(new ResponseTemplate.HeaderTemplate("Content-Type",
                    Template.compile(contentType, VariableScope.EMPTY, Set.of())));
        }
        Charset charset = charsetOf(contentType);
        Template body = Template.compile(example.body(), scope, captureNames);
        byte[] encoded = body.isConstant() ? body.constantText().getBytes(charset) : null;
        return new ResponseTemplate(example.code(), headers, body, encoded, charset, headerNames(headers));
    }

    static String derivedContentType(String previewLanguage) {
        String type = switch (previewLanguage.toLowerCase(Locale.ROOT)) {
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "html" -> "text/html";
            default -> "text/plain";
        };
        return type + "; charset=UTF-8";
    }

    /** Wildcard types (star slash star) and malformed ones belong in requests; no client can use them in an answer. */
    private static boolean isUsableContentType(String value) {
        if (value.contains("{{")) {
            return true;
        }
        int slash = value.indexOf('/');
        return slash > 0 && slash < value.length() - 1 && value.indexOf('*') < 0;
    }

    /** The charset a Content-Type names, UTF-8 when it names none or one this JVM lacks. */
    public static Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String trimmed = parameter.strip();
                if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = trimmed.substring(8).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException unsupported) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String headerNames(List<ResponseTemplate.HeaderTemplate> headers) {
        Set<String> names = new LinkedHashSet<>();
        headers.forEach(h -> names.add(h.name()));
        return String.join(", ", names);
    }
}
