package dev.mockhost.it;

import java.nio.file.Path;
import java.util.Map;

/**
 * Tomcat 11: {@code mockhost.war} in {@code webapps/}; home from the environment, the poll interval a system
 * property, the admin key a context parameter, the public base URL a JNDI Environment entry; the metrics open.
 */
class Tomcat11DeploymentIT extends DeploymentSuite {

    @Override
    ServerProcess start(Path work, Path home) throws Exception {
        return TomcatProcess.start(work.resolve("tomcat11"), TomcatProcess.Options.tomcat11()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Dmockhost.pollIntervalMillis=100",
                        "-Dmockhost.metricsOpen=true")
                .context(tomcatContext()));
    }

    @Override
    boolean metricsOpen() {
        return true;
    }
}
