package dev.mockhost.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Usage counts across restarts of a Tomcat in its own process, with the embedded H2 store: a graceful stop loses
 * nothing; a SIGKILL loses at most the calls of the last flush interval (README states the bound).
 */
class CrashIT {

    private static final long FLUSH_MILLIS = 1000;

    @TempDir
    Path work;

    private TomcatProcess start(Path home) throws Exception {
        return TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10().jvm(
                "-Dmockhost.home=" + home, "-Dmockhost.meterFlushMillis=" + FLUSH_MILLIS,
                "-Dmockhost.adminKey=" + MeteredHome.ADMIN));
    }

    @Test
    void gracefulStopKeepsEveryCount() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home, "graceful", "null");
        try (TomcatProcess tomcat = start(home)) {
            Http http = new Http(tomcat.baseUrl());
            for (int i = 0; i < 50; i++) {
                assertEquals(200, MeteredHome.call(http, "graceful"));
            }
            tomcat.stop();
        }
        try (TomcatProcess tomcat = start(home)) {
            assertEquals(50, MeteredHome.usage(new Http(tomcat.baseUrl()), "graceful"));
        }
    }

    @Test
    void sigkillLosesAtMostTheLastFlushIntervalOfCalls() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home, "crash", "null");
        List<Long> callTimes = new ArrayList<>();
        long killedAt;
        try (TomcatProcess tomcat = start(home)) {
            Http http = new Http(tomcat.baseUrl());
            long end = System.nanoTime() + 3_500_000_000L;
            while (System.nanoTime() < end) {
                assertEquals(200, MeteredHome.call(http, "crash"));
                callTimes.add(System.nanoTime());
            }
            killedAt = System.nanoTime();
            tomcat.kill();
        }
        long made = callTimes.size();
        // a flush runs FLUSH_MILLIS after the previous one ended: what lies after the last one is at most that long,
        // plus the time the last write took (generously 500 ms here)
        long windowStart = killedAt - (FLUSH_MILLIS + 500) * 1_000_000L;
        long inLastWindow = callTimes.stream().filter(t -> t >= windowStart).count();
        try (TomcatProcess tomcat = start(home)) {
            long counted = MeteredHome.usage(new Http(tomcat.baseUrl()), "crash");
            long lost = made - counted;
            System.out.println("crash: " + made + " calls made, " + counted + " counted after SIGKILL, " + lost
                    + " lost; " + inLastWindow + " were made in the last flush window");
            assertTrue(counted <= made, counted + " counted of " + made);
            assertTrue(lost <= inLastWindow, lost + " lost, more than the " + inLastWindow
                    + " calls of the last flush window");
            assertTrue(counted > 0, "earlier flushes were kept");
        }
    }
}
