package dev.mockhost.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * WildFly: {@code mockhost-jakartaee.war} in {@code deployments/}; home from the environment, the poll interval a
 * {@code standalone.xml} system property, the admin key a JNDI binding ({@code java:global/mockhost.adminKey}), the
 * public base URL and the proxy allow-list command-line system properties.
 */
class WildflyDeploymentIT extends DeploymentSuite {

    @Override
    ServerProcess start(Path work, Path home) throws Exception {
        return WildflyProcess.start(work.resolve("wildfly"), Map.of("MOCKHOST_HOME", home.toString()),
                List.of("-Dmockhost.publicBaseUrl=" + PUBLIC_BASE_URL, ALLOW_LOOPBACK_UPSTREAM),
                Map.of("mockhost.pollIntervalMillis", "100"),
                Map.of("mockhost.adminKey", ADMIN));
    }
}
