package dev.voicecampaign.http.server;

import dev.voicecampaign.core.inmemory.InMemoryCallbackRepository;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.InMemoryContactListRepository;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.http.auth.AccountRateLimit;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.SharedRateLimit;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.DatabaseTarget;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the reference server keeps campaigns, as chosen on its command line: a file database under
 * a data directory (the default, so a plain {@code serve} loses nothing on restart), a database
 * server such as PostgreSQL (shared by several instances), or memory for throwaway sandboxes.
 */
public sealed interface StorageOption {
    /** The data directory when none is given, relative to the working directory. */
    Path DEFAULT_DATA_DIRECTORY = Path.of("campaign-data");
    /** Environment variable holding the database user for {@code --jdbc-url}. */
    String USER_VARIABLE = "CAMPAIGN_DB_USER";
    /** Environment variable holding the database password for {@code --jdbc-url}. */
    String PASSWORD_VARIABLE = "CAMPAIGN_DB_PASSWORD";

    /** Opens the storage; a {@code StorageFailure} when the database cannot be reached or migrated. */
    OpenStorage open();

    /** Campaigns in this process's memory only: gone when it stops. */
    record InMemory() implements StorageOption {
        @Override
        public OpenStorage open() {
            return new OpenStorage(new InMemoryCampaignRepository(), new InMemoryContactListRepository(), new InMemoryCallbackRepository(),
                    Optional.empty(), "in memory only (--in-memory): campaigns, lists and callbacks are lost when the server stops", () -> { });
        }
    }

    /** A database reached through the JDBC adapter: a file database or a server. */
    record Database(DatabaseTarget target) implements StorageOption {
        @Override
        public OpenStorage open() {
            CampaignDatabase database = CampaignDatabase.open(target);
            // a PostgreSQL server may be shared by several instances: the rate limit is counted there (Bucket4j's back end is
            // PostgreSQL's); a file database is this process's alone
            Optional<DataSource> shared = target instanceof DatabaseTarget.ServerDatabase server && server.jdbcUrl().startsWith("jdbc:postgresql:")
                    ? Optional.of(database.dataSource()) : Optional.empty();
            return new OpenStorage(database.repository(), database.contactLists(), database.callbacks(), shared, target.description() + ", schema version " + database.schemaVersion(),
                    database::close);
        }
    }

    /** An opened storage: the repositories, where they keep their data (for people), and how to release it. */
    record OpenStorage(CampaignRepository repository, ContactListRepository contactLists, CallbackRepository callbacks,
                       Optional<DataSource> sharedDatabase, String description, Runnable release)
            implements AutoCloseable {
        /** The per-account limit: counted in the shared database when there is one, else in this process. */
        public AccountRateLimit rateLimit(int perMinute, Clock clock) {
            return sharedDatabase.<AccountRateLimit>map(dataSource -> new SharedRateLimit(dataSource, perMinute, clock))
                    .orElseGet(() -> new RateLimiter(perMinute, clock));
        }

        @Override
        public void close() {
            release.run();
        }
    }

    static StorageOption inMemory() {
        return new InMemory();
    }

    static StorageOption dataDirectory(Path directory) {
        return new Database(new DatabaseTarget.FileDatabase(directory));
    }

    /**
     * The storage the options ask for: at most one of {@code --data DIR}, {@code --in-memory} and
     * {@code --jdbc-url URL}; none means the default data directory. User and password for a JDBC URL
     * come from the environment, never from the command line (where other users could read them).
     */
    static Either<String, StorageOption> fromOptions(Optional<String> dataDirectory, boolean inMemory, Optional<String> jdbcUrl,
                                                     Map<String, String> environment) {
        int chosen = (dataDirectory.isPresent() ? 1 : 0) + (inMemory ? 1 : 0) + (jdbcUrl.isPresent() ? 1 : 0);
        if (chosen > 1) return Either.left("choose one of --data, --in-memory and --jdbc-url");
        if (inMemory) return Either.right(inMemory());
        if (jdbcUrl.isPresent()) {
            if (!jdbcUrl.get().startsWith("jdbc:")) return Either.left("--jdbc-url needs a JDBC URL such as jdbc:postgresql://host:5432/db");
            return Either.right(new Database(new DatabaseTarget.ServerDatabase(jdbcUrl.get(),
                    Optional.ofNullable(environment.get(USER_VARIABLE)), Optional.ofNullable(environment.get(PASSWORD_VARIABLE)))));
        }
        return Either.right(dataDirectory(dataDirectory.map(Path::of).orElse(DEFAULT_DATA_DIRECTORY)));
    }
}
