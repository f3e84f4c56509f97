package org.tradekit.label.record;

import java.util.ArrayList;
import java.util.List;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

/** A print run in words, the same in the trace screen, the trace CLI and the recall report. */
public final class PrintRunText {
    private final Messages m;
    private final Formats f;

    public PrintRunText(Messages messages) {
        this.m = messages;
        this.f = new Formats(messages.locale());
    }

    /** What it is: "Print run". */
    public String kind() {
        return m.get("label.record.kind");
    }

    /** How many: "30 labels" or "30 labels × 2". */
    public String count(PrintRun r) {
        return r.copies() == 1 ? m.get("label.record.labels", f.integer(r.labels()))
                : m.get("label.record.labelsCopies", f.integer(r.labels()), f.integer(r.copies()));
    }

    /** "serials K7QD-1 – K7QD-30" or "no serials". */
    public String serials(PrintRun r) {
        return r.serials() == null ? m.get("label.record.noSerials") : m.get("label.record.serials", r.serials().toString());
    }

    /** Serials, layout, stock, destination and who: the rest of a history line. */
    public String details(PrintRun r) {
        List<String> parts = new ArrayList<>();
        parts.add(serials(r));
        parts.add(m.get("label.record.layout", nz(r.layout()), nz(r.stock())));
        parts.add(m.get("label.record.to", nz(r.destination())));
        parts.add(m.get("label.record.by", nz(r.osUser()), shortDevice(r.deviceId())));
        return String.join(" · ", parts);
    }

    /** The device id's first block: enough to tell a cooperative's few devices apart. */
    static String shortDevice(String deviceId) {
        if (deviceId == null) {
            return "";
        }
        int dash = deviceId.indexOf('-');
        return dash > 0 ? deviceId.substring(0, dash) : deviceId;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
