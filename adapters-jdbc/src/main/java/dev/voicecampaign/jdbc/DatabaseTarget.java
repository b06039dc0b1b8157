package dev.voicecampaign.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where campaigns are kept: an embedded file database under a data directory (one process at a
 * time), or a database server reached by JDBC URL (PostgreSQL in production, shared by any number
 * of server instances). Both run the same migrations and the same SQL.
 */
public sealed interface DatabaseTarget {
    String jdbcUrl();

    Optional<String> user();

    Optional<String> password();

    /** Where the data lives, for people and logs: never a password. */
    String description();

    /**
     * An H2 database in {@code directory} (files {@code campaigns.*.db}), created on first use.
     * Every committed write is written to the file before it is acknowledged (a {@code CHECKPOINT}
     * after the commit), so a killed process loses no acknowledged write;
     * otherwise H2 writes in the background ({@code WRITE_DELAY=1000}), which is what runs its
     * compaction and keeps the file bounded. {@code RETENTION_TIME=1000} lets H2 reuse the space of
     * chunks dead for a second; reopening after a kill is safe with reuse only because
     * {@link CampaignDatabase#open} first runs H2's full recovery.
     */
    record FileDatabase(Path directory) implements DatabaseTarget {
        /** The database's name inside the directory (H2 adds {@code .mv.db}). */
        public static final String NAME = "campaigns";

        public FileDatabase {
            directory = directory.toAbsolutePath().normalize();
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:h2:file:" + directory.resolve(NAME) + ";WRITE_DELAY=1000;DB_CLOSE_ON_EXIT=FALSE;RETENTION_TIME=1000";
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password() {
            return Optional.empty();
        }

        @Override
        public String description() {
            return "file database in " + directory + " (H2, " + NAME + ".mv.db)";
        }
    }

    /** A database server, such as {@code jdbc:postgresql://db.internal:5432/campaigns}. */
    record ServerDatabase(String jdbcUrl, Optional<String> user, Optional<String> password) implements DatabaseTarget {
        private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

        public ServerDatabase {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (!jdbcUrl.startsWith("jdbc:")) throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
        }

        @Override
        public String description() {
            return "database " + PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***") + user.map(u -> " as user " + u).orElse("");
        }

        @Override
        public String toString() {
            return "ServerDatabase[" + description() + "]";
        }
    }
}
