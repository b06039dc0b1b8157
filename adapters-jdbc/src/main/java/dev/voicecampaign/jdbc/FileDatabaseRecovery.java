package dev.voicecampaign.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;

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
    /*
     * How many open databases of this process hold each file. H2 answers a second open of a file this process holds
     * by closing its own channel on it, and closing any channel on a file releases every lock the process holds on
     * it (FileChannel), so another process could then open the file too: recovery must not touch a held file.
     * Bounded by the databases open at once.
     */
    private static final Map<Path, Integer> HOLDERS = new HashMap<>();

    private FileDatabaseRecovery() {
    }

    /**
     * Counts one more holder of the database file of {@code target} and, when it is the first and the file exists
     * (a missing file is a new database), recovers the file in place.
     */
    static synchronized void hold(DatabaseTarget.FileDatabase target) {
        Path file = file(target);
        if (HOLDERS.merge(file, 1, Integer::sum) > 1 || !Files.exists(file)) return;
        try {
            new MVStore.Builder().fileName(file.toString()).recoveryMode().open().close();
        } catch (RuntimeException e) {
            release(target);
            throw e;
        }
    }

    /** Counts one holder less; true when it was the last, so the database may be shut down. */
    static synchronized boolean release(DatabaseTarget.FileDatabase target) {
        return HOLDERS.computeIfPresent(file(target), (file, holders) -> holders == 1 ? null : holders - 1) == null;
    }

    private static Path file(DatabaseTarget.FileDatabase target) {
        return target.directory().resolve(DatabaseTarget.FileDatabase.NAME + ".mv.db");
    }
}
