package org.tradekit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.gs1.Gtin;
import org.tradekit.ui.task.SyncTaskRunner;

/** The editor's logic without a toolkit: real store, tasks run at once. */
class ProductEditorViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    List<Throwable> unexpected = new ArrayList<>();
    List<Product> saved = new ArrayList<>();
    ProductEditorViewModel vm;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir);
        vm = new ProductEditorViewModel(app.catalog(), new SyncTaskRunner(unexpected::add), null);
        vm.setOnSaved(saved::add);
        vm.edit(Product.draft());
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void wrongGtinCheckDigitSaysWhichDigitIsExpected() {
        String body = "952000012345";
        int right = Gtin.checkDigit(body);
        vm.field(ProductField.GTIN).set(body + (right + 1) % 10);
        assertThat(vm.problems()).containsKey("gtin");
        assertThat(vm.problems().get("gtin").key()).isEqualTo("gtin.error.checkDigit");
        assertThat(vm.problems().get("gtin").args()).containsExactly(String.valueOf(right));

        vm.field(ProductField.GTIN).set(body + right);
        assertThat(vm.problems()).doesNotContainKey("gtin");
    }

    @Test
    void untouchedFieldsStayQuietUntilSaveIsTried() {
        vm.field(ProductField.CATEGORY).set("tea");
        assertThat(vm.problems()).isEmpty(); // SKU and name are missing, but the user has not got there yet

        vm.save();
        assertThat(vm.problems()).containsKeys("sku", "name_vi");
        assertThat(app.products().count()).isZero();
    }

    @Test
    void savesTypedTextAsValuesInOneGo() {
        vm.field(ProductField.SKU).set("CF-001");
        vm.field(ProductField.NAME_VI).set("Cà phê Đặc sản");
        vm.field(ProductField.PRICE_VND).set("120.000");
        vm.field(ProductField.EXPORT_PRICE_USD).set("12,50");
        vm.field(ProductField.NET_QUANTITY).set("0,5");
        vm.field(ProductField.OCOP_STARS).set("4");
        vm.field(ProductField.OCOP_DECISION_DATE).set("15/03/2025");
        vm.addCertification();
        vm.certifications().get(0).schemeProperty().set("viet gap");
        vm.certifications().get(0).expiryProperty().set("2027-01-31");
        vm.save();

        assertThat(saved).hasSize(1);
        Product p = app.products().find(saved.get(0).id()).orElseThrow();
        assertThat(p.nameVi()).isEqualTo("Cà phê Đặc sản");
        assertThat(p.whole(ProductField.PRICE_VND)).isEqualTo(120_000L);
        assertThat(p.whole(ProductField.EXPORT_PRICE_USD)).isEqualTo(1_250L);
        assertThat(p.get(ProductField.NET_QUANTITY)).isEqualTo(0.5);
        assertThat(p.date(ProductField.OCOP_EXPIRY_DATE)).isEqualTo(java.time.LocalDate.of(2028, 3, 15));
        assertThat(p.certifications()).singleElement().satisfies(c -> {
            assertThat(c.scheme()).isEqualTo("VietGAP");
            assertThat(c.expiry()).isEqualTo(java.time.LocalDate.of(2027, 1, 31));
        });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.productProperty().get().id()).isEqualTo(p.id());
    }

    @Test
    void textThatIsNotANumberIsAProblemNotACrash() {
        vm.field(ProductField.PRICE_VND).set("một trăm");
        vm.field(ProductField.OCOP_DECISION_DATE).set("31/02/2025");
        assertThat(vm.problems().get("price_vnd").key()).isEqualTo("ui.editor.error.wholeNumber");
        assertThat(vm.problems().get("ocop_decision_date").key()).isEqualTo("ui.editor.error.date");
    }

    @Test
    void skuTakenByAnotherProductShowsBesideTheSku() {
        app.catalog().save(TestContexts.product("DUP-1", "Mật ong", null));
        vm.field(ProductField.SKU).set("DUP-1");
        vm.field(ProductField.NAME_VI).set("Mật ong rừng");
        vm.save();
        assertThat(vm.problems().get("sku").key()).isEqualTo("catalog.error.skuTaken");
        assertThat(saved).isEmpty();
        assertThat(app.products().count()).isEqualTo(1);
    }

    @Test
    void archiveAndRestoreReloadTheProduct() {
        Product p = app.catalog().save(TestContexts.product("AR-1", "Trà xanh", "Green tea"));
        vm.edit(p);
        vm.setStatus(ProductStatus.ARCHIVED);
        assertThat(app.products().find(p.id()).orElseThrow().status()).isEqualTo(ProductStatus.ARCHIVED);
        assertThat(vm.productProperty().get().status()).isEqualTo(ProductStatus.ARCHIVED);
        vm.setStatus(ProductStatus.ACTIVE);
        assertThat(app.products().find(p.id()).orElseThrow().status()).isEqualTo(ProductStatus.ACTIVE);
    }
}
