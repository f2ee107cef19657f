package dev.mockhost.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build produced, exactly as users get it: no test classes, no extra jars. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("mockhost.it.war", "target/mockhost.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("the WAR " + war + " has not been built; run mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
