package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.port.StorageFailure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract on a real PostgreSQL server (see {@link TestPostgres}), a new database per test. */
class PostgresCampaignRepositoryTest extends JdbcCampaignRepositoryContract {
    @Override
    protected DatabaseTarget emptyTarget() {
        return TestPostgres.shared().newDatabase();
    }

    @Test
    void migratingAnUpToDateDatabaseAgainChangesNothing() {
        DatabaseTarget target = TestPostgres.shared().newDatabase();
        try (CampaignDatabase first = CampaignDatabase.open(target)) {
            FullCampaigns.all().forEach(first.repository()::insert);
        }
        try (CampaignDatabase again = CampaignDatabase.open(target)) {
            assertThat(again.repository().findAll(FullCampaigns.STREAM)).containsExactlyInAnyOrderElementsOf(FullCampaigns.all());
        }
    }

    @Test
    void anUnreachableServerIsAStorageFailureThatNamesItWithoutThePassword() {
        DatabaseTarget target = new DatabaseTarget.ServerDatabase(
                "jdbc:postgresql://127.0.0.1:" + TestPostgres.shared().port() + "/no_such_database?password=secret-value",
                Optional.of("postgres"), Optional.of("secret-value"));
        assertThatThrownBy(() -> CampaignDatabase.open(target)).isInstanceOf(StorageFailure.class)
                .hasMessageContaining("no_such_database").hasMessageContaining("password=***")
                .message().doesNotContain("secret-value");
    }
}
