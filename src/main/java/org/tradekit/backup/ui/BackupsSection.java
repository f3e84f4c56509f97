package org.tradekit.backup.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.backup.BackupEntry;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

/**
 * Backups as a section of Settings: the backups folder's list (kind, date, size), back up now or
 * to a file, restore a listed backup or a chosen file, and the check's findings to confirm.
 * Binds to {@link BackupsViewModel}; the file choosers only hand paths over.
 */
public final class BackupsSection extends VBox {
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final BackupsViewModel vm;
    private final Messages m;
    private final Formats f;

    public BackupsSection(BackupsViewModel vm, Messages m, Formats f) {
        super(10);
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("backups-section");
        Label title = new Label(m.get("backup.ui.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(m.get("backup.ui.intro", vm.folder()));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<BackupEntry> table = table();
        Button now = new Button(m.get("backup.ui.now"), new FontIcon(Feather.SAVE));
        now.setId("backup-now");
        now.setOnAction(e -> vm.backUpNow());
        Button toFile = new Button(m.get("backup.ui.toFile"), new FontIcon(Feather.HARD_DRIVE));
        toFile.setId("backup-to-file");
        toFile.setOnAction(e -> saveTo());
        Button restoreListed = new Button(m.get("backup.ui.restoreListed"), new FontIcon(Feather.ROTATE_CCW));
        restoreListed.setId("backup-restore-listed");
        restoreListed.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreListed.setOnAction(e -> vm.check(table.getSelectionModel().getSelectedItem().file()));
        Button restoreFile = new Button(m.get("backup.ui.restoreFile"), new FontIcon(Feather.FOLDER));
        restoreFile.setId("backup-restore-file");
        restoreFile.setOnAction(e -> openFrom());
        // busy: a spinner, not disabled buttons (a disabled button hands the keyboard to the next field
        // and the page scrolls away to it); the view model ignores clicks while it is busy
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        FlowPane backUp = new FlowPane(8, 8, now, toFile, busy);
        backUp.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(8, backUp, new FlowPane(8, 8, restoreListed, restoreFile));

        Label notice = new Label();
        notice.setId("backup-notice");
        notice.setWrapText(true);
        Runnable showNotice = () -> {
            BackupsViewModel.Notice n = vm.noticeProperty().get();
            notice.setText(n == null ? "" : m.get(n.key(), n.args().stream().map(this::arg).toArray()));
            notice.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            notice.getStyleClass().add(n != null && n.problem() ? Styles.DANGER : Styles.SUCCESS);
        };
        vm.noticeProperty().addListener((o, a, b) -> showNotice.run());
        showNotice.run();
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());

        RestoreConfirmation confirm = new RestoreConfirmation(vm, m, f, table);
        getChildren().addAll(title, intro, table, actions, notice, confirm);
        sceneProperty().addListener((o, a, scene) -> { // shown (again): a backup may have been made meanwhile
            if (scene != null) {
                vm.refresh();
            }
        });
    }

    /** Dates read as dates; sizes in MB are already numbers; anything else as it is. */
    private Object arg(Object a) {
        return a instanceof Instant i ? f.dateTime(i, ZONE) : a;
    }

    private TableView<BackupEntry> table() {
        TableView<BackupEntry> t = new TableView<>(vm.backups());
        t.setId("backups-table");
        t.setPrefHeight(190);
        t.setPlaceholder(new Label(m.get("backup.ui.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column(m.get("backup.ui.column.made"), e -> f.dateTime(e.createdAt(), ZONE), 170));
        t.getColumns().add(column(m.get("backup.ui.column.kind"), e -> m.get(e.kind().labelKey()), 170));
        TableColumn<BackupEntry, String> size = column(m.get("backup.ui.column.size"), e -> f.megabytes(e.bytes()), 90);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        t.getColumns().add(size);
        t.getColumns().add(column(m.get("backup.ui.column.file"), e -> e.file().getFileName().toString(), 200));
        t.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<BackupEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && !vm.busyProperty().get()) {
                    vm.check(row.getItem().file());
                }
            });
            return row;
        });
        return t;
    }

    private static TableColumn<BackupEntry, String> column(String title, Function<BackupEntry, String> value,
            double width) {
        TableColumn<BackupEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void saveTo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("backup.ui.toFile"));
        chooser.setInitialFileName("tradekit-" + LocalDate.now(ZONE) + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("backup.ui.fileKinds"), "*.zip"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.backUpTo(file.toPath());
        }
    }

    private void openFrom() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("backup.ui.restoreFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("backup.ui.fileKinds"), "*.zip", "*.ZIP", "*.db"),
                new FileChooser.ExtensionFilter(m.get("backup.ui.allFiles"), "*"));
        Path folder = vm.folder();
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.check(file.toPath());
        }
    }
}
