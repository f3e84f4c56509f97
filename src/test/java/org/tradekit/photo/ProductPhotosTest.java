package org.tradekit.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.store.Database;
import org.tradekit.store.StoreException;

class ProductPhotosTest {
    @TempDir
    Path data;
    @TempDir
    Path in;

    Database db;
    ProductPhotos photos;
    PhotoStore store;
    String productId;

    @BeforeEach
    void setUp() {
        db = Database.open(data.resolve(Database.FILE_NAME), Clock.systemUTC(), f -> {
        });
        ProductRepository products = new ProductRepository(db);
        store = new PhotoStore(data);
        Thumbnails thumbnails = new Thumbnails(store, PhotoLimits.DEFAULT);
        photos = new ProductPhotos(db, products, new PhotoImporter(store, thumbnails, PhotoLimits.DEFAULT), store,
                thumbnails);
        productId = new CatalogService(db, products, Clock.systemUTC())
                .save(Product.draft().with(ProductField.SKU, "COF-1").with(ProductField.NAME_VI, "Cà phê Robusta")).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path image(String name, int w, int h) throws IOException {
        return TestImages.write(in, name, TestImages.encode(TestImages.halves(w, h, false), "jpg"));
    }

    @Test
    void theFirstPhotoBecomesTheMainPhotoAndLaterOnesQueueBehind() throws IOException {
        Product p1 = photos.add(productId, image("a.jpg", 400, 300), "Bao 500 g");
        Product p2 = photos.add(productId, image("b.jpg", 300, 400), null);

        assertThat(p1.photos()).singleElement().satisfies(ph -> {
            assertThat(ph.caption()).isEqualTo("Bao 500 g");
            assertThat(ph.position()).isZero();
        });
        String first = p1.photos().get(0).sha256();
        assertThat(p1.text(ProductField.PRIMARY_PHOTO)).isEqualTo(first);
        assertThat(p2.photos()).extracting(ProductPhoto::position).containsExactly(0, 1);
        assertThat(p2.text(ProductField.PRIMARY_PHOTO)).isEqualTo(first);
        assertThat(photos.file(first)).exists();
        assertThat(photos.thumbnail(first)).exists();
    }

    @Test
    void addingThePhotoTheProductAlreadyHasChangesNothing() throws IOException {
        Path a = image("a.jpg", 400, 300);
        Product once = photos.add(productId, a, null);
        Product twice = photos.add(productId, a, null);

        assertThat(twice.photos()).isEqualTo(once.photos());
    }

    @Test
    void removingTheMainPhotoPromotesTheNextAndKeepsTheFile() throws IOException {
        photos.add(productId, image("a.jpg", 400, 300), null);
        Product p = photos.add(productId, image("b.jpg", 300, 400), null);
        ProductPhoto a = p.photos().get(0);
        ProductPhoto b = p.photos().get(1);

        Product after = photos.remove(productId, a.id());

        assertThat(after.photos()).extracting(ProductPhoto::id).containsExactly(b.id());
        assertThat(after.text(ProductField.PRIMARY_PHOTO)).isEqualTo(b.sha256());
        assertThat(store.file(a.sha256())).as("file kept for sync and backups").exists();
        assertThat(number("SELECT _cl FROM product_photo WHERE id = ?", a.id())).as("tombstone: even causal length")
                .isEqualTo(2L);

        Product none = photos.remove(productId, b.id());
        assertThat(none.photos()).isEmpty();
        assertThat(none.text(ProductField.PRIMARY_PHOTO)).isNull();
    }

    @Test
    void theMainPhotoCanBeChosenOnlyAmongTheProductsPhotos() throws IOException {
        photos.add(productId, image("a.jpg", 400, 300), null);
        Product p = photos.add(productId, image("b.jpg", 300, 400), null);
        String b = p.photos().get(1).sha256();

        assertThat(photos.setPrimary(productId, b).text(ProductField.PRIMARY_PHOTO)).isEqualTo(b);
        assertThatThrownBy(() -> photos.setPrimary(productId, "f".repeat(64)))
                .isInstanceOfSatisfying(PhotoException.class, e -> assertThat(e.key()).isEqualTo("photo.error.notOnProduct"));
        assertThat(photos.setPrimary(productId, b).text(ProductField.PRIMARY_PHOTO)).isEqualTo(b);
    }

    @Test
    void photosCanBeReordered() throws IOException {
        photos.add(productId, image("a.jpg", 400, 300), null);
        photos.add(productId, image("b.jpg", 300, 400), null);
        Product p = photos.add(productId, image("c.jpg", 300, 300), null);
        List<String> ids = p.photos().stream().map(ProductPhoto::id).toList();

        Product moved = photos.move(productId, ids.get(2), 0);

        assertThat(moved.photos()).extracting(ProductPhoto::id).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(moved.photos()).extracting(ProductPhoto::position).containsExactly(0, 1, 2);
    }

    @Test
    void aRefusedFileOrAMissingProductLeavesTheCatalogUnchanged() throws IOException {
        Path text = Files.writeString(in.resolve("x.jpg"), "không phải ảnh", StandardCharsets.UTF_8);
        Product before = new ProductRepository(db).find(productId).orElseThrow();

        assertThatThrownBy(() -> photos.add(productId, text, null)).isInstanceOf(PhotoException.class);
        assertThatThrownBy(() -> photos.add("no-such-product", image("a.jpg", 40, 30), null))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.rowMissing"));

        assertThat(new ProductRepository(db).find(productId)).contains(before);
        assertThat(number("SELECT count(*) FROM product_photo")).isZero();
    }

    private long number(String sql, Object... params) {
        Long n = db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
        return n;
    }
}
