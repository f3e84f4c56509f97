package org.tradekit.catalog.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.tradekit.catalog.ProductField;
import org.tradekit.text.Fold;

/**
 * Which column of a file feeds which target. {@link #auto} recognises canonical names first, then
 * labels and common Vietnamese headers for targets not yet taken, and ignores columns without a
 * header; the user changes any column with {@link #with}. Immutable.
 */
public final class ColumnMapping {
    private final List<String> headers;
    private final List<ColumnTarget> targets;

    private ColumnMapping(List<String> headers, List<ColumnTarget> targets) {
        this.headers = List.copyOf(headers);
        this.targets = List.copyOf(targets);
    }

    public static ColumnMapping auto(List<String> headers) {
        List<ColumnTarget> targets = new ArrayList<>();
        Set<ColumnTarget> taken = new HashSet<>();
        for (String h : headers) {
            ColumnTarget t = h.isBlank() ? ColumnTarget.IGNORE // Excel's empty trailing columns
                    : HeaderNames.exact(h).filter(taken::add).orElse(ColumnTarget.UNMAPPED);
            targets.add(t);
        }
        for (int i = 0; i < headers.size(); i++) {
            if (targets.get(i) == ColumnTarget.UNMAPPED) {
                targets.set(i, HeaderNames.loose(headers.get(i)).filter(taken::add).orElse(ColumnTarget.UNMAPPED));
            }
        }
        return new ColumnMapping(headers, targets);
    }

    public List<String> headers() {
        return headers;
    }

    public List<ColumnTarget> targets() {
        return targets;
    }

    public ColumnTarget target(int column) {
        return column < targets.size() ? targets.get(column) : ColumnTarget.UNMAPPED;
    }

    /** The same mapping with one column's target changed. */
    public ColumnMapping with(int column, ColumnTarget target) {
        List<ColumnTarget> t = new ArrayList<>(targets);
        t.set(column, target);
        return new ColumnMapping(headers, t);
    }

    /**
     * The same mapping with every column named {@code header} (as written; surrounding spaces and
     * NFC/NFD ignored) set to {@code target}.
     *
     * @throws IllegalArgumentException when no column has that header
     */
    public ColumnMapping with(String header, ColumnTarget target) {
        ColumnMapping m = this;
        boolean found = false;
        for (int i = 0; i < headers.size(); i++) {
            if (Fold.nfc(headers.get(i).strip()).equals(Fold.nfc(header.strip()))) {
                m = m.with(i, target);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no column " + header);
        }
        return m;
    }

    /** Columns whose header was not recognised and that the user has not mapped or ignored. */
    public List<Integer> unmapped() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) == ColumnTarget.UNMAPPED) {
                out.add(i);
            }
        }
        return out;
    }

    public OptionalInt columnOf(ColumnTarget target) {
        int i = targets.indexOf(target);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean has(ProductField field) {
        return targets.contains(ColumnTarget.field(field));
    }

    /** What stops an import with this mapping: no SKU column, or two columns for one target. */
    public List<ImportNotice> blockers() {
        List<ImportNotice> out = new ArrayList<>();
        if (!has(ProductField.SKU)) {
            out.add(new ImportNotice("import.error.noSkuColumn", List.of(String.join(", ", headers))));
        }
        Map<ColumnTarget, Integer> first = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            ColumnTarget t = targets.get(i);
            if (!t.imports()) {
                continue;
            }
            Integer before = first.putIfAbsent(t, i);
            if (before != null) {
                out.add(new ImportNotice("import.error.twoColumns",
                        List.of(headers.get(before), headers.get(i), t.fileColumn())));
            }
        }
        return out;
    }

    /** Excel's name of a column: A, B, ... Z, AA, AB ... */
    public static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
