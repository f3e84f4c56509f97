package org.tradekit.photo;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.catalog.CatalogEntities;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.store.Database;
import org.tradekit.store.StoreException;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/**
 * A product's photos: add (import + link), choose the main one, reorder, remove. Each action is one
 * transaction through the store's write API and returns the product as it now is, so an editor can
 * replace its copy (saving a stale copy through CatalogService would undo the photo change).
 * Removing tombstones the link row; the file stays in the store (a peer or a backup may need it).
 * Every method touches the disk or the database: call them off the UI thread.
 */
public final class ProductPhotos {
    private static final String LIVE = "_cl % 2 = 1";

    private final Database db;
    private final ProductRepository products;
    private final PhotoImporter importer;
    private final PhotoStore store;
    private final Thumbnails thumbnails;

    public ProductPhotos(Database db, ProductRepository products, PhotoImporter importer, PhotoStore store,
            Thumbnails thumbnails) {
        this.db = db;
        this.products = products;
        this.importer = importer;
        this.store = store;
        this.thumbnails = thumbnails;
    }

    /**
     * Imports an image file and adds it as the product's last photo; the first photo of a product
     * becomes its main photo. Adding a photo the product already shows changes nothing.
     *
     * @throws PhotoException when the file is refused; the product is then unchanged
     */
    public Product add(String productId, Path file, String caption) {
        return add(productId, importer.importFile(file), caption); // the slow part stays outside the transaction
    }

    /** Adds a photo already imported (e.g. shown to the user first) to the product; see {@link #add(String, Path, String)}. */
    public Product add(String productId, StoredPhoto photo, String caption) {
        db.write(tx -> {
            String primary = primaryPhoto(tx, productId);
            if (!photoIds(tx, productId, photo.sha256()).isEmpty()) {
                return null;
            }
            long position = tx.query("SELECT coalesce(max(position), -1) + 1 FROM product_photo WHERE product_id = ? AND "
                    + LIVE, rs -> rs.getLong(1), productId).get(0);
            Map<String, Object> row = new HashMap<>();
            row.put("product_id", productId);
            row.put("sha256", photo.sha256());
            row.put("position", position);
            if (caption != null && !caption.isBlank()) {
                row.put("caption", caption.strip());
            }
            tx.insert(CatalogEntities.PHOTO, Uuid7.next(), row);
            if (primary == null) {
                tx.update(CatalogEntities.PRODUCT, productId, Map.of("primary_photo", photo.sha256()));
            }
            return null;
        });
        return reload(productId);
    }

    /** Makes one of the product's photos its main photo (labels, brochures and the catalog list show it). */
    public Product setPrimary(String productId, String sha256) {
        db.write(tx -> {
            primaryPhoto(tx, productId);
            if (photoIds(tx, productId, sha256).isEmpty()) {
                throw new PhotoException("photo.error.notOnProduct", null, sha256);
            }
            return tx.update(CatalogEntities.PRODUCT, productId, Map.of("primary_photo", sha256));
        });
        return reload(productId);
    }

    /** Moves a photo to {@code index} (0 = first) among the product's photos. */
    public Product move(String productId, String photoId, int index) {
        db.write(tx -> {
            List<String> order = new ArrayList<>(tx.query("SELECT id FROM product_photo WHERE product_id = ? AND "
                    + LIVE + " ORDER BY position, id", rs -> rs.getString(1), productId));
            if (!order.remove(photoId)) {
                throw new StoreException("store.error.rowMissing", null, CatalogEntities.PHOTO.name(), photoId);
            }
            order.add(Math.max(0, Math.min(index, order.size())), photoId);
            for (int i = 0; i < order.size(); i++) {
                tx.update(CatalogEntities.PHOTO, order.get(i), Map.of("position", (long) i));
            }
            return null;
        });
        return reload(productId);
    }

    /**
     * Removes a photo from the product (a tombstone that sync carries). When it was the main photo,
     * the next photo becomes the main one. The file is kept.
     */
    public Product remove(String productId, String photoId) {
        db.write(tx -> {
            String primary = primaryPhoto(tx, productId);
            List<String> sha = tx.query("SELECT sha256 FROM product_photo WHERE id = ? AND product_id = ? AND " + LIVE,
                    rs -> rs.getString(1), photoId, productId);
            if (sha.isEmpty()) {
                throw new StoreException("store.error.rowMissing", null, CatalogEntities.PHOTO.name(), photoId);
            }
            tx.delete(CatalogEntities.PHOTO, photoId);
            if (sha.get(0).equals(primary) && photoIds(tx, productId, primary).isEmpty()) {
                List<String> next = tx.query("SELECT sha256 FROM product_photo WHERE product_id = ? AND " + LIVE
                        + " ORDER BY position, id LIMIT 1", rs -> rs.getString(1), productId);
                Map<String, Object> values = new HashMap<>();
                values.put("primary_photo", next.isEmpty() ? null : next.get(0));
                tx.update(CatalogEntities.PRODUCT, productId, values);
            }
            return null;
        });
        return reload(productId);
    }

    /** The photo's file, for display or for printing. */
    public Path file(String sha256) {
        return store.file(sha256);
    }

    /** The photo's thumbnail, made when missing. */
    public Path thumbnail(String sha256) {
        return thumbnails.of(sha256);
    }

    /** The product's main photo hash, or null; refuses a product that does not exist (or was deleted). */
    private static String primaryPhoto(WriteTx tx, String productId) throws SQLException {
        List<String[]> rows = tx.query("SELECT primary_photo FROM product WHERE id = ? AND " + LIVE,
                rs -> new String[] {rs.getString(1)}, productId);
        if (rows.isEmpty()) {
            throw new StoreException("store.error.rowMissing", null, CatalogEntities.PRODUCT.name(), productId);
        }
        return rows.get(0)[0];
    }

    private static List<String> photoIds(WriteTx tx, String productId, String sha256) throws SQLException {
        return tx.query("SELECT id FROM product_photo WHERE product_id = ? AND sha256 = ? AND " + LIVE,
                rs -> rs.getString(1), productId, sha256);
    }

    private Product reload(String productId) {
        return products.find(productId).orElseThrow(
                () -> new StoreException("store.error.rowMissing", null, CatalogEntities.PRODUCT.name(), productId));
    }
}
