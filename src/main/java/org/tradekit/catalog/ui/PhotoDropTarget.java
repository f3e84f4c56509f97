package org.tradekit.catalog.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Lets image files be dropped onto a node and hands them to a consumer (the editor, which
 * passes them to the photo store through {@link org.tradekit.catalog.PhotoImport}).
 */
final class PhotoDropTarget {
    static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "webp", "gif", "bmp", "heic", "tif", "tiff");

    private PhotoDropTarget() {
    }

    static void install(Node target, Consumer<List<Path>> sink) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !images(e.getDragboard().getFiles()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop"), true);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e ->
                target.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop"), false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = e.getDragboard().hasFiles() ? images(e.getDragboard().getFiles()) : List.of();
            if (!files.isEmpty()) {
                sink.accept(files);
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    static List<Path> images(List<File> files) {
        return files.stream().filter(File::isFile).map(File::toPath).filter(PhotoDropTarget::isImage).toList();
    }

    static boolean isImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && IMAGE_TYPES.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
