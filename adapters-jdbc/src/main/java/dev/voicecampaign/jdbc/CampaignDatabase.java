package dev.voicecampaign.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.StorageFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open campaign database: a connection pool on a {@link DatabaseTarget}, its schema migrated to
 * the latest version (Flyway, {@code db/migration} in this module) and the repository over it.
 * Hosts that bring their own {@link DataSource} call {@link #migrate} once and build a
 * {@link JdbcCampaignRepository} themselves. Close it to release the pool and the database files.
 */
public final class CampaignDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CampaignDatabase.class.getName());
    /** H2's error code for a statement on a database that has closed. */
    private static final int DATABASE_CLOSED = 90121;
    /** Where the versioned migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration";
    /** Connections each instance keeps to a database server (the file database, one process's, has 4). */
    public static final int SERVER_POOL_SIZE = 10;

    private final DatabaseTarget target;
    private final HikariDataSource pool;
    private final JdbcCampaignRepository repository;
    private final JdbcContactListRepository contactLists;
    private final JdbcCallbackRepository callbacks;
    private final String schemaVersion;

    private final GroupCommit group;

    private CampaignDatabase(DatabaseTarget target, HikariDataSource pool, String schemaVersion) {
        this.target = target;
        this.pool = pool;
        // The file database is H2 in this process alone: its writes are committed in groups, so concurrent
        // creates share the cost of a commit. A database server keeps one transaction per write.
        this.group = target instanceof DatabaseTarget.FileDatabase ? new GroupCommit(pool, "campaigns-group-commit") : null;
        this.repository = new JdbcCampaignRepository(pool, group);
        boolean writeThrough = target instanceof DatabaseTarget.FileDatabase;
        this.contactLists = new JdbcContactListRepository(pool, writeThrough);
        this.callbacks = new JdbcCallbackRepository(pool, writeThrough);
        this.schemaVersion = schemaVersion;
    }

    /** Connects, applies every pending migration, and answers the open database; a {@link StorageFailure} if it cannot. */
    public static CampaignDatabase open(DatabaseTarget target) {
        Objects.requireNonNull(target, "target");
        HikariConfig config = new HikariConfig();
        config.setPoolName("campaigns");
        config.setJdbcUrl(target.jdbcUrl());
        target.user().ifPresent(config::setUsername);
        target.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(target instanceof DatabaseTarget.FileDatabase ? 4 : SERVER_POOL_SIZE);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = null;
        boolean held = false;
        try {
            if (target instanceof DatabaseTarget.FileDatabase file) {
                FileDatabaseRecovery.hold(file);
                held = true;
            }
            pool = new HikariDataSource(config);
            String version = migrate(pool);
            // what the migrations committed, written to the file as every write is (H2 there writes in the background)
            if (held) Transactions.inTransaction(pool, true, "the migrations could not be written to the file", c -> null);
            return new CampaignDatabase(target, pool, version);
        } catch (RuntimeException e) {
            if (pool != null) pool.close();
            if (held) FileDatabaseRecovery.release((DatabaseTarget.FileDatabase) target);
            throw new StorageFailure("cannot open the " + target.description() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Brings the database behind {@code dataSource} to the latest schema version (a no-op when it is
     * current) and answers that version. Concurrent starts are safe: Flyway locks the schema history.
     */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).failOnMissingLocations(true).load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    /** The schema version the database is at, such as {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    public CampaignRepository repository() {
        return repository;
    }

    /** The stored contact lists, in the same database. */
    public ContactListRepository contactLists() {
        return contactLists;
    }

    public CallbackRepository callbacks() {
        return callbacks;
    }

    /** The pooled connections, for a component keeping its own table in this database (the shared rate limit's buckets). */
    public DataSource dataSource() {
        return pool;
    }

    public DatabaseTarget target() {
        return target;
    }

    /** Commits the writes already handed over, then releases the pool and the database files. */
    @Override
    public void close() {
        if (group != null) group.close();
        if (target instanceof DatabaseTarget.FileDatabase file && FileDatabaseRecovery.release(file)) shutDown();
        pool.close();
    }

    /** Closes the file database now (H2 keeps it open while any connection is), with a clean header. */
    private void shutDown() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // H2 answers its own SHUTDOWN with "database is already closed" (90121) once it has closed
            if (e.getErrorCode() != DATABASE_CLOSED) {
                LOG.log(Level.WARNING, "the file database did not shut down cleanly; it is recovered at the next open", e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage();
    }
}
