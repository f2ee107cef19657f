package dev.mockhost.web;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes {@link Settings} injectable. The servlet context comes from the application's initialization event: Weld
 * on Tomcat only offers an injectable {@code ServletContext} inside a request, and settings are needed before.
 * JNDI entries are read once, here, on a thread that has the application's naming context.
 */
@ApplicationScoped
public class SettingsProducer {

    private volatile Settings settings;

    void capture(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 ServletContext context) {
        Map<String, String> jndi = jndiEntries();
        settings = new Settings(System::getProperty, System::getenv, context::getInitParameter, jndi::get);
    }

    @Produces
    Settings settings() {
        if (settings == null) {
            throw new IllegalStateException("settings are read when the application starts; it has not yet");
        }
        return settings;
    }

    /** {@code java:comp/env/mockhost.home} (a Tomcat Environment entry), else {@code java:global/mockhost.home}. */
    private static Map<String, String> jndiEntries() {
        Map<String, String> values = new HashMap<>();
        InitialContext naming;
        try {
            naming = new InitialContext();
        } catch (NamingException noNaming) {
            return values;
        }
        for (Setting setting : Setting.values()) {
            for (String name : new String[] {"java:comp/env/" + setting.property(), "java:global/"
                    + setting.property()}) {
                try {
                    Object value = naming.lookup(name);
                    if (value != null && !values.containsKey(setting.property())) {
                        values.put(setting.property(), value.toString());
                    }
                } catch (NamingException | RuntimeException notBound) {
                    // the usual case: this setting has no JNDI entry
                }
            }
        }
        return values;
    }
}
