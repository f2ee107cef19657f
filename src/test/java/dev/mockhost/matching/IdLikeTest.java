package dev.mockhost.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdLikeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "42, true", "0, true", "3f2504e0-4f89-11d3-9a0c-0305e82c3301, true", "deadbeef1, true",
            "5f1b2c3d4e5f6a7b8c9d0e1f, true", "usr_01HZX3K4M5N6P7Q8R9, true", "pets, false", "me, false",
            "abcdef, false", "deadbeef, false", "v1, false", "2024-01-01, false", "user-profile-settings, false",
            "a1, false", "12.5, false",
    })
    void decides(String segment, boolean idLike) {
        assertEquals(idLike, IdLike.test(segment));
    }
}
