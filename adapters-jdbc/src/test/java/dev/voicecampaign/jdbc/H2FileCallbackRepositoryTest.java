package dev.voicecampaign.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The callback contract on the embedded file database. */
class H2FileCallbackRepositoryTest extends JdbcCallbackRepositoryContract {
    @TempDir
    Path directories;

    @Override
    protected DatabaseTarget emptyTarget() {
        return TempFileDatabases.under(directories, "data");
    }
}
