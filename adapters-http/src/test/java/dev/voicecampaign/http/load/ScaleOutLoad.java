package dev.voicecampaign.http.load;

import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.server.Main;
import dev.voicecampaign.http.server.RunningServer;
import dev.voicecampaign.http.server.ServeOptions;
import dev.voicecampaign.http.server.StorageOption;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale-out load behind {@code ./dev load [seconds] --postgres}: two reference servers in this JVM, each
 * with its own connection pool, over one PostgreSQL (the tests' embedded one, its own instance), with the
 * per-account limit counted in the database as it is in production (lifted far out of the way). Three phases,
 * each for the given duration: the campaign life through both servers, durable creates only through both,
 * then the database's own floor for a create ({@link InsertFloor}) with as many JDBC connections as the two
 * pools hold. The creates' rate is reported as a ratio of that floor.
 */
final class ScaleOutLoad {
    static final String BEGIN = "<!-- load-postgres:begin -->";
    static final String END = "<!-- load-postgres:end -->";
    static final int INSTANCES = 2;
    /** Each server's pool on a database server: the floor gets as many connections as the two hold. */
    static final int POOL_PER_INSTANCE = dev.voicecampaign.jdbc.CampaignDatabase.SERVER_POOL_SIZE;

    /** What the three phases measured, with the machine's load average before and after. */
    record Report(LoadGenerator.Result life, LoadGenerator.Result creates, InsertFloor.Result floor, double loadAverageBefore,
                  double loadAverageAfter) {
        double createsPerSecond() {
            return creates.latencies().get(LoadGenerator.Operation.CREATE).count() / (creates.elapsed().toNanos() / 1e9);
        }

        double ratio() {
            return createsPerSecond() / floor.rowsPerSecond();
        }
    }

    private ScaleOutLoad() {
    }

    static Report measure(Duration duration, int connections) throws Exception {
        ServerConfig config = DemoConfig.standard();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        double loadAverageBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (TestPostgres postgres = TestPostgres.startOwn()) {
            DatabaseTarget.ServerDatabase database = postgres.newDatabase();
            List<RunningServer> servers = new ArrayList<>();
            LoadGenerator.Result life;
            LoadGenerator.Result creates;
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    servers.add(Main.serve(config, new ServeOptions(0, new StorageOption.Database(database), Integer.MAX_VALUE).onLoopbackOnly(),
                            false, quiet));
                }
                List<Integer> ports = servers.stream().map(RunningServer::port).toList();
                System.out.printf("load: phase 1 of 3, the campaign life through %d servers%n", INSTANCES);
                life = new LoadGenerator(ports, config.apps().get(0), connections, duration, LoadGenerator.Mix.LIFE).run();
                System.out.printf("load: phase 2 of 3, durable creates only through %d servers%n", INSTANCES);
                creates = new LoadGenerator(ports, config.apps().get(0), connections, duration, LoadGenerator.Mix.CREATES).run();
            } finally {
                for (RunningServer server : servers) server.stop(quiet);
            }
            System.out.printf("load: phase 3 of 3, the database's own inserts on %d connections%n", INSTANCES * POOL_PER_INSTANCE);
            InsertFloor.Result floor = InsertFloor.measure(database.jdbcUrl(), database.user().orElse("postgres"), INSTANCES * POOL_PER_INSTANCE,
                    duration);
            return new Report(life, creates, floor, loadAverageBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The figures as the Markdown section of docs/reliability.md; {@code command} names what produced them. */
    static String markdown(Report report, String command) {
        StringBuilder md = new StringBuilder();
        LoadGenerator.Result life = report.life();
        md.append(String.format(Locale.ROOT, "Latest run: %s, %s: %d servers in one JVM, each with a pool of %d connections, over one"
                        + " PostgreSQL on the same machine (the per-account limit counted in the database, lifted out of the way); %d client"
                        + " connections shared between the servers; JDK %d, %d cores; machine load average %.1f before, %.1f after.%n%n",
                LocalDate.now(ZoneOffset.UTC), command, INSTANCES, POOL_PER_INSTANCE, life.connections(), Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), report.loadAverageBefore(), report.loadAverageAfter()));
        section(md, "The campaign life (create, get until Ready, update, play, get, stop, list, delete)", life);
        section(md, "Durable creates only", report.creates());
        InsertFloor.Result floor = report.floor();
        md.append(String.format(Locale.ROOT, "The database's floor: %d JDBC connections, each inserting a copy of a stored campaign row per"
                        + " transaction into the same table and indexes: **%d rows in %.1f s, %.0f a second**; latency p50 %s, p99 %s ms.%n%n",
                floor.connections(), floor.rows(), floor.elapsed().toMillis() / 1000.0, floor.rowsPerSecond(),
                LoadSession.millis(floor.latencies().percentileMicros(50)), LoadSession.millis(floor.latencies().percentileMicros(99))));
        md.append(String.format(Locale.ROOT, "**Durable creates through two servers ÷ the database's floor: %.2f×** (%.0f ÷ %.0f a second).%n",
                report.ratio(), report.createsPerSecond(), floor.rowsPerSecond()));
        return md.toString();
    }

    private static void section(StringBuilder md, String title, LoadGenerator.Result load) {
        double seconds = load.elapsed().toMillis() / 1000.0;
        md.append(String.format(Locale.ROOT, "%s: **%d requests, %d errors** in %.1f s (%.0f requests/s). Latency in ms:%n%n", title,
                load.requests(), load.errorCount(), seconds, load.requests() / seconds));
        LoadSession.operations(md, load);
        md.append('\n');
    }
}
