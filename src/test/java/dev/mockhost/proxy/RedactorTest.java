package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactorTest {

    private final Redactor redactor = new Redactor(Set.of("X-Session"), Set.of("password", "Token"));

    @Test
    void credentialHeadersAreAlwaysRedacted() {
        List<NameValue> out = new Redactor(Set.of(), Set.of()).headers(List.of(new NameValue("Authorization", "Bearer s"),
                new NameValue("cookie", "a=1"), new NameValue("Set-Cookie", "b=2"), new NameValue("X-Api-Key", "k"),
                new NameValue("Accept", "text/plain")));
        assertEquals(List.of(new NameValue("Authorization", Redactor.REDACTED), new NameValue("cookie", Redactor.REDACTED),
                new NameValue("Set-Cookie", Redactor.REDACTED), new NameValue("X-Api-Key", Redactor.REDACTED),
                new NameValue("Accept", "text/plain")), out);
    }

    @Test
    void configuredHeadersAreRedactedWhateverTheirCase() {
        assertEquals(List.of(new NameValue("x-session", Redactor.REDACTED)),
                redactor.headers(List.of(new NameValue("x-session", "abc"))));
    }

    @Test
    void configuredFieldsAreRedactedAtAnyDepth() {
        assertEquals("{\"user\":\"ann\",\"password\":\"[redacted]\",\"inner\":[{\"token\":\"[redacted]\",\"n\":1}]}",
                redactor.body("{\"user\":\"ann\",\"password\":\"x\",\"inner\":[{\"token\":{\"a\":1},\"n\":1}]}"));
    }

    @Test
    void nullStaysNull() {
        assertEquals("{\"password\":null,\"a\":1}", redactor.body("{\"password\":null,\"a\":1,\"x\":2}")
                .replace(",\"x\":2", ""));
    }

    @Test
    void bodiesWithoutNamedFieldsAreKeptByteForByte() {
        assertEquals("{ \"a\" : 1 }", redactor.body("{ \"a\" : 1 }"));
    }

    @Test
    void textThatIsNotJsonIsKept() {
        assertEquals("password=x", redactor.body("password=x"));
        assertEquals("{not json", redactor.body("{not json"));
    }
}
