package org.tradekit.photo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.work.Work;

/**
 * Camera-sized demo photos (4000 x 3000, 12 megapixels, JPEG at camera quality) for products that have
 * none, stored as they are, the way a camera original arrives, so that brochure benchmarks start from
 * what a cooperative's phone produces. Each is a different seeded still life with grain, so JPEG sizes
 * are realistic (a flat image would compress to nothing).
 */
public final class DemoPhotos {
    public static final int WIDTH = 4000;
    public static final int HEIGHT = 3000;
    private final ProductRepository products;
    private final PhotoStore store;
    private final ProductPhotos photos;

    public DemoPhotos(ProductRepository products, PhotoStore store, ProductPhotos photos) {
        this.products = products;
        this.store = store;
        this.photos = photos;
    }

    /** Adds one generated photo to every product without a photo; returns how many got one. */
    public int addMissing(long seed, Work work) {
        List<Product> todo = new ArrayList<>();
        products.forEach(p -> {
            if (p.photos().isEmpty()) {
                todo.add(p);
            }
        });
        Random r = new Random(seed);
        for (int i = 0; i < todo.size(); i++) {
            work.cancel().check();
            byte[] jpeg;
            try {
                jpeg = Pixels.jpeg(still(r), 0.92f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String sha = store.put(jpeg);
            photos.add(todo.get(i).id(), new StoredPhoto(sha, WIDTH, HEIGHT, PhotoFormat.JPEG.mime(), jpeg.length), null);
            work.report(i + 1, todo.size(), "demo.progress.photos", i + 1, todo.size());
        }
        return todo.size();
    }

    private static BufferedImage still(Random r) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color a = new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
        g.setPaint(new GradientPaint(0, 0, a, WIDTH, HEIGHT, a.darker().darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 90 + r.nextInt(120)));
            int s = 40 + r.nextInt(400);
            g.fillOval(r.nextInt(WIDTH), r.nextInt(HEIGHT), s, (int) (s * (0.5 + r.nextDouble())));
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) { // sensor grain
            img.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int n = r.nextInt(17) - 8;
                int p = row[x];
                row[x] = (clamp((p >> 16 & 0xFF) + n) << 16) | (clamp((p >> 8 & 0xFF) + n) << 8) | clamp((p & 0xFF) + n);
            }
            img.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
