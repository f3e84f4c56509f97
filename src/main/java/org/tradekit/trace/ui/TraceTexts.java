package org.tradekit.trace.ui;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.TimelineEntry;
import org.tradekit.trace.lineage.LotNode;
import org.tradekit.trace.lot.LotRow;

/** How the trace screens word lots, quantities and events in the user's language. */
final class TraceTexts {
    private final Messages m;
    private final Formats f;

    TraceTexts(Messages m, Formats f) {
        this.m = m;
        this.f = f;
    }

    Messages messages() {
        return m;
    }

    Formats formats() {
        return f;
    }

    String get(String key, Object... args) {
        return m.get(key, args);
    }

    boolean english() {
        return "en".equals(m.locale().getLanguage());
    }

    String name(String vi, String en) {
        String n = english() && en != null ? en : vi;
        return n == null ? (en == null ? "" : en) : n;
    }

    String quantity(BigDecimal q, String unit) {
        return f.number(q.doubleValue()) + " " + (unit == null ? "" : unit);
    }

    String time(OffsetDateTime t) {
        return f.dateTime(t.toInstant(), t.getOffset());
    }

    String product(LotRow r) {
        return name(r.productNameVi(), r.productNameEn());
    }

    String stock(LotRow r) {
        return m.get("trace.ui.lot.left", quantity(r.stock(), r.unit()));
    }

    /** A lot in the lineage tree: code, product, what is left, and its member and plot when it was harvested. */
    String node(LotNode n, String step) {
        StringBuilder sb = new StringBuilder();
        if (step != null) {
            sb.append(stepLabel(step)).append(" → ");
        }
        sb.append(n.code()).append(" · ").append(name(n.productNameVi(), n.productNameEn())).append(" · ")
                .append(m.get("trace.ui.lot.left", quantity(n.stock(), n.unit())));
        if (n.fromMember()) {
            sb.append(" · ").append(n.plotName() == null ? m.get("trace.ui.lineage.member", n.memberName())
                    : m.get("trace.ui.lineage.memberPlot", n.memberName(), n.plotName()));
        }
        return sb.toString();
    }

    String stepLabel(String step) {
        if ("packing".equals(step)) {
            return m.get("trace.event.kind.packing");
        }
        String key = "trace.step." + step;
        return m.has(key) ? m.get(key) : step;
    }

    /** What an event was, with its step: "Processing (Drying)". */
    String kind(EventBody b) {
        String k = m.get("trace.event.kind." + b.kind());
        return b.step() == null ? k : k + " (" + stepLabel(b.step()) + ")";
    }

    String role(TimelineEntry e) {
        String key = "trace.ui.role." + e.role();
        String role = m.has(key) ? m.get(key) : e.role();
        return e.quantity().signum() == 0 ? role : role + " " + quantity(e.quantity().abs(), e.unit());
    }

    /** Who, where, to whom, which documents: the rest of a timeline line. */
    String details(EventBody b) {
        StringBuilder sb = new StringBuilder();
        if (b.destination() != null) {
            sb.append(m.get("trace.ui.timeline.to", m.get("trace.party." + b.destination().type()), b.destination().name()));
        }
        if (b.source() != null && b.source().name() != null) {
            append(sb, m.get("trace.ui.timeline.from", b.source().name()));
        }
        if (b.person() != null) {
            append(sb, m.get("trace.ui.timeline.by", b.person()));
        }
        b.documents().forEach(d -> append(sb, m.get("trace.document." + d.type()) + " " + d.number()));
        if (b.inspection() != null) {
            append(sb, m.get(b.inspection().passed() ? "trace.ui.form.passed" : "trace.ui.form.failed"));
        }
        b.attachments().forEach(a -> append(sb, "📎 " + a.name()));
        if (b.corrects() != null) {
            append(sb, m.get("trace.ui.timeline.corrects"));
        }
        if (b.declares() != null) {
            append(sb, m.get("trace.errorReason." + b.declares().reason()));
        }
        if (b.notes() != null) {
            append(sb, b.notes());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(" · ");
        }
        sb.append(s);
    }
}
