package org.tradekit.label.stock;

/**
 * One grid of labels on a page, as gLabels' {@code <Layout>}: nx columns and ny rows, the first
 * label's top-left corner at (x0, y0) from the page's top-left, then every dx across and dy down.
 */
public record SheetLayout(int nx, int ny, Length x0, Length y0, Length dx, Length dy) {
    public int count() {
        return nx * ny;
    }

    /** "3x7". */
    public String grid() {
        return nx + "x" + ny;
    }
}
