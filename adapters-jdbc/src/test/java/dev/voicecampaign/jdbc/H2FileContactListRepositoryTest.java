package dev.voicecampaign.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contact list contract on the embedded file database. */
class H2FileContactListRepositoryTest extends JdbcContactListRepositoryContract {
    @TempDir
    Path directories;

    @Override
    protected DatabaseTarget emptyTarget() {
        try {
            return new DatabaseTarget.FileDatabase(Files.createTempDirectory(directories, "data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
