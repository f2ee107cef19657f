package dev.mockhost.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A test class that speaks HTTP to the built WAR, deployed by Arquillian to the real Tomcat the build unpacked.
 * {@link #base} is the application's URL, {@code http://127.0.0.1:port/mockhost/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedWar {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base.toString());
    }
}
