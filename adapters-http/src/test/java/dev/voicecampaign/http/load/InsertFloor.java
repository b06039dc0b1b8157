package dev.voicecampaign.http.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own rate for a durable create, the floor no server on it can beat: {@code connections} JDBC
 * connections, each inserting one campaign row per transaction (autocommit) into the server's own table and
 * indexes for a fixed duration. Each row is a copy of a campaign the server stored, with a new id and name.
 */
final class InsertFloor {
    /** What the run measured: rows inserted (each its own commit), the time taken, and each insert's latency. */
    record Result(int connections, long rows, Duration elapsed, LatencyHistogram latencies) {
        double rowsPerSecond() {
            return rows / (elapsed.toNanos() / 1e9);
        }
    }

    private InsertFloor() {
    }

    /**
     * Runs the inserts against the database at {@code jdbcUrl}, which must hold at least one campaign to copy. The
     * clock starts once every connection is open and its statement prepared.
     */
    static Result measure(String jdbcUrl, String user, int connections, Duration duration) throws SQLException, InterruptedException {
        Template template = Template.read(jdbcUrl, user);
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        List<Future<LatencyHistogram>> writers = new ArrayList<>();
        long start;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                int writer = c;
                writers.add(threads.submit(() -> insertUntil(jdbcUrl, user, template, writer, ready, go, deadline)));
            }
            ready.await();
            start = System.nanoTime();
            deadline.set(start + duration.toNanos());
            go.countDown();
        }
        long elapsed = System.nanoTime() - start;
        LatencyHistogram all = new LatencyHistogram();
        for (Future<LatencyHistogram> writer : writers) {
            try {
                all.add(writer.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("an insert failed", e.getCause());
            }
        }
        return new Result(connections, all.count(), Duration.ofNanos(elapsed), all);
    }

    private static LatencyHistogram insertUntil(String jdbcUrl, String user, Template template, int writer, CountDownLatch ready,
                                                CountDownLatch go, AtomicLong deadline) throws SQLException, InterruptedException {
        LatencyHistogram latencies = new LatencyHistogram();
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl, user, "");
        } finally {
            ready.countDown();   // also when the connection failed: the run starts and this writer's failure is reported
        }
        try (connection; PreparedStatement insert = connection.prepareStatement(template.insert())) {
            connection.setAutoCommit(true);
            go.await();
            for (long row = 0; System.nanoTime() < deadline.get(); row++) {
                String unique = "floor w" + writer + "-" + row;
                for (int i = 0; i < template.values().size(); i++) {
                    Object value = switch (template.columns().get(i)) {
                        case "id" -> "fl-" + writer + "-" + row;
                        case "name", "lname" -> unique;
                        default -> template.values().get(i).orElse(null);
                    };
                    insert.setObject(i + 1, value, template.types().get(i));
                }
                long start = System.nanoTime();
                insert.executeUpdate();
                latencies.recordNanos(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** One stored campaign row: its columns, their SQL types and values, and the insert that writes such a row. */
    private record Template(List<String> columns, List<Integer> types, List<Optional<Object>> values) {
        static Template read(String jdbcUrl, String user) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT * FROM campaign LIMIT 1")) {
                if (!row.next()) throw new IllegalStateException("no campaign to copy");
                ResultSetMetaData meta = row.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> types = new ArrayList<>();
                List<Optional<Object>> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    types.add(meta.getColumnType(i));
                    values.add(Optional.ofNullable(row.getObject(i)));
                }
                return new Template(List.copyOf(columns), List.copyOf(types), List.copyOf(values));
            }
        }

        String insert() {
            return "INSERT INTO campaign (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }
    }
}
