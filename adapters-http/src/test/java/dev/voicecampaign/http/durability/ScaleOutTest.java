package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scale-out: two server instances, each with its own connection pool, over one real PostgreSQL
 * (see {@link TestPostgres}), taking concurrent writes to the same campaigns. No update may be lost
 * (each accepted update moves the version by exactly one, so it is the final state or was read by
 * the next accepted one), refused ones get 409, and names stay unique across the instances.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScaleOutTest {
    private static final int CLIENTS = 8;
    private static final int UPDATES_PER_CLIENT = 16;
    private static final int CAMPAIGNS = 3;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    ServerInstance first;
    ServerInstance second;

    @BeforeEach
    void twoInstancesOverOneDatabase() {
        DatabaseTarget database = TestPostgres.shared().newDatabase();
        first = new ServerInstance(database, clock);
        second = new ServerInstance(database, clock);
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    private ServerInstance instance(int i) {
        return i % 2 == 0 ? first : second;
    }

    /** One update as a client saw it. */
    record Sent(String campaignId, String description, Answer answer) {
    }

    @Test
    void concurrentUpdatesThroughBothInstancesLoseNothing() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            Answer created = instance(c).client.create("Shared " + c, "initial " + c);
            assertThat(created.status()).isEqualTo(200);
            ids.add(created.data().get("id").stringValue());
        }
        Map<String, Long> versionsBefore = ids.stream().collect(Collectors.toMap(id -> id, id -> stored(id).version()));

        List<List<Sent>> perClient = together(CLIENTS, client -> {
            List<Sent> sent = new ArrayList<>();
            for (int u = 0; u < UPDATES_PER_CLIENT; u++) {
                int c = (client + u) % CAMPAIGNS;
                String description = "client " + client + " update " + u;
                try {
                    sent.add(new Sent(ids.get(c), description, instance(client + u).client.update(ids.get(c), "Shared " + c, description)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return sent;
        });
        List<Sent> all = perClient.stream().flatMap(List::stream).toList();

        assertThat(all).as("every update was applied (200) or refused as concurrent (409)")
                .allMatch(s -> s.answer().status() == 200
                        || (s.answer().status() == 409 && s.answer().problemType().endsWith("/concurrent-update")));
        long accepted = all.stream().filter(s -> s.answer().status() == 200).count();
        for (String id : ids) {
            List<String> acceptedHere = all.stream().filter(s -> s.campaignId().equals(id) && s.answer().status() == 200)
                    .map(Sent::description).toList();
            StoredCampaign finalState = stored(id);
            assertThat(finalState.version() - versionsBefore.get(id))
                    .as("campaign %s: one version per accepted update, so none overwrote another unseen", id)
                    .isEqualTo(acceptedHere.size());
            if (!acceptedHere.isEmpty()) {
                assertThat(finalState.campaign().description().value()).as("the final state is an accepted update").isIn(acceptedHere);
            }
            for (ServerInstance instance : List.of(first, second)) {
                assertThat(instance.client.get(id).data().get("description").stringValue())
                        .as("both instances read the same final state").isEqualTo(finalState.campaign().description().value());
            }
        }
        System.out.printf("scale-out test: %d updates of %d campaigns through 2 instances by %d clients: %d accepted, %d refused with 409;"
                + " final versions account for every accepted update%n", all.size(), CAMPAIGNS, CLIENTS, accepted, all.size() - accepted);
    }

    @Test
    void concurrentCreatesOfOneNameThroughBothInstancesStoreExactlyOne() throws Exception {
        int creators = 12;
        List<Answer> answers = together(creators, i -> {
            try {
                return instance(i).client.create(i % 2 == 0 ? "Same Name" : "SAME NAME", "creator " + i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409 && a.problemType().endsWith("/name-taken")).hasSize(creators - 1);
        assertThat(first.database.repository().findAll(ServerInstance.APP.streamId()))
                .filteredOn(c -> c.lname().equals("same name")).hasSize(1);
        System.out.printf("scale-out test: %d concurrent creates of one name through 2 instances: 1 stored, %d refused with 409%n",
                creators, creators - 1);
    }

    private StoredCampaign stored(String id) {
        return first.state.service().get(ServerInstance.APP.streamId(), new CampaignId(id)).orElseThrow();
    }

    /** Runs {@code n} tasks released together on virtual threads; answers their results in task order. */
    static <T> List<T> together(int n, IntFunction<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = IntStream.range(0, n).mapToObj(i -> pool.submit((Callable<T>) () -> {
                start.await();
                return task.apply(i);
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(45, TimeUnit.SECONDS));
            return results;
        }
    }
}
