package org.tradekit.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real, tiny file system (tmpfs) mounted for one test, so that "disk full" is the kernel's ENOSPC
 * and not a mock. Needs Linux and root; elsewhere the test is skipped, saying why.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    public static SmallDisk mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int code = -1;
        String why;
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            why = new String(p.getInputStream().readAllBytes()).strip();
            code = p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            why = e.getMessage();
        }
        Assumptions.assumeTrue(code == 0, "cannot mount a small tmpfs to fill (needs Linux and root): " + why);
        return new SmallDisk(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Fills the disk with a file until it is full, then gives back {@code leave} bytes. */
    public Path fill(long leave) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
        try (var ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - leave));
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("umount", dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            new ProcessBuilder("umount", "-l", dir.toString()).start().waitFor();
        }
    }
}
