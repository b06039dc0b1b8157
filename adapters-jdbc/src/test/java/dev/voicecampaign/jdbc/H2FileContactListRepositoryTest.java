package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact list contract on the embedded file database, and the migration of lists stored before kinds existed. */
class H2FileContactListRepositoryTest extends JdbcContactListRepositoryContract {
    @TempDir
    Path directories;

    @Override
    protected DatabaseTarget emptyTarget() {
        return TempFileDatabases.under(directories, "data");
    }

    @Test
    void aListStoredBeforeKindsIsAContactListWithItsContactsAfterTheMigration() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TempFileDatabases.under(directories, "v5").jdbcUrl());
        Flyway.configure().dataSource(dataSource).locations(CampaignDatabase.MIGRATIONS).target("5").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement insert = c.createStatement()) {
            insert.executeUpdate("INSERT INTO contact_list (stream_id, id, version, lname, name, description, contacts, created_at_second, "
                    + "created_at_nano, updated_at_second, updated_at_nano) VALUES ('st-a', 'cl-old', 1, 'leads', 'Leads', NULL, 1, 10, 0, 10, 0)");
            insert.executeUpdate("INSERT INTO contact (stream_id, list_id, id, position, phone, zone, postal_code, region, attributes) "
                    + "VALUES ('st-a', 'cl-old', 'c-1', 1, '+12125551234', NULL, NULL, NULL, '{}')");
        }
        assertThat(CampaignDatabase.migrate(dataSource)).isEqualTo("10");
        JdbcContactListRepository lists = new JdbcContactListRepository(dataSource);
        assertThat(lists.findByLname(A, ListKind.CONTACTS, "leads")).hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(ListKind.CONTACTS));
        assertThat(lists.findByLname(A, ListKind.DNC, "leads")).isEmpty();
        assertThat(lists.contacts(A, new ResourceId("cl-old"), 0, 10).orElseThrow().items()).containsExactly(ListedContact.of("c-1", "+12125551234"));
        assertThat(lists.insert(dncList(A, "cl-new", "Leads"))).as("a DNC list may share a contact list's name").isTrue();
    }
}
