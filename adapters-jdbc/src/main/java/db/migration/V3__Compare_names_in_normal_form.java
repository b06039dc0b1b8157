package db.migration;

import dev.voicecampaign.core.campaign.CampaignName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites each stored {@code lname} in the compared form names now have ({@link CampaignName#lnameOf}: case,
 * spaces, Unicode NFC), which SQL cannot compute on both engines. Names stored earlier that now compare equal (such
 * as {@code Café} written in NFC and in NFD) cannot all keep their name under the unique-name rule: the one already
 * in the compared form, else the oldest, keeps it, and each other gets {@code " (2)"}, {@code " (3)"}... appended
 * (shortened to fit the name's limit), each rename logged. After it every stored name compares uniquely, so every
 * later write and every list order holds for them too. A row changed here gets the next version, since its answer
 * changes ({@code name} or {@code lname}) and its ETag must too.
 */
public class V3__Compare_names_in_normal_form extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V3__Compare_names_in_normal_form.class.getName());

    private record Row(String streamId, String id, String name, String lname, String compared) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, List<Row>> byComparedName = new LinkedHashMap<>();
        Map<String, Set<String>> takenByStream = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_id, id, name, lname FROM campaign ORDER BY created_at_second, created_at_nano, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Row row = new Row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        CampaignName.lnameOf(rows.getString(3)));
                byComparedName.computeIfAbsent(row.streamId() + '\n' + row.compared(), k -> new ArrayList<>()).add(row);
                takenByStream.computeIfAbsent(row.streamId(), k -> new HashSet<>()).add(row.compared());
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign SET name = ?, lname = ?, version = version + 1 WHERE stream_id = ? AND id = ?")) {
            for (List<Row> sameName : byComparedName.values()) {
                Row keeper = sameName.stream().filter(r -> r.lname().equals(r.compared())).findFirst().orElse(sameName.get(0));
                // No other row holds the compared form as its lname (it would compare the same, so it would be in this group).
                if (!keeper.lname().equals(keeper.compared())) set(update, keeper, keeper.name(), keeper.compared());
                Set<String> taken = takenByStream.get(keeper.streamId());
                for (Row other : sameName) {
                    if (other == keeper) continue;
                    String renamed = copyName(other.name(), taken);
                    taken.add(CampaignName.lnameOf(renamed));
                    LOG.warning("campaign " + other.streamId() + "/" + other.id() + " renamed from \"" + other.name() + "\" to \"" + renamed
                            + "\": its name now compares equal to that of " + keeper.id());
                    set(update, other, renamed, CampaignName.lnameOf(renamed));
                }
            }
            update.executeBatch();
        }
    }

    private static void set(PreparedStatement update, Row row, String name, String lname) throws SQLException {
        update.setString(1, name);
        update.setString(2, lname);
        update.setString(3, row.streamId());
        update.setString(4, row.id());
        update.addBatch();
    }

    /** {@code name} with the first free {@code " (n)"} from 2 appended, the name shortened to keep within the limit. */
    static String copyName(String name, Set<String> taken) {
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String base = name;
            while (CampaignName.LIMIT.isTooLong(base + suffix)) base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
            String candidate = base + suffix;
            if (!taken.contains(CampaignName.lnameOf(candidate))) return candidate;
        }
    }
}
