package dev.voicecampaign.http.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files named on the command line, opened relative to the working directory, with a message that
 * says what went wrong ("no such file", "permission denied", "is a directory") and, for a relative
 * name, where it was looked for.
 */
final class InputFiles {
    private InputFiles() {
    }

    static InputStream open(String file) throws BadInput {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) throw cannotRead(file, "is a directory");
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw cannotRead(file, "no such file");
        } catch (AccessDeniedException e) {
            throw cannotRead(file, "permission denied");
        } catch (IOException e) {
            throw cannotRead(file, e.getMessage());
        }
    }

    static byte[] read(String file) throws BadInput {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw cannotRead(file, e.getMessage());
        }
    }

    private static BadInput cannotRead(String file, String why) {
        Path path = Path.of(file);
        String where = path.isAbsolute() ? "" : " (looked for " + path.toAbsolutePath().normalize() + ")";
        return new BadInput("cannot read " + file + ": " + why + where);
    }
}
