package dev.mockhost.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Tomcat started in its own process from a distribution the build unpacked, with its own base directory (conf,
 * webapps, logs), the way an operator runs one: the WAR copied into {@code webapps/}, settings given as environment
 * variables, system properties or the application's context file. Loopback only.
 */
public final class TomcatProcess extends ServerProcess {

    /** How to start it. */
    public record Options(Path distribution, Map<String, String> environment, List<String> jvmArguments,
                   String connectorAttributes, String contextXml) {

        public static Options tomcat10() {
            return new Options(distribution("mockhost.it.tomcat10"), Map.of(), List.of(), "", null);
        }

        public static Options tomcat11() {
            return new Options(distribution("mockhost.it.tomcat11"), Map.of(), List.of(), "", null);
        }

        public Options environment(Map<String, String> values) {
            return new Options(distribution, values, jvmArguments, connectorAttributes, contextXml);
        }

        public Options jvm(String... arguments) {
            return new Options(distribution, environment, List.of(arguments), connectorAttributes, contextXml);
        }

        /** Extra attributes of the HTTP connector, such as {@code maxThreads="4"}. */
        public Options connector(String attributes) {
            return new Options(distribution, environment, jvmArguments, attributes, contextXml);
        }

        /** The application's context file, {@code conf/Catalina/localhost/mockhost.xml}. */
        public Options context(String xml) {
            return new Options(distribution, environment, jvmArguments, connectorAttributes, xml);
        }

        private static Path distribution(String property) {
            Path home = Path.of(System.getProperty(property, "target/servers/none")).toAbsolutePath();
            if (!Files.isDirectory(home.resolve("bin"))) {
                throw new IllegalStateException("no Tomcat distribution at " + home + "; run mvn verify");
            }
            return home;
        }
    }

    private TomcatProcess(Process process, int port, Path logs) {
        super(process, port, logs);
    }

    public static TomcatProcess start(Path base, Options options) throws IOException, InterruptedException {
        Path home = options.distribution();
        int port = freePort();
        for (String folder : List.of("conf", "webapps", "logs", "temp", "work")) {
            Files.createDirectories(base.resolve(folder));
        }
        for (String file : List.of("catalina.properties", "logging.properties", "web.xml", "context.xml")) {
            Files.copy(home.resolve("conf").resolve(file), base.resolve("conf").resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
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
                """.formatted(port, options.connectorAttributes()));
        if (options.contextXml() != null) {
            Path context = base.resolve("conf/Catalina/localhost/mockhost.xml");
            Files.createDirectories(context.getParent());
            Files.writeString(context, options.contextXml());
        }
        Path war = base.resolve("webapps/mockhost.war");
        if (!Files.exists(war)) {
            Files.copy(Path.of(System.getProperty("mockhost.it.war", "target/mockhost.war")), war);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcatalina.home=" + home, "-Dcatalina.base=" + base,
                "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties"),
                "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager"));
        command.addAll(options.jvmArguments());
        command.addAll(List.of("-classpath", home.resolve("bin/bootstrap.jar") + ":"
                + home.resolve("bin/tomcat-juli.jar"), "org.apache.catalina.startup.Bootstrap", "start"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile())
                .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.log").toFile());
        builder.environment().putAll(options.environment());
        TomcatProcess tomcat = new TomcatProcess(builder.start(), port, base.resolve("logs"));
        tomcat.awaitReady(Duration.ofSeconds(90));
        return tomcat;
    }
}
