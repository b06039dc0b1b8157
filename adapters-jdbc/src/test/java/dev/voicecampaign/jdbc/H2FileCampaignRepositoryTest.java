package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.port.StorageFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded file database the reference server uses by default. */
class H2FileCampaignRepositoryTest extends JdbcCampaignRepositoryContract {
    @TempDir
    Path directories;

    @Override
    protected DatabaseTarget emptyTarget() {
        try {
            return new DatabaseTarget.FileDatabase(Files.createTempDirectory(directories, "data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void campaignsSurviveClosingAndReopeningTheDatabase() throws IOException {
        DatabaseTarget.FileDatabase target = new DatabaseTarget.FileDatabase(Files.createTempDirectory(directories, "reopen"));
        try (CampaignDatabase first = CampaignDatabase.open(target)) {
            FullCampaigns.all().forEach(first.repository()::insert);
        }
        assertThat(target.directory().resolve("campaigns.mv.db")).exists();
        try (CampaignDatabase again = CampaignDatabase.open(target)) {
            assertThat(again.repository().findAll(FullCampaigns.STREAM)).containsExactlyInAnyOrderElementsOf(FullCampaigns.all());
        }
    }

    @Test
    void aClosedDatabaseFailsWithAStorageFailureNotAnSqlException() throws IOException {
        CampaignDatabase database = CampaignDatabase.open(new DatabaseTarget.FileDatabase(Files.createTempDirectory(directories, "closed")));
        database.close();
        assertThatThrownBy(() -> database.repository().findAll(FullCampaigns.STREAM)).isInstanceOf(StorageFailure.class)
                .hasMessageContaining("campaign storage could not read campaigns");
    }
}
