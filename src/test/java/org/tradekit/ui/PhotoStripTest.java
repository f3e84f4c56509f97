package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.table;
import static org.tradekit.ui.AppWindowHarness.until;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ui.EditedPhotos;
import org.tradekit.photo.TestImages;

/** A user adds photos to a product, picks the main one, reorders, removes one (and undoes a removal), and saves. */
@ExtendWith(ApplicationExtension.class)
class PhotoStripTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            AppWindowHarness.demoCatalog(app, 10);
            app.catalog().save(TestContexts.product("ANH-01", "Trà sen Tây Hồ", "West Lake lotus tea"));
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private Path image(String name, int width) throws IOException {
        return TestImages.write(files, name, TestImages.encode(TestImages.halves(width, 300, false), "jpg"));
    }

    private EditedPhotos photos() {
        return harness.window.workbench().catalog().editor().photos();
    }

    private static boolean thumbnailShown(FxRobot robot, int index) {
        return robot.lookup("#photo-image-" + index).tryQuery().map(n -> ((ImageView) n).getImage() != null)
                .orElse(false);
    }

    private List<String> shas(List<ProductPhoto> photos) {
        return photos.stream().map(ProductPhoto::sha256).toList();
    }

    @Test
    void userManagesThePhotosOfAProduct(FxRobot robot) throws IOException {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 11);
        ProductRow row = table(robot).getItems().stream().filter(r -> "ANH-01".equals(r.sku())).findFirst()
                .orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        until(() -> robot.lookup("#tab-photos").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(3 + 1));
        until(() -> robot.lookup("#photo-add").tryQuery().map(n -> n.isVisible()).orElse(false));

        Path fake = TestImages.write(files, "khong-phai-anh.jpg", "không phải ảnh".getBytes());
        List<Path> chosen = List.of(image("goi.jpg", 400), image("hop.jpg", 500), image("tui.jpg", 600), fake);
        // the native file chooser cannot run headless: the files go where the chooser would put them
        robot.interact(() -> photos().add(chosen));
        until(() -> thumbnailShown(robot, 0) && thumbnailShown(robot, 1) && thumbnailShown(robot, 2));
        assertThat(robot.lookup("#photo-problems").queryAs(Label.class).getText())
                .contains("khong-phai-anh.jpg is not a photo");
        assertThat(robot.lookup("#photo-count").queryAs(Label.class).getText()).isEqualTo("Photos: 3");
        List<String> added = shas(photos().list());

        robot.clickOn("#photo-main-2"); // the zip bag is the main photo
        robot.clickOn("#photo-left-2");
        robot.clickOn("#photo-left-1"); // ... and first
        until(() -> shas(photos().list()).equals(List.of(added.get(2), added.get(0), added.get(1))));
        robot.clickOn("#photo-remove-1");
        until(() -> robot.lookup("#photo-undo-bar").query().isVisible());
        robot.clickOn("#photo-undo");
        until(() -> photos().list().size() == 3 && !robot.lookup("#photo-undo-bar").query().isVisible());
        robot.clickOn("#photo-remove-2"); // the gift box goes
        until(() -> photos().list().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        String id = row.id();
        until(() -> harness.app().products().find(id).orElseThrow().photos().size() == 2);
        Product p = harness.app().products().find(id).orElseThrow();
        assertThat(shas(p.photos())).containsExactly(added.get(2), added.get(0));
        assertThat(p.text(ProductField.PRIMARY_PHOTO)).isEqualTo(added.get(2));
        until(() -> robot.lookup("#photo-main-badge").tryQuery().isPresent());
        assertThat(robot.lookup("#photo-main-0").query().isDisabled()).isTrue(); // the main one is first
    }

    @Test
    void dragAPhotoOntoAnotherToReorder(FxRobot robot) throws IOException {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 11);
        robot.interact(() -> robot.lookup("#catalog-new").queryButton().fire());
        until(() -> robot.lookup("#tab-photos").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(4));
        List<Path> chosen = List.of(image("a.jpg", 410), image("b.jpg", 420));
        robot.interact(() -> photos().add(chosen));
        until(() -> thumbnailShown(robot, 0) && thumbnailShown(robot, 1));
        List<String> added = shas(photos().list());

        robot.drag("#photo-image-1").dropTo("#photo-image-0");

        until(() -> shas(photos().list()).equals(List.of(added.get(1), added.get(0))));
    }
}
