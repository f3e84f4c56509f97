package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.i18n.Messages;
import org.tradekit.photo.PhotoImporter;
import org.tradekit.photo.PhotoLimits;
import org.tradekit.photo.PhotoStore;
import org.tradekit.photo.TestImages;
import org.tradekit.photo.Thumbnails;

/** A full disk, for real: a 2 MB tmpfs filled to the brim. */
class DiskFullTest {
    @TempDir
    Path tmp;

    private static long count(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM product")) {
                return rs.getLong(1);
            }
        });
    }

    private static String quickCheck(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA quick_check")) {
                return rs.getString(1);
            }
        });
    }

    private static void insertProducts(WriteTx tx, int n, String text) throws java.sql.SQLException {
        for (int i = 0; i < n; i++) {
            Map<String, Object> v = new HashMap<>();
            v.put("sku", "P-" + Uuid7.next());
            v.put("name_vi", "Cà phê " + i);
            v.put("description_vi", text);
            tx.insert(CatalogEntities.PRODUCT, Uuid7.next(), v);
        }
    }

    @Test
    void aWriteThatFillsTheDiskFailsWholeWithTheDiskFullMessageAndTheDatabaseStaysSound() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "2m")) {
            Path file = disk.dir().resolve(Database.FILE_NAME);
            Path filler;
            try (Database db = Database.open(file, Clock.systemUTC(), f -> { })) {
                db.write(tx -> {
                    insertProducts(tx, 10, "Hạt cà phê rang xay");
                    return null;
                });
                filler = disk.fill(48 * 1024);
                String longText = "Mật ong hoa cà phê Đắk Lắk, thu hoạch mùa khô. ".repeat(40);

                StoreException e = catchThrowableOfType(StoreException.class, () -> db.write(tx -> {
                    insertProducts(tx, 2_000, longText);
                    return null;
                }));

                assertThat(e).as("the big write must fail").isNotNull();
                assertThat(e.key()).isEqualTo("store.error.diskFull");
                assertThat(e.message(Messages.of("en"))).startsWith("The disk is full");
                assertThat(e.message(Messages.of("vi"))).startsWith("Ổ đĩa đã đầy");
                assertThat(count(db)).as("nothing of the failed transaction").isEqualTo(10);
                assertThat(quickCheck(db)).isEqualTo("ok");

                Files.delete(filler); // the user frees space: the same app goes on
                db.write(tx -> {
                    insertProducts(tx, 1, "Trà");
                    return null;
                });
                assertThat(count(db)).isEqualTo(11);
            }
            try (Database db = Database.open(file, Clock.systemUTC(), f -> { })) {
                assertThat(count(db)).isEqualTo(11);
                assertThat(quickCheck(db)).isEqualTo("ok");
            }
        }
    }

    @Test
    void aPhotoThatDoesNotFitLeavesNoFileBehind() throws Exception {
        Path photo = tmp.resolve("noise.png"); // random pixels: PNG cannot shrink them
        var img = new java.awt.image.BufferedImage(600, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 600; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        Files.write(photo, TestImages.encode(img, "png"));
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "1m")) {
            PhotoStore store = new PhotoStore(disk.dir());
            PhotoImporter importer = new PhotoImporter(store, new Thumbnails(store, PhotoLimits.DEFAULT),
                    PhotoLimits.DEFAULT);
            disk.fill(64 * 1024);

            StoreException e = catchThrowableOfType(StoreException.class, () -> importer.importFile(photo));

            assertThat(e).isNotNull();
            assertThat(e.key()).isEqualTo("store.error.diskFull");
            try (Stream<Path> files = Files.walk(disk.dir())) {
                assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .containsExactly("filler");
            }
        }
    }

    @Test
    void aBackupThatDoesNotFitLeavesNoFileAndSaysDiskFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "2m")) {
            Path data = tmp.resolve("data");
            try (Database db = Database.open(data.resolve(Database.FILE_NAME), Clock.systemUTC(), f -> { })) {
                db.write(tx -> {
                    insertProducts(tx, 500, "Gạo ST25 ".repeat(200) + new Random(1).nextLong());
                    return null;
                });
                disk.fill(16 * 1024);
                Path out = disk.dir().resolve("coop.zip");

                StoreException e = catchThrowableOfType(StoreException.class,
                        () -> new org.tradekit.backup.Backups(data, Clock.systemUTC()).export(db, out, true,
                                org.tradekit.work.Work.NONE));

                assertThat(e).isNotNull();
                assertThat(e.key()).isEqualTo("store.error.diskFull");
                assertThat(e.args()).containsExactly(out.toAbsolutePath());
                try (Stream<Path> files = Files.list(disk.dir())) {
                    assertThat(files.map(p -> p.getFileName().toString()).toList()).as(e.toString()).containsExactly("filler");
                }
            }
        }
    }

}
