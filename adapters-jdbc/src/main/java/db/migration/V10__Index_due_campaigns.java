package db.migration;

import dev.voicecampaign.jdbc.DueColumns;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps beside each campaign when its schedule is next due (ScheduleDue: a waiting campaign's next run start, a running
 * one's run end), indexed, so the schedule ticker asks for what is due in every app with one query; the campaigns
 * stored before are given theirs, computed from their stored schedule in their zone (which SQL cannot do).
 */
public class V10__Index_due_campaigns extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            // IF NOT EXISTS: H2 commits each statement of its own, so a retry after a failed fill finds them made
            sql.execute("ALTER TABLE campaign ADD COLUMN IF NOT EXISTS due_at_second BIGINT");
            sql.execute("ALTER TABLE campaign ADD COLUMN IF NOT EXISTS due_at_nano INTEGER");
            sql.execute("CREATE INDEX IF NOT EXISTS campaign_due ON campaign (due_at_second, due_at_nano, stream_id, id)");
        }
        DueColumns.fill(context.getConnection());
    }
}
