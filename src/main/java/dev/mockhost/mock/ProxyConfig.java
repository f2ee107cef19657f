package dev.mockhost.mock;

import java.net.URI;
import java.util.Locale;

/**
 * The upstream a mock forwards its misses to: {@code "proxy": {"target": "https://api.test.intranet", "mode":
 * "passthrough" | "record"}}. Whether the server may reach the target is the server's decision (its allow-list), not
 * the mock file's, so it is not checked here.
 *
 * @param target an absolute http(s) URL with no query or fragment; a path is a prefix of every forwarded path
 */
public record ProxyConfig(URI target, Mode mode) {

    /** Forward only, or forward and keep the answer as a new example. */
    public enum Mode {
        PASSTHROUGH, RECORD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Null for any other text. */
        public static Mode of(String label) {
            for (Mode mode : values()) {
                if (mode.label().equals(label)) {
                    return mode;
                }
            }
            return null;
        }
    }

    /** {@code host} or {@code host:port} as the allow-list names it; the port is the scheme's when none is given. */
    public String hostAndPort() {
        int port = target.getPort() != -1 ? target.getPort() : "https".equals(target.getScheme()) ? 443 : 80;
        return target.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    public boolean records() {
        return mode == Mode.RECORD;
    }
}
