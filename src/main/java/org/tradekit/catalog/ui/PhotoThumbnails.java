package org.tradekit.catalog.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.image.Image;

import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * Photo thumbnails for the editor: the file found (or made, from the photo) and decoded on a
 * worker thread, never on the FX thread; the most recent kept in memory, so going back to a
 * product shows its photos at once. Use on the FX thread.
 */
public final class PhotoThumbnails {
    /** Where a photo's thumbnail file is, made when missing (slow: disk and decoding). */
    @FunctionalInterface
    public interface Source {
        Path thumbnail(String sha256);
    }

    private static final System.Logger LOG = System.getLogger(PhotoThumbnails.class.getName());
    private static final int KEEP = 300;

    private final TaskRunner tasks;
    private final Source source;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };
    private final Map<String, List<Consumer<Image>>> waiting = new HashMap<>();

    public PhotoThumbnails(TaskRunner tasks, Source source) {
        this.tasks = tasks;
        this.source = source;
    }

    /** Hands the photo's thumbnail to {@code ready} (on the FX thread), or null when it cannot be shown. */
    public void load(String sha256, Consumer<Image> ready) {
        Image cached = cache.get(sha256);
        if (cached != null) {
            ready.accept(cached);
            return;
        }
        List<Consumer<Image>> queue = waiting.get(sha256);
        if (queue != null) { // already on its way
            queue.add(ready);
            return;
        }
        waiting.put(sha256, new ArrayList<>(List.of(ready)));
        tasks.run(BackgroundTask.of("ui.task.thumbnail", w -> decode(source.thumbnail(sha256))).hidden()
                .onSuccess(image -> {
                    cache.put(sha256, image);
                    deliver(sha256, image);
                })
                .onExpected(Exception.class, e -> { // a photo not on this computer yet, or damaged: a placeholder
                    LOG.log(System.Logger.Level.DEBUG, "no thumbnail for " + sha256, e);
                    deliver(sha256, null);
                }));
    }

    private void deliver(String sha256, Image image) {
        List<Consumer<Image>> queue = waiting.remove(sha256);
        if (queue != null) {
            queue.forEach(c -> c.accept(image));
        }
    }

    private static Image decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in);
            if (image.isError()) {
                throw new IOException("cannot decode " + file, image.getException());
            }
            return image;
        }
    }
}
