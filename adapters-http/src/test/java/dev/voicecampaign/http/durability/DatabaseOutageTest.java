package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL that goes away and comes back while requests arrive: during the outage every request is
 * answered (a 503 problem document, well within the request timeout, never a 500); afterwards both serve again without
 * a restart, every write acknowledged with 200 is there, and concurrent updates of one campaign through both lose none.
 */
class DatabaseOutageTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T14:30:00Z"));

    /** One request as a client saw it: the answer and how long it took. */
    record Timed(Answer answer, Duration took) {
    }

    static Timed timed(Callable<Answer> request) throws Exception {
        long start = System.nanoTime();
        Answer answer = request.call();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void everyRequestIsAnsweredThroughAnOutageAndNoAcknowledgedWriteIsLost() throws Exception {
        try (TestPostgres postgres = TestPostgres.startOwn()) {
            DatabaseTarget target = postgres.newDatabase();
            // as in production on PostgreSQL: the rate limit is counted in the database too (lifted high enough not to refuse)
            try (ServerInstance one = new ServerInstance(target, clock, 1_000_000); ServerInstance two = new ServerInstance(target, clock, 1_000_000);
                 ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                List<ServerInstance> servers = List.of(one, two);
                Map<String, String> acknowledged = new LinkedHashMap<>();   // id -> description
                for (int i = 0; i < 6; i++) {
                    Answer created = servers.get(i % 2).client.create("Before " + i, "before " + i);
                    assertThat(created.status()).isEqualTo(200);
                    acknowledged.put(created.data().get("id").asString(), "before " + i);
                }
                String someId = acknowledged.keySet().iterator().next();

                postgres.halt();
                List<Future<Timed>> during = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ServerInstance server = servers.get(i % 2);
                    int n = i;
                    during.add(clients.submit(() -> timed(() -> n % 2 == 0 ? server.client.create("During " + n, "during " + n)
                            : server.client.get(someId))));
                }
                List<Timed> outage = new ArrayList<>();
                for (Future<Timed> f : during) outage.add(f.get());
                // every request was answered: ApiClient gives up after 20 s, so a request that hung would have thrown
                assertThat(outage).allSatisfy(t -> {
                    assertThat(t.answer().status()).as("answered as storage unavailable").isEqualTo(503);
                    assertThat(t.answer().problemType()).endsWith("/storage-unavailable");
                });

                postgres.resume();
                long resumed = System.nanoTime();
                for (ServerInstance server : servers) {
                    Answer after = untilServed(server, () -> server.client.create("After on port " + server.server.port(), "after"));
                    assertThat(after.status()).as("the server serves again without a restart").isEqualTo(200);
                    acknowledged.put(after.data().get("id").asString(), "after");
                }
                Duration recovery = Duration.ofNanos(System.nanoTime() - resumed);
                for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                    for (ServerInstance server : servers) {
                        Answer read = server.client.get(write.getKey());
                        assertThat(read.status()).isEqualTo(200);
                        assertThat(read.data().get("description").asString()).isEqualTo(write.getValue());
                    }
                }

                long versionBefore = one.state.service().get(ServerInstance.APP.streamId(),
                        new dev.voicecampaign.core.campaign.CampaignId(someId)).orElseThrow().version();
                List<Future<List<Answer>>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    ServerInstance server = servers.get(w % 2);
                    int writer = w;
                    writers.add(clients.submit(() -> {
                        List<Answer> answers = new ArrayList<>();
                        for (int u = 0; u < 5; u++) answers.add(server.client.update(someId, "Before 0", "writer " + writer + " update " + u));
                        return answers;
                    }));
                }
                List<String> applied = new ArrayList<>();
                long accepted = 0;
                for (int w = 0; w < writers.size(); w++) {
                    List<Answer> answers = writers.get(w).get();
                    for (int u = 0; u < answers.size(); u++) {
                        assertThat(answers.get(u).status()).isIn(200, 409);
                        if (answers.get(u).status() == 200) {
                            accepted++;
                            applied.add("writer " + w + " update " + u);
                        }
                    }
                }
                var last = one.state.service().get(ServerInstance.APP.streamId(), new dev.voicecampaign.core.campaign.CampaignId(someId)).orElseThrow();
                assertThat(last.version()).as("one version per accepted update").isEqualTo(versionBefore + accepted);
                assertThat(applied).contains(last.campaign().description().value());
                System.out.printf("DatabaseOutageTest: %d requests during the outage through 2 instances, all 503 storage-unavailable, "
                                + "slowest %d ms; both served again %d ms after the restart; %d of %d acknowledged writes read back through both; "
                                + "%d of 20 concurrent updates accepted, the rest 409, final version %d%n", outage.size(),
                        outage.stream().mapToLong(t -> t.took().toMillis()).max().orElse(0), recovery.toMillis(), acknowledged.size(),
                        acknowledged.size(), accepted, last.version());
            }
        }
    }

    /**
     * Waits until the server's pool holds a live connection again (Hikari blocks the borrow until it connects, or
     * fails after its connection timeout), then sends; a broken connection the pool had not noticed yet may still
     * answer 503 once, so the request is sent again a bounded number of times.
     */
    static Answer untilServed(ServerInstance server, Callable<Answer> request) throws Exception {
        server.database.dataSource().getConnection().close();
        Answer answer = request.call();
        for (int attempt = 1; answer.status() == 503 && attempt < 20; attempt++) answer = request.call();
        return answer;
    }
}
