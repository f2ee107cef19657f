package dev.mockhost.config;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Setting values, from the first source that has one: system property, environment variable, servlet context
 * parameter, JNDI entry ({@code java:comp/env/<property>}, then {@code java:global/<property>}), default. Plain
 * functions stand for the sources, so tests pass maps.
 */
public final class Settings {

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> contextParameters;
    private final UnaryOperator<String> jndi;

    public Settings(UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
                    UnaryOperator<String> contextParameters) {
        this(systemProperties, environment, contextParameters, name -> null);
    }

    /** {@code jndi} answers a setting's value bound in JNDI under its property name, or null. */
    public Settings(UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
                    UnaryOperator<String> contextParameters, UnaryOperator<String> jndi) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.contextParameters = contextParameters;
        this.jndi = jndi;
    }

    public String get(Setting setting) {
        String value = explicit(setting);
        if (value != null) {
            return value;
        }
        return setting == Setting.HOME ? defaultHome().toString() : setting.defaultValue();
    }

    public long getLong(Setting setting) {
        String value = get(setting);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + setting.property() + " must be a whole number, not \""
                    + value + "\"", e);
        }
    }

    public boolean getBoolean(Setting setting) {
        return Boolean.parseBoolean(get(setting).strip());
    }

    public Path home() {
        return Path.of(get(Setting.HOME)).toAbsolutePath().normalize();
    }

    /** Where the value comes from: "system property", "environment", "context parameter" or "default". */
    public String sourceOf(Setting setting) {
        if (blankToNull(systemProperties.apply(setting.property())) != null) {
            return "system property";
        }
        if (blankToNull(environment.apply(setting.environmentVariable())) != null) {
            return "environment";
        }
        if (blankToNull(contextParameters.apply(setting.property())) != null) {
            return "context parameter";
        }
        if (blankToNull(jndi.apply(setting.property())) != null) {
            return "JNDI";
        }
        return "default";
    }

    private String explicit(Setting setting) {
        String value = blankToNull(systemProperties.apply(setting.property()));
        if (value == null) {
            value = blankToNull(environment.apply(setting.environmentVariable()));
        }
        if (value == null) {
            value = blankToNull(contextParameters.apply(setting.property()));
        }
        if (value == null) {
            value = blankToNull(jndi.apply(setting.property()));
        }
        return value;
    }

    /** Under the server's own base directory: Tomcat's catalina.base, WildFly's data directory, else home. */
    private Path defaultHome() {
        String base = systemProperties.apply("catalina.base");
        if (base != null) {
            return Path.of(base, "mockhost");
        }
        String wildfly = systemProperties.apply("jboss.server.data.dir");
        if (wildfly != null) {
            return Path.of(wildfly, "mockhost");
        }
        return Path.of(systemProperties.apply("user.home"), "mockhost");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
