package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.http.server.RunningServer;
import dev.voicecampaign.http.server.ServerLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM: the real server in a child JVM on a file database takes concurrent creates and updates
 * from several clients and gets SIGTERM in the middle of that load. It must exit within its
 * documented bound (shutdown grace + {@link RunningServer#STOP_MARGIN}); started again on the same
 * data directory, every request answered 200 is there with the content it acknowledged. A request
 * sent after the stop began is refused (503 {@code shutting-down}, and then not applied) or gets no
 * answer (connection refused); a request that got no answer may or may not have been applied, but
 * never partly.
 */
class GracefulShutdownTest {
    private static final int WORKERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_STOP = 120;
    private static final int UPDATES_PER_CAMPAIGN = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(40);
    /** The bound the server documents: the default shutdown grace plus the margin to close storage and exit. */
    private static final Duration EXIT_BOUND = ServerLimits.defaults().shutdownGrace().plus(RunningServer.STOP_MARGIN);

    @TempDir
    Path work;

    /** The outcome of one request, with when it was sent and when its answer (or failure) came (System.nanoTime). */
    record Sent(String what, long sentAt, long answeredAt, int status, String problemType) {
        static final int NO_ANSWER = 0;

        boolean refusedOrUnanswered() {
            return status == NO_ANSWER || (status == 503 && problemType.endsWith("/shutting-down"));
        }
    }

    /** Counters and records shared by the clients. */
    static final class Load {
        final ConcurrentLinkedQueue<AcknowledgedWrite> writes = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger notEditableYet = new AtomicInteger();
        final CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_STOP);
        /** When the test saw the server's "stopping:" line; Long.MAX_VALUE until then. */
        final AtomicLong stopSeenAt = new AtomicLong(Long.MAX_VALUE);
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void sigtermMidLoadLosesNoAcknowledgedRequestAndExitsWithinTheBound() throws Exception {
        Path data = Files.createDirectory(work.resolve("data"));
        Load load = new Load();
        Duration exitedAfter;
        String stoppingLine;
        String stoppedLine;
        Sent probe;
        try (ChildServer server = ChildServer.start(work, START_TIMEOUT, "--data", data.toString());
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            ApiClient client = new ApiClient(server.port(), ServerInstance.APP, Instant::now);
            for (int c = 0; c < WORKERS; c++) {
                int worker = c;
                clients.submit(() -> writeUntilRefused(client, worker, load));
            }
            assertThat(load.enoughAcknowledged.await(60, TimeUnit.SECONDS))
                    .as("%d writes acknowledged before SIGTERM; server errors: %s", load.acknowledged.get(), server.errors()).isTrue();

            long signalledAt = System.nanoTime();
            server.terminate();
            Optional<String> stopping = server.awaitLine("stopping:", EXIT_BOUND);
            assertThat(stopping).as("the server's stopping line; its errors: %s", server.errors()).isPresent();
            stoppingLine = stopping.get();
            load.stopSeenAt.set(System.nanoTime());

            AcknowledgedWrite probeWrite = new AcknowledgedWrite("sigterm probe");
            load.writes.add(probeWrite);
            probe = send(load, "probe create", () -> client.create(probeWrite.name, "sent after the stop began"));
            if (probe.status() == Sent.NO_ANSWER) probeWrite.unanswered = "sent after the stop began";
            else probeWrite.refused = "sent after the stop began";

            boolean exited = server.awaitExit(EXIT_BOUND.minusNanos(System.nanoTime() - signalledAt));
            exitedAfter = Duration.ofNanos(System.nanoTime() - signalledAt);
            assertThat(exited).as("exited within %s of SIGTERM; server errors: %s", EXIT_BOUND, server.errors()).isTrue();
            stoppedLine = server.awaitLine("stopped", Duration.ofSeconds(5)).orElse("(no stopped line)");
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("every client noticed the stop").isTrue();
        }

        assertThat(load.unexpected).as("answers other than 200, the documented 409s and 503 shutting-down").isEmpty();
        assertThat(stoppedLine).contains("every request in flight finished");
        assertThat(probe.refusedOrUnanswered()).as("the probe sent after the stop began: %s", probe).isTrue();
        List<Sent> afterStop = load.sent.stream().filter(s -> s.sentAt() > load.stopSeenAt.get()).toList();
        assertThat(afterStop).as("requests sent after the stop began").allMatch(Sent::refusedOrUnanswered);

        RestartCheck.Found found = RestartCheck.verify(work, data, START_TIMEOUT, load.writes);

        long acknowledgedDuringDrain = load.sent.stream().filter(s -> s.status() == 200 && s.answeredAt() > load.stopSeenAt.get()).count();
        long refused = load.sent.stream().filter(s -> s.status() == 503).count();
        long unanswered = load.sent.stream().filter(s -> s.status() == Sent.NO_ANSWER).count();
        System.out.printf("graceful shutdown test: %d requests sent by %d clients, %d answered 200 (%d of them after the stopping line),"
                        + " %d answered 409 while preparing, %d refused with 503 shutting-down, %d unanswered; exited %.2f s after SIGTERM"
                        + " (bound %d s); server said \"%s\" / \"%s\"; after restart %d of %d acknowledged campaigns found with acknowledged"
                        + " content, %d stored in all%n",
                load.sent.size(), WORKERS, load.acknowledged.get(), acknowledgedDuringDrain, load.notEditableYet.get(), refused, unanswered,
                exitedAfter.toNanos() / 1e9, EXIT_BOUND.toSeconds(), stoppingLine, stoppedLine, found.served(), found.acknowledged(), found.stored());
    }

    /** One client: creates a campaign, updates it a few times, creates the next, until the server refuses or stops answering. */
    private static Void writeUntilRefused(ApiClient client, int worker, Load load) {
        for (int n = 0; ; n++) {
            AcknowledgedWrite w = new AcknowledgedWrite("sigterm w" + worker + " c" + n);
            load.writes.add(w);
            String description = "created " + w.name;
            Optional<Answer> create = write(client, load, w, "create " + w.name, description, () -> client.create(w.name, description));
            if (create.isEmpty()) return null;
            if (create.get().status() != 200) {
                load.unexpected.add("create " + w.name + ": " + create.get().status() + " " + create.get().json());
                return null;
            }
            w.id = create.get().data().get("id").stringValue();
            for (int u = 0; u < UPDATES_PER_CAMPAIGN; u++) {
                String update = w.name + " update " + u;
                Optional<Answer> answer = write(client, load, w, "update " + w.name, update, () -> client.update(w.id, w.name, update));
                if (answer.isEmpty()) return null;
                int status = answer.get().status();
                if (status == 409 && Set.of("not-editable", "concurrent-update").stream()
                        .anyMatch(t -> answer.get().problemType().endsWith("/" + t))) {
                    load.notEditableYet.incrementAndGet(); // still Preparing, or the background preparation won the race
                } else if (status != 200) {
                    load.unexpected.add("update " + w.name + ": " + status + " " + answer.get().json());
                    return null;
                }
            }
        }
    }

    /**
     * Sends one write of {@code description} and records what became of it: acknowledged, refused
     * or unanswered. Empty when the server refused or did not answer (the client then stops).
     */
    private static Optional<Answer> write(ApiClient client, Load load, AcknowledgedWrite w, String what, String description, Call call) {
        w.unanswered = description;
        long sentAt = System.nanoTime();
        Answer answer;
        try {
            answer = call.send();
        } catch (IOException noAnswer) {
            load.sent.add(new Sent(what, sentAt, System.nanoTime(), Sent.NO_ANSWER, ""));
            return Optional.empty(); // w.unanswered says what it was
        }
        w.unanswered = null;
        load.sent.add(new Sent(what, sentAt, System.nanoTime(), answer.status(), answer.problemType()));
        if (answer.status() == 503 && answer.problemType().endsWith("/shutting-down")) {
            w.refused = description;
            return Optional.empty();
        }
        if (answer.status() == 200) {
            w.acknowledged = description;
            load.acknowledged.incrementAndGet();
            load.enoughAcknowledged.countDown();
        }
        return Optional.of(answer);
    }

    private static Sent send(Load load, String what, Call call) {
        long sentAt = System.nanoTime();
        Sent sent;
        try {
            Answer answer = call.send();
            sent = new Sent(what, sentAt, System.nanoTime(), answer.status(), answer.problemType());
        } catch (IOException noAnswer) {
            sent = new Sent(what, sentAt, System.nanoTime(), Sent.NO_ANSWER, "");
        }
        load.sent.add(sent);
        return sent;
    }

    /** One request to the server. */
    @FunctionalInterface
    interface Call {
        Answer send() throws IOException;
    }
}
