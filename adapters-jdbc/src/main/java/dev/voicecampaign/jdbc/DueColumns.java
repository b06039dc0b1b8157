package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.campaign.ScheduleDue;
import dev.voicecampaign.core.campaign.StoredCampaign;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Writes each stored campaign's due instant ({@link ScheduleDue}) into its row: the schema migration that adds the columns runs it once. */
public final class DueColumns {
    /** The columns a campaign is read from, as schema version 10 has them (a later version's columns do not exist yet then). */
    private static final String VERSION_10_COLUMNS = "stream_id, id, version, lname, mode, name, description, priority, dnc_list, "
            + "caller_id, dialing_order, max_attempts_per_record, retry_period_minutes, max_ring_seconds, experience_flow, "
            + "machine_detection, queue_name, max_skips, status, instance_id, created_at_second, created_at_nano, updated_at_second, "
            + "updated_at_nano, details";
    private static final int CHUNK = 500;

    private DueColumns() {
    }

    /** Fills the due columns of every campaign a schedule can move, on {@code connection} (in the caller's transaction). */
    public static void fill(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + VERSION_10_COLUMNS + " FROM campaign "
                + "WHERE status IN ('SCHEDULED', 'RESCHEDULED', 'ACTIVE', 'PAUSED')");
             PreparedStatement update = connection.prepareStatement("UPDATE campaign SET due_at_second = ?, due_at_nano = ? "
                     + "WHERE stream_id = ? AND id = ?");
             ResultSet rows = query(select)) {
            int batched = 0;
            while (rows.next()) {
                StoredCampaign campaign = CampaignRows.read(rows);
                Optional<Instant> due = ScheduleDue.of(campaign);
                if (due.isPresent()) {
                    update.setLong(1, due.get().getEpochSecond());
                    update.setInt(2, due.get().getNano());
                } else {
                    update.setNull(1, Types.BIGINT);
                    update.setNull(2, Types.INTEGER);
                }
                update.setString(3, campaign.streamId().value());
                update.setString(4, campaign.id().value());
                update.addBatch();
                if (++batched % CHUNK == 0) update.executeBatch();
            }
            update.executeBatch();
        }
    }

    private static ResultSet query(PreparedStatement select) throws SQLException {
        select.setFetchSize(CHUNK);
        return select.executeQuery();
    }
}
