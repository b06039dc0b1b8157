package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.port.StorageFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs a unit of work in a transaction of its own, turning a database error into a {@link StorageFailure}. */
final class Transactions {
    /** Work on one connection that may fail with an {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Commits and, with {@code writeThrough}, writes the commit to the file before returning: the file database
     * writes in the background ({@code WRITE_DELAY} above 0, which is what runs H2's compaction), so there a commit
     * alone is not yet durable. {@code CHECKPOINT} needs H2's admin right, which the file database's creator has.
     */
    static void commit(Connection connection, boolean writeThrough) throws SQLException {
        connection.commit();
        if (writeThrough) {
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: committed (written through with {@code writeThrough}, see {@link #commit})
     * when it returns, rolled back when it throws; {@code what} names the storage and action.
     */
    static <T> T inTransaction(DataSource dataSource, boolean writeThrough, String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                commit(connection, writeThrough);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageFailure(what + ": " + e.getMessage(), e);
        }
    }
}
