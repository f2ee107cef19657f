package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;
import dev.mockhost.rendering.ResponseCompiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * An upstream answer as an example can hold it: a body of text, stored decoded (a mock drops
 * {@code Content-Encoding} when it answers), in UTF-8 (its {@code Content-Type} says so when the upstream's named
 * another charset). Browsers ask for compressed answers, so gzip and deflate are undone here; the caller still got
 * the bytes as they came.
 *
 * @param text    the body as text, or null when it cannot be saved ({@link #problem} says why)
 * @param headers the answer's headers as they are saved
 */
record SavedBody(String text, List<NameValue> headers, Recorder.Saved problem) {

    /** The codings whose answers can be decoded, so the only ones asked for in record mode. */
    static final List<String> DECODED = List.of("gzip", "x-gzip", "deflate", "identity");

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?[^\";\\s]+\"?");

    static SavedBody of(Exchange.Upstream answer, int maxBytes) {
        byte[] bytes = answer.body();
        String coding = answer.header("Content-Encoding");
        coding = coding == null ? "identity" : coding.strip().toLowerCase(Locale.ROOT);
        if (!coding.equals("identity")) {
            if (!DECODED.contains(coding)) {
                return new SavedBody(null, List.of(), Recorder.Saved.NOT_TEXT);
            }
            try (InputStream in = coding.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(bytes))
                    : new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(maxBytes + 1); // a small answer may inflate to a huge one
            } catch (IOException corrupt) {
                return new SavedBody(null, List.of(), Recorder.Saved.NOT_TEXT);
            }
        }
        if (bytes.length > maxBytes) {
            return new SavedBody(null, List.of(), Recorder.Saved.TOO_LARGE);
        }
        // the rule the mock's own answers are encoded by: the Content-Type's charset, else UTF-8
        Charset charset = ResponseCompiler.charsetOf(answer.header("Content-Type"));
        String text = decode(bytes, charset);
        if (text == null) {
            return new SavedBody(null, List.of(), Recorder.Saved.NOT_TEXT); // binary: it would be saved corrupted
        }
        List<NameValue> headers = new ArrayList<>();
        for (NameValue header : answer.headers()) {
            if (header.name().equalsIgnoreCase("Content-Encoding")) {
                continue;
            }
            if (header.name().equalsIgnoreCase("Content-Type") && !charset.equals(StandardCharsets.UTF_8)) {
                header = new NameValue(header.name(), CHARSET.matcher(header.value())
                        .replaceFirst(Matcher.quoteReplacement("; charset=UTF-8")));
            }
            headers.add(header);
        }
        return new SavedBody(text, headers, null);
    }

    /** The request's {@code Accept-Encoding} cut to what can be decoded; dropped when nothing is left. */
    static List<NameValue> decodableOnly(List<NameValue> requestHeaders) {
        List<NameValue> out = new ArrayList<>();
        for (NameValue header : requestHeaders) {
            if (!header.name().equalsIgnoreCase("Accept-Encoding")) {
                out.add(header);
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String coding : header.value().split(",")) {
                String name = coding.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (DECODED.contains(name)) {
                    kept.add(coding.strip());
                }
            }
            if (!kept.isEmpty()) {
                out.add(new NameValue(header.name(), String.join(", ", kept)));
            }
        }
        return out;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
