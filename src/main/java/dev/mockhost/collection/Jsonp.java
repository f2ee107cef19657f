package dev.mockhost.collection;

import jakarta.json.spi.JsonProvider;

/** The JSON-P provider, looked up once: {@code Json.createX()} searches the class path on every call. */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
