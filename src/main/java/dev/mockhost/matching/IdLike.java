package dev.mockhost.matching;

/**
 * Which path segments count as ids for Postman's "id-like segments are equal" step. Postman publishes no exact rule;
 * Mockhost's (README, "Matching rules"): all digits; a UUID; hex of 8 or more characters with a digit; letters,
 * digits, {@code -} and {@code _}, 16 or more, with both a letter and a digit.
 */
final class IdLike {

    private IdLike() {
    }

    static boolean test(String segment) {
        int length = segment.length();
        if (length == 0 || length > 128) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        boolean hex = true;
        for (int i = 0; i < length; i++) {
            char c = segment.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
                hex &= Character.digit(c, 16) >= 0;
            } else if (c == '-' || c == '_') {
                hex = false;
            } else {
                return false;
            }
        }
        if (!letter) {
            return digit && (length == countDigits(segment) || isUuid(segment));
        }
        return isUuid(segment) || (hex && digit && length >= 8) || (digit && length >= 16);
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
