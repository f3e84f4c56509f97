package org.tradekit.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.ui.task.SyncTaskRunner;

/** The view model without a window: drafts for several leads into a folder, messages instead of failures. */
class FollowUpViewModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    AppContext app;
    FollowUpViewModel vm;
    final List<Throwable> unexpected = new ArrayList<>();
    boolean mailProgram;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir);
        Fair fair = app.fairs().create(new Fair(null, "Foodex Japan", "Chiba", "JP", null, null, null, List.of()));
        for (String name : List.of("Kenji Sato", "Yuki Tanaka", "Kenji Sato")) {
            app.leads().save(new LeadDraft().fairId(fair.id()).name(name).country("JP"), FollowUpPaneTest.CONSENT);
        }
        vm = new FollowUpViewModel(app.fairs(), app.leadRepository(), app.leadFollowUp(),
                new FollowUpViewModel.Files(app.leadExporter(), app.leadImporter()),
                new SyncTaskRunner(unexpected::add),
                uri -> mailProgram);
        vm.start();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void severalLeadsGetOneDraftEachInTheFolderEvenWithTheSameName() throws Exception {
        assertThat(vm.leads()).hasSize(3);
        Path folder = out.resolve("drafts");
        vm.writeDrafts(List.copyOf(vm.leads()), folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(3)
                    .contains("Yuki Tanaka.eml", "Kenji Sato.eml").allMatch(n -> n.endsWith(".eml"));
        }
        assertThat(vm.noticeProperty().get().key()).isEqualTo("lead.followUp.written");
        assertThat(vm.noticeProperty().get().args()).containsExactly(3, folder);
        assertThat(unexpected).isEmpty();
    }

    @Test
    void withoutAMailProgramOrWithABadLanguageTheUserIsTold() {
        Lead kenji = vm.leads().get(0);
        vm.openInMail(kenji);
        assertThat(vm.noticeProperty().get().key()).isEqualTo("lead.followUp.noMailProgram");
        mailProgram = true;
        vm.openInMail(kenji);
        assertThat(vm.noticeProperty().get().key()).isEqualTo("lead.followUp.opened");
        vm.setLang(kenji, "fr");
        assertThat(vm.noticeProperty().get().key()).isEqualTo("lead.error.lang");
        assertThat(vm.noticeProperty().get().error()).isTrue();
        vm.setLang(kenji, "en");
        assertThat(vm.leads().stream().filter(l -> l.id().equals(kenji.id())).findFirst().orElseThrow().fields().lang())
                .isEqualTo("en");
        assertThat(unexpected).isEmpty();
    }

    @Test
    void draftsCanCarryTheCatalogueInTheBuyersLanguageMadeOncePerLanguage() throws Exception {
        app.catalog().save(TestContexts.product("TEA-1", "Chè Shan Tuyết", "Shan Tuyet tea"));
        FollowUpViewModel withBrochures = new FollowUpViewModel(app.fairs(), app.leadRepository(), app.leadFollowUp(),
                new FollowUpViewModel.Files(app.leadExporter(), app.leadImporter(), app.brochures()),
                new SyncTaskRunner(unexpected::add), uri -> false);
        withBrochures.start();
        assertThat(withBrochures.canAttachCatalogue()).isTrue();
        withBrochures.attachCatalogueProperty().set(true);
        Path folder = out.resolve("with-catalogue");
        withBrochures.writeDrafts(List.copyOf(withBrochures.leads()), folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).filteredOn(n -> n.endsWith(".pdf"))
                .as("three Japanese buyers, one Japanese catalogue").containsExactly("catalogue-ja.pdf");
        List<Path> drafts = files.stream().filter(p -> p.toString().endsWith(".eml")).toList();
        assertThat(drafts).hasSize(3);
        for (Path eml : drafts) {
            try (var in = Files.newInputStream(eml)) {
                var m = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                var parts = (jakarta.mail.Multipart) m.getContent();
                var attached = parts.getBodyPart(parts.getCount() - 1);
                assertThat(attached.getFileName()).isEqualTo("catalogue-ja.pdf");
                assertThat(attached.getContentType()).startsWith("application/pdf");
            }
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve("catalogue-ja.pdf").toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja");
        }
        assertThat(unexpected).isEmpty();
    }
}
