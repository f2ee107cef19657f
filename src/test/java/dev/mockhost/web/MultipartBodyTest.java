package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartBodyTest {

    /** A part as the container hands it over: headers in order, content in memory. */
    private record FakePart(List<NameValue> headers, byte[] content) implements Part {

        static FakePart of(byte[] content, String... headers) {
            List<NameValue> pairs = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                pairs.add(new NameValue(headers[i], headers[i + 1]));
            }
            return new FakePart(pairs, content);
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getContentType() {
            return getHeader("content-type");
        }

        @Override
        public String getName() {
            return null; // not read by the encoder: the name travels in Content-Disposition
        }

        @Override
        public String getSubmittedFileName() {
            return null;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {
        }

        @Override
        public String getHeader(String name) {
            return getHeaders(name).stream().findFirst().orElse(null);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(NameValue::value).toList();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers.stream().map(NameValue::name).distinct().toList();
        }
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void eachPartIsDelimitedAndKeepsItsHeadersAndContentThenTheCloseDelimiterEnds() throws Exception {
        List<Part> parts = List.of(
                FakePart.of(ascii("rex"), "content-disposition", "form-data; name=\"name\""),
                FakePart.of(allBytes(), "content-disposition", "form-data; name=\"photo\"; filename=\"p.bin\"",
                        "content-type", "application/octet-stream"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(ascii("--XyZ\r\n"
                + "content-disposition: form-data; name=\"name\"\r\n"
                + "\r\n"
                + "rex\r\n"
                + "--XyZ\r\n"
                + "content-disposition: form-data; name=\"photo\"; filename=\"p.bin\"\r\n"
                + "content-type: application/octet-stream\r\n"
                + "\r\n"));
        expected.writeBytes(allBytes());
        expected.writeBytes(ascii("\r\n--XyZ--\r\n"));
        assertArrayEquals(expected.toByteArray(), MultipartBody.encode("XyZ", parts, StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderGivenTwiceIsWrittenTwice() throws Exception {
        Part part = FakePart.of(ascii("v"), "content-disposition", "form-data; name=\"a\"", "x-note", "one",
                "x-note", "two");
        assertEquals("--b\r\ncontent-disposition: form-data; name=\"a\"\r\nx-note: one\r\nx-note: two\r\n\r\nv\r\n"
                + "--b--\r\n", new String(MultipartBody.encode("b", List.of(part), StandardCharsets.UTF_8),
                StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyPartKeepsItsEmptyContent() throws Exception {
        Part part = FakePart.of(new byte[0], "content-disposition", "form-data; name=\"empty\"");
        assertEquals("--b\r\ncontent-disposition: form-data; name=\"empty\"\r\n\r\n\r\n--b--\r\n",
                new String(MultipartBody.encode("b", List.of(part), StandardCharsets.UTF_8),
                        StandardCharsets.US_ASCII));
    }

    @Test
    void noPartsIsTheCloseDelimiterAlone() throws Exception {
        assertEquals("--b--\r\n", new String(MultipartBody.encode("b", List.of(), StandardCharsets.UTF_8),
                StandardCharsets.US_ASCII));
    }

    @Test
    void headerValuesGoOutInTheCharsetTheContainerDecodedThemWith() throws Exception {
        Part part = FakePart.of(ascii("x"), "content-disposition", "form-data; name=\"f\"; filename=\"\u00e9.txt\"");
        byte[] latin1 = MultipartBody.encode("b", List.of(part), StandardCharsets.ISO_8859_1);
        byte[] utf8 = MultipartBody.encode("b", List.of(part), StandardCharsets.UTF_8);
        assertTrue(contains(latin1, new byte[] {'"', (byte) 0xE9, '.'}), "one byte in ISO-8859-1");
        assertTrue(contains(utf8, new byte[] {'"', (byte) 0xC3, (byte) 0xA9, '.'}), "two bytes in UTF-8");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "multipart/form-data; boundary=abc123                  | abc123",
            "multipart/form-data;boundary=abc123                   | abc123",
            "multipart/form-data; BOUNDARY=abc123                  | abc123",
            "multipart/form-data; boundary=\"a b;c\"               | a b;c",
            "multipart/form-data; charset=UTF-8; boundary=----x--y | ----x--y",
            "multipart/form-data; boundary=abc; charset=UTF-8      | abc",
            "multipart/form-data                                   | -",
            "multipart/form-data; boundary=                        | -",
            "multipart/form-data; boundary=\"unclosed             | -",
            "multipart/form-data; name=\"x;boundary=no\"; boundary=yes | yes",
    })
    void boundaryIsTheContentTypesParameter(String contentType, String expected) {
        assertEquals(expected, MultipartBody.boundary(contentType.strip()));
    }

    @Test
    void onlyFormDataIsMultipart() {
        assertTrue(MultipartBody.isMultipart("multipart/form-data; boundary=a"));
        assertTrue(MultipartBody.isMultipart("Multipart/Form-Data; boundary=a"));
        assertFalse(MultipartBody.isMultipart("multipart/mixed; boundary=a"));
        assertFalse(MultipartBody.isMultipart("application/json"));
        assertFalse(MultipartBody.isMultipart(null));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
