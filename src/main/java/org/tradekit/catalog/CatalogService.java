package org.tradekit.catalog;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/** Creates, edits, archives and deletes products; each action is one transaction with its change rows. */
public final class CatalogService {
    private final Database db;
    private final ProductRepository products;
    private final Clock clock;

    public CatalogService(Database db, ProductRepository products, Clock clock) {
        this.db = db;
        this.products = products;
        this.clock = clock;
    }

    /**
     * Saves a new or edited product after checking it. Its main photo is one of its photos (the first
     * when the one named is not among them).
     *
     * @throws ValidationException listing every broken rule; nothing is written then
     */
    public Product save(Product product) {
        Product filled = withDefaults(product);
        Product p = filled.with(ProductField.PRIMARY_PHOTO, ProductPhoto.mainOf(filled.photos(),
                filled.text(ProductField.PRIMARY_PHOTO)));
        String id = db.write(tx -> {
            List<FieldProblem> problems = new ArrayList<>(ProductValidator.check(p));
            if (p.sku() != null && skuTaken(tx, p.sku(), p.id())) {
                problems.add(FieldProblem.of(ProductField.SKU, "catalog.error.skuTaken", p.sku()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return write(tx, p);
        });
        return products.find(id).orElseThrow();
    }

    /** Fills what follows from other fields: OCOP expiry from the decision date. */
    public static Product withDefaults(Product p) {
        if (p.date(ProductField.OCOP_EXPIRY_DATE) == null && p.date(ProductField.OCOP_DECISION_DATE) != null) {
            return p.with(ProductField.OCOP_EXPIRY_DATE, Ocop.expiryFor(p.date(ProductField.OCOP_DECISION_DATE)));
        }
        return p;
    }

    private static boolean skuTaken(WriteTx tx, String sku, String exceptId) throws SQLException {
        return !tx.query("SELECT 1 FROM product p WHERE sku = ? COLLATE NOCASE AND _cl % 2 = 1 AND id IS NOT ? LIMIT 1",
                rs -> 1, sku, exceptId).isEmpty();
    }

    /**
     * Writes a checked product inside a caller's transaction: insert when new, otherwise only the
     * fields and child rows that differ. Shared by the editor and the importer.
     *
     * @return the product's id
     */
    public static String write(WriteTx tx, Product p) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ProductField f : ProductField.values()) {
            values.put(f.column(), p.get(f));
        }
        String id;
        if (p.isNew()) {
            id = Uuid7.next();
            values.values().removeIf(Objects::isNull);
            tx.insert(CatalogEntities.PRODUCT, id, values);
        } else {
            id = p.id();
            tx.update(CatalogEntities.PRODUCT, id, values, p.seenVersions());
        }
        boolean fresh = p.isNew();
        writeCertifications(tx, id, p.certifications(), fresh);
        writeTranslations(tx, id, p.translations(), fresh);
        writePhotos(tx, id, p.photos(), fresh);
        return id;
    }

    private static void writeCertifications(WriteTx tx, String productId, List<Certification> wanted,
            boolean fresh) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Certification c : wanted) {
            Map<String, Object> v = new HashMap<>();
            v.put("id", c.id());
            v.put("product_id", productId);
            v.put("scheme", c.scheme());
            v.put("number", c.number());
            v.put("expiry_date", c.expiry() == null ? null : c.expiry().toString());
            rows.add(v);
        }
        syncChildren(tx, CatalogEntities.CERTIFICATION, productId, rows, fresh);
    }

    private static void writeTranslations(WriteTx tx, String productId, List<Translation> wanted, boolean fresh)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Translation t : wanted) {
            Map<String, Object> v = new HashMap<>();
            v.put("id", t.id());
            v.put("product_id", productId);
            v.put("lang", t.lang());
            v.put("name", t.name());
            v.put("description", t.description());
            rows.add(v);
        }
        syncChildren(tx, CatalogEntities.TRANSLATION, productId, rows, fresh);
    }

    private static void writePhotos(WriteTx tx, String productId, List<ProductPhoto> wanted, boolean fresh)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductPhoto ph : wanted) {
            Map<String, Object> v = new HashMap<>();
            v.put("id", ph.id());
            v.put("product_id", productId);
            v.put("sha256", ph.sha256());
            v.put("position", (long) ph.position());
            v.put("caption", ph.caption());
            rows.add(v);
        }
        syncChildren(tx, CatalogEntities.PHOTO, productId, rows, fresh);
    }

    /**
     * Makes a product's live child rows equal to {@code wanted}: inserts new, updates changed,
     * tombstones gone. A product just inserted ({@code fresh}) has none to look up.
     */
    private static void syncChildren(WriteTx tx, org.tradekit.store.EntityType type, String productId,
            List<Map<String, Object>> wanted, boolean fresh) throws SQLException {
        if (fresh && wanted.isEmpty()) {
            return;
        }
        List<String> existing = fresh ? List.of() : tx.query("SELECT id FROM " + type.table() + " WHERE product_id = ? AND _cl % 2 = 1",
                rs -> rs.getString(1), productId);
        List<String> kept = new ArrayList<>();
        for (Map<String, Object> row : wanted) {
            Map<String, Object> values = new LinkedHashMap<>(row);
            String id = (String) values.remove("id");
            if (id != null && existing.contains(id)) {
                tx.update(type, id, values);
                kept.add(id);
            } else {
                values.values().removeIf(Objects::isNull);
                tx.insert(type, Uuid7.next(), values);
            }
        }
        for (String id : existing) {
            if (!kept.contains(id)) {
                tx.delete(type, id);
            }
        }
    }

    public void archive(String id) {
        setStatus(id, ProductStatus.ARCHIVED);
    }

    public void restore(String id) {
        setStatus(id, ProductStatus.ACTIVE);
    }

    private void setStatus(String id, ProductStatus status) {
        db.write(tx -> tx.update(CatalogEntities.PRODUCT, id, Map.of("status", status.code())));
    }

    /** Deletes a product (a tombstone that sync carries; {@link #undelete} brings it back). */
    public void delete(String id) {
        db.write(tx -> tx.delete(CatalogEntities.PRODUCT, id));
    }

    public void undelete(String id) {
        db.write(tx -> tx.restore(CatalogEntities.PRODUCT, id));
    }

    public Optional<Product> find(String id) {
        return products.find(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
