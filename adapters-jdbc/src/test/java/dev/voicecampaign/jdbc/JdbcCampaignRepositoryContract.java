package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignRepositoryContract;
import dev.voicecampaign.core.port.SaveOutcome;
import dev.voicecampaign.core.support.Campaigns;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The core's repository contract, plus what only a database can get wrong: exact round trips of
 * every field of every mode, concurrent writers, and data surviving a reopened database. Each
 * engine's test supplies a fresh, empty database per test.
 */
abstract class JdbcCampaignRepositoryContract extends CampaignRepositoryContract {
    private CampaignDatabase database;

    /** A target holding no campaign yet. */
    protected abstract DatabaseTarget emptyTarget();

    @Override
    protected final CampaignRepository emptyRepository() {
        database = CampaignDatabase.open(emptyTarget());
        return database.repository();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) database.close();
    }

    CampaignRepository repository() {
        return database.repository();
    }

    @Test
    void everyFieldOfEveryModeRoundTripsExactly() {
        for (StoredCampaign full : FullCampaigns.all()) {
            assertThat(repository().insert(full)).isEqualTo(new SaveOutcome.Saved(full));
            assertThat(repository().find(full.streamId(), full.id())).contains(full);
            assertThat(repository().findByLname(full.streamId(), full.lname())).contains(full);
        }
        assertThat(repository().findAll(A)).containsExactlyInAnyOrderElementsOf(FullCampaigns.all());
    }

    @Test
    void anUpdateReplacesEveryFieldAndTheStoredCopyIsWhatItAnswers() {
        List<StoredCampaign> all = FullCampaigns.all();
        StoredCampaign first = all.get(0);
        repository().insert(first);
        StoredCampaign other = all.get(1);
        StoredCampaign replaced = new StoredCampaign(first.id(), first.streamId(), other.campaign(), other.status(),
                other.references(), other.schedule(), other.instanceId(), other.runEnds(), other.createdAt(), other.updatedAt(), 0);
        SaveOutcome outcome = repository().update(replaced, 0);
        StoredCampaign stored = repository().find(first.streamId(), first.id()).orElseThrow();
        assertThat(outcome).isEqualTo(new SaveOutcome.Saved(stored));
        assertThat(stored.campaign()).isEqualTo(other.campaign());
        assertThat(stored.schedule()).isEqualTo(other.schedule());
        assertThat(stored.instanceId()).isEqualTo(other.instanceId());
        assertThat(stored.updatedAt()).isEqualTo(other.updatedAt());
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void concurrentUpdatesOfOneVersionHaveExactlyOneWinner() throws Exception {
        StoredCampaign c = Campaigns.stored(A, "cd-race", "Race");
        repository().insert(c);
        int writers = 8;
        List<SaveOutcome> outcomes = together(writers, i -> repository().update(
                new StoredCampaign(c.id(), A, Campaigns.agentless("Race " + i), c.status(), c.references(), c.schedule(),
                        c.instanceId(), c.runEnds(), c.createdAt(), c.updatedAt(), 0), 0));
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.VersionConflict).hasSize(writers - 1)
                .allMatch(o -> o.equals(new SaveOutcome.VersionConflict(0, 1)));
        StoredCampaign winner = ((SaveOutcome.Saved) outcomes.stream().filter(o -> o instanceof SaveOutcome.Saved).findFirst().orElseThrow()).campaign();
        assertThat(repository().find(A, c.id())).contains(winner);
    }

    @Test
    void concurrentInsertsOfOneNameStoreExactlyOne() throws Exception {
        int writers = 8;
        List<SaveOutcome> outcomes = together(writers, i -> repository().insert(Campaigns.stored(A, "cd-same-" + i,
                i % 2 == 0 ? "Same Name" : "SAME NAME")));
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.NameTaken).hasSize(writers - 1);
        assertThat(repository().findAll(A)).hasSize(1);
    }

    @Test
    void anIdIssuedTwiceIsAProgrammingErrorNotANameClash() {
        repository().insert(Campaigns.stored(A, "cd-1", "One"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository().insert(Campaigns.stored(A, "cd-1", "Other")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("id issued twice");
        assertThat(repository().find(A, new CampaignId("cd-1")).orElseThrow().campaign().name().value()).isEqualTo("One");
    }

    /** Runs {@code n} tasks released at the same moment; answers their results in task order. */
    static <T> List<T> together(int n, java.util.function.IntFunction<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<T>> futures = IntStream.range(0, n).mapToObj(i -> pool.submit((Callable<T>) () -> {
                start.await();
                return task.apply(i);
            })).toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            return results;
        }
    }
}
