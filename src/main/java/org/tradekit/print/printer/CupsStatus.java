package org.tradekit.print.printer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What CUPS says of a queue that javax.print does not: JDK 17's CUPS service reports whether a
 * queue accepts jobs but not whether it is stopped ({@code cupsdisable}, a paused or faulted
 * printer) nor its alerts (media-empty-error...). {@code lpstat -l -p NAME}, in the C locale so
 * the words do not depend on the user's language, tells both. Where there is no lpstat (Windows)
 * or it fails, nothing is known and printing goes ahead.
 */
final class CupsStatus {
    /** @param reasons CUPS printer-state-reasons, as "media-empty-error" */
    record State(boolean stopped, List<String> reasons) {
    }

    private CupsStatus() {
    }

    static Optional<State> of(String printer) {
        ProcessBuilder pb = new ProcessBuilder("lpstat", "-l", "-p", printer).redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return Optional.empty();
            }
            return parse(printer, out);
        } catch (IOException e) { // no lpstat: not a CUPS system
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<State> parse(String printer, String lpstat) {
        String[] lines = lpstat.split("\\R");
        if (lines.length == 0 || !lines[0].startsWith("printer " + printer + " ")) {
            return Optional.empty();
        }
        boolean stopped = lines[0].contains(" disabled since ");
        List<String> reasons = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (t.startsWith("Alerts:")) {
                for (String r : t.substring("Alerts:".length()).trim().split("\\s+")) {
                    if (!r.isEmpty() && !"none".equals(r)) {
                        reasons.add(r);
                    }
                }
            }
        }
        return Optional.of(new State(stopped, List.copyOf(reasons)));
    }
}
