package org.tradekit.label.ui;

import java.util.function.IntConsumer;

import javafx.scene.Cursor;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;

/**
 * A small drawing of one sheet of the stock: every label at its place, the used ones (before the
 * start) greyed, the ones this run prints on the first sheet marked. Clicking a label starts the
 * run there, so a partly used sheet is used up without counting labels by hand.
 */
final class SheetMap extends Pane {
    private final double widthPx;
    private final IntConsumer onPick;

    /** @param onPick told the label number (1-based) the user clicked */
    SheetMap(double widthPx, IntConsumer onPick) {
        this.widthPx = widthPx;
        this.onPick = onPick;
        setId("labels-sheet-map");
    }

    /** Draws the sheet again for a run of {@code count} labels starting at label {@code startAt}. */
    void show(LabelStock stock, int startAt, int count) {
        getChildren().clear();
        if (stock == null || stock.roll()) {
            setPrefSize(0, 0);
            return;
        }
        double scale = widthPx / stock.pageWidth().mm();
        double heightPx = stock.pageHeight().mm() * scale;
        setPrefSize(widthPx, heightPx);
        setMinSize(widthPx, heightPx);
        setMaxSize(widthPx, heightPx);
        Rectangle page = new Rectangle(widthPx, heightPx);
        page.getStyleClass().add("sheet-map-page");
        getChildren().add(page);
        LabelShape shape = stock.shape();
        double w = shape.width().mm() * scale;
        double h = shape.height().mm() * scale;
        boolean round = !(shape instanceof LabelShape.Rectangle);
        int last = startAt + count - 1;
        for (int n = 1; n <= stock.labelsPerPage(); n++) {
            LabelPlacement p = stock.position(n);
            Rectangle r = new Rectangle(p.x().mm() * scale, p.y().mm() * scale, w, h);
            if (round) {
                r.setArcWidth(w);
                r.setArcHeight(h);
            } else {
                r.setArcWidth(Math.min(4, w / 4));
                r.setArcHeight(Math.min(4, h / 4));
            }
            r.setId("sheet-label-" + n);
            r.getStyleClass().add("sheet-label");
            r.getStyleClass().add(n < startAt ? "sheet-label-used" : n <= last ? "sheet-label-run" : "sheet-label-free");
            if (n == startAt) {
                r.getStyleClass().add("sheet-label-start");
            }
            int label = n;
            r.setCursor(Cursor.HAND);
            r.setOnMouseClicked(e -> onPick.accept(label));
            getChildren().add(r);
            if (h >= 12 && w >= 16) { // numbers only where they are readable
                Text t = new Text(String.valueOf(n));
                t.getStyleClass().add(n == startAt ? "sheet-label-start-number" : "sheet-label-number");
                t.setMouseTransparent(true);
                t.applyCss();
                t.setX(r.getX() + (w - t.getLayoutBounds().getWidth()) / 2);
                t.setY(r.getY() + h / 2 + t.getLayoutBounds().getHeight() / 3);
                getChildren().add(t);
            }
        }
    }
}
