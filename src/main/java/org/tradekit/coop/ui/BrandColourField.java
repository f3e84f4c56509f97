package org.tradekit.coop.ui;

import java.util.Locale;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

import org.tradekit.i18n.Messages;

/**
 * The brand colour: a text field holding #RRGGBB (what is stored and validated), a colour picker
 * kept in step with it, and a button that clears it (no colour: the brochure theme's own).
 */
final class BrandColourField {
    private BrandColourField() {
    }

    static Node of(StringProperty hex, Messages m) {
        TextField text = new TextField();
        text.setId("coop-brand_colour");
        text.setPromptText("#2E7D32");
        text.setPrefColumnCount(8);
        text.textProperty().bindBidirectional(hex);
        ColorPicker picker = new ColorPicker();
        picker.setId("coop-brand_colour-picker");
        boolean[] syncing = {false};
        Runnable fromText = () -> {
            Color c = parse(hex.get());
            if (c != null && !syncing[0]) {
                syncing[0] = true;
                picker.setValue(c);
                syncing[0] = false;
            }
        };
        hex.addListener((o, a, b) -> fromText.run());
        fromText.run();
        picker.setOnAction(e -> {
            if (!syncing[0]) {
                syncing[0] = true;
                hex.set(format(picker.getValue()));
                syncing[0] = false;
            }
        });
        Button clear = new Button(m.get("coop.brand.clearColour"));
        clear.setId("coop-brand_colour-clear");
        clear.setOnAction(e -> hex.set(""));
        HBox box = new HBox(8, text, picker, clear);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** The colour of a #RRGGBB text, or null while it is not one. */
    static Color parse(String s) {
        return s != null && s.strip().matches("#[0-9a-fA-F]{6}") ? Color.web(s.strip()) : null;
    }

    static String format(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
