package dev.voicecampaign.http.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real reference server ({@code Main serve}) in a child JVM on this test's class path, so it
 * can be killed like a crashed process. Its standard output is read line by line (start-up waits
 * for the "listening" line, with a deadline); its standard error goes to a file for diagnosis.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("campaign server listening on http://localhost:(\\d+)");
    private static final String END = "\u0000end of output";

    private final Process process;
    private final BlockingQueue<String> lines;
    private final Path errors;
    private final int port;

    private ChildServer(Process process, BlockingQueue<String> lines, Path errors, int port) {
        this.process = process;
        this.lines = lines;
        this.errors = errors;
        this.port = port;
    }

    /** Starts {@code serve} with the given storage options; returns once it listens, or fails with its output. */
    static ChildServer start(Path workDirectory, Duration timeout, String... storageOptions) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile(workDirectory, "server-", ".err");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "dev.voicecampaign.http.server.Main",
                "serve", "--port", "0", "--rate-limit", "1000000"));
        command.addAll(List.of(storageOptions));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) lines.add(line);
            } catch (IOException e) {
                // the process died: the end marker below tells the waiting test
            }
            lines.add(END);
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder seen = new StringBuilder();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException((line == null ? "server did not listen within " + timeout : "server exited with "
                        + process.exitValue()) + "\nstdout:\n" + seen + "stderr:\n" + Files.readString(errors));
            }
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) return new ChildServer(process, lines, errors, Integer.parseInt(m.group(1)));
        }
    }

    int port() {
        return port;
    }

    /** A line the server printed after start-up, if it printed one containing {@code text} within the timeout. */
    Optional<String> awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) return Optional.empty();
            if (line.contains(text)) return Optional.of(line);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("killed server did not exit");
    }

    /** SIGTERM: the server's shutdown hook closes the listener and the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not stop on SIGTERM within 30 s");
        }
    }

    String errors() throws IOException {
        return Files.readString(errors);
    }

    /** Kills the server if it still runs, so no test leaves a process behind. */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
