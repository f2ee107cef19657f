package dev.mockhost.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly started in its own process from the distribution the build unpacked ({@code org.wildfly:wildfly-dist}),
 * with its own server base directory, bound to 127.0.0.1 on free ports, and {@code mockhost-jakartaee.war} dropped
 * into {@code deployments/}, as an operator deploys it. {@code standalone.xml} can carry system properties and JNDI
 * bindings, the WildFly ways to give settings.
 */
final class WildflyProcess extends ServerProcess {

    private WildflyProcess(Process process, int port, Path logs) {
        super(process, port, logs);
    }

    /**
     * @param systemProperties written into {@code standalone.xml}'s {@code <system-properties>}
     * @param jndiBindings     written into the naming subsystem as {@code java:global} simple bindings
     */
    static WildflyProcess start(Path base, Map<String, String> environment, List<String> jvmArguments,
                                Map<String, String> systemProperties, Map<String, String> jndiBindings)
            throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("mockhost.it.wildfly", "target/servers/none")).toAbsolutePath();
        if (!Files.isDirectory(home.resolve("modules"))) {
            throw new IllegalStateException("no WildFly distribution at " + home + "; run mvn verify");
        }
        copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        Path config = base.resolve("configuration/standalone.xml");
        Files.writeString(config, configure(Files.readString(config), systemProperties, jndiBindings));
        Files.copy(Path.of(System.getProperty("mockhost.it.jakartaee.war", "target/mockhost-jakartaee.war")),
                base.resolve("deployments/mockhost.war"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.http.port=" + port, "-Djboss.https.port=" + freePort(),
                "-Djboss.management.http.port=" + freePort(), "-Djboss.management.https.port=" + freePort()));
        command.addAll(jvmArguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(base.resolve("log/console.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the script then runs Java in the background and passes SIGTERM on, so a stop is graceful
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        WildflyProcess wildfly = new WildflyProcess(builder.start(), port, base.resolve("log"));
        wildfly.awaitReady(Duration.ofSeconds(180));
        return wildfly;
    }

    private static String configure(String xml, Map<String, String> systemProperties,
                                    Map<String, String> jndiBindings) {
        // the micrometer subsystem on, as on a server whose operator collects metrics: it offers every deployment
        // the server's own, older Micrometer, and Mockhost must still run on the one it bundles
        String configured = xml.replace("<extensions>", "<extensions>\n        <extension "
                + "module=\"org.wildfly.extension.micrometer\"/>").replaceFirst("(<profile>)",
                "$1\n        <subsystem xmlns=\"urn:wildfly:micrometer:community:2.0\"/>");
        if (!systemProperties.isEmpty()) {
            StringBuilder properties = new StringBuilder("</extensions>\n    <system-properties>\n");
            systemProperties.forEach((name, value) -> properties.append("        <property name=\"").append(name)
                    .append("\" value=\"").append(value).append("\"/>\n"));
            configured = configured.replace("</extensions>", properties.append("    </system-properties>"));
        }
        if (!jndiBindings.isEmpty()) {
            StringBuilder bindings = new StringBuilder("$1\n            <bindings>\n");
            jndiBindings.forEach((name, value) -> bindings.append("                <simple name=\"java:global/")
                    .append(name).append("\" value=\"").append(value).append("\"/>\n"));
            configured = configured.replaceFirst("(<subsystem xmlns=\"urn:jboss:domain:naming:[0-9.]+\">)",
                    bindings.append("            </bindings>").toString());
        }
        return configured;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
