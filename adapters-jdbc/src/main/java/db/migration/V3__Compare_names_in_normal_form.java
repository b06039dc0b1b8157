package db.migration;

import dev.voicecampaign.core.campaign.CampaignName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites each stored {@code lname} in the compared form names now have ({@link CampaignName#lnameOf}: case,
 * spaces, Unicode NFC), which SQL cannot compute on both engines. Names stored earlier that now compare equal
 * (such as {@code Café} written in NFC and in NFD) are not renamed: the one that already holds the compared
 * form, else the oldest, takes it, the others keep their old {@code lname} until their next rename, so the
 * migration never fails on existing data and never changes a name.
 */
public class V3__Compare_names_in_normal_form extends BaseJavaMigration {
    private record Row(String streamId, String id, String lname, String compared) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, List<Row>> byComparedName = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_id, id, lname, name FROM campaign ORDER BY created_at_second, created_at_nano, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Row row = new Row(rows.getString(1), rows.getString(2), rows.getString(3), CampaignName.lnameOf(rows.getString(4)));
                byComparedName.computeIfAbsent(row.streamId() + '\n' + row.compared(), k -> new ArrayList<>()).add(row);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign SET lname = ? WHERE stream_id = ? AND id = ?")) {
            for (List<Row> sameName : byComparedName.values()) {
                // Whoever holds the compared form keeps it; else the oldest takes it. Nobody else's lname can equal it.
                if (sameName.stream().anyMatch(r -> r.lname().equals(r.compared()))) continue;
                Row oldest = sameName.get(0);
                update.setString(1, oldest.compared());
                update.setString(2, oldest.streamId());
                update.setString(3, oldest.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
