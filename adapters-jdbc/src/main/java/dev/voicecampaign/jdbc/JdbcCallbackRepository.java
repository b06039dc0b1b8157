package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Callbacks over JDBC (table {@code callback}, schema version 7); each call is one statement or one read-only transaction. */
public final class JdbcCallbackRepository implements CallbackRepository {
    /** Due from {@code from} (inclusive) to {@code to} (exclusive), compared as (second, nano) pairs. */
    private static final String WINDOW = "stream_id = ? AND campaign_id = ? AND (call_at_second > ? OR (call_at_second = ? AND call_at_nano >= ?)) "
            + "AND (call_at_second < ? OR (call_at_second = ? AND call_at_nano < ?))";

    private final DataSource dataSource;
    private final boolean writeThrough;

    /** Over a data source whose database {@link CampaignDatabase#migrate} has brought up to date. */
    public JdbcCallbackRepository(DataSource dataSource) {
        this(dataSource, false);
    }

    /** As {@link #JdbcCallbackRepository(DataSource)}; with {@code writeThrough}, each commit is written to the file ({@link Transactions#commit}). */
    JdbcCallbackRepository(DataSource dataSource, boolean writeThrough) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writeThrough = writeThrough;
    }

    @Override
    public void insert(Callback callback) {
        inTransaction("store callback " + callback.id(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO callback (stream_id, campaign_id, id, phone, contact_id, "
                    + "call_at_second, call_at_nano, note, created_at_second, created_at_nano) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, callback.stream().value());
                insert.setString(2, callback.campaign().value());
                insert.setString(3, callback.id());
                insert.setString(4, callback.phone());
                insert.setString(5, callback.contactId().orElse(null));
                insert.setLong(6, callback.callContactAt().getEpochSecond());
                insert.setInt(7, callback.callContactAt().getNano());
                insert.setString(8, callback.note().orElse(null));
                insert.setLong(9, callback.createdAt().getEpochSecond());
                insert.setInt(10, callback.createdAt().getNano());
                insert.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public Page<Callback> due(StreamId stream, CampaignId campaign, Instant from, Instant to, int offset, int limit) {
        return read("read callbacks of " + campaign.value(), c -> {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM callback WHERE " + WINDOW)) {
                window(count, stream, campaign, from, to);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Callback> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, phone, contact_id, call_at_second, call_at_nano, note, "
                    + "created_at_second, created_at_nano FROM callback WHERE " + WINDOW
                    + " ORDER BY call_at_second, call_at_nano, id LIMIT ? OFFSET ?")) {
                window(select, stream, campaign, from, to);
                select.setInt(9, limit);
                select.setLong(10, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new Callback(rows.getString(1), stream, campaign, rows.getString(2), Optional.ofNullable(rows.getString(3)),
                                Instant.ofEpochSecond(rows.getLong(4), rows.getInt(5)), Optional.ofNullable(rows.getString(6)),
                                Instant.ofEpochSecond(rows.getLong(7), rows.getInt(8))));
                    }
                }
            }
            return new Page<>(items, total, offset, limit, (long) offset + items.size() < total, Optional.empty());
        });
    }

    @Override
    public boolean delete(StreamId stream, CampaignId campaign, String id) {
        return inTransaction("delete callback " + id, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM callback WHERE stream_id = ? AND campaign_id = ? AND id = ?")) {
                delete.setString(1, stream.value());
                delete.setString(2, campaign.value());
                delete.setString(3, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static void window(PreparedStatement statement, StreamId stream, CampaignId campaign, Instant from, Instant to) throws SQLException {
        statement.setString(1, stream.value());
        statement.setString(2, campaign.value());
        statement.setLong(3, from.getEpochSecond());
        statement.setLong(4, from.getEpochSecond());
        statement.setInt(5, from.getNano());
        statement.setLong(6, to.getEpochSecond());
        statement.setLong(7, to.getEpochSecond());
        statement.setInt(8, to.getNano());
    }

    private <T> T inTransaction(String action, Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, writeThrough, "callback storage could not " + action, work);
    }

    /** A transaction that only reads: nothing to write through. */
    private <T> T read(String action, Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, false, "callback storage could not " + action, work);
    }
}
