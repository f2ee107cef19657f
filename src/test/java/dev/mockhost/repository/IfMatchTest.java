package dev.mockhost.repository;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** If-Match as RFC 9110 reads it, against versions made from file bytes. */
class IfMatchTest {

    private static final FileVersion ONE = FileVersion.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
    private static final FileVersion TWO = FileVersion.of("{\"a\": 2}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aVersionIsTheFirst128BitsOfTheSha256OfTheBytesQuoted() {
        // SHA-256 of the empty string starts e3b0c442 98fc1c14 9afbf4c8 996fb924
        assertEquals("\"e3b0c44298fc1c149afbf4c8996fb924\"", FileVersion.of(new byte[0]).tag());
        assertEquals(34, ONE.tag().length());
        assertEquals(ONE, FileVersion.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)), "same bytes, same version");
        assertNotEquals(ONE, TWO);
    }

    @Test
    void noFileHasItsOwnFixedVersion() {
        assertEquals(FileVersion.NO_FILE, FileVersion.of(null));
        assertFalse(FileVersion.NO_FILE.hasFile());
        assertTrue(ONE.hasFile());
        assertNotEquals(FileVersion.NO_FILE, FileVersion.of(new byte[0]), "an empty file is not no file");
    }

    @Test
    void withoutTheHeaderEveryWriteGoesThrough() {
        assertEquals(IfMatch.NONE, IfMatch.parse(null));
        assertEquals(IfMatch.NONE, IfMatch.parse("  "));
        assertTrue(IfMatch.NONE.allows(ONE, true));
        assertTrue(IfMatch.NONE.allows(FileVersion.NO_FILE, false));
    }

    @Test
    void theCurrentVersionMatches() {
        assertTrue(IfMatch.parse(ONE.tag()).allows(ONE, true));
        assertFalse(IfMatch.parse(ONE.tag()).allows(TWO, true), "a stale version");
    }

    @Test
    void anyOfAListMatches() {
        IfMatch list = IfMatch.parse(TWO.tag() + " , " + ONE.tag());
        assertTrue(list.allows(ONE, true));
        assertTrue(list.allows(TWO, true));
    }

    @Test
    void aWeakTagNeverMatchesForIfMatchComparesStrongly() {
        assertFalse(IfMatch.parse("W/" + ONE.tag()).allows(ONE, true));
    }

    @Test
    void anUnquotedTagIsNotTheQuotedOne() {
        assertFalse(IfMatch.parse(ONE.tag().replace("\"", "")).allows(ONE, true));
    }

    @Test
    void starMeansTheResourceExists() {
        IfMatch star = IfMatch.parse("*");
        assertTrue(star.allows(ONE, true));
        assertTrue(star.allows(FileVersion.NO_FILE, true), "an implicit mock exists without a file");
        assertFalse(star.allows(FileVersion.NO_FILE, false));
    }

    @Test
    void aResourceThatIsGoneMatchesNoTag() {
        assertFalse(IfMatch.of(FileVersion.NO_FILE).allows(FileVersion.NO_FILE, false));
        assertTrue(IfMatch.of(FileVersion.NO_FILE).allows(FileVersion.NO_FILE, true), "the implicit mock's tag");
    }
}
