package dev.mockhost.rendering;

import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles an example's answer (spec section 4): enabled headers without the ones that describe a transfer
 * (the body is stored decoded, so replaying {@code Content-Encoding: gzip} would break every client), a
 * Content-Type derived from the preview language when none usable was saved, templates compiled once. One
 * compiler serves one mock's build: header lists are shared between the examples that saved the same ones.
 */
public final class ResponseCompiler {

    /** Saved headers that describe how the original answer travelled, not what it is. */
    private static final Set<String> DROPPED = Set.of("content-length", "transfer-encoding", "connection",
            "content-encoding", "keep-alive");

    /** Header lists without templates, compiled once for every example that saved the same ones. */
    private final Map<HeaderKey, Headers> sharedHeaders = new HashMap<>();

    public ResponseTemplate compile(Example example, VariableScope scope, Set<String> captureNames) {
        Headers headers = headers(example, scope, captureNames);
        Charset charset = charsetOf(headers.contentType());
        Template body = null;
        byte[] encoded;
        if (!example.bodyMayHoldTemplates()) {
            // shared with the collection's model when no other charset is asked for: the body is stored once
            encoded = charset.equals(StandardCharsets.UTF_8) ? example.bodyUtf8() : example.body().getBytes(charset);
        } else {
            body = Template.compile(example.body(), scope, captureNames);
            encoded = body.isConstant() ? body.constantText().getBytes(charset) : null;
            body = body.isConstant() ? null : body;
        }
        return new ResponseTemplate(example.code(), headers.templates(), body, encoded, charset);
    }

    private Headers headers(Example example, VariableScope scope, Set<String> captureNames) {
        boolean constant = example.headers().stream().noneMatch(h -> h.value().contains("{{"));
        if (!constant) {
            return compileHeaders(example, scope, captureNames);
        }
        return sharedHeaders.computeIfAbsent(new HeaderKey(example.headers(), example.previewLanguage(),
                example.hasBody()), key -> compileHeaders(example, VariableScope.EMPTY, Set.of()));
    }

    private static Headers compileHeaders(Example example, VariableScope scope, Set<String> captureNames) {
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
        if (contentType == null && example.hasBody()) {
            contentType = derivedContentType(example.previewLanguage());
            headers.add(new ResponseTemplate.HeaderTemplate("Content-Type",
                    Template.compile(contentType, VariableScope.EMPTY, Set.of())));
        }
        return new Headers(List.copyOf(headers), contentType);
    }

    private record HeaderKey(List<NameValue> headers, String previewLanguage, boolean hasBody) {
    }

    private record Headers(List<ResponseTemplate.HeaderTemplate> templates, String contentType) {
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

}
