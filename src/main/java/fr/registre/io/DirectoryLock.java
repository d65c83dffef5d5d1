package fr.registre.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output directory: an operating-system lock on {@code .registre.lock} held for a
 * whole run, so that a second run into the same directory stops at once with a clear message
 * instead of tearing the manifest or deleting the first run's temporary files. The lock goes with
 * the process, so a killed run never leaves the directory locked.
 */
public final class DirectoryLock implements Closeable {

    public static final String FILE_NAME = ".registre.lock";

    /** Another run holds the directory. */
    public static final class BusyException extends IOException {

        private static final long serialVersionUID = 1L;

        BusyException(Path dir) {
            super("another registre run is writing to " + dir + " (it holds " + FILE_NAME
                    + "); wait for it to finish or choose another --out");
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir}, creating it if needed; throws {@link BusyException} when another run holds it. */
    public static DirectoryLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, through another channel
        }
        if (lock == null) {
            channel.close();
            throw new BusyException(dir);
        }
        return new DirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
