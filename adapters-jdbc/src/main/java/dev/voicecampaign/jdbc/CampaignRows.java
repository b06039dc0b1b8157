package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.DialingOrder;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.ExperienceFlowRef;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.campaign.ScheduleDue;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Maps a {@link StoredCampaign} to the {@code campaign} table's columns and back: scalars in their
 * own columns, nested parts in the {@code details} JSON document. Mapping only: every value read
 * back goes through the domain's own constructors, and nothing here decides what is valid.
 */
final class CampaignRows {
    /** The columns holding the campaign's content, in the order {@link #bindContent} binds them. */
    static final List<String> CONTENT_COLUMNS = List.of("lname", "mode", "name", "description", "priority", "dnc_list",
            "caller_id", "dialing_order", "max_attempts_per_record", "retry_period_minutes", "max_ring_seconds",
            "experience_flow", "machine_detection", "queue_name", "max_skips", "status", "instance_id",
            "created_at_second", "created_at_nano", "updated_at_second", "updated_at_nano", "details", "due_at_second", "due_at_nano");

    /** Every column {@link #read} needs. */
    static final String SELECTED = "stream_id, id, version, " + String.join(", ", CONTENT_COLUMNS);

    private CampaignRows() {
    }

    /** The SQL type of each content column, for binding a null. */
    private static final int[] CONTENT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
            Types.BIGINT, Types.INTEGER};

    /**
     * The content columns' values in {@link #CONTENT_COLUMNS} order ({@code null} for SQL NULL), the
     * details document written: all the mapping work of a write, done before a connection is used.
     */
    static Object[] content(StoredCampaign stored) {
        Campaign c = stored.campaign();
        DialingStrategy strategy = c.dialingStrategy();
        Optional<Instant> due = ScheduleDue.of(stored);   // derived, kept so the ticker finds what is due by index
        String flow = null;
        String detection = null;
        String queue = null;
        Integer skips = null;
        switch (c) {
            case AgentlessCampaign a -> {
                flow = a.experienceFlow().name();
                detection = a.machineDetection().name();
            }
            case ProgressiveCampaign p -> queue = p.queue().name();
            case PreviewCampaign p -> {
                queue = p.queue().name();
                skips = p.maxSkips().value();
            }
        }
        return new Object[] {stored.lname(), c.mode().name(), c.name().value(), c.description().value(), c.priority().value(),
                c.dncList().map(DncListRef::name).orElse(null), strategy.callerId().e164(), strategy.dialingOrder().name(),
                strategy.maxAttemptsPerRecord().value(), strategy.defaultRetryPeriod().minutes(), strategy.maxRingTime().seconds(),
                flow, detection, queue, skips, stored.status().name(), stored.instanceId().map(InstanceId::value).orElse(null),
                stored.createdAt().getEpochSecond(), stored.createdAt().getNano(), stored.updatedAt().getEpochSecond(),
                stored.updatedAt().getNano(),
                CampaignDetails.write(c.contactLists(), strategy.callingHours(), stored.references(), stored.schedule(), stored.runEnds(),
                        c.communicationLimits(), c.compliancePacks()),
                due.map(Instant::getEpochSecond).orElse(null), due.map(Instant::getNano).orElse(null)};
    }

    /** Binds the content columns' {@link #content values} from parameter {@code first} on; answers the next free parameter index. */
    static int bindContent(PreparedStatement statement, int first, Object[] content) throws SQLException {
        for (int i = 0; i < content.length; i++) {
            Object value = content[i];
            int at = first + i;
            switch (value) {
                case null -> statement.setNull(at, CONTENT_TYPES[i]);
                case String text -> statement.setString(at, text);
                case Integer number -> statement.setInt(at, number);
                case Long number -> statement.setLong(at, number);
                default -> throw new IllegalArgumentException("no column type for " + value.getClass());
            }
        }
        return first + content.length;
    }

    /** The campaign on the result set's current row, selected with {@link #SELECTED}. */
    static StoredCampaign read(ResultSet row) throws SQLException {
        CampaignDetails details = CampaignDetails.read(row.getString("details"));
        DialingStrategy strategy = new DialingStrategy(new CallerId(row.getString("caller_id")), details.hours(),
                DialingOrder.valueOf(row.getString("dialing_order")), new MaxAttempts(row.getInt("max_attempts_per_record")),
                new RetryPeriod(row.getInt("retry_period_minutes")), new RingTime(row.getInt("max_ring_seconds")));
        CommonSettings common = new CommonSettings(new CampaignName(row.getString("name")), new Description(row.getString("description")),
                details.contactListRefs(), Optional.ofNullable(row.getString("dnc_list")).map(DncListRef::new),
                new Priority(row.getInt("priority")), strategy, details.limits(),
                details.packs());
        Campaign campaign = switch (DialingMode.valueOf(row.getString("mode"))) {
            case AGENTLESS -> new AgentlessCampaign(common, new ExperienceFlowRef(row.getString("experience_flow")),
                    MachineDetection.valueOf(row.getString("machine_detection")));
            case PROGRESSIVE -> new ProgressiveCampaign(common, new QueueRef(row.getString("queue_name")));
            case PREVIEW -> new PreviewCampaign(common, new QueueRef(row.getString("queue_name")), new MaxSkips(row.getInt("max_skips")));
        };
        return new StoredCampaign(new CampaignId(row.getString("id")), new StreamId(row.getString("stream_id")), campaign,
                CampaignStatus.valueOf(row.getString("status")), details.resolvedReferences(), details.storedSchedule(),
                Optional.ofNullable(row.getString("instance_id")).map(InstanceId::new), details.storedRunEnd(),
                Instant.ofEpochSecond(row.getLong("created_at_second"), row.getInt("created_at_nano")),
                Instant.ofEpochSecond(row.getLong("updated_at_second"), row.getInt("updated_at_nano")),
                row.getLong("version"));
    }
}
