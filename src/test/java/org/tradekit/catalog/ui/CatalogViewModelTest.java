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
import org.tradekit.catalog.DemoData;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductRow;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.ManualTaskRunner;
import org.tradekit.work.Work;

/** The catalog list's logic without a toolkit: real store with demo products, tasks finished by the test. */
class CatalogViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    List<Throwable> unexpected = new ArrayList<>();
    ManualTaskRunner tasks = new ManualTaskRunner(unexpected::add);
    CatalogViewModel vm;
    Product coffee;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir);
        new DemoData(app.database()).generate(260, 7, TestContexts.TODAY, Work.NONE);
        coffee = app.catalog().save(TestContexts.product("CF-TEST", "Cà phê Đặc sản Krông Pắc", "Krong Pac coffee"));
        ProductEditorViewModel editor = new ProductEditorViewModel(app.catalog(), tasks, null);
        vm = new CatalogViewModel(app.productSearch(), app.products(), app.catalog(), tasks, Debouncer.IMMEDIATE,
                () -> TestContexts.TODAY, editor);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void firstPageComesFirstThenTheRest() {
        vm.start();
        tasks.finish(0); // the first page only
        assertThat(vm.rows()).hasSize(CatalogViewModel.FIRST_PAGE);
        assertThat(vm.loadedProperty().get()).isFalse();
        tasks.finishAll();
        assertThat(vm.rows()).hasSize(261);
        assertThat(vm.loadedProperty().get()).isTrue();
    }

    @Test
    void searchIgnoresMarksCaseAndDStroke() {
        for (String q : List.of("ca phe", "Cà phê", "CA PHÊ", "dac san krong", "krông pắc")) {
            vm.queryProperty().set(q);
            tasks.finishAll();
            assertThat(skus()).as(q).contains("CF-TEST");
        }
    }

    @Test
    void junkIsJustTextAndNeverAnError() {
        for (String q : List.of("\"(", "\"", "-x", "foo:", "AND", "*", "%", "'", "NEAR(", "sku:CF")) {
            vm.queryProperty().set(q);
            tasks.finishAll();
        }
        assertThat(unexpected).isEmpty();
        assertThat(vm.searchingProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestSearchIsShown() {
        vm.queryProperty().set("mật ong");
        vm.queryProperty().set("krong pac");
        assertThat(tasks.pending()).isEqualTo(2);
        tasks.finish(1); // the newer answer arrives first
        tasks.finishAll(); // then the stale one
        assertThat(skus()).containsExactly("CF-TEST");
    }

    @Test
    void archivedProductsLeaveTheActiveListAndShowUnderArchived() {
        app.catalog().archive(coffee.id());
        vm.queryProperty().set("CF-TEST");
        tasks.finishAll();
        assertThat(skus()).doesNotContain("CF-TEST");
        vm.statusProperty().set(StatusFilter.ARCHIVED);
        tasks.finishAll();
        assertThat(skus()).containsExactly("CF-TEST");
        vm.statusProperty().set(StatusFilter.ALL);
        tasks.finishAll();
        assertThat(skus()).contains("CF-TEST");
    }

    private List<String> skus() {
        return vm.rows().stream().map(ProductRow::sku).toList();
    }

    private ProductRow row(String sku) {
        return vm.rows().stream().filter(r -> sku.equals(r.sku())).findFirst().orElseThrow();
    }

    @Test
    void goingToAnotherProductWithUnsavedChangesAsksFirst() {
        Product tea = app.catalog().save(TestContexts.product("TEA-TEST", "Trà sen", "Lotus tea"));
        vm.start();
        tasks.finishAll();
        vm.open(row("CF-TEST"));
        tasks.finishAll();
        ProductEditorViewModel editor = vm.editor();
        vm.open(row("TEA-TEST")); // nothing changed yet: no question
        tasks.finishAll();
        assertThat(editor.productProperty().get().id()).isEqualTo(tea.id());

        editor.field(org.tradekit.catalog.ProductField.NAME_EN).set("West Lake lotus tea");
        vm.open(row("CF-TEST"));
        tasks.finishAll();
        assertThat(editor.pendingLeaveProperty().get()).isNotNull();
        assertThat(editor.productProperty().get().id()).as("still on the edited product").isEqualTo(tea.id());

        editor.keepEditing();
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.field(org.tradekit.catalog.ProductField.NAME_EN).get()).isEqualTo("West Lake lotus tea");

        vm.newProduct();
        editor.discardAndLeave();
        assertThat(editor.productProperty().get().isNew()).isTrue();
        assertThat(app.products().find(tea.id()).orElseThrow().nameEn()).isEqualTo("Lotus tea");

        editor.field(org.tradekit.catalog.ProductField.SKU).set("NEW-1");
        vm.closeEditor();
        editor.saveAndLeave(); // the new product has no name yet: the save stops, the form stays
        tasks.finishAll();
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.problems()).containsKey("name_vi");
        editor.field(org.tradekit.catalog.ProductField.NAME_VI).set("Mật ong bạc hà");
        vm.closeEditor();
        editor.saveAndLeave();
        tasks.finishAll();
        assertThat(editor.openProperty().get()).isFalse();
        assertThat(app.products().idBySku("NEW-1")).isPresent();
    }
}
