package org.tradekit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.tradekit.catalog.io.ColumnTarget;
import org.tradekit.catalog.io.ImportMode;
import org.tradekit.catalog.io.RowProblem;
import org.tradekit.gs1.Gtin;
import org.tradekit.ui.task.ManualTaskRunner;
import org.tradekit.ui.task.SyncTaskRunner;

/** The import screen's logic on a real store and real CSV files, tasks run at once. */
class ImportViewModelTest {
    /** A valid GTIN-13 and the same with a wrong check digit (it should be 3). */
    static final String GOOD_GTIN = "9520001000003";
    static final String BAD_GTIN = "9520001000004";

    @TempDir
    Path dir;
    AppContext app;
    List<Throwable> unexpected = new ArrayList<>();
    int refreshed;
    ImportViewModel vm;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir.resolve("data"));
        vm = new ImportViewModel(app.productImporter(), new SyncTaskRunner(unexpected::add), () -> refreshed++);
    }

    @AfterEach
    void close() {
        assertThat(unexpected).isEmpty();
        app.close();
    }

    private static String valid(String body) {
        return body + Gtin.checkDigit(body);
    }

    private Path csv(String gtinOfB) throws IOException {
        Path f = dir.resolve("products.csv");
        Files.writeString(f, "sku,name_vi,gtin,Ghi chú\n"
                + "CF-01,Cà phê Robusta," + GOOD_GTIN + ",Rang mộc\n"
                + "CH-02,Chè Thái Nguyên," + gtinOfB + ",Búp non\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void dryRunShowsABadGtinByRowAndColumnAndWritesNothing() throws IOException {
        vm.choose(csv(BAD_GTIN));

        assertThat(vm.dryRunProperty().get().rowsRead()).isEqualTo(2);
        assertThat(vm.dryRunProperty().get().created()).isEqualTo(1);
        assertThat(vm.dryRunProperty().get().refused()).isEqualTo(1);
        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.columnLetter()).isEqualTo("C");
            assertThat(p.key()).isEqualTo("gtin.error.checkDigit");
        });
        assertThat(vm.planProperty().get().mapping().target(3)).isEqualTo(ColumnTarget.UNMAPPED);
        assertThat(vm.canImport()).isFalse(); // all-or-nothing with a refused row
        assertThat(app.products().idBySku("CF-01")).isEmpty();
    }

    @Test
    void mappingAnUnknownHeaderImportsIt() throws IOException {
        vm.choose(csv(valid("952000100001")));
        int noteColumn = vm.columns().stream().filter(c -> c.header().equals("Ghi chú")).findFirst().orElseThrow()
                .column();
        vm.map(noteColumn, ColumnTarget.field(ProductField.DESCRIPTION_VI));
        assertThat(vm.columns().get(noteColumn).target()).isEqualTo(ColumnTarget.field(ProductField.DESCRIPTION_VI));
        assertThat(vm.planProperty().get().notices()).isEmpty();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canImport()).isTrue();

        vm.importNow();

        assertThat(vm.resultProperty().get().written()).isTrue();
        assertThat(vm.resultProperty().get().created()).isEqualTo(2);
        assertThat(refreshed).isEqualTo(1);
        assertThat(vm.importingProperty().get()).isNull();
        Product coffee = app.products().find(app.products().idBySku("CF-01").orElseThrow()).orElseThrow();
        assertThat(coffee.text(ProductField.DESCRIPTION_VI)).isEqualTo("Rang mộc");
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsBad() throws IOException {
        vm.choose(csv(BAD_GTIN));
        vm.modeProperty().set(ImportMode.ALL_OR_NOTHING);
        assertThat(vm.canImport()).isFalse();
        vm.importNow(); // the button is disabled; even if called, nothing is written
        assertThat(app.products().idBySku("CF-01")).isEmpty();
        assertThat(app.products().idBySku("CH-02")).isEmpty();
        assertThat(refreshed).isZero();
    }

    @Test
    void skipBadWritesTheGoodRowsAndListsTheBadOne() throws IOException {
        vm.choose(csv(BAD_GTIN));
        vm.modeProperty().set(ImportMode.SKIP_BAD);
        assertThat(vm.canImport()).isTrue();

        vm.importNow();

        assertThat(vm.resultProperty().get().written()).isTrue();
        assertThat(vm.resultProperty().get().created()).isEqualTo(1);
        assertThat(vm.resultProperty().get().problems()).extracting(RowProblem::row).containsExactly(3L);
        assertThat(app.products().idBySku("CF-01")).isPresent();
        assertThat(app.products().idBySku("CH-02")).isEmpty();
        assertThat(refreshed).isEqualTo(1);
        // the screen now shows what the import did: its problems, and no stale dry run to import again
        assertThat(vm.dryRunProperty().get()).isNull();
        assertThat(vm.problems()).extracting(RowProblem::row).containsExactly(3L);
        assertThat(vm.canImport()).isFalse();

        vm.recheck(); // a new dry run describes the catalog after the import
        assertThat(vm.dryRunProperty().get().unchanged()).isEqualTo(1);
        assertThat(vm.dryRunProperty().get().created()).isZero();
        assertThat(vm.resultProperty().get()).isNull();
    }

    @Test
    void recheckReadsTheFixedFileAndKeepsTheUsersMapping() throws IOException {
        Path f = csv(BAD_GTIN);
        vm.choose(f);
        vm.map(3, ColumnTarget.field(ProductField.DESCRIPTION_VI));
        assertThat(vm.problems()).hasSize(1);

        csv(valid("952000100001")); // fixed in Excel: another product, right check digit
        vm.recheck();

        assertThat(vm.problems()).isEmpty();
        assertThat(vm.columns().get(3).target()).isEqualTo(ColumnTarget.field(ProductField.DESCRIPTION_VI));
        assertThat(vm.dryRunProperty().get().created()).isEqualTo(2);
    }

    @Test
    void cancellingTheImportWritesNothing() throws IOException {
        ManualTaskRunner manual = new ManualTaskRunner(unexpected::add);
        vm = new ImportViewModel(app.productImporter(), manual, () -> refreshed++);
        vm.choose(csv(valid("952000100001")));
        manual.finishAll();
        assertThat(vm.canImport()).isTrue();

        vm.importNow();
        assertThat(vm.importingProperty().get()).isNotNull();
        assertThat(vm.canImport()).isFalse(); // no second import while one runs
        vm.cancel();
        manual.finishAll();

        assertThat(vm.cancelledProperty().get()).isTrue();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.importingProperty().get()).isNull();
        assertThat(app.products().idBySku("CF-01")).isEmpty();
        assertThat(refreshed).isZero();
    }

    @Test
    void onlyTheLatestDryRunIsShown() throws IOException {
        ManualTaskRunner manual = new ManualTaskRunner(unexpected::add);
        vm = new ImportViewModel(app.productImporter(), manual, () -> refreshed++);
        vm.choose(csv(BAD_GTIN));
        manual.finishAll();
        vm.map(2, ColumnTarget.IGNORE); // the bad GTIN column no longer imported: no problem
        vm.map(2, ColumnTarget.field(ProductField.GTIN)); // back: the problem again
        manual.finish(1);
        manual.finish(0); // the older answer arrives last and is ignored
        assertThat(vm.problems()).extracting(RowProblem::row).containsExactly(3L);
        assertThat(vm.checkingProperty().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeImportedSaysWhy() throws IOException {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "sku,name_vi\n");
        vm.choose(f);
        assertThat(vm.errorProperty().get().key()).isEqualTo("import.error.noRows");
        assertThat(vm.canImport()).isFalse();
    }
}
