package org.tradekit.catalog.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.i18n.Messages;

/**
 * The editor's photos: a strip of thumbnails, each with buttons to make it the main photo, move
 * it left or right, or remove it (with Undo); drag a thumbnail onto another to reorder; add with
 * a file chooser or by dropping image files anywhere on the strip. Binds to {@link EditedPhotos}.
 */
final class PhotoStrip extends VBox {
    static final double SIDE = 112;
    /** What a thumbnail dragged inside the strip carries: its index, so no file drop is mistaken for it. */
    private static final String DRAG_PREFIX = "tradekit-photo:";

    private final EditedPhotos vm;
    private final Messages m;
    private final PhotoThumbnails thumbnails;
    private final FlowPane tiles = new FlowPane(10, 10);
    /** Held so the weak listeners live as long as this view (views are rebuilt, the view model stays). */
    private final ListChangeListener<Object> rebuild = c -> rebuildTiles();
    private final ChangeListener<Object> rebuildOnMain = (o, a, b) -> rebuildTiles();

    PhotoStrip(EditedPhotos vm, Messages m, PhotoThumbnails thumbnails) {
        super(10);
        this.vm = vm;
        this.m = m;
        this.thumbnails = thumbnails;
        setId("photo-strip");
        setPadding(new Insets(12));
        getStyleClass().add("photo-drop");
        if (!vm.accepts()) {
            Label unavailable = new Label(m.get("ui.editor.photos.unavailable"));
            unavailable.setWrapText(true);
            getChildren().add(unavailable);
            return;
        }
        Button add = new Button(m.get("ui.editor.photos.add"), new FontIcon(Feather.IMAGE));
        add.setId("photo-add");
        add.setOnAction(e -> choose());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.addingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label hint = new Label(m.get("ui.editor.photos.drop"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label count = new Label();
        count.setId("photo-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> m.get("ui.editor.photos.count",
                vm.list().size()), vm.list()));
        HBox head = new HBox(10, add, busy, count);
        head.setAlignment(Pos.CENTER_LEFT);

        Label problems = new Label();
        problems.setId("photo-problems");
        problems.setWrapText(true);
        problems.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems().stream()
                .map(this::text).toList()), vm.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Label removedText = new Label(m.get("ui.editor.photos.removed"));
        Button undo = new Button(m.get("ui.editor.photos.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("photo-undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        undo.setOnAction(e -> vm.undoRemove());
        HBox undoBar = new HBox(8, removedText, undo);
        undoBar.setId("photo-undo-bar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.visibleProperty().bind(vm.removedProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());

        tiles.setId("photo-tiles");
        getChildren().addAll(head, hint, problems, undoBar, tiles);
        vm.list().addListener(new WeakListChangeListener<>(rebuild));
        vm.mainProperty().addListener(new WeakChangeListener<>(rebuildOnMain));
        rebuildTiles();
        PhotoDropTarget.install(this, vm::add);
    }

    private String text(FieldProblem p) {
        return m.get(p.key(), p.argArray());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.editor.photos.add"));
        List<String> patterns = PhotoDropTarget.IMAGE_TYPES.stream().sorted().flatMap(t -> java.util.stream.Stream.of(
                "*." + t, "*." + t.toUpperCase(Locale.ROOT))).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.editor.photos.images"), patterns));
        List<File> files = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            vm.add(files.stream().map(File::toPath).toList());
        }
    }

    private void rebuildTiles() {
        List<ProductPhoto> photos = List.copyOf(vm.list());
        String main = vm.mainPhoto();
        tiles.getChildren().setAll(java.util.stream.IntStream.range(0, photos.size())
                .mapToObj(i -> tile(photos.get(i), i, photos.size(), photos.get(i).sha256().equals(main))).toList());
    }

    private Node tile(ProductPhoto photo, int index, int count, boolean isMain) {
        ImageView image = new ImageView();
        image.setFitWidth(SIDE);
        image.setFitHeight(SIDE);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("photo-image-" + index);
        FontIcon waiting = new FontIcon(Feather.IMAGE);
        waiting.setIconSize(32);
        StackPane frame = new StackPane(waiting, image);
        frame.setPrefSize(SIDE, SIDE);
        frame.setMinSize(SIDE, SIDE);
        frame.getStyleClass().add("photo-frame");
        thumbnails.load(photo.sha256(), img -> {
            if (img != null) {
                image.setImage(img);
                waiting.setVisible(false);
            } else {
                waiting.setIconCode(Feather.ALERT_TRIANGLE);
                Tooltip.install(frame, new Tooltip(m.get("ui.editor.photos.missing")));
            }
        });
        if (isMain) {
            Label badge = new Label(m.get("ui.editor.photos.main"));
            badge.setId("photo-main-badge");
            badge.getStyleClass().add("photo-main-badge");
            StackPane.setAlignment(badge, Pos.TOP_LEFT);
            frame.getChildren().add(badge);
        }
        Button makeMain = icon(Feather.STAR, "ui.editor.photos.makeMain", "photo-main-" + index);
        makeMain.setDisable(isMain);
        makeMain.setOnAction(e -> vm.makeMain(photo));
        Button left = icon(Feather.CHEVRON_LEFT, "ui.editor.photos.left", "photo-left-" + index);
        left.setDisable(index == 0);
        left.setOnAction(e -> vm.move(photo, index - 1));
        Button right = icon(Feather.CHEVRON_RIGHT, "ui.editor.photos.right", "photo-right-" + index);
        right.setDisable(index == count - 1);
        right.setOnAction(e -> vm.move(photo, index + 1));
        Button remove = icon(Feather.TRASH_2, "ui.editor.photos.remove", "photo-remove-" + index);
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> vm.remove(photo));
        HBox buttons = new HBox(0, makeMain, left, right, remove);
        buttons.setAlignment(Pos.CENTER);
        buttons.setMaxWidth(SIDE);
        VBox tile = new VBox(4, frame, buttons);
        tile.setId("photo-tile-" + index);
        tile.getStyleClass().add("photo-tile");
        if (isMain) {
            tile.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("main"), true);
        }
        draggable(tile, photo, index);
        return tile;
    }

    private Button icon(Ikon ikon, String tooltipKey, String id) {
        Button b = new Button(null, new FontIcon(ikon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "photo-button");
        b.setTooltip(new Tooltip(m.get(tooltipKey)));
        return b;
    }

    /** Drag a thumbnail onto another: it takes that one's place. */
    private void draggable(VBox tile, ProductPhoto photo, int index) {
        tile.setOnDragDetected(e -> {
            var board = tile.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + index);
            board.setContent(content);
            board.setDragView(tile.snapshot(null, null));
            e.consume();
        });
        tile.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (draggedIndex(e) >= 0 && draggedIndex(e) != index) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        tile.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            int from = draggedIndex(e);
            if (from >= 0 && from < vm.list().size()) {
                vm.move(vm.list().get(from), index);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private static int draggedIndex(DragEvent e) {
        String s = e.getDragboard().hasString() ? e.getDragboard().getString() : null;
        if (s == null || !s.startsWith(DRAG_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(s.substring(DRAG_PREFIX.length()));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
