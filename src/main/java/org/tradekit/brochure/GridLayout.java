package org.tradekit.brochure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How many products a catalogue page holds: 1, 2 (stacked, photo beside the text) or 4 (2 x 2). */
public enum GridLayout {
    GRID1(1, 1), GRID2(1, 2), GRID4(2, 2);

    private final int columns;
    private final int rows;

    GridLayout(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    int perPage() {
        return columns * rows;
    }

    public static Optional<GridLayout> of(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().equals(n)).findFirst();
    }
}
