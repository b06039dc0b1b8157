package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.durability.ApiClient.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash: the real server in a child JVM on a file database takes concurrent creates and updates,
 * is killed with SIGKILL in the middle of that load, and is started again on the same data
 * directory. Every request answered 200 must be there with the content it acknowledged; a request
 * that got no answer may or may not have been applied, but never partly; nothing else is stored.
 */
class CrashRecoveryTest {
    private static final int WORKERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final int UPDATES_PER_CAMPAIGN = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(40);

    @TempDir
    Path work;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedWriteSurvivesASigkillInTheMiddleOfTheLoad() throws Exception {
        Path data = Files.createDirectory(work.resolve("data"));
        ConcurrentLinkedQueue<AcknowledgedWrite> writes = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);

        try (ChildServer first = ChildServer.start(work, START_TIMEOUT, "--data", data.toString());
             ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            ApiClient client = new ApiClient(first.port(), ServerInstance.APP, Instant::now);
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                workers.submit(() -> load(client, worker, writes, sent, acknowledged, refused, unexpected, enoughAcknowledged));
            }
            assertThat(enoughAcknowledged.await(60, TimeUnit.SECONDS))
                    .as("%d writes acknowledged before the kill; server errors: %s", acknowledged.get(), first.errors()).isTrue();
            first.kill();
            workers.shutdown();
            assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).as("every worker noticed the dead server").isTrue();
        }
        assertThat(unexpected).as("answers other than 200 and the documented 409s").isEmpty();

        long createUnanswered = writes.stream().filter(w -> w.id == null).count();
        int unanswered = (int) writes.stream().filter(w -> w.unanswered != null).count();
        RestartCheck.Found found = RestartCheck.verify(work, data, START_TIMEOUT, writes);
        assertThat(found.stored()).isBetween(found.acknowledged(), found.acknowledged() + (int) createUnanswered);

        System.out.printf("crash test: %d requests sent by %d clients, %d answered 200, %d refused with 409, %d unanswered at the kill;"
                        + " after restart %d of %d acknowledged campaigns found with acknowledged content, %d stored in all%n",
                sent.get(), WORKERS, acknowledged.get(), refused.get(), unanswered, found.served(), found.acknowledged(), found.stored());
    }

    /** One client: creates a campaign, updates it a few times, creates the next, until the server stops answering. */
    private static Void load(ApiClient client, int worker, ConcurrentLinkedQueue<AcknowledgedWrite> writes, AtomicInteger sent,
                             AtomicInteger acknowledged, AtomicInteger refused, ConcurrentLinkedQueue<String> unexpected,
                             CountDownLatch enoughAcknowledged) {
        for (int n = 0; ; n++) {
            AcknowledgedWrite w = new AcknowledgedWrite("crash w" + worker + " c" + n);
            writes.add(w);
            try {
                w.unanswered = "created " + w.name;
                sent.incrementAndGet();
                Answer create = client.create(w.name, w.unanswered);
                if (create.status() != 200) {
                    unexpected.add("create " + w.name + ": " + create.status() + " " + create.json());
                    return null;
                }
                w.id = create.data().get("id").stringValue();
                w.acknowledged = w.unanswered;
                w.unanswered = null;
                acknowledged.incrementAndGet();
                enoughAcknowledged.countDown();
                for (int u = 0; u < UPDATES_PER_CAMPAIGN; u++) {
                    String description = w.name + " update " + u;
                    w.unanswered = description;
                    sent.incrementAndGet();
                    Answer update = client.update(w.id, w.name, description);
                    w.unanswered = null;
                    if (update.status() == 200) {
                        w.acknowledged = description;
                        acknowledged.incrementAndGet();
                        enoughAcknowledged.countDown();
                    } else if (update.status() == 409 && Set.of("not-editable", "concurrent-update").stream()
                            .anyMatch(t -> update.problemType().endsWith("/" + t))) {
                        refused.incrementAndGet(); // still Preparing, or the background preparation won the race
                    } else {
                        unexpected.add("update " + w.name + ": " + update.status() + " " + update.json());
                        return null;
                    }
                }
            } catch (IOException serverGone) {
                return null; // the kill: this request got no answer; w.unanswered says what it was
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecondServerOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
        Path data = Files.createDirectory(work.resolve("shared"));
        try (ChildServer first = ChildServer.start(work, START_TIMEOUT, "--data", data.toString())) {
            Optional<String> refusal = Optional.empty();
            try (ChildServer second = ChildServer.start(work, START_TIMEOUT, "--data", data.toString())) {
                refusal = Optional.of("second server started on port " + second.port());
            } catch (IllegalStateException expected) {
                assertThat(expected.getMessage()).contains("storage unavailable").contains(data.toString());
            }
            assertThat(refusal).isEmpty();
            assertThat(new ApiClient(first.port(), ServerInstance.APP, Instant::now).get("cd-none").status())
                    .as("the first server is unaffected").isEqualTo(404);
        }
    }
}
