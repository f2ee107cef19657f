package dev.mockhost.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server the test started in its own process, with Mockhost deployed as an operator deploys it. Stopped
 * gracefully (SIGTERM, the server undeploys and Mockhost flushes) or killed (SIGKILL, as in a crash).
 */
public abstract class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path logs;

    ServerProcess(Process process, int port, Path logs) {
        this.process = process;
        this.port = port;
        this.logs = logs;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/mockhost/";
    }

    public void stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        process.descendants().forEach(child -> child.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** The server's process id, for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)) {
            stop();
        }
    }

    /** Waits until Mockhost answers its status page; kills the server and fails when it does not in time. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited; see " + logs);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "api/status")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("Mockhost did not answer within " + timeout + "; see " + logs);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
