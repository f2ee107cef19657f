package dev.mockhost.web;

import dev.mockhost.config.Settings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;

/**
 * Makes {@link Settings} injectable. The servlet context comes from the application's initialization event: Weld
 * on Tomcat only offers an injectable {@code ServletContext} inside a request, and settings are needed before.
 */
@ApplicationScoped
public class SettingsProducer {

    private volatile Settings settings;

    void capture(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 ServletContext context) {
        settings = new Settings(System::getProperty, System::getenv, context::getInitParameter);
    }

    @Produces
    Settings settings() {
        if (settings == null) {
            throw new IllegalStateException("settings are read when the application starts; it has not yet");
        }
        return settings;
    }
}
