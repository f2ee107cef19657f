package dev.mockhost.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real PostgreSQL server of the test's own: a new cluster in a temporary directory, listening on 127.0.0.1 on a
 * free port, with a database {@code mockhost}; stopped and deleted at the end. The binaries come from Debian's
 * {@code postgresql} package (.ci/run installs it). Missing on CI is a failure; missing elsewhere skips.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "mockhost";

    private final Path bin;
    private final Path data;
    private final int port;

    private PostgresServer(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static PostgresServer start() throws Exception {
        Path bin = binaries();
        Path data = Files.createTempDirectory("mockhost-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        if (runningAsRoot()) {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user
            run(List.of("chown", "postgres:postgres", data.toString()), false);
        }
        PostgresServer server = new PostgresServer(bin, data, port);
        server.asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--locale=C"));
        server.asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                data.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data, "start"));
        try (Connection connection = DriverManager.getConnection(server.url("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE mockhost");
        }
        return server;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String url() {
        return url("mockhost");
    }

    /** A Tomcat context file declaring this database as the DataSource {@code jdbc/mockhost}. */
    String tomcatContext() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Context>
                  <Resource name="jdbc/mockhost" auth="Container" type="javax.sql.DataSource"
                            driverClassName="org.postgresql.Driver" url="%s"
                            username="%s" password="" maxTotal="8" maxIdle="2" maxWaitMillis="10000" />
                </Context>
                """.formatted(url(), USER);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() throws Exception {
        try {
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
        } finally {
            ItHome.deleteTree(data);
        }
    }

    private void asOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean quiet) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mockhost-pg-command", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString()
                                .replaceAll("\\D", "0")))).orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        String message = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); apt-get install "
                + "postgresql";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }
}
