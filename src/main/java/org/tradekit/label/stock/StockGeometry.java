package org.tradekit.label.stock;

/**
 * Refuses stock whose labels could not be printed as described: zero or negative sizes, labels
 * off the page, or a pitch smaller than the label (neighbours overlap). gLabels' files round
 * millimetres to points, so edges may pass the page by up to {@link #TOLERANCE}.
 */
public final class StockGeometry {
    /** 0.05 mm: below any printer's accuracy, above the rounding of mm written as pt. */
    static final Length TOLERANCE = Length.mm("0.05");

    private StockGeometry() {
    }

    /** @throws StockException naming the template and what is wrong with it */
    public static LabelStock check(LabelStock s) {
        String name = s.name();
        if (s.brand() == null || s.part() == null) {
            throw new StockException("label.stock.error.noName", null);
        }
        LabelShape shape = s.shape();
        if (s.pageWidth().signum() <= 0 || s.pageHeight().signum() <= 0) {
            throw new StockException("label.stock.error.pageSize", null, name);
        }
        if (shape.width().signum() <= 0 || shape.height().signum() <= 0) {
            throw new StockException("label.stock.error.labelSize", null, name);
        }
        if (shape instanceof LabelShape.Rectangle r && (r.cornerRadius().signum() < 0
                || r.cornerRadius().times(2).compareTo(min(r.width(), r.height())) > 0)) {
            throw new StockException("label.stock.error.corner", null, name, r.cornerRadius().mmText());
        }
        if (shape instanceof LabelShape.Cd cd && (cd.hole().signum() <= 0 || cd.hole().compareTo(cd.radius()) >= 0)) {
            throw new StockException("label.stock.error.cdHole", null, name);
        }
        if (s.layouts().isEmpty()) {
            throw new StockException("label.stock.error.noLayout", null, name);
        }
        for (SheetLayout l : s.layouts()) {
            if (l.nx() < 1 || l.ny() < 1) {
                throw new StockException("label.stock.error.grid", null, name, l.grid());
            }
            if (l.nx() > 1 && l.dx().compareTo(shape.width()) < 0
                    || l.ny() > 1 && l.dy().compareTo(shape.height()) < 0) {
                throw new StockException("label.stock.error.overlap", null, name, l.dx().mmText(), l.dy().mmText(),
                        shape.width().mmText(), shape.height().mmText());
            }
            Length right = l.x0().plus(l.dx().times(l.nx() - 1)).plus(shape.width());
            Length bottom = l.y0().plus(l.dy().times(l.ny() - 1)).plus(shape.height());
            if (l.x0().plus(TOLERANCE).signum() < 0 || l.y0().plus(TOLERANCE).signum() < 0
                    || right.compareTo(s.pageWidth().plus(TOLERANCE)) > 0
                    || bottom.compareTo(s.pageHeight().plus(TOLERANCE)) > 0) {
                throw new StockException("label.stock.error.offPage", null, name, l.grid(), right.mmText(),
                        bottom.mmText(), s.pageWidth().mmText(), s.pageHeight().mmText());
            }
        }
        return s;
    }

    private static Length min(Length a, Length b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
