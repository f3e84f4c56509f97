package org.tradekit.catalog.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradekit.catalog.ProductField;

/**
 * What a file column holds: a product field, the certifications cell, a name or description in a
 * further language ({@code name_zh}, {@code description_ko}), nothing to import (ignored), or not
 * yet known (unmapped: not imported, and said so in the report).
 */
public record ColumnTarget(Kind kind, ProductField field, String lang) {
    public enum Kind {
        FIELD, CERTIFICATIONS, TRANSLATED_NAME, TRANSLATED_DESCRIPTION, IGNORE, UNMAPPED
    }

    public static final ColumnTarget CERTIFICATIONS = new ColumnTarget(Kind.CERTIFICATIONS, null, null);
    public static final ColumnTarget IGNORE = new ColumnTarget(Kind.IGNORE, null, null);
    public static final ColumnTarget UNMAPPED = new ColumnTarget(Kind.UNMAPPED, null, null);
    /** The file column of the certifications cell. */
    public static final String CERTIFICATIONS_COLUMN = "certifications";

    private static final Pattern TRANSLATION = Pattern.compile("(name|description)_([a-z]{2,3})");

    public static ColumnTarget field(ProductField f) {
        return new ColumnTarget(Kind.FIELD, f, null);
    }

    public static ColumnTarget translatedName(String lang) {
        return new ColumnTarget(Kind.TRANSLATED_NAME, null, lang.toLowerCase(Locale.ROOT));
    }

    public static ColumnTarget translatedDescription(String lang) {
        return new ColumnTarget(Kind.TRANSLATED_DESCRIPTION, null, lang.toLowerCase(Locale.ROOT));
    }

    /**
     * The target a canonical column name means: a field's file column, {@code certifications},
     * {@code name_xx} or {@code description_xx} for another language, {@code -} or {@code ignore}.
     */
    public static Optional<ColumnTarget> parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("-") || n.equals("ignore")) {
            return Optional.of(IGNORE);
        }
        if (n.equals(CERTIFICATIONS_COLUMN)) {
            return Optional.of(CERTIFICATIONS);
        }
        Optional<ProductField> f = ProductField.byFileColumn(n);
        if (f.isPresent()) {
            return Optional.of(field(f.get()));
        }
        Matcher m = TRANSLATION.matcher(n);
        if (m.matches()) {
            return Optional.of(m.group(1).equals("name") ? translatedName(m.group(2)) : translatedDescription(m.group(2)));
        }
        return Optional.empty();
    }

    /** Every target a user can choose for a column (other languages through {@link #parse}). */
    public static List<ColumnTarget> choices() {
        List<ColumnTarget> out = new ArrayList<>();
        for (ProductField f : ProductField.values()) {
            out.add(field(f));
        }
        out.add(CERTIFICATIONS);
        out.add(IGNORE);
        return out;
    }

    /** The canonical column name: what exports write and {@link #parse} reads. */
    public String fileColumn() {
        return switch (kind) {
            case FIELD -> field.fileColumn();
            case CERTIFICATIONS -> CERTIFICATIONS_COLUMN;
            case TRANSLATED_NAME -> "name_" + lang;
            case TRANSLATED_DESCRIPTION -> "description_" + lang;
            case IGNORE -> "-";
            case UNMAPPED -> "?";
        };
    }

    /** The message key of the target's name, for a column chooser; {@link #labelArgs} fill it. */
    public String labelKey() {
        return switch (kind) {
            case FIELD -> field.labelKey();
            case CERTIFICATIONS -> "import.column.certifications";
            case TRANSLATED_NAME -> "import.column.translatedName";
            case TRANSLATED_DESCRIPTION -> "import.column.translatedDescription";
            case IGNORE -> "import.column.ignore";
            case UNMAPPED -> "import.column.unmapped";
        };
    }

    public Object[] labelArgs() {
        return lang == null ? new Object[0] : new Object[] {lang};
    }

    /** Whether the column's cells are imported. */
    public boolean imports() {
        return kind != Kind.IGNORE && kind != Kind.UNMAPPED;
    }
}
