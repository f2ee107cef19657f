package dev.mockhost.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MockTargetTest {

    @ParameterizedTest(name = "{0} under {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "petstore.mocks.intranet, mocks.intranet, petstore",
            "PetStore.MOCKS.intranet, mocks.intranet, PetStore",
            "mocks.intranet, mocks.intranet, -",
            "a.b.mocks.intranet, mocks.intranet, -",
            "petstore.mocks.intranet.evil.test, mocks.intranet, -",
            "127.0.0.1, mocks.intranet, -",
            "petstore.mocks.intranet, '', -",
            "petstore.mocks.intranet, -, -",
    })
    void mockFromHost(String host, String domain, String expected) {
        assertEquals(expected, MockTarget.mockFromHost(host, domain));
    }
}
