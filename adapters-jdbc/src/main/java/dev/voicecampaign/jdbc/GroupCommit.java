package dev.voicecampaign.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Commits the writes of concurrent callers together. Each caller hands its write to one writer
 * thread and waits; the writer takes every write waiting (up to {@link #MAX_BATCH}), runs them one
 * after the other in a single transaction, commits once, and only then answers each caller. A write
 * is acknowledged only once the commit that holds it has returned and been written to the file
 * ({@link Transactions#commit}, for the file database), so each write is as durable as with one commit per write; what is
 * shared is the cost of the commit (with H2's MVStore, writing a chunk of every page it changed).
 *
 * <p>The writes of a batch run in the order they were handed over, each from a savepoint: a write
 * that fails (or throws) is rolled back to its savepoint and its caller gets the failure, and the
 * others go on. A failed commit fails every write of the batch (none was acknowledged). A write's
 * SQL sees the writes before it in the batch, so the outcome is that of running them one by one.
 *
 * <p>For H2, where a statement that fails (a unique key violation, say) leaves the transaction
 * usable, and where only this process writes (the file database allows one process). The writer
 * is never interrupted: H2 closes its file when a thread is interrupted during file I/O.
 */
final class GroupCommit implements AutoCloseable {
    /** The most writes committed together. */
    static final int MAX_BATCH = 128;
    private static final long CLOSE_WAIT_SECONDS = 30;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Pending<Void> stop = new Pending<>(connection -> null);
    private volatile boolean closed;

    GroupCommit(DataSource dataSource, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writer = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Runs {@code work} in the next commit and answers its result once that commit is done; its failure otherwise. */
    <T> T run(Work<T> work) throws SQLException {
        try {
            return submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the write was being committed; it may have been applied", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) throw sql;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new SQLException(cause);
        }
    }

    /**
     * Hands {@code work} to the writer and returns at once: the future completes once the commit holding it
     * is done (or fails). Writes handed over in turn run in that order.
     */
    <T> CompletableFuture<T> submit(Work<T> work) {
        Pending<T> pending = new Pending<>(work);
        queue.add(pending);
        // closed is set before the stop marker is queued: either the writer takes this write, or it is still here to take back
        if (closed && queue.remove(pending)) pending.fail(new SQLException("the database is closed"));
        return pending.done;
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // never interrupted on purpose; the stop marker ends the loop
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(stop);
            if (!batch.isEmpty()) commit(batch);
            batch.clear();
        }
        // closed was set before the marker was queued: a write queued since is taken back by its caller or failed here
        for (Pending<?> left; (left = queue.poll()) != null; ) left.fail(new SQLException("the database is closed"));
    }

    private void commit(List<Pending<?>> batch) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            for (Pending<?> pending : batch) pending.apply(connection);
            Transactions.commit(connection, true);
        } catch (SQLException | RuntimeException | Error e) {
            if (connection != null) rollback(connection, e);
            for (Pending<?> pending : batch) pending.fail(e);
            release(connection);
            return;
        }
        for (Pending<?> pending : batch) pending.finish();
        release(connection);
    }

    /** Back to the pool, which restores auto-commit; a failure here changes nothing already committed. */
    private static void release(Connection connection) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // the commit, if any, is done; the pool discards a connection it cannot reset
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Commits what is queued, then answers every later write with a failure; waits for the writer to finish. */
    @Override
    public void close() {
        stopAccepting();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Refuses every write handed over from now on; those handed over before are still committed. Returns at once. */
    synchronized void stopAccepting() {
        if (closed) return;
        closed = true;
        queue.add(stop);
    }

    /** One caller's write: its work, then what it answered or threw, handed over once the batch is committed. */
    private static final class Pending<T> {
        private final Work<T> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;
        private Throwable failure;

        Pending(Work<T> work) {
            this.work = work;
        }

        /** Runs the work from a savepoint; a failure is kept for its caller and undone, so the batch goes on. */
        void apply(Connection connection) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                failure = e;
                connection.rollback(savepoint);
            }
        }

        void finish() {
            if (failure != null) done.completeExceptionally(failure);
            else done.complete(result);
        }

        void fail(Throwable e) {
            done.completeExceptionally(e);
        }
    }
}
