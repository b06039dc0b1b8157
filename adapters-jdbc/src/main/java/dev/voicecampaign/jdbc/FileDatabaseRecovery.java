package dev.voicecampaign.jdbc;

import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Opens an H2 file once in H2's own recovery mode, then closes it, before the database is used: the recovery
 * reads every chunk of the file and keeps the newest complete set, and the close writes a file header naming it.
 * <p>
 * Why: H2 2.5's quick recovery (what a plain open does after a crash) follows the chain from the chunk the file
 * header names, and the header is written naming the chunk before the one just written; once H2 reuses the
 * space of old chunks, the newest chunks can lie off that chain, and a plain open after SIGKILL silently returns
 * an older state, losing acknowledged commits ({@code KilledFileDatabaseTest}). The full scan finds them. Its
 * cost is one read of the file at start, which space reuse keeps small.
 */
final class FileDatabaseRecovery {
    private FileDatabaseRecovery() {
    }

    /**
     * Recovers the database file of {@code target} in place, if it exists; a missing file is a new database, and
     * one this process already has open (H2 keeps a database open while it has connections) has nothing to recover.
     */
    static void recover(DatabaseTarget.FileDatabase target) {
        Path file = target.directory().resolve(DatabaseTarget.FileDatabase.NAME + ".mv.db");
        if (!Files.exists(file)) return;
        try {
            new MVStore.Builder().fileName(file.toString()).recoveryMode().open().close();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED && e.getCause() instanceof OverlappingFileLockException) return;
            throw e;
        }
    }
}
