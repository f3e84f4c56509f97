package org.tradekit.catalog;

import java.util.List;

import org.tradekit.store.EntityType;

/** The catalog's synced tables, as the store's write API knows them. */
public final class CatalogEntities {
    /** Folded name keys (see {@link org.tradekit.text.Fold#words}) let search find exact and leading matches by index. */
    public static final EntityType PRODUCT = new EntityType("product", "product", ProductField.columns(), List.of(
            new EntityType.Derived("name_key_vi", "name_vi", CatalogEntities::nameKey),
            new EntityType.Derived("name_key_en", "name_en", CatalogEntities::nameKey)));
    public static final EntityType CERTIFICATION = new EntityType("product_certification", "product_certification",
            List.of("product_id", "scheme", "number", "expiry_date"));
    public static final EntityType TRANSLATION = new EntityType("product_translation", "product_translation",
            List.of("product_id", "lang", "name", "description"));
    public static final EntityType PHOTO = new EntityType("product_photo", "product_photo",
            List.of("product_id", "sha256", "position", "caption"));

    public static final List<EntityType> ALL = List.of(PRODUCT, CERTIFICATION, TRANSLATION, PHOTO);

    private CatalogEntities() {
    }

    static Object nameKey(Object name) {
        return name == null ? null : org.tradekit.text.Fold.words(name.toString());
    }
}
