package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Writes committed together: each answered after its commit, each failing alone, none lost at close. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GroupCommitTest {
    @TempDir
    Path directory;
    private JdbcDataSource dataSource;
    private GroupCommit group;
    /** Counts transactions that reached commit: each batch's connection is counted when it commits. */
    private final AtomicInteger commits = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean failCommits = new java.util.concurrent.atomic.AtomicBoolean();

    @BeforeEach
    void open() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (name VARCHAR PRIMARY KEY, batch INTEGER)");
        }
        group = new GroupCommit(new CountingDataSource(dataSource, commits, failCommits), "test-group-commit");
    }

    @AfterEach
    void close() {
        group.close();
    }

    @Test
    void writesWaitingTogetherShareOneCommitAndEachIsAnsweredAfterIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = heldWrite("first", release);
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "w" + i;
            waiting.add(group.submit(c -> insert(c, name)));
        }
        assertThat(count()).as("nothing is visible before its commit").isZero();
        release.countDown();
        assertThat(first.get()).isEqualTo(1);
        for (Future<Integer> w : waiting) assertThat(w.get()).isEqualTo(1);
        assertThat(count()).isEqualTo(51);
        assertThat(commits).as("the first write's commit, then one for the fifty that waited").hasValue(2);
    }

    @Test
    void aFailingWriteIsUndoneAndFailsAloneTheOthersOfItsBatchAreCommitted() throws Exception {
        group.run(c -> insert(c, "taken"));
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = heldWrite("a", release);
        Future<Integer> duplicate = group.submit(c -> insert(c, "taken"));
        Future<Integer> halfDone = group.submit(c -> {
            insert(c, "half");
            throw new IllegalStateException("after its insert");
        });
        Future<Integer> last = group.submit(c -> insert(c, "b"));
        release.countDown();
        assertThat(first.get()).isEqualTo(1);
        assertThat(last.get()).isEqualTo(1);
        assertThatThrownBy(duplicate::get).hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(halfDone::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("after its insert");
        assertThat(names()).containsExactlyInAnyOrder("taken", "a", "b");
    }

    @Test
    void closingCommitsWhatWasHandedOverThenRefusesWrites() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = heldWrite("first", release);
        Future<Integer> queuedBeforeClose = group.submit(c -> insert(c, "queued"));
        group.stopAccepting();
        assertThatThrownBy(() -> group.run(c -> insert(c, "late"))).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        release.countDown();
        group.close();
        assertThat(first.get()).isEqualTo(1);
        assertThat(queuedBeforeClose.get()).isEqualTo(1);
        assertThat(names()).containsExactlyInAnyOrder("first", "queued");
    }

    @Test
    void aFailedCommitFailsEveryWriteOfItsBatch() throws Exception {
        failCommits.set(true);
        assertThatThrownBy(() -> group.run(c -> insert(c, "lost"))).isInstanceOf(SQLException.class).hasMessageContaining("disk full");
        failCommits.set(false);
        assertThat(names()).isEmpty();
        assertThat((int) group.run(c -> insert(c, "after"))).as("the next batch commits").isEqualTo(1);
        assertThat(names()).containsExactly("after");
    }

    /** A write of {@code name} that the writer has started and that holds its batch open until {@code release}. */
    private Future<Integer> heldWrite(String name, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Integer> write = group.submit(c -> {
            holding.countDown();
            await(release);
            return insert(c, name);
        });
        holding.await();
        return write;
    }

    private static int insert(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO item (name) VALUES (?)")) {
            s.setString(1, name);
            return s.executeUpdate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count() throws SQLException {
        return names().size();
    }

    private List<String> names() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT name FROM item")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) names.add(rows.getString(1));
            return names;
        }
    }

    /** A data source whose connections count their commits, or fail them when told to. */
    private record CountingDataSource(JdbcDataSource real, AtomicInteger commits, java.util.concurrent.atomic.AtomicBoolean fail)
            implements javax.sql.DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = real.getConnection();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(GroupCommitTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            if (fail.get()) throw new SQLException("disk full");
                            commits.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
