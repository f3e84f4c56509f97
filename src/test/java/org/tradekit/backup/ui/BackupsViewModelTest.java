package org.tradekit.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.backup.BackupEntry;
import org.tradekit.backup.BackupKind;
import org.tradekit.backup.DataDirs;
import org.tradekit.backup.TestClock;
import org.tradekit.i18n.Messages;
import org.tradekit.ui.task.SyncTaskRunner;

/** Settings' backups without a toolkit: real data directories, real backup files, tasks run at once. */
class BackupsViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    final List<Throwable> unexpected = new ArrayList<>();
    final List<AppContext.Restored> restored = new ArrayList<>();
    final List<RuntimeException> lost = new ArrayList<>();
    AppContext app;
    BackupsViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(data, clock);
        for (String name : List.of("Cà phê Robusta Đắk Lắk", "Mật ong hoa nhãn", "Nước mắm Phú Quốc")) {
            app.catalog().save(TestContexts.product("SKU-" + name.length(), name, null));
        }
        vm = viewModel(app);
    }

    private BackupsViewModel viewModel(AppContext on) {
        return new BackupsViewModel(on, new SyncTaskRunner(unexpected::add), new BackupsViewModel.DataSwitch() {
            @Override
            public void restored(AppContext.Restored r) {
                restored.add(r);
            }

            @Override
            public void lost(RuntimeException e) {
                lost.add(e);
            }
        });
    }

    @AfterEach
    void close() {
        assertThat(unexpected).isEmpty();
        assertThat(lost).isEmpty();
        restored.forEach(r -> r.app().close());
        app.close();
    }

    private String text(BackupsViewModel.Notice n) {
        return Messages.of("en").get(n.key(), n.args().toArray());
    }

    @Test
    void backUpNowAddsABackupToTheList() {
        vm.refresh();
        assertThat(vm.backups()).isEmpty(); // a catalog made today has no daily backup yet

        vm.backUpNow();

        assertThat(vm.backups()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(BackupKind.MANUAL);
            assertThat(e.file().getParent()).isEqualTo(vm.folder());
            assertThat(e.bytes()).isPositive();
        });
        assertThat(vm.noticeProperty().get().problem()).isFalse();
        assertThat(text(vm.noticeProperty().get())).contains("3 products");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aBackupToAFileIsWrittenAndAPlaceThatCannotBeWrittenIsAMessage() throws IOException {
        Path usb = elsewhere.resolve("htx-2026-11-23.zip");
        vm.backUpTo(usb);
        assertThat(usb).exists();
        assertThat(text(vm.noticeProperty().get())).startsWith("Backup written to " + usb);

        vm.backUpTo(usb.resolve("inside-a-file.zip")); // a file where a folder should be
        assertThat(vm.noticeProperty().get().problem()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void checkingShowsWhatTheBackupHoldsAndCancelChangesNothing() throws IOException {
        vm.backUpNow();
        BackupEntry made = vm.backups().get(0);
        app.catalog().save(TestContexts.product("LATE-1", "Trà sen Tây Hồ", null));
        Map<String, String> before = DataDirs.fingerprint(data);

        vm.check(made.file());

        var c = vm.candidateProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.products()).isEqualTo(3);
        assertThat(c.createdAt()).contains(clock.instant());
        assertThat(c.createdBy()).hasValueSatisfying(v -> assertThat(v).startsWith("Trade Kit"));
        assertThat(c.schemaVersion()).isPositive();
        assertThat(app.products().count()).isEqualTo(4); // nothing restored yet

        vm.cancelRestore();
        assertThat(vm.candidateProperty().get()).isNull();
        assertThat(DataDirs.fingerprint(data)).isEqualTo(before); // the unpacked copy is gone too
        assertThat(restored).isEmpty();
    }

    @Test
    void aConfirmedRestoreBringsTheBackupBackAndKeepsTheReplacedData() throws IOException {
        vm.backUpNow();
        Path backup = vm.backups().get(0).file();
        app.catalog().save(TestContexts.product("LATE-1", "Trà sen Tây Hồ", null));
        clock.advance(Duration.ofMinutes(5));

        vm.check(backup);
        vm.confirmRestore();

        assertThat(restored).singleElement().satisfies(r -> {
            assertThat(r.problem()).isNull();
            assertThat(r.app()).isNotSameAs(app);
            assertThat(r.app().products().count()).isEqualTo(3);
            assertThat(r.app().products().idBySku("LATE-1")).isEmpty();
            assertThat(r.safetyCopy()).isPresent();
        });
        assertThat(vm.restoringProperty().get()).isNull();
        assertThat(vm.candidateProperty().get()).isNull();

        BackupsViewModel after = viewModel(restored.get(0).app()); // the window's new view model
        after.showRestored(restored.get(0));
        assertThat(text(after.noticeProperty().get())).contains("3 products", "kept as the backup");
        assertThat(after.backups()).extracting(BackupEntry::kind).contains(BackupKind.PRE_RESTORE, BackupKind.MANUAL);
        BackupEntry safety = after.backups().stream().filter(e -> e.kind() == BackupKind.PRE_RESTORE).findFirst()
                .orElseThrow();
        after.check(safety.file());
        assertThat(after.candidateProperty().get().products()).as("the replaced data, kept").isEqualTo(4);
        after.cancelRestore();
    }

    @Test
    void aDamagedOrForeignFileIsAClearMessageAndChangesNothing() throws IOException {
        vm.backUpNow();
        byte[] zip = Files.readAllBytes(vm.backups().get(0).file());
        Path damaged = Files.write(elsewhere.resolve("damaged.zip"), java.util.Arrays.copyOf(zip, zip.length / 2));
        Path foreign = Files.writeString(elsewhere.resolve("bang-gia.zip"), "giá bán lẻ, không phải sao lưu");
        Map<String, String> before = DataDirs.fingerprint(data);

        for (Path bad : List.of(damaged, foreign)) {
            vm.check(bad);
            assertThat(vm.candidateProperty().get()).isNull();
            assertThat(vm.noticeProperty().get().problem()).isTrue();
            assertThat(text(vm.noticeProperty().get())).contains(bad.toString(), "Nothing was changed");
        }
        assertThat(vm.noticeProperty().get().key()).isEqualTo("backup.error.notBackup");
        assertThat(DataDirs.fingerprint(data)).isEqualTo(before);
        assertThat(app.products().count()).isEqualTo(3);
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aRestoreRefusedHalfWayLeavesTheDataOpenAsItWas() {
        vm.backUpNow();
        app.catalog().save(TestContexts.product("LATE-1", "Trà sen Tây Hồ", null));
        vm.check(vm.backups().get(0).file());
        try (AppContext other = AppContext.open(data, clock)) { // another Trade Kit has the data open
            vm.confirmRestore();
        }

        assertThat(restored).singleElement().satisfies(r -> {
            assertThat(r.problem()).isNotNull();
            assertThat(r.app().products().count()).as("the data as it was, open again").isEqualTo(4);
        });
        BackupsViewModel after = viewModel(restored.get(0).app());
        after.showRestored(restored.get(0));
        assertThat(after.noticeProperty().get().problem()).isTrue();
        assertThat(text(after.noticeProperty().get())).contains("is open in Trade Kit", "Your data is as it was");
    }
}
