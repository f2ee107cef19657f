package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SavedBodyTest {

    private static Exchange.Upstream answer(byte[] body, String... headers) {
        List<NameValue> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            pairs.add(new NameValue(headers[i], headers[i + 1]));
        }
        return new Exchange.Upstream(200, pairs, body);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void utf8TextIsSavedAsItCame() {
        SavedBody saved = SavedBody.of(answer("{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json"), 100);
        assertEquals("{\"name\":\"Zoë\"}", saved.text());
        assertEquals(List.of(new NameValue("Content-Type", "application/json")), saved.headers());
    }

    @Test
    void gzipAndDeflateAreDecodedAndTheirHeaderDropped() throws IOException {
        SavedBody gzipped = SavedBody.of(answer(gzip("hello"), "Content-Encoding", "gzip", "X-Id", "1"), 100);
        assertEquals("hello", gzipped.text());
        assertEquals(List.of(new NameValue("X-Id", "1")), gzipped.headers());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write("deflated".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("deflated", SavedBody.of(answer(out.toByteArray(), "Content-Encoding", "deflate"), 100).text());
    }

    @Test
    void aCompressedAnswerIsMeasuredInflated() throws IOException {
        SavedBody bomb = SavedBody.of(answer(gzip("x".repeat(10_000)), "Content-Encoding", "gzip"), 1000);
        assertEquals(Recorder.Saved.TOO_LARGE, bomb.problem());
    }

    @Test
    void anotherCharsetIsSavedAsUtf8AndSaysSo() {
        SavedBody latin = SavedBody.of(answer("café".getBytes(StandardCharsets.ISO_8859_1),
                "Content-Type", "text/plain; charset=ISO-8859-1"), 100);
        assertEquals("café", latin.text());
        assertEquals("text/plain; charset=UTF-8", latin.headers().get(0).value());
    }

    @Test
    void binaryOrUnknownCodingsAreNotSaved() {
        assertEquals(Recorder.Saved.NOT_TEXT, SavedBody.of(answer(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff},
                "Content-Type", "image/png"), 100).problem());
        SavedBody brotli = SavedBody.of(answer(new byte[] {1, 2, 3}, "Content-Encoding", "br"), 100);
        assertEquals(Recorder.Saved.NOT_TEXT, brotli.problem());
        assertNull(brotli.text());
        assertEquals(Recorder.Saved.NOT_TEXT, SavedBody.of(answer(new byte[] {1, 2}, "Content-Encoding", "gzip"), 100)
                .problem(), "a corrupt gzip body");
    }

    @Test
    void recordedCallsAskOnlyForCodingsThatCanBeDecoded() {
        List<NameValue> asked = SavedBody.decodableOnly(List.of(new NameValue("Accept", "*/*"),
                new NameValue("Accept-Encoding", "gzip, deflate, br, zstd;q=0.5")));
        assertEquals(List.of(new NameValue("Accept", "*/*"), new NameValue("Accept-Encoding", "gzip, deflate")), asked);
        assertEquals(List.of(), SavedBody.decodableOnly(List.of(new NameValue("accept-encoding", "br"))),
                "nothing left: the upstream answers uncompressed");
    }
}
