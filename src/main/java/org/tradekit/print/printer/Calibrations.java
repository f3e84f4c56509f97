package org.tradekit.print.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.store.AtomicFiles;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The calibrations of this machine's printers, one per printer and stock, in
 * {@code printer-calibrations.json} in the data directory. Device-local on purpose: a calibration
 * describes how this computer's printer feeds this stock, so it is not user data, is not synced
 * and does not go through the database's change log. Written whole to a temporary file and renamed,
 * so a crash keeps the old file.
 */
public final class Calibrations {
    public static final String FILE_NAME = "printer-calibrations.json";

    /** One saved calibration. */
    public record Entry(String printer, String stock, Calibration calibration) {
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Calibrations(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved calibration of this printer on this stock, or the identity when there is none. */
    public synchronized Calibration get(String printer, String stock) {
        Entry e = read().get(key(printer, stock));
        return e == null ? Calibration.IDENTITY : e.calibration();
    }

    /** Every saved calibration, by printer then stock. */
    public synchronized List<Entry> all() {
        List<Entry> out = new ArrayList<>(read().values());
        out.sort(Comparator.comparing(Entry::printer).thenComparing(Entry::stock));
        return out;
    }

    /** Remembers (or replaces) the calibration of this printer on this stock. */
    public synchronized void save(String printer, String stock, Calibration calibration) {
        Map<String, Entry> all = read();
        all.put(key(printer, stock), new Entry(printer, stock, calibration));
        write(all);
    }

    /** Forgets it: the printer prints uncalibrated again. */
    public synchronized void remove(String printer, String stock) {
        Map<String, Entry> all = read();
        if (all.remove(key(printer, stock)) != null) {
            write(all);
        }
    }

    private static String key(String printer, String stock) {
        return printer + "\u0000" + stock;
    }

    private Map<String, Entry> read() {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            Stored s = json.readValue(file.toFile(), Stored.class);
            for (Stored.Item i : s.calibrations == null ? List.<Stored.Item>of() : s.calibrations) {
                if (i.printer == null || i.stock == null) {
                    throw new IOException("an entry without printer or stock");
                }
                Calibration c = new Calibration(i.dxMm, i.dyMm, i.scaleX, i.scaleY); // a hand-edited value out of bounds refuses here
                out.put(key(i.printer, i.stock), new Entry(i.printer, i.stock, c));
            }
            return out;
        } catch (IOException e) {
            // refusing beats printing quietly uncalibrated, or overwriting the other printers' calibrations
            throw new PrintingException("print.calibration.error.file", e, file, e.getMessage());
        } catch (PrintingException e) { // a value out of bounds: said in the user's words
            throw new PrintingException("print.calibration.error.file", e, file, e);
        }
    }

    private void write(Map<String, Entry> all) {
        Stored s = new Stored();
        s.version = 1;
        for (Entry e : all.values()) {
            Stored.Item i = new Stored.Item();
            i.printer = e.printer();
            i.stock = e.stock();
            i.dxMm = e.calibration().dxMm();
            i.dyMm = e.calibration().dyMm();
            i.scaleX = e.calibration().scaleX();
            i.scaleY = e.calibration().scaleY();
            s.calibrations.add(i);
        }
        try {
            byte[] bytes = json.writeValueAsBytes(s);
            AtomicFiles.write(file, os -> os.write(bytes));
        } catch (IOException e) {
            throw AtomicFiles.problem(e, file);
        }
    }

    /** The file's shape: plain beans, so hand-edited or older files still read. */
    static final class Stored {
        public int version;
        public List<Item> calibrations = new ArrayList<>();

        static final class Item {
            public String printer;
            public String stock;
            public double dxMm;
            public double dyMm;
            public double scaleX = 1;
            public double scaleY = 1;
        }
    }
}
