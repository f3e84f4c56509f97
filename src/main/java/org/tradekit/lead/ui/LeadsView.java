package org.tradekit.lead.ui;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import org.tradekit.catalog.ui.PhotoThumbnails;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

/**
 * The Leads screen: tabs for the booth (capture) and the fairs (setup); more panes (after the fair)
 * are added with {@link #with(Tab)}. Opening the booth tab puts the focus on the first field.
 */
public final class LeadsView extends BorderPane {
    private final TabPane tabs = new TabPane();

    public LeadsView(CaptureViewModel capture, FairsViewModel fairs, PhotoThumbnails thumbnails, Messages m, Formats f) {
        setId("leads-view");
        CapturePane booth = new CapturePane(capture, thumbnails, m, f);
        Tab boothTab = new Tab(m.get("lead.ui.tab.booth"), booth);
        boothTab.setId("leads-tab-booth");
        Tab fairsTab = new Tab(m.get("lead.ui.tab.fairs"), new FairsPane(fairs, m, f));
        fairsTab.setId("leads-tab-fairs");
        tabs.getTabs().addAll(boothTab, fairsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == boothTab) {
                Platform.runLater(booth::focusFirst);
            }
        });
        setCenter(tabs);
    }

    /** Adds one more tab (e.g. the after-the-fair pane) and returns this view. */
    public LeadsView with(Tab tab) {
        tabs.getTabs().add(tab);
        return this;
    }
}
