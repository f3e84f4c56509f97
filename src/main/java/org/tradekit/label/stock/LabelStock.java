package org.tradekit.label.stock;

import java.util.ArrayList;
import java.util.List;

import org.tradekit.text.Fold;

/**
 * A kind of label stock: a sheet template (page size, one label shape, one or more grids of
 * labels) or a thermal roll (one label per page of the label's size, {@link #gap()} between
 * labels on the roll). Named by brand and part as in gLabels' library ("Avery L7160").
 *
 * @param paper   the paper's id ("A4", "US-Letter"), or null for a page of its own size
 * @param equivOf the part this one is an equivalent of (gLabels' {@code equiv}), or null
 */
public record LabelStock(String brand, String part, String description, String paper, Length pageWidth,
        Length pageHeight, LabelShape shape, List<SheetLayout> layouts, boolean roll, Length gap, String equivOf) {

    public LabelStock {
        brand = Fold.clean(brand);
        part = Fold.clean(part);
        description = description == null ? "" : Fold.clean(description) == null ? "" : Fold.clean(description);
        layouts = List.copyOf(layouts);
        gap = gap == null ? Length.ZERO : gap;
    }

    /** A thermal roll: each label is a page of its own size; the printer feeds {@code gap} between labels. */
    public static LabelStock roll(String brand, String part, String description, LabelShape shape, Length gap) {
        return new LabelStock(brand, part, description, null, shape.width(), shape.height(), shape,
                List.of(new SheetLayout(1, 1, Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO)), true, gap, null);
    }

    /** "Avery L7160": how users and {@code --template} name it. */
    public String name() {
        return brand + " " + part;
    }

    /** The same stock under another part number (gLabels' {@code equiv}). */
    public LabelStock asEquivalent(String otherBrand, String otherPart, String otherDescription) {
        return new LabelStock(otherBrand, otherPart,
                otherDescription == null || otherDescription.isBlank() ? description : otherDescription, paper,
                pageWidth, pageHeight, shape, layouts, roll, gap, part);
    }

    public int labelsPerPage() {
        return layouts.stream().mapToInt(SheetLayout::count).sum();
    }

    /** The grid as a word: "3x7", or "2x3+1x2" for a sheet with several grids. */
    public String grid() {
        return String.join("+", layouts.stream().map(SheetLayout::grid).toList());
    }

    /**
     * The top-left corner of label {@code n} (1-based) on a page: layouts in order, each row by
     * row, left to right, as gLabels counts them.
     */
    public LabelPlacement position(int n) {
        if (n < 1 || n > labelsPerPage()) {
            throw new IllegalArgumentException("label " + n + " of " + labelsPerPage());
        }
        int i = n - 1;
        for (SheetLayout l : layouts) {
            if (i < l.count()) {
                int row = i / l.nx();
                int col = i % l.nx();
                return new LabelPlacement(0, n, l.x0().plus(l.dx().times(col)), l.y0().plus(l.dy().times(row)));
            }
            i -= l.count();
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Where {@code count} labels go when printing starts at label {@code startAt} of the first
     * (partly used) sheet; the labels before it are left blank.
     */
    public List<LabelPlacement> placements(int startAt, int count) {
        int perPage = labelsPerPage();
        if (startAt < 1 || startAt > perPage) {
            throw new StockException("label.stock.error.startAt", null, startAt, perPage, name());
        }
        List<LabelPlacement> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int slot = startAt - 1 + k;
            LabelPlacement p = position(slot % perPage + 1);
            out.add(new LabelPlacement(slot / perPage, p.labelOnPage(), p.x(), p.y()));
        }
        return out;
    }

    /** Pages needed for {@code count} labels starting at label {@code startAt}. */
    public int pages(int startAt, int count) {
        return count == 0 ? 0 : (startAt - 1 + count + labelsPerPage() - 1) / labelsPerPage();
    }
}
