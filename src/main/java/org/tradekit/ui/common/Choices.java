package org.tradekit.ui.common;

import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes of fixed choices whose items are codes and whose text is localized. */
public final class Choices {
    private Choices() {
    }

    public static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(converter(label));
        return box;
    }

    /** Shows values by {@code label}; choices are picked, never typed. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return converter(label, s -> {
            throw new UnsupportedOperationException("choices are picked, not typed");
        });
    }

    /** Shows values by {@code label} and reads typed text back with {@code parse} (an editable combo box). */
    public static <T> StringConverter<T> converter(Function<T, String> label, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return parse.apply(s);
            }
        };
    }
}
