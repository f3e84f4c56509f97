package org.tradekit.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Consent;
import org.tradekit.lead.DuplicateGroup;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.LeadService;
import org.tradekit.lead.LeadStatus;
import org.tradekit.ui.task.FxTaskRunner;

/** A user works through the leads after the fair: filters, moves one along the pipeline, merges a duplicate, reads the summary, writes a follow-up. */
@ExtendWith(ApplicationExtension.class)
class FollowUpPaneTest {
    static final Consent CONSENT = new Consent("follow-up after the fair", "I agree to be contacted.", "1", null);

    @TempDir
    Path dir;
    @TempDir
    Path out;
    AppContext app;
    FollowUpViewModel vm;
    FollowUpPane pane;
    Fair sial;
    Lead annaByLan;
    Lead annaByMinh;
    Lead kenji;
    final List<String> opened = new CopyOnWriteArrayList<>();
    final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        app = TestContexts.open(dir);
        app.coopProfile().save(new CoopProfile(null, "HTX Nông sản Tây Nguyên", "Tay Nguyen Farmers Cooperative", null,
                null, null, "sales@taynguyen-coop.vn", null, null, null, null, null));
        app.database().write(tx -> {
            tx.insert(CatalogEntities.PRODUCT, "p-honey", Map.of("sku", "HONEY", "name_vi", "Mật ong", "name_en", "Honey"));
            tx.insert(CatalogEntities.PRODUCT, "p-pepper", Map.of("sku", "PEPPER", "name_vi", "Tiêu đen", "name_en",
                    "Black pepper"));
            tx.insert(CatalogEntities.PRODUCT, "p-cashew", Map.of("sku", "CASHEW", "name_vi", "Hạt điều", "name_en",
                    "Cashew nuts"));
            return null;
        });
        sial = app.fairs().create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18),
                LocalDate.of(2026, 10, 22), "7-B112", List.of("Lan", "Minh")));
        Fair gulfood = app.fairs().create(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of()));
        annaByLan = save("2026-10-18T08:00:00Z", new LeadDraft().fairId(sial.id()).staff("Lan").name("Anna Schmidt")
                .company("Bio Import GmbH").country("DE").email("anna.schmidt@bioimport.de").rating("hot")
                .notes("Wants organic certificate").products(List.of("p-honey", "p-pepper")));
        annaByMinh = save("2026-10-19T09:00:00Z", new LeadDraft().fairId(sial.id()).staff("Minh").name("Anna Schmidt")
                .jobTitle("Head buyer").email("ANNA.SCHMIDT@bioimport.de").rating("hot")
                .notes("Asked for 2 t of cashews in January").products(List.of("p-cashew")));
        kenji = save("2026-10-19T10:00:00Z", new LeadDraft().fairId(sial.id()).staff("Lan").name("Kenji Sato")
                .company("Sato Shoji").country("JP").email("k.sato@satoshoji.jp").rating("warm").samples(true)
                .products(List.of("p-pepper")));
        save("2026-10-20T10:00:00Z", new LeadDraft().fairId(sial.id()).staff("Minh").name("Marie Dubois")
                .company("Épicerie Fine").country("FR").email("marie@epicerie.fr").rating("cold"));
        save("2026-02-17T10:00:00Z", new LeadDraft().fairId(gulfood.id()).staff("Lan").name("Omar Haddad").country("AE")
                .rating("hot"));

        vm = new FollowUpViewModel(app.fairs(), app.leadRepository(), app.leadFollowUp(),
                new FollowUpViewModel.Files(app.leadExporter(), app.leadImporter()),
                new FxTaskRunner(unexpected::add), uri -> opened.add(uri));
        pane = new FollowUpPane(vm, Messages.of("en"), new Formats(Messages.EN));
        stage.setScene(new Scene(pane, 1280, 800));
        stage.show();
    }

    private Lead save(String at, LeadDraft d) {
        return new LeadService(app.database(), Clock.fixed(Instant.parse(at), TestContexts.CLOCK.getZone())).save(d, CONSENT);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Lead> table(FxRobot robot) {
        return robot.lookup("#followup-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(l -> l.fields().name()).toList();
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#followup-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void userFiltersMovesALeadAlongMergesADuplicateReadsTheSummaryAndWritesAFollowUp(FxRobot robot) throws Exception {
        until(() -> table(robot).getItems().size() == 5);
        robot.interact(() -> combo(robot, "#followup-filter-fair").setValue(sial.id()));
        until(() -> table(robot).getItems().size() == 4 && combo(robot, "#followup-filter-staff").getItems().size() == 3);
        assertThat(combo(robot, "#followup-filter-fair").getConverter().toString(sial.id())).isEqualTo("SIAL Paris");

        robot.interact(() -> combo(robot, "#followup-filter-rating").setValue("hot"));
        until(() -> names(robot).equals(List.of("Anna Schmidt", "Anna Schmidt")));
        robot.interact(() -> combo(robot, "#followup-filter-rating").setValue(""));
        robot.interact(() -> combo(robot, "#followup-filter-product").setValue("p-pepper"));
        until(() -> names(robot).stream().sorted().toList().equals(List.of("Anna Schmidt", "Kenji Sato")));
        robot.interact(() -> combo(robot, "#followup-filter-product").setValue(""));
        robot.interact(() -> combo(robot, "#followup-filter-country").setValue("JP"));
        until(() -> names(robot).equals(List.of("Kenji Sato")));
        robot.interact(() -> combo(robot, "#followup-filter-country").setValue(""));
        robot.interact(() -> combo(robot, "#followup-filter-staff").setValue("Minh"));
        until(() -> names(robot).equals(List.of("Marie Dubois", "Anna Schmidt")));
        robot.interact(() -> combo(robot, "#followup-filter-staff").setValue(""));
        until(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#followup-search").write("dubois"); // marks and case ignored
        until(() -> names(robot).equals(List.of("Marie Dubois")));
        assertThat(robot.lookup("#followup-count").queryAs(Label.class).getText()).isEqualTo("1 lead");
        robot.interact(() -> vm.searchProperty().set(""));
        until(() -> table(robot).getItems().size() == 4);

        // Kenji Sato moves along the pipeline, while the list shows Japan's leads: the filter stays
        robot.interact(() -> combo(robot, "#followup-filter-country").setValue("JP"));
        until(() -> names(robot).equals(List.of("Kenji Sato")));
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(l -> l.id().equals(kenji.id())).findFirst().orElseThrow()));
        until(() -> robot.lookup("#followup-detail-status").queryAs(ComboBox.class).getValue() == LeadStatus.NEW);
        robot.interact(() -> robot.lookup("#followup-detail-status").queryAs(ComboBox.class).setValue(LeadStatus.WON));
        until(() -> "won".equals(app.leadRepository().find(kenji.id()).orElseThrow().fields().status()));
        until(() -> table(robot).getItems().stream().anyMatch(l -> l.id().equals(kenji.id())
                && "won".equals(l.fields().status())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo(robot, "#followup-filter-country").getValue()).as("the country filter after the change").isEqualTo("JP");
        assertThat(names(robot)).containsExactly("Kenji Sato");
        robot.interact(() -> combo(robot, "#followup-filter-country").setValue(""));
        until(() -> table(robot).getItems().size() == 4);
        // ... and Marie Dubois is contacted: the status edited in place in the list
        robot.interact(() -> {
            TableView<Lead> t = table(robot);
            int row = t.getItems().indexOf(t.getItems().stream().filter(l -> "Marie Dubois".equals(l.fields().name()))
                    .findFirst().orElseThrow());
            t.edit(row, t.getColumns().get(4));
        });
        until(() -> robot.lookup("#followup-table .combo-box").tryQuery().isPresent());
        robot.interact(() -> {
            ComboBox<?> inPlace = robot.lookup("#followup-table .combo-box").queryAs(ComboBox.class);
            inPlace.requestFocus();
            robot.lookup("#followup-table .combo-box").queryAs(ComboBox.class).setValue(LeadStatus.CONTACTED);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER); // picked, and Enter commits the edit
        until(() -> app.leadRepository().filter(LeadFilter.ALL.inStatus("contacted"), 10).stream()
                .map(l -> l.fields().name()).toList().equals(List.of("Marie Dubois")));
        robot.interact(() -> combo(robot, "#followup-filter-status").setValue("won"));
        until(() -> names(robot).equals(List.of("Kenji Sato")));
        robot.interact(() -> combo(robot, "#followup-filter-status").setValue(""));
        until(() -> table(robot).getItems().size() == 4);

        // a follow-up .eml for Kenji, in Japanese (he is from Japan)
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(table(robot).getItems().indexOf(
                table(robot).getItems().stream().filter(l -> l.id().equals(kenji.id())).findFirst().orElseThrow())));
        Path eml = out.resolve("Kenji Sato.eml");
        pane.chooser = (owner, leads) -> {
            assertThat(leads).extracting(Lead::id).containsExactly(kenji.id());
            return Optional.of(eml); // where the save dialog would put it
        };
        robot.clickOn("#followup-write");
        until(() -> Files.exists(eml));
        until(() -> robot.lookup("#followup-notice").queryAs(Label.class).getText().startsWith("1 follow-up draft(s) saved"));
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(m.getSubject()).isEqualTo("Tay Nguyen Farmers Cooperative：SIAL Parisにて弊社ブースにお立ち寄りいただきありがとうございました");
            assertThat((String) m.getContent()).startsWith("Kenji Sato 様").contains("Black pepper")
                    .contains("これらの製品のサンプルを近日中にお送りいたします。");
            assertThat(m.getHeader("X-Unsent")).containsExactly("1");
        }
        robot.clickOn("#followup-mail");
        until(() -> opened.size() == 1);
        assertThat(opened.get(0)).startsWith("mailto:k.sato@satoshoji.jp?subject=");

        // the two captures of Anna Schmidt are one person: keep Lan's, merge Minh's into it
        tab(robot, 1);
        @SuppressWarnings("unchecked")
        ListView<DuplicateGroup> groups = robot.lookup("#followup-dup-groups").queryAs(ListView.class);
        until(() -> groups.getItems().size() == 1);
        robot.interact(() -> groups.getSelectionModel().select(0));
        until(() -> robot.lookup("#followup-keep-0").tryQuery().isPresent());
        robot.clickOn("#followup-keep-0"); // the oldest capture first: Lan's
        robot.clickOn("#followup-merge");
        until(() -> robot.lookup("#followup-merge-bar").query().isVisible());
        robot.clickOn("#followup-merge-confirm");
        until(() -> app.leadRepository().count() == 4 && groups.getItems().isEmpty());
        List<Lead> annas = app.leadRepository().filter(LeadFilter.ALL.fair(sial.id()), 10).stream()
                .filter(l -> "Anna Schmidt".equals(l.fields().name())).toList();
        assertThat(annas).extracting(Lead::id).containsExactly(annaByLan.id());
        assertThat(annas.get(0).fields().notes()).isEqualTo("Wants organic certificate");
        assertThat(annas.get(0).fields().jobTitle()).isEqualTo("Head buyer");
        assertThat(annas.get(0).fields().products()).containsExactlyInAnyOrder("p-honey", "p-pepper", "p-cashew");
        assertThat(app.leadFollowUp().merges().mergesOf(annaByLan.id())).singleElement()
                .satisfies(m -> assertThat(m.staff() + ": " + m.notes()).isEqualTo("Minh: Asked for 2 t of cashews in January"));
        assertThat(app.leadRepository().find(annaByMinh.id())).isEmpty();
        until(() -> robot.lookup("#followup-notice").queryAs(Label.class).getText()
                .equals("1 capture(s) merged into Anna Schmidt."));

        // the kept lead's detail shows who captured the other one and what they noted
        tab(robot, 0);
        until(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(table(robot).getItems().indexOf(
                table(robot).getItems().stream().filter(l -> l.id().equals(annaByLan.id())).findFirst().orElseThrow())));
        until(() -> robot.lookup(".followup-capture").tryQuery().map(n -> ((Label) n).getText()
                .startsWith("Minh, Oct 19, 2026 16:00: Asked for 2 t of cashews in January")).orElse(false));

        // the summary of SIAL Paris
        tab(robot, 2);
        until(() -> robot.lookup("#followup-summary-total").queryAs(Label.class).getText().equals("3 leads"));
        assertThat(series(robot, "#followup-chart-day")).containsExactly(Map.entry("Oct 18, 2026", 1L),
                Map.entry("Oct 19, 2026", 1L), Map.entry("Oct 20, 2026", 1L));
        assertThat(series(robot, "#followup-chart-product")).containsExactly(Map.entry("Black pepper", 2L),
                Map.entry("Cashew nuts", 1L), Map.entry("Honey", 1L));
        assertThat(series(robot, "#followup-chart-country")).containsExactly(Map.entry("Germany (DE)", 1L),
                Map.entry("France (FR)", 1L), Map.entry("Japan (JP)", 1L)); // the most first, then by code
        PieChart pie = robot.lookup("#followup-chart-rating").queryAs(PieChart.class);
        assertThat(pie.getData()).extracting(d -> d.getName() + "=" + (long) d.getPieValue())
                .containsExactly("Hot (1)=1", "Warm (1)=1", "Cold (1)=1"); // hot first: the red slice
        assertThat(robot.lookup("#followup-summary-status").queryAs(Label.class).getText())
                .isEqualTo("Pipeline: New: 1, Contacted: 1, Won: 1"); // in the order of the pipeline

        // the fair's leads, the merged one once, exported for the CRM
        tab(robot, 0);
        Path csv = out.resolve("sial.csv");
        pane.exportChooser = (owner, format) -> {
            assertThat(format).isEqualTo(org.tradekit.lead.io.LeadFormat.CSV);
            return Optional.of(csv);
        };
        robot.clickOn("#followup-export");
        robot.clickOn("#followup-export-csv");
        until(() -> robot.lookup("#followup-notice").queryAs(Label.class).getText().startsWith("3 leads exported to "));
        try (var reader = Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8);
                var rows = org.apache.commons.csv.CSVParser.parse(reader, org.apache.commons.csv.CSVFormat.RFC4180)) {
            List<org.apache.commons.csv.CSVRecord> all = rows.getRecords();
            int name = all.get(0).toList().stream().map(h -> h.replace("\uFEFF", "")).toList().indexOf("Name");
            assertThat(all.subList(1, all.size())).extracting(r -> r.get(name))
                    .containsExactlyInAnyOrder("Anna Schmidt", "Kenji Sato", "Marie Dubois");
        }

        // a booth laptop's file comes in: its two known leads are already here, a new one lands, a broken one is listed
        Path fromBooth = out.resolve("booth-2.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        lines.add(csvRow(header, Map.of("Name", "Chen Jie", "Email", "chen.jie@example.cn", "Country", "CN", "Fair",
                "SIAL Paris", "Captured at", "2026-10-21T10:00:00+02:00", "Consent purpose", "follow-up", "Consent text",
                "I agree to be contacted.")));
        lines.add(csvRow(header, Map.of("Name", "Li Wei", "Email", "li.wei at example", "Fair", "SIAL Paris",
                "Consent purpose", "follow-up", "Consent text", "I agree to be contacted.")));
        Files.write(fromBooth, lines, java.nio.charset.StandardCharsets.UTF_8);
        pane.importChooser = owner -> Optional.of(fromBooth);
        robot.clickOn("#followup-import");
        until(() -> robot.lookup("#followup-notice").queryAs(Label.class).getText()
                .equals("From booth-2.csv: 1 new lead, 3 already here, 1 refused."));
        assertThat(robot.lookup("#followup-import-problems").queryAs(Label.class).getText())
                .startsWith("Row 6, column “Email”: ").contains("li.wei at example"); // the file's line, as a spreadsheet numbers it
        until(() -> names(robot).contains("Chen Jie"));
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theScreenSpeaksVietnamese(FxRobot robot) {
        robot.interact(() -> {
            pane = new FollowUpPane(vm, Messages.of("vi"), new Formats(Messages.VI)); // a language switch rebuilds the view
            robot.lookup("#followup-pane").query().getScene().setRoot(pane);
        });
        until(() -> table(robot).getItems().size() == 5);
        assertThat(table(robot).getColumns().get(0).getText()).isEqualTo("Họ tên");
        assertThat(combo(robot, "#followup-filter-fair").getConverter().toString("")).isEqualTo("Tất cả hội chợ");
        robot.interact(() -> combo(robot, "#followup-filter-country").setValue("DE"));
        until(() -> names(robot).equals(List.of("Anna Schmidt")));
        assertThat(table(robot).getColumns().get(2).getCellObservableValue(0).getValue()).isEqualTo("Đức (DE)");
        tab(robot, 2);
        until(() -> robot.lookup("#followup-summary-total").queryAs(Label.class).getText().equals("5 khách hàng"));
        assertThat(series(robot, "#followup-chart-day").get(0).getKey()).isEqualTo("17/02/2026");
        assertThat(robot.lookup("#followup-tabs").queryAs(TabPane.class).getTabs().get(1).getText())
                .isEqualTo("Có thể trùng (1)");
        assertThat(unexpected).isEmpty();
    }

    @SuppressWarnings("unchecked")
    /** A bar chart's bars as name = count, the tallest or topmost first, upright or lying down. */
    private static List<Map.Entry<String, Long>> series(FxRobot robot, String id) {
        BarChart<?, ?> chart = robot.lookup(id).queryAs(BarChart.class);
        List<Map.Entry<String, Long>> bars = new java.util.ArrayList<>();
        for (XYChart.Data<?, ?> d : chart.getData().get(0).getData()) {
            bars.add(d.getXValue() instanceof Number n ? Map.entry((String) d.getYValue(), n.longValue())
                    : Map.entry((String) d.getXValue(), ((Number) d.getYValue()).longValue()));
        }
        if (chart.getXAxis() instanceof javafx.scene.chart.NumberAxis) {
            java.util.Collections.reverse(bars); // lying down, the first bar is at the bottom
        }
        return bars;
    }

    /** Waits (up to 10 s) until a condition, evaluated on the FX thread, holds. */
    static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }

    /** A CSV row in the export's columns: the given cells, the others empty. */
    private static String csvRow(List<String> header, Map<String, String> cells) {
        return header.stream().map(h -> cells.getOrDefault(h, "")).map(v -> v.contains(",") ? "\"" + v + "\"" : v)
                .collect(java.util.stream.Collectors.joining(","));
    }
}
