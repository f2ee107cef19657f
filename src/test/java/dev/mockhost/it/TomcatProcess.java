package dev.mockhost.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Tomcat started in its own process from the distribution the build unpacked, with its own base directory
 * (conf, webapps, logs), the way an operator runs one: the WAR copied into {@code webapps/}, settings given as
 * environment variables or system properties. Loopback only; stopped gracefully or killed.
 */
final class TomcatProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path base;

    private TomcatProcess(Process process, int port, Path base) {
        this.process = process;
        this.port = port;
        this.base = base;
    }

    static Path distribution() {
        Path home = Path.of(System.getProperty("mockhost.it.tomcat10", "target/servers/apache-tomcat-10.1.55"));
        if (!Files.isDirectory(home.resolve("bin"))) {
            throw new IllegalStateException("no Tomcat distribution at " + home + "; run mvn verify");
        }
        return home.toAbsolutePath();
    }

    /** Prepares {@code base} with the WAR as {@code webapps/mockhost.war} and starts Tomcat on a free port. */
    static TomcatProcess start(Path base, Map<String, String> environment, List<String> jvmArguments)
            throws IOException, InterruptedException {
        return start(base, environment, jvmArguments, "");
    }

    /** As {@link #start(Path, Map, List)}, with extra attributes for the HTTP connector ({@code maxThreads="4"}). */
    static TomcatProcess start(Path base, Map<String, String> environment, List<String> jvmArguments,
                               String connectorAttributes) throws IOException, InterruptedException {
        return start(base, environment, jvmArguments, connectorAttributes, null);
    }

    /**
     * As above, with the application's own context file ({@code conf/Catalina/localhost/mockhost.xml}), where an
     * operator declares a DataSource or context parameters; null for none.
     */
    static TomcatProcess start(Path base, Map<String, String> environment, List<String> jvmArguments,
                               String connectorAttributes, String contextXml) throws IOException, InterruptedException {
        Path home = distribution();
        int port = freePort();
        for (String folder : List.of("conf", "webapps", "logs", "temp", "work")) {
            Files.createDirectories(base.resolve(folder));
        }
        for (String file : List.of("catalina.properties", "logging.properties", "web.xml", "context.xml")) {
            Files.copy(home.resolve("conf").resolve(file), base.resolve("conf").resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(base.resolve("conf/server.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1">
                  <Service name="Catalina">
                    <Connector port="%d" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="20000" %s />
                    <Engine name="Catalina" defaultHost="localhost">
                      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
                    </Engine>
                  </Service>
                </Server>
                """.formatted(port, connectorAttributes));
        if (contextXml != null) {
            Path context = base.resolve("conf/Catalina/localhost/mockhost.xml");
            Files.createDirectories(context.getParent());
            Files.writeString(context, contextXml);
        }
        Path war = base.resolve("webapps/mockhost.war");
        if (!Files.exists(war)) {
            Files.copy(Path.of(System.getProperty("mockhost.it.war", "target/mockhost.war")), war);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcatalina.home=" + home, "-Dcatalina.base=" + base,
                "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties"),
                "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager"));
        command.addAll(jvmArguments);
        command.addAll(List.of("-classpath", home.resolve("bin/bootstrap.jar") + ":"
                + home.resolve("bin/tomcat-juli.jar"), "org.apache.catalina.startup.Bootstrap", "start"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.log").toFile());
        builder.environment().putAll(environment);
        TomcatProcess tomcat = new TomcatProcess(builder.start(), port, base);
        tomcat.awaitReady(Duration.ofSeconds(90));
        return tomcat;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/mockhost/";
    }

    Path base() {
        return base;
    }

    /** SIGTERM: the JVM's shutdown hook stops Tomcat and undeploys the application, as an operator's stop does. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL: nothing runs, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tomcat exited; see " + base.resolve("logs"));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "api/status")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("Tomcat did not serve within " + timeout + "; see " + base.resolve("logs"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
