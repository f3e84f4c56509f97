package org.tradekit.catalog.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.PhotoImport;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The product's photos as the editor changes them: added (files into the photo store in the
 * background), made the main photo, moved, removed with undo. Like every other field they are
 * written when the product is saved, in the save's one transaction, through the store's logged
 * write path; closing the editor without saving leaves the product as it was (the photo files
 * stay in the store, which never deletes one). A file that is not a usable photo gets its
 * message and the others are still added.
 */
public final class EditedPhotos {
    static final String FIELD = "photos";

    /** The photo last removed and where it was, until the next change: what Undo puts back. */
    public record Removed(ProductPhoto photo, int index, boolean wasMain) {
    }

    private final TaskRunner tasks;
    private final PhotoImport photoImport;
    private final Runnable edited;
    private final ObservableList<ProductPhoto> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper main = new ReadOnlyStringWrapper(this, "main");
    private final ReadOnlyObjectWrapper<Removed> removed = new ReadOnlyObjectWrapper<>(this, "removed");
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");
    private long generation;

    /** @param edited told after every change the user makes (the editor marks itself dirty) */
    EditedPhotos(TaskRunner tasks, PhotoImport photoImport, Runnable edited) {
        this.tasks = tasks;
        this.photoImport = photoImport;
        this.edited = edited;
    }

    /** Shows a product's photos; forgets an undo and problems of the product shown before. */
    void load(List<ProductPhoto> photos, String mainPhoto) {
        generation++; // photos still being added were for the product shown before
        list.setAll(photos);
        main.set(ProductPhoto.mainOf(photos, mainPhoto));
        removed.set(null);
        problems.clear();
        adding.set(false);
    }

    /** The photos in their order, positions numbered from 0. */
    List<ProductPhoto> inOrder() {
        List<ProductPhoto> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ProductPhoto p = list.get(i);
            out.add(new ProductPhoto(p.id(), p.sha256(), i, p.caption()));
        }
        return out;
    }

    /** The main photo's hash: the one chosen, else the first. */
    String mainPhoto() {
        return ProductPhoto.mainOf(list, main.get());
    }

    public boolean accepts() {
        return photoImport != null;
    }

    /**
     * Takes image files into the photo store in the background (decoding, downsizing and the
     * thumbnail happen there) and adds each one that is a usable photo; a file refused (not an
     * image, too large) gets its message, the others are added. A photo already shown is not added twice.
     */
    public void add(List<Path> files) {
        if (photoImport == null || files.isEmpty()) {
            return;
        }
        long gen = generation;
        adding.set(true);
        problems.clear();
        tasks.run(BackgroundTask.of("ui.task.importPhotos", w -> {
            List<String> hashes = new ArrayList<>();
            List<FieldProblem> refused = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                w.cancel().check();
                w.report(i, files.size(), "ui.task.importPhotos");
                Path f = files.get(i);
                try {
                    hashes.add(photoImport.importImage(f));
                } catch (LocalizedException e) {
                    refused.add(FieldProblem.of(FIELD, e.key(), e.args()));
                } catch (IOException e) {
                    refused.add(FieldProblem.of(FIELD, "photo.error.cannotRead", f.getFileName(), e.getMessage()));
                }
            }
            return new Imported(hashes, refused);
        }).onSuccess(r -> {
            if (gen != generation) {
                return; // the editor shows another product now
            }
            problems.setAll(r.refused());
            boolean changed = false;
            for (String sha : r.hashes()) {
                if (list.stream().noneMatch(p -> p.sha256().equals(sha))) {
                    list.add(new ProductPhoto(null, sha, list.size(), null));
                    changed = true;
                }
            }
            if (changed) {
                changed();
            }
        }).onFinally(() -> {
            if (gen == generation) {
                adding.set(false);
            }
        }));
    }

    private record Imported(List<String> hashes, List<FieldProblem> refused) {
    }

    /** Makes this photo the product's main photo (labels, brochures and the list show it). */
    public void makeMain(ProductPhoto photo) {
        if (list.contains(photo) && !photo.sha256().equals(mainPhoto())) {
            main.set(photo.sha256());
            changed();
        }
    }

    /** Moves a photo to {@code index} (0 is first); drag and drop and the arrow buttons both end here. */
    public void move(ProductPhoto photo, int index) {
        int from = list.indexOf(photo);
        int to = Math.max(0, Math.min(index, list.size() - 1));
        if (from < 0 || from == to) {
            return;
        }
        list.remove(from);
        list.add(to, photo);
        changed();
    }

    /** Takes a photo off the product; {@link #undoRemove()} puts it back until the next change. */
    public void remove(ProductPhoto photo) {
        int at = list.indexOf(photo);
        if (at < 0) {
            return;
        }
        boolean wasMain = photo.sha256().equals(mainPhoto());
        list.remove(at);
        if (wasMain) {
            main.set(ProductPhoto.mainOf(list, null));
        }
        edited.run();
        removed.set(new Removed(photo, at, wasMain)); // after the change, which clears an older undo
    }

    /** Puts the photo last removed back where it was (the same row, so nothing new is logged for it). */
    public void undoRemove() {
        Removed r = removed.get();
        if (r == null) {
            return;
        }
        list.add(Math.min(r.index(), list.size()), r.photo());
        if (r.wasMain()) {
            main.set(r.photo().sha256());
        }
        removed.set(null);
        edited.run();
    }

    private void changed() {
        removed.set(null);
        edited.run();
    }

    public ObservableList<ProductPhoto> list() {
        return list;
    }

    /** The main photo as chosen (may name none while the list is empty). */
    public ReadOnlyStringProperty mainProperty() {
        return main.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Removed> removedProperty() {
        return removed.getReadOnlyProperty();
    }

    /** Why files were not added (each a message key and its arguments). */
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    /** True while files are being taken into the photo store. */
    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }
}
