package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.port.SaveOutcome;
import dev.voicecampaign.core.port.StorageFailure;
import dev.voicecampaign.core.support.Campaigns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded file database the reference server uses by default. */
class H2FileCampaignRepositoryTest extends JdbcCampaignRepositoryContract {
    @TempDir
    Path directories;

    @Override
    protected DatabaseTarget emptyTarget() {
        return TempFileDatabases.under(directories, "data");
    }

    @Test
    void campaignsSurviveClosingAndReopeningTheDatabase() {
        DatabaseTarget.FileDatabase target = TempFileDatabases.under(directories, "reopen");
        try (CampaignDatabase first = CampaignDatabase.open(target)) {
            FullCampaigns.all().forEach(first.repository()::insert);
        }
        assertThat(target.directory().resolve("campaigns.mv.db")).exists();
        try (CampaignDatabase again = CampaignDatabase.open(target)) {
            assertThat(again.repository().findAll(FullCampaigns.STREAM)).containsExactlyInAnyOrderElementsOf(FullCampaigns.all());
        }
    }

    @Test
    void theMigrationToDueInstantsGivesEveryWaitingCampaignStoredBeforeItsOwn() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TempFileDatabases.under(directories, "v9").jdbcUrl());
        Flyway.configure().dataSource(dataSource).locations(CampaignDatabase.MIGRATIONS).target("9").load().migrate();
        StoredCampaign ready = Campaigns.stored(FullCampaigns.STREAM, "cd-ready", "Ready one");
        StoredCampaign scheduled = new StoredCampaign(new CampaignId("cd-scheduled"), FullCampaigns.STREAM, Campaigns.agentless("Scheduled one"),
                dev.voicecampaign.core.lifecycle.CampaignStatus.SCHEDULED, ready.references(),
                java.util.Optional.of(new dev.voicecampaign.core.campaign.Schedule(java.time.LocalDateTime.of(2026, 11, 25, 9, 0),
                        java.time.LocalDateTime.of(2026, 11, 26, 9, 0), java.util.Optional.empty())),
                java.util.Optional.empty(), java.util.Optional.empty(), Campaigns.T0, Campaigns.T0, 0);
        List<String> columns = CampaignRows.CONTENT_COLUMNS.subList(0, CampaignRows.CONTENT_COLUMNS.indexOf("due_at_second"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO campaign (stream_id, id, version, " + String.join(", ", columns)
                     + ") VALUES (?, ?, 0" + ", ?".repeat(columns.size()) + ")")) {
            for (StoredCampaign old : List.of(ready, scheduled)) {
                insert.setString(1, old.streamId().value());
                insert.setString(2, old.id().value());
                CampaignRows.bindContent(insert, 3, java.util.Arrays.copyOf(CampaignRows.content(old), columns.size()));
                insert.executeUpdate();
            }
        }
        assertThat(CampaignDatabase.migrate(dataSource)).isEqualTo("10");
        JdbcCampaignRepository repository = new JdbcCampaignRepository(dataSource);
        java.time.Instant nineInNewYork = java.time.Instant.parse("2026-11-25T14:00:00Z");
        assertThat(repository.due(java.util.Set.of(FullCampaigns.STREAM), nineInNewYork.minusNanos(1), java.util.Optional.empty(), 10)).isEmpty();
        assertThat(repository.due(java.util.Set.of(FullCampaigns.STREAM), nineInNewYork, java.util.Optional.empty(), 10)).containsExactly(scheduled);
    }

    @Test
    void theMigrationToComparedNamesKeepsEveryNameUniqueAndEveryCampaignWritable() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TempFileDatabases.under(directories, "v2").jdbcUrl());
        Flyway.configure().dataSource(dataSource).locations(CampaignDatabase.MIGRATIONS).target("2").load().migrate();
        // Rows as version 2 wrote them: lname the name in lower case, nothing more.
        Map<String, String> names = new LinkedHashMap<>();
        names.put("cd-1", "Cafe\u0301");   // NFD, oldest
        names.put("cd-2", "caf\u00e9");    // NFC: already holds the compared form
        names.put("cd-3", "  Spring  Sale ");
        names.put("cd-4", "Tea  Room");
        names.put("cd-5", " tea room");
        names.put("cd-6", "Tea Room (2)");
        names.put("cd-7", "x".repeat(23) + " " + "x".repeat(23));
        names.put("cd-8", "x".repeat(23) + "  " + "x".repeat(23));   // 48 characters: its copy name is shortened
        JdbcCampaignRepository repository = new JdbcCampaignRepository(dataSource);
        // the columns version 2 has: today's but the due instant's, which version 10 adds
        List<String> columns = CampaignRows.CONTENT_COLUMNS.subList(0, CampaignRows.CONTENT_COLUMNS.indexOf("due_at_second"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO campaign (stream_id, id, version, " + String.join(", ", columns)
                     + ") VALUES (?, ?, 0" + ", ?".repeat(columns.size()) + ")");
             PreparedStatement rename = c.prepareStatement("UPDATE campaign SET name = ?, lname = ? WHERE id = ?")) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                StoredCampaign old = Campaigns.stored(FullCampaigns.STREAM, e.getKey(), "placeholder " + e.getKey());
                insert.setString(1, old.streamId().value());
                insert.setString(2, old.id().value());
                CampaignRows.bindContent(insert, 3, java.util.Arrays.copyOf(CampaignRows.content(old), columns.size()));
                insert.executeUpdate();
                rename.setString(1, e.getValue());
                rename.setString(2, e.getValue().toLowerCase(Locale.ROOT));
                rename.setString(3, e.getKey());
                rename.executeUpdate();
            }
        }

        assertThat(CampaignDatabase.migrate(dataSource)).isEqualTo("10");

        Map<String, String> stored = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rows = c.createStatement().executeQuery("SELECT id, name, lname FROM campaign ORDER BY id")) {
            while (rows.next()) {
                assertThat(rows.getString(3)).as("lname in the compared form").isEqualTo(CampaignName.lnameOf(rows.getString(2)));
                stored.put(rows.getString(1), rows.getString(2));
            }
        }
        // The one in the compared form, else the oldest, keeps its name; each other one is named as a copy.
        assertThat(stored).containsExactly(Map.entry("cd-1", "Cafe\u0301 (2)"), Map.entry("cd-2", "caf\u00e9"),
                Map.entry("cd-3", "  Spring  Sale "), Map.entry("cd-4", "Tea  Room"), Map.entry("cd-5", " tea room (3)"),
                Map.entry("cd-6", "Tea Room (2)"), Map.entry("cd-7", "x".repeat(23) + " " + "x".repeat(23)),
                Map.entry("cd-8", "x".repeat(23) + "  " + "x".repeat(19) + " (2)"));
        for (String id : names.keySet()) {
            StoredCampaign c = repository.find(FullCampaigns.STREAM, new CampaignId(id)).orElseThrow();
            // placeholder insert (0) and rename (version kept) were version 0; a row the migration changed is at 1
            assertThat(c.version()).as("version of %s", id).isEqualTo(List.of("cd-2", "cd-6", "cd-7").contains(id) ? 0 : 1);
            assertThat(repository.update(c, c.version())).as("a write of %s", id).isInstanceOf(SaveOutcome.Saved.class);
        }
        assertThat(repository.insert(Campaigns.stored(FullCampaigns.STREAM, "cd-9", "TEA ROOM"))).isEqualTo(new SaveOutcome.NameTaken("tea room"));
    }

    @Test
    void aClosedDatabaseFailsWithAStorageFailureNotAnSqlException() {
        CampaignDatabase database = CampaignDatabase.open(TempFileDatabases.under(directories, "closed"));
        database.close();
        assertThatThrownBy(() -> database.repository().findAll(FullCampaigns.STREAM)).isInstanceOf(StorageFailure.class)
                .hasMessageContaining("campaign storage could not read campaigns");
    }
}
