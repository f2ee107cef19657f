package dev.mockhost.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    private static Settings settings(Map<String, String> properties, Map<String, String> environment,
                                     Map<String, String> context) {
        return new Settings(properties::get, environment::get, context::get);
    }

    @Test
    void systemPropertyThenEnvironmentThenContextParameterThenDefault() {
        Map<String, String> properties = Map.of("mockhost.pollIntervalMillis", "1");
        Map<String, String> environment = Map.of("MOCKHOST_POLL_INTERVAL_MILLIS", "2",
                "MOCKHOST_MAX_FILE_BYTES", "20");
        Map<String, String> context = Map.of("mockhost.pollIntervalMillis", "3", "mockhost.maxFileBytes", "30",
                "mockhost.cors.maxAgeSeconds", "300");
        Settings settings = settings(properties, environment, context);
        assertEquals(1, settings.getLong(Setting.POLL_INTERVAL_MILLIS));
        assertEquals("system property", settings.sourceOf(Setting.POLL_INTERVAL_MILLIS));
        assertEquals(20, settings.getLong(Setting.MAX_FILE_BYTES));
        assertEquals("environment", settings.sourceOf(Setting.MAX_FILE_BYTES));
        assertEquals(300, settings.getLong(Setting.CORS_MAX_AGE_SECONDS));
        assertEquals("context parameter", settings.sourceOf(Setting.CORS_MAX_AGE_SECONDS));
        assertEquals("*", settings.get(Setting.CORS_ALLOWED_ORIGINS));
        assertEquals("default", settings.sourceOf(Setting.CORS_ALLOWED_ORIGINS));
    }

    @Test
    void jndiComesAfterContextParametersAndBeforeDefaults() {
        Settings settings = new Settings(name -> null, name -> null,
                Map.of("mockhost.maxFileBytes", "30")::get,
                Map.of("mockhost.maxFileBytes", "40", "mockhost.publicBaseUrl", "https://mocks.intranet")::get);
        assertEquals(30, settings.getLong(Setting.MAX_FILE_BYTES));
        assertEquals("https://mocks.intranet", settings.get(Setting.PUBLIC_BASE_URL));
        assertEquals("JNDI", settings.sourceOf(Setting.PUBLIC_BASE_URL));
    }

    @Test
    void blankValuesDoNotCount() {
        Settings settings = settings(Map.of("mockhost.cors.allowedOrigins", " "), Map.of(), Map.of());
        assertEquals("*", settings.get(Setting.CORS_ALLOWED_ORIGINS));
    }

    @Test
    void homeDefaultsUnderTheServersBaseDirectory() {
        assertEquals(Path.of("/opt/tomcat/mockhost"), settings(Map.of("catalina.base", "/opt/tomcat",
                "user.home", "/root"), Map.of(), Map.of()).home());
        assertEquals(Path.of("/wf/data/mockhost"), settings(Map.of("jboss.server.data.dir", "/wf/data",
                "user.home", "/root"), Map.of(), Map.of()).home());
        assertEquals(Path.of("/srv/m"), settings(Map.of("catalina.base", "/opt/tomcat"),
                Map.of("MOCKHOST_HOME", "/srv/m"), Map.of()).home());
    }

    @Test
    void malformedNumberNamesTheSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
                settings(Map.of("mockhost.pollIntervalMillis", "soon"), Map.of(), Map.of())
                        .getLong(Setting.POLL_INTERVAL_MILLIS));
        assertTrue(error.getMessage().contains("mockhost.pollIntervalMillis"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void environmentVariableNamesFollowTheProperty(Setting setting) {
        String expected = "MOCKHOST_" + setting.property().substring("mockhost.".length())
                .replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase();
        assertEquals(expected, setting.environmentVariable());
    }
}
