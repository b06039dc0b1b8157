package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.DueCursor;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.port.SaveOutcome;
import dev.voicecampaign.core.port.StorageFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link CampaignRepository} over plain JDBC, for PostgreSQL and H2 alike (portable SQL, schema
 * from {@link CampaignDatabase#migrate}). Every write is one guarded SQL statement, so it is atomic
 * and a refused write changes nothing:
 * <ul>
 *   <li>optimistic concurrency in SQL: {@code UPDATE/DELETE ... WHERE stream_id = ? AND id = ? AND version = ?};
 *       no row touched means the campaign is gone ({@code NotFound}) or moved on ({@code VersionConflict});</li>
 *   <li>names are unique per stream by the table's {@code UNIQUE (stream_id, lname)} constraint, whose
 *       violation is answered as {@code NameTaken}, so two server instances cannot both take a name.</li>
 * </ul>
 * Any other database failure is a {@link StorageFailure}. Thread-safe: each read borrows its own
 * connection from the data source (a pool, see {@link CampaignDatabase}); each write too, unless the
 * repository commits writes in groups (the file database, see {@link GroupCommit}): then every write
 * runs on the group's writer, one transaction per group, answered once that transaction is committed.
 */
public final class JdbcCampaignRepository implements CampaignRepository {
    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a serialization failure; H2 reports a row changed under it as 90131. */
    private static final List<String> LOST_RACE = List.of("40001", "90131");
    /** How often a write that lost a race to a transaction that then rolled back is tried again. */
    private static final int ATTEMPTS = 5;

    private static final String SELECT = "SELECT " + CampaignRows.SELECTED + " FROM campaign WHERE stream_id = ?";
    private static final String INSERT = "INSERT INTO campaign (stream_id, id, version, " + String.join(", ", CampaignRows.CONTENT_COLUMNS)
            + ") VALUES (?, ?, ?" + ", ?".repeat(CampaignRows.CONTENT_COLUMNS.size()) + ")";
    private static final String UPDATE = "UPDATE campaign SET version = ?, "
            + CampaignRows.CONTENT_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " WHERE stream_id = ? AND id = ? AND version = ?";
    private static final String DELETE = "DELETE FROM campaign WHERE stream_id = ? AND id = ? AND version = ?";
    private static final String VERSION = "SELECT version FROM campaign WHERE stream_id = ? AND id = ?";

    private final DataSource dataSource;
    private final GroupCommit group;

    /**
     * Over a data source whose database {@link CampaignDatabase#migrate} has brought up to date; each
     * write is its own transaction.
     */
    public JdbcCampaignRepository(DataSource dataSource) {
        this(dataSource, null);
    }

    /** As above, with writes committed together by {@code group} when it is not null (see {@link GroupCommit}). */
    JdbcCampaignRepository(DataSource dataSource, GroupCommit group) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.group = group;
    }

    @Override
    public Optional<StoredCampaign> find(StreamId stream, CampaignId id) {
        return select(SELECT + " AND id = ?", stream.value(), id.value()).stream().findFirst();
    }

    @Override
    public Optional<StoredCampaign> findByLname(StreamId stream, String lname) {
        return select(SELECT + " AND lname = ?", stream.value(), lname).stream().findFirst();
    }

    @Override
    public List<StoredCampaign> findAll(StreamId stream) {
        return select(SELECT, stream.value());
    }

    /** Reads only the rows in those statuses ({@code status IN (...)}), not the whole stream. */
    @Override
    public List<StoredCampaign> findByStatus(StreamId stream, Set<CampaignStatus> statuses) {
        if (statuses.isEmpty()) return List.of();
        List<String> parameters = new ArrayList<>();
        parameters.add(stream.value());
        statuses.stream().map(Enum::name).sorted().forEach(parameters::add);
        return select(SELECT + " AND status IN (" + String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")) + ")",
                parameters.toArray(String[]::new));
    }

    /**
     * Filters, sorts and pages in SQL ({@link CampaignPageSql}): a count of the matches, then the page's own rows
     * (and one more), read through the indexes on status, creation time, last change and name.
     */
    @Override
    public Page<StoredCampaign> page(StreamId stream, CampaignQuery query) {
        return withConnection("list campaigns", connection -> {
            CampaignPageSql sql = CampaignPageSql.of(stream, query);
            long total;
            try (PreparedStatement count = prepare(connection, sql.count(), sql.countParameters()); ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<StoredCampaign> read = new ArrayList<>();
            try (PreparedStatement page = prepare(connection, sql.page(), sql.pageParameters()); ResultSet rows = page.executeQuery()) {
                while (rows.next()) read.add(readRow(rows));
            }
            return Page.of(read, total, query);
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, parameters.get(i));
        return statement;
    }

    /** Read through index {@code campaign_due} (due instant, stream, id), from the cursor on, as row-value comparisons. */
    @Override
    public List<StoredCampaign> due(Set<StreamId> streams, Instant now, Optional<DueCursor> after, int limit) {
        if (streams.isEmpty()) return List.of();
        List<Object> parameters = new ArrayList<>(List.of(now.getEpochSecond(), now.getNano()));
        String sql = "SELECT " + CampaignRows.SELECTED + " FROM campaign WHERE due_at_second IS NOT NULL"
                + " AND (due_at_second, due_at_nano) <= (?, ?)";
        if (after.isPresent()) {
            DueCursor c = after.get();
            sql += " AND (due_at_second, due_at_nano, stream_id, id) > (?, ?, ?, ?)";
            parameters.addAll(List.of(c.due().getEpochSecond(), c.due().getNano(), c.stream().value(), c.id().value()));
        }
        sql += " AND stream_id IN (" + String.join(", ", java.util.Collections.nCopies(streams.size(), "?")) + ")";
        streams.stream().map(StreamId::value).sorted().forEach(parameters::add);
        String query = sql + " ORDER BY due_at_second, due_at_nano, stream_id, id LIMIT " + limit;
        return withConnection("read due campaigns", connection -> {
            List<StoredCampaign> read = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, query, parameters); ResultSet rows = select.executeQuery()) {
                while (rows.next()) read.add(readRow(rows));
            }
            return read;
        });
    }

    @Override
    public SaveOutcome insert(StoredCampaign campaign) {
        if (campaign.version() != 0) throw new IllegalArgumentException("a new campaign has version 0");
        Object[] content = CampaignRows.content(campaign);
        return write("insert campaign " + campaign.id(), connection -> {
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, campaign.streamId().value());
                    insert.setString(2, campaign.id().value());
                    insert.setLong(3, 0);
                    CampaignRows.bindContent(insert, 4, content);
                    insert.executeUpdate();
                    return new SaveOutcome.Saved(campaign);
                } catch (SQLException e) {
                    if (isUniqueViolation(e)) {
                        if (currentVersion(connection, campaign.streamId(), campaign.id()).isPresent()) {
                            throw new IllegalStateException("id issued twice: " + campaign.id());
                        }
                        return new SaveOutcome.NameTaken(campaign.lname());
                    }
                    if (!lostRace(e) || attempt == ATTEMPTS) throw e;
                }
            }
        });
    }

    @Override
    public SaveOutcome update(StoredCampaign campaign, long expectedVersion) {
        StoredCampaign next = campaign.withVersion(expectedVersion + 1);
        Object[] content = CampaignRows.content(next);
        return write("update campaign " + campaign.id(), connection -> {
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                    update.setLong(1, next.version());
                    int i = CampaignRows.bindContent(update, 2, content);
                    update.setString(i++, campaign.streamId().value());
                    update.setString(i++, campaign.id().value());
                    update.setLong(i, expectedVersion);
                    if (update.executeUpdate() == 1) return new SaveOutcome.Saved(next);
                } catch (SQLException e) {
                    if (isUniqueViolation(e)) return new SaveOutcome.NameTaken(campaign.lname());
                    if (!lostRace(e) || attempt == ATTEMPTS) throw e;
                }
                Optional<SaveOutcome> refusal = refusal(connection, campaign.streamId(), campaign.id(), expectedVersion);
                if (refusal.isPresent()) return refusal.get();
                if (attempt == ATTEMPTS) throw new SQLException("the update of " + campaign.id() + " kept losing races");
            }
        });
    }

    @Override
    public SaveOutcome delete(StreamId stream, CampaignId id, long expectedVersion) {
        return write("delete campaign " + id, connection -> {
            for (int attempt = 1; ; attempt++) {
                Optional<StoredCampaign> current = select(connection, SELECT + " AND id = ?", stream.value(), id.value()).stream().findFirst();
                if (current.isEmpty()) return new SaveOutcome.NotFound();
                if (current.get().version() != expectedVersion) {
                    return new SaveOutcome.VersionConflict(expectedVersion, current.get().version());
                }
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    delete.setString(1, stream.value());
                    delete.setString(2, id.value());
                    delete.setLong(3, expectedVersion);
                    // the version guard makes the row deleted the very one read above
                    if (delete.executeUpdate() == 1) return new SaveOutcome.Saved(current.get());
                } catch (SQLException e) {
                    if (!lostRace(e) || attempt == ATTEMPTS) throw e;
                }
                if (attempt == ATTEMPTS) throw new SQLException("the delete of " + id + " kept losing races");
            }
        });
    }

    /** Why a guarded write touched no row: gone, or at another version; empty if it is still at the expected one. */
    private static Optional<SaveOutcome> refusal(Connection connection, StreamId stream, CampaignId id, long expected)
            throws SQLException {
        Optional<Long> actual = currentVersion(connection, stream, id);
        if (actual.isEmpty()) return Optional.of(new SaveOutcome.NotFound());
        if (actual.get() != expected) return Optional.of(new SaveOutcome.VersionConflict(expected, actual.get()));
        return Optional.empty();
    }

    private static Optional<Long> currentVersion(Connection connection, StreamId stream, CampaignId id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(VERSION)) {
            query.setString(1, stream.value());
            query.setString(2, id.value());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private List<StoredCampaign> select(String sql, String... parameters) {
        return withConnection("read campaigns", connection -> select(connection, sql, parameters));
    }

    private static List<StoredCampaign> select(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) query.setString(i + 1, parameters[i]);
            try (ResultSet rows = query.executeQuery()) {
                List<StoredCampaign> found = new ArrayList<>();
                while (rows.next()) found.add(readRow(rows));
                return found;
            }
        }
    }

    private static StoredCampaign readRow(ResultSet rows) throws SQLException {
        try {
            return CampaignRows.read(rows);
        } catch (RuntimeException e) {
            throw new StorageFailure("stored campaign " + rows.getString("stream_id") + "/" + rows.getString("id")
                    + " cannot be read back: " + e.getMessage(), e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    private static boolean lostRace(SQLException e) {
        return LOST_RACE.contains(e.getSQLState());
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs a write: handed to the group commit when there is one (committed with the writes of other
     * callers, answered once committed), else on a connection of its own in auto-commit mode.
     */
    private <T> T write(String action, SqlWork<T> work) {
        if (group == null) return withConnection(action, work);
        try {
            return group.run(work::run);
        } catch (SQLException e) {
            throw new StorageFailure("campaign storage could not " + action + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a connection of its own in auto-commit mode: each statement is its own transaction. */
    private <T> T withConnection(String action, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageFailure("campaign storage could not " + action + ": " + e.getMessage(), e);
        }
    }
}
