package dev.mockhost.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's path: {@code mockhost.war} copied into a standalone Tomcat's {@code webapps/}, the directory given
 * by {@code MOCKHOST_HOME} or {@code -Dmockhost.home}, no Arquillian and no manager application involved.
 */
class StandaloneTomcatIT {

    @TempDir
    Path work;

    @Test
    void warInWebappsServesTheDirectoryNamedByTheEnvironment() throws Exception {
        Path home = work.resolve("home");
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/todo.json"));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Dmockhost.adminKey=standalone-admin"))) {
            Http http = new Http(tomcat.baseUrl());
            HttpResponse<String> response = http.get("todo/todos");
            assertEquals(200, response.statusCode(), response.body());

            ItHome.copyCorpus("collections/roxy-location.json", home.resolve("collections/location.json"));
            HttpResponse<String> status = http.await("api/status", Duration.ofSeconds(3),
                    r -> StatusDocument.parse(r.body()).mock("location").isPresent());
            assertTrue(StatusDocument.parse(status.body()).mock("location").isPresent(), status.body());
            HttpResponse<String> asAdmin = http.get("api/status", "x-api-key", "standalone-admin");
            assertEquals(home.toString(), StatusDocument.parse(asAdmin.body()).json().getString("home"));
            assertFalse(StatusDocument.parse(status.body()).json().containsKey("home"),
                    "the directory is shown to admins only");
        }
    }

    @Test
    void systemPropertyWinsOverTheEnvironment() throws Exception {
        Path chosen = work.resolve("chosen");
        Path ignored = work.resolve("ignored");
        ItHome.copyCorpus("collections/todo.json", chosen.resolve("collections/chosen.json"));
        Files.createDirectories(ignored);
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", ignored.toString())).jvm("-Dmockhost.home=" + chosen))) {
            assertEquals(200, new Http(tomcat.baseUrl()).get("chosen/todos").statusCode());
        }
    }

    @Test
    void mockDomainServesEachMockUnderItsOwnHostName() throws Exception {
        Path home = work.resolve("home");
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/todo.json"));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .jvm("-Dmockhost.home=" + home, "-Dmockhost.mockDomain=mocks.test"))) {
            Http http = new Http(tomcat.baseUrl());
            String port = tomcat.baseUrl().replaceAll(".*:(\\d+)/.*", "$1");
            HttpResponse<String> byHost = http.get("todos", "Host", "todo.mocks.test:" + port);
            assertEquals(200, byHost.statusCode(), byHost.body());
            assertEquals(200, http.get("todo/todos").statusCode(), "the path form keeps working");
            assertEquals(404, http.get("todos", "Host", "nosuchmock.mocks.test:" + port).statusCode());
            HttpResponse<String> apiPath = http.get("api/status", "Host", "todo.mocks.test:" + port);
            assertEquals(404, apiPath.statusCode(), "on a mock's host, /api/... is the mock's, not the API");
            assertTrue(apiPath.body().contains("mockRequestNotFoundError"), apiPath.body());
            String url = StatusDocument.parse(http.get("api/status").body()).mock("todo").orElseThrow()
                    .getString("mockUrl");
            assertEquals("http://todo.mocks.test", url);
        }
    }

    @Test
    void perMinuteLimitAnswers429RateLimitError() throws Exception {
        Path home = work.resolve("home");
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/todo.json"));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .jvm("-Dmockhost.home=" + home, "-Dmockhost.perMinuteLimit=3"))) {
            Http http = new Http(tomcat.baseUrl());
            int ok = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = http.get("todo/todos");
                ok += last.statusCode() == 200 ? 1 : 0;
            }
            // three per calendar minute: a minute may turn during the loop, letting up to three more through
            assertTrue(ok >= 3 && ok < 5, ok + " of 5 allowed");
            assertEquals(429, last.statusCode());
            assertTrue(last.body().contains("\"name\":\"rateLimitError\""), last.body());
            long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "seconds to the next minute: " + retryAfter);
        }
    }
}
