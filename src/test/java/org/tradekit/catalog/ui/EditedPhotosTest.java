package org.tradekit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.photo.TestImages;
import org.tradekit.ui.task.ManualTaskRunner;
import org.tradekit.ui.task.SyncTaskRunner;

/** The editor's photos on a real store and real image files: add, main photo, order, remove and undo, all saved with the product. */
class EditedPhotosTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppContext app;
    final List<Throwable> unexpected = new ArrayList<>();
    ProductEditorViewModel vm;
    Path red;
    Path green;
    Path blue;

    @BeforeEach
    void open() throws IOException {
        app = TestContexts.open(dir);
        vm = new ProductEditorViewModel(app.catalog(), new SyncTaskRunner(unexpected::add),
                app.photoImport().orElseThrow());
        red = image("goi-500g.jpg", 400);
        green = image("hop-qua.jpg", 500);
        blue = image("tui-zip.png", 600);
    }

    private Path image(String name, int width) throws IOException {
        return TestImages.write(files, name, TestImages.encode(TestImages.halves(width, 300, false),
                name.endsWith("png") ? "png" : "jpg"));
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    private Product saved(String sku) {
        return app.products().find(app.products().idBySku(sku).orElseThrow()).orElseThrow();
    }

    private List<String> shas(List<ProductPhoto> photos) {
        return photos.stream().map(ProductPhoto::sha256).toList();
    }

    private long photoChanges() {
        return app.database().<Long>read(c -> {
            try (var s = c.prepareStatement("SELECT count(*) FROM change WHERE entity = 'product_photo'");
                    var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void photosAddedToANewProductAreSavedWithItTheFirstOneMain() {
        vm.edit(TestContexts.product("MO-01", "Mật ong hoa nhãn", null));
        vm.photos().add(List.of(red, green));
        assertThat(vm.photos().list()).hasSize(2);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(app.products().count()).isZero(); // nothing written before Save

        vm.save();

        Product p = saved("MO-01");
        assertThat(shas(p.photos())).containsExactlyElementsOf(shas(vm.photos().list()));
        assertThat(p.text(ProductField.PRIMARY_PHOTO)).isEqualTo(p.photos().get(0).sha256());
        assertThat(photoChanges()).as("the photos went through the logged write path").isPositive();
        assertThat(app.photoStore().contains(p.photos().get(1).sha256())).isTrue();
    }

    @Test
    void aFakeAndAHugeImageAreRefusedInWordsAndTheGoodOneIsAdded() throws IOException {
        vm.edit(TestContexts.product("MO-02", "Mật ong rừng", null));
        Path fake = TestImages.write(files, "anh-that.jpg", "đây không phải ảnh".getBytes());
        Path bomb = TestImages.write(files, "qua-lon.png", TestImages.pngHeaderClaiming(50_000, 50_000));

        vm.photos().add(List.of(fake, red, bomb));

        assertThat(vm.photos().list()).hasSize(1);
        assertThat(vm.photos().problems()).extracting(FieldProblem::key)
                .containsExactly("photo.error.notImage", "photo.error.tooManyPixels");
        String said = org.tradekit.i18n.Messages.of("vi").get(vm.photos().problems().get(0).key(),
                vm.photos().problems().get(0).argArray());
        assertThat(said).contains("anh-that.jpg");
        assertThat(vm.photos().addingProperty().get()).isFalse();
    }

    @Test
    void mainPhotoOrderAndRemovalAreSavedAndUndoPutsAPhotoBack() {
        vm.edit(TestContexts.product("MO-03", "Mật ong bạc hà", null));
        vm.photos().add(List.of(red, green, blue));
        vm.save();
        Product first = saved("MO-03");
        List<ProductPhoto> p = List.copyOf(vm.photos().list());
        String r = p.get(0).sha256();
        String g = p.get(1).sha256();
        String b = p.get(2).sha256();

        vm.photos().makeMain(p.get(2));
        vm.photos().move(p.get(2), 0); // blue first
        vm.photos().remove(p.get(1)); // green off
        assertThat(vm.photos().removedProperty().get().photo()).isEqualTo(p.get(1));
        vm.photos().undoRemove(); // back where it was
        assertThat(shas(vm.photos().list())).containsExactly(b, r, g);
        vm.photos().remove(vm.photos().list().get(1)); // red off, for good
        vm.save();

        Product after = saved("MO-03");
        assertThat(shas(after.photos())).containsExactly(b, g);
        assertThat(after.photos()).extracting(ProductPhoto::position).containsExactly(0, 1);
        assertThat(after.text(ProductField.PRIMARY_PHOTO)).isEqualTo(b);
        assertThat(after.photos().get(1).id()).as("undo kept the same row").isEqualTo(first.photos().get(1).id());
        assertThat(vm.photos().removedProperty().get()).isNull();
        assertThat(app.photoStore().contains(r)).as("the file stays in the store").isTrue();
    }

    @Test
    void removingTheMainPhotoMakesTheNextOneMain() {
        vm.edit(TestContexts.product("MO-04", "Mật ong cà phê", null));
        vm.photos().add(List.of(red, green));
        vm.photos().remove(vm.photos().list().get(0));
        assertThat(vm.photos().mainProperty().get()).isEqualTo(vm.photos().list().get(0).sha256());
        vm.save();
        assertThat(saved("MO-04").text(ProductField.PRIMARY_PHOTO)).isEqualTo(vm.photos().list().get(0).sha256());
    }

    @Test
    void photosStillComingForAProductNoLongerShownAreNotAddedToTheNextOne() {
        ManualTaskRunner manual = new ManualTaskRunner(unexpected::add);
        vm = new ProductEditorViewModel(app.catalog(), manual, app.photoImport().orElseThrow());
        vm.edit(TestContexts.product("MO-05", "Mật ong", null));
        vm.photos().add(List.of(red));
        vm.edit(TestContexts.product("MO-06", "Trà", null)); // the user opened another product meanwhile
        manual.finishAll();
        assertThat(vm.photos().list()).isEmpty();
        assertThat(vm.photos().addingProperty().get()).isFalse();
    }
}
