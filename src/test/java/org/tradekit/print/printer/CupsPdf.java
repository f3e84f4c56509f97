package org.tradekit.print.printer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The CUPS-PDF test queues that {@code .ci/run} sets up when it can (root, Debian): a queue
 * {@value #QUEUE} whose "printer" writes each job as a PDF into cups-pdf's {@code Out} folder,
 * and two that will not print: {@value #REJECTING} refuses jobs ({@code cupsreject}) and
 * {@value #STOPPED} is stopped ({@code cupsdisable}). Tests that need them are skipped, saying
 * why, where they do not exist.
 */
public final class CupsPdf {
    public static final String QUEUE = "TradeKitPDF";
    static final String REJECTING = "TradeKitRejecting";
    static final String STOPPED = "TradeKitStopped";
    private static final Path CONF = Path.of("/etc/cups/cups-pdf.conf");

    private CupsPdf() {
    }

    public static void assumeQueue(String name) {
        assumeTrue(Printers.names().contains(name), "no CUPS queue " + name
                + " (run .ci/run as root to install cups + printer-driver-cups-pdf and create it); skipping");
    }

    /** cups-pdf's output folder for jobs of this user: {@code Out} of its configuration, ${HOME} filled in. */
    public static Path outDir() throws IOException {
        String out = "${HOME}/PDF";
        if (Files.isReadable(CONF)) {
            for (String line : Files.readAllLines(CONF)) {
                String t = line.strip();
                if (t.startsWith("Out ")) {
                    out = t.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home")).replace("${USER}",
                System.getProperty("user.name")));
    }

    /** A job name cups-pdf keeps in the file name as it is: letters and digits only. */
    static String jobName(String what) {
        return "tk" + what + Long.toString(System.nanoTime(), 36);
    }

    /** Waits (at most {@code timeout}) for the PDF of the job named {@code jobName} to be complete, and opens it. */
    public static PDDocument awaitOutput(String jobName, Duration timeout) throws Exception {
        Path dir = outDir();
        long end = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        int stable = 0;
        while (System.nanoTime() < end) {
            Optional<Path> file = find(dir, jobName);
            if (file.isPresent()) {
                byte[] pdf = Files.readAllBytes(file.get());
                stable = pdf.length > 0 && pdf.length == lastSize ? stable + 1 : 0;
                lastSize = pdf.length;
                if (stable >= 2 && complete(pdf)) { // ghostscript writes in place: done when whole and no longer growing
                    PDDocument doc = Loader.loadPDF(pdf);
                    Files.deleteIfExists(file.get());
                    return doc;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("cups-pdf wrote no file for job " + jobName + " in " + dir + " within " + timeout);
    }

    /** A whole PDF ends with its trailer's end marker. */
    private static boolean complete(byte[] all) {
        String tail = new String(all, Math.max(0, all.length - 32), Math.min(32, all.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Removes earlier output of jobs whose title starts so (a fixed title, as the CLI's, repeats across runs). */
    public static void forget(String jobName) throws IOException {
        Optional<Path> old;
        while ((old = find(outDir(), jobName)).isPresent()) {
            Files.delete(old.get());
        }
    }

    private static Optional<Path> find(Path dir, String jobName) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(jobName) && f.toString().endsWith(".pdf"))
                    .findFirst();
        }
    }
}
