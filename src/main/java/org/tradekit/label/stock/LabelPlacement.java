package org.tradekit.label.stock;

/**
 * Where one label of a print run goes: page (0-based), its number on that page (1-based, in the
 * order labels are used: layout by layout, row by row, left to right) and its top-left corner
 * measured from the page's top-left.
 */
public record LabelPlacement(int page, int labelOnPage, Length x, Length y) {
    /** PDF coordinates start at the bottom left: the label's lower edge in points from the page's bottom. */
    public double pdfBottomPt(LabelStock stock) {
        return stock.pageHeight().minus(y).minus(stock.shape().height()).pt();
    }
}
