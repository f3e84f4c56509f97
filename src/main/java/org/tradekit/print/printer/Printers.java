package org.tradekit.print.printer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReason;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.attribute.standard.Severity;

/**
 * The system's printers as javax.print sees them (CUPS on Linux and macOS, the spooler on
 * Windows), by the name the system gives them. Asks the system each time: printers come and go.
 */
public final class Printers {
    /** Reasons that mean a job sent now would not print, whatever their reported severity. */
    private static final Set<PrinterStateReason> BLOCKING = Set.of(PrinterStateReason.MEDIA_EMPTY,
            PrinterStateReason.MEDIA_NEEDED, PrinterStateReason.MEDIA_JAM, PrinterStateReason.PAUSED,
            PrinterStateReason.SHUTDOWN, PrinterStateReason.DOOR_OPEN, PrinterStateReason.COVER_OPEN,
            PrinterStateReason.MARKER_SUPPLY_EMPTY, PrinterStateReason.TONER_EMPTY);

    private Printers() {
    }

    /** The names of the printers this machine can print to, sorted. */
    public static List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .distinct().toList();
    }

    /** The system's default printer, if it has one. */
    public static Optional<String> defaultName() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** @throws PrintingException naming the printers there are, when none has this name */
    public static PrintService find(String name) {
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (s.getName().equals(name)) {
                return s;
            }
        }
        List<String> names = names();
        if (names.isEmpty()) {
            throw new PrintingException("print.printer.error.noPrinters", name);
        }
        throw new PrintingException("print.printer.error.unknown", name, String.join(", ", names));
    }

    /**
     * Refuses a printer that will not print a job now: it refuses jobs, is stopped, or reports an
     * error such as no paper. Only what the system reports can be seen; a printer that says nothing
     * passes.
     */
    public static void requireReady(PrintService s) {
        String name = s.getName();
        PrinterIsAcceptingJobs accepting = attribute(s, PrinterIsAcceptingJobs.class);
        if (PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS.equals(accepting)) {
            throw new PrintingException("print.printer.error.rejecting", name);
        }
        PrinterStateReasons reasons = attribute(s, PrinterStateReasons.class);
        if (reasons != null) {
            for (var r : reasons.entrySet()) {
                if (r.getValue() == Severity.ERROR || BLOCKING.contains(r.getKey())) {
                    PrinterStateReason why = r.getKey();
                    boolean paper = why == PrinterStateReason.MEDIA_EMPTY || why == PrinterStateReason.MEDIA_NEEDED;
                    throw new PrintingException(paper ? "print.printer.error.noPaper" : "print.printer.error.state", name,
                            why.toString());
                }
            }
        }
        PrinterState state = attribute(s, PrinterState.class);
        if (PrinterState.STOPPED.equals(state)) {
            throw new PrintingException("print.printer.error.stopped", name);
        }
        if (state == null && reasons == null) { // javax.print on CUPS tells neither: ask CUPS
            CupsStatus.of(name).ifPresent(c -> requireReady(name, c));
        }
    }

    static void requireReady(String name, CupsStatus.State c) {
        for (String r : c.reasons()) {
            if (r.startsWith("media-empty") || r.startsWith("media-needed")) {
                throw new PrintingException("print.printer.error.noPaper", name, r);
            }
        }
        if (c.stopped()) {
            throw new PrintingException("print.printer.error.stopped", name);
        }
        for (String r : c.reasons()) {
            if (r.endsWith("-error")) {
                throw new PrintingException("print.printer.error.state", name, r);
            }
        }
    }

    /** What the service reports, or null: services return null for what they do not know, some throw. */
    private static <T extends PrintServiceAttribute> T attribute(PrintService s, Class<T> category) {
        try {
            return s.getAttribute(category);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
