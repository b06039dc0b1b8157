package dev.voicecampaign.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh embedded file database in its own directory under a test's temporary directory. */
final class TempFileDatabases {
    private TempFileDatabases() {
    }

    static DatabaseTarget.FileDatabase under(Path directory, String prefix) {
        try {
            return new DatabaseTarget.FileDatabase(Files.createTempDirectory(directory, prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
