package org.tradekit.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/** One {@link Warning} as a bar: icon, title and what to do, the helping button, and a close button. */
final class WarningBar extends HBox {
    WarningBar(Warning w, Messages m, Runnable dismiss) {
        super(12);
        setId("warning-" + w.id());
        getStyleClass().add("warning-bar");
        setPadding(new Insets(10, 12, 10, 12));
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("warning-icon");
        icon.setIconSize(22);
        Label title = new Label(m.get(w.titleKey()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label(m.get(w.textKey(), w.args().toArray()));
        text.setId("warning-" + w.id() + "-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // all of it wraps, whatever the screen below asks for
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(icon, words);
        if (w.actionKey() != null) {
            Button act = new Button(m.get(w.actionKey()));
            act.setId("warning-" + w.id() + "-action");
            act.setMinWidth(Button.USE_PREF_SIZE);
            act.setOnAction(e -> w.action().run());
            getChildren().add(act);
        }
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("warning-" + w.id() + "-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(m.get("ui.warning.dismiss")));
        close.setOnAction(e -> dismiss.run());
        getChildren().add(close);
    }
}
