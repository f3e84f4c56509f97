package org.tradekit.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/** The page of a feature that is not built yet. */
public final class ComingSoonView extends VBox {
    public ComingSoonView(Messages m, String nameKey, Ikon icon) {
        super(12);
        setAlignment(Pos.CENTER);
        setId("coming-soon");
        FontIcon i = new FontIcon(icon);
        i.setIconSize(48);
        Label title = new Label(m.get(nameKey));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(m.get("ui.comingSoon"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(i, title, text);
    }

    /** A feature descriptor whose view is this page. */
    public static Feature feature(String id, String nameKey, Ikon icon) {
        return new Feature(id, nameKey, icon, (m, f) -> new ComingSoonView(m, nameKey, icon));
    }
}
