package dev.mockhost.it;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An HTTPS upstream on 127.0.0.1 with a certificate of its own, made by the JDK's keytool for the address
 * {@code 127.0.0.1}: what an intranet test environment with an internal CA looks like to the server. It answers
 * every call 200 with {@code {"tls":"<name>"}}.
 */
final class TlsUpstream implements AutoCloseable {

    static final String PASSWORD = "changeit";

    private final HttpsServer server;
    private final Path keyStore;
    private final Path certificate;

    private TlsUpstream(HttpsServer server, Path keyStore, Path certificate) {
        this.server = server;
        this.keyStore = keyStore;
        this.certificate = certificate;
    }

    static TlsUpstream start(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Path keyStore = folder.resolve(name + ".p12");
        Path certificate = folder.resolve(name + ".crt");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", PASSWORD);
        keytool("-exportcert", "-alias", name, "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-rfc",
                "-file", certificate.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        byte[] body = ("{\"tls\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new TlsUpstream(server, keyStore, certificate);
    }

    /** A PKCS12 trust store holding the certificates of {@code upstreams}, for {@code -Djavax.net.ssl.trustStore}. */
    static Path trustStore(Path file, TlsUpstream... upstreams) throws Exception {
        for (int i = 0; i < upstreams.length; i++) {
            keytool("-importcert", "-noprompt", "-alias", "upstream" + i, "-file",
                    upstreams[i].certificate.toString(), "-storetype", "PKCS12", "-keystore", file.toString(),
                    "-storepass", PASSWORD);
        }
        return file;
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
