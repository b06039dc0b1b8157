package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the database serve each list order, in both directions, from an index already sorted (JdbcCampaignRepository.page):
 * creation time and last change, ties by id; the name order ascending uses {@code UNIQUE (stream_id, lname)}. Names and ids
 * compare character by character on both engines, as the in-memory store's Java strings do: H2 does by default, and
 * PostgreSQL is told so with the {@code "C"} collation on those two columns (its default follows the server's locale,
 * where punctuation and case are ignored at first). They differ only past U+FFFF (see DECISIONS, list pages).
 */
public class V4__Index_the_list_orders extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = "PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement sql = context.getConnection().createStatement()) {
            if (postgres) {
                sql.execute("ALTER TABLE campaign ALTER COLUMN id TYPE VARCHAR COLLATE \"C\"");
                sql.execute("ALTER TABLE campaign ALTER COLUMN lname TYPE VARCHAR COLLATE \"C\"");
            }
            sql.execute("CREATE INDEX campaign_created_per_stream ON campaign (stream_id, created_at_second, created_at_nano, id)");
            sql.execute("CREATE INDEX campaign_updated_per_stream ON campaign (stream_id, updated_at_second, updated_at_nano, id)");
            if (!postgres) {
                // H2 reads an index in its own direction only; PostgreSQL reads the ones above backwards.
                sql.execute("CREATE INDEX campaign_created_desc_per_stream ON campaign "
                        + "(stream_id, created_at_second DESC, created_at_nano DESC, id DESC)");
                sql.execute("CREATE INDEX campaign_updated_desc_per_stream ON campaign "
                        + "(stream_id, updated_at_second DESC, updated_at_nano DESC, id DESC)");
                sql.execute("CREATE INDEX campaign_name_desc_per_stream ON campaign (stream_id, lname DESC)");
            }
        }
    }
}
