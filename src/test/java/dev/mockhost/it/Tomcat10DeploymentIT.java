package dev.mockhost.it;

import java.nio.file.Path;
import java.util.Map;

/**
 * Tomcat 10.1: {@code mockhost.war} in {@code webapps/}; home from the environment, the poll interval and the
 * proxy allow-list system properties, the admin key a context parameter, the public base URL a JNDI Environment
 * entry.
 */
class Tomcat10DeploymentIT extends DeploymentSuite {

    @Override
    ServerProcess start(Path work, Path home) throws Exception {
        return TomcatProcess.start(work.resolve("tomcat10"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Dmockhost.pollIntervalMillis=100",
                        ALLOW_LOOPBACK_UPSTREAM)
                .context(tomcatContext()));
    }
}
