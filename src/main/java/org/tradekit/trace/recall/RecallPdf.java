package org.tradekit.trace.recall;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.print.Fonts;
import org.tradekit.store.AtomicFiles;
import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.LotNode;

/**
 * A recall as a printable A4 sheet in the reader's language: the lot, who received anything made
 * from it, every delivery with its documents, the labels printed for those lots (serial ranges), and
 * what is still in stock. Vietnamese names print
 * as typed (Noto Sans embedded, see {@link Fonts}).
 */
public final class RecallPdf {
    private static final float MARGIN = 42;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13.5f;

    private final Messages m;
    private final Formats f;
    private PDDocument doc;
    private PDFont regular;
    private PDFont bold;
    private PDPageContentStream out;
    private float y;

    private RecallPdf(Messages messages, Formats formats) {
        this.m = messages;
        this.f = formats;
    }

    /** Writes the sheet to {@code file} (written whole to a temporary file, then moved in place). */
    public static void write(Recall recall, String cooperative, LocalDate today, Path file, Messages messages)
            throws IOException {
        AtomicFiles.write(file, os -> new RecallPdf(messages, new Formats(messages.locale())).render(recall, cooperative,
                today, os));
    }

    private void render(Recall r, String cooperative, LocalDate today, java.io.OutputStream os) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            regular = Fonts.load(d, Fonts.Style.REGULAR);
            bold = Fonts.load(d, Fonts.Style.BOLD);
            newPage();
            LotNode lot = r.lot();
            line(bold, 16, m.get("trace.ui.recall.pdf.title", lot.code()));
            y -= 6;
            if (cooperative != null) {
                line(regular, SIZE, cooperative);
            }
            line(regular, SIZE, m.get("trace.ui.recall.pdf.lot", lot.code(), name(lot.productNameVi(), lot.productNameEn()),
                    lot.sku() == null ? "" : lot.sku()));
            line(regular, SIZE, m.get("trace.ui.recall.pdf.made", f.date(today), f.integer(r.lotsReached()),
                    f.integer(r.recipients().size()), f.integer(r.deliveries().size())));
            heading(m.get("trace.ui.recall.recipients"));
            if (r.recipients().isEmpty()) {
                line(regular, SIZE, m.get("trace.ui.recall.noRecipients"));
            }
            for (Recipient p : r.recipients()) {
                line(regular, SIZE, "• " + party(p.type()) + ": " + p.name() + " — " + quantities(p.quantities()) + " — "
                        + m.get("trace.ui.recall.deliveriesCount", p.deliveries(), f.date(p.first().toLocalDate()),
                                f.date(p.last().toLocalDate())));
            }
            heading(m.get("trace.ui.recall.deliveries"));
            float[] cols = {MARGIN, MARGIN + 62, MARGIN + 200, MARGIN + 330, MARGIN + 420};
            row(bold, cols, m.get("trace.recall.csv.date"), m.get("trace.recall.csv.recipient"), m.get("trace.recall.csv.lot"),
                    m.get("trace.recall.csv.quantity"), m.get("trace.recall.csv.documents"));
            for (Delivery dl : r.deliveries()) {
                row(regular, cols, f.date(dl.time().toLocalDate()), dl.partyName() == null ? "" : dl.partyName(),
                        dl.lotCode() + (dl.sku() == null ? "" : " (" + dl.sku() + ")"),
                        f.number(dl.quantity().doubleValue()) + " " + dl.unit(), RecallCsv.documents(dl, m));
            }
            if (!r.printRuns().isEmpty()) {
                heading(m.get("trace.ui.recall.printRuns"));
                PrintRunText runs = new PrintRunText(m);
                for (PrintedLabels p : r.printRuns()) {
                    line(regular, SIZE, "• " + p.lotCode() + (p.sku() == null ? "" : " (" + p.sku() + ")") + " — "
                            + f.date(p.run().printedAt().toLocalDate()) + " — " + runs.count(p.run()) + " — " + runs.details(p.run()));
                }
            }
            heading(m.get("trace.ui.recall.inStock"));
            if (r.inStock().isEmpty()) {
                line(regular, SIZE, m.get("trace.ui.recall.nothingInStock"));
            }
            for (LotNode n : r.inStock()) {
                row(regular, new float[] {MARGIN, MARGIN + 150, MARGIN + 420}, n.code(),
                        name(n.productNameVi(), n.productNameEn()), f.number(n.stock().doubleValue()) + " " + n.unit());
            }
            out.close();
            d.save(os);
        }
    }

    private String name(String vi, String en) {
        String n = "en".equals(m.locale().getLanguage()) && en != null ? en : vi;
        return n == null ? "" : n;
    }

    private String party(String type) {
        return type == null ? "" : m.get("trace.party." + type);
    }

    private String quantities(Map<String, BigDecimal> q) {
        List<String> parts = new ArrayList<>();
        q.forEach((unit, qty) -> parts.add(f.number(qty.doubleValue()) + " " + unit));
        return String.join(", ", parts);
    }

    private void heading(String text) throws IOException {
        y -= 8;
        line(bold, 12, text);
    }

    private void line(PDFont font, float size, String text) throws IOException {
        for (String part : wrap(font, size, text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            room(size + 4);
            show(font, size, MARGIN, part);
            y -= size + 4;
        }
    }

    private void row(PDFont font, float[] x, String... cells) throws IOException {
        room(LEADING);
        float right = PDRectangle.A4.getWidth() - MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float width = (i + 1 < x.length ? x[i + 1] : right) - x[i] - 6;
            show(font, SIZE, x[i], fit(font, SIZE, cells[i], width));
        }
        y -= LEADING;
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(text);
        out.endText();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Cuts a cell's text to its column, with an ellipsis. */
    private static String fit(PDFont font, float size, String s, float max) throws IOException {
        if (width(font, size, s) <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(font, size, t + "…") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = cur.length() == 0 ? word : cur + " " + word;
            if (cur.length() > 0 && width(font, size, next) > max) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(next);
            }
        }
        lines.add(cur.toString());
        return lines;
    }
}
