package org.tradekit.trace.ui;

import java.io.File;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.trace.event.ErrorReason;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.ui.common.ProblemLabel;

/**
 * The event form: the fields of the chosen kind of event, each with its problem under it; the
 * lots taken with their stock shown, the lots made with their suggested codes, the yield. Enter in
 * any field records.
 */
final class EventFormPane extends javafx.scene.layout.BorderPane {
    private final EventFormViewModel vm;
    private final TraceTexts t;

    EventFormPane(EventFormViewModel vm, TraceTexts t) {
        this.vm = vm;
        this.t = t;
        setId("trace-form");
        Label title = new Label();
        title.setId("form-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.declaredProperty().get() != null
                ? t.get("trace.ui.form.declareTitle", t.kind(vm.declaredProperty().get().body()),
                        t.time(vm.declaredProperty().get().time()))
                : t.get("trace.ui.record." + vm.kindProperty().get().code()), vm.kindProperty(), vm.declaredProperty()));

        Label notice = new Label();
        notice.setId("form-notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.textProperty().bind(Bindings.createStringBinding(() -> TraceView.text(vm.noticeProperty().get(), t),
                vm.noticeProperty()));
        vm.noticeProperty().addListener((o, a, n) -> {
            notice.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (n != null) {
                notice.getStyleClass().add(n.problem() ? Styles.DANGER : Styles.SUCCESS);
            }
        });

        BooleanBinding declaring = vm.declaredProperty().isNotNull();
        ComboBox<ErrorReason> reason = TraceView.combo("form-reason", List.of(ErrorReason.values()), r -> t.get(r.labelKey()));
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        CheckBox correct = new CheckBox(t.get("trace.ui.form.correct"));
        correct.setId("form-correct");
        correct.selectedProperty().bindBidirectional(vm.correctProperty());
        correct.disableProperty().bind(vm.reasonProperty().isNotEqualTo(ErrorReason.INCORRECT_DATA));
        ComboBox<EventKind> correctedKind = TraceView.combo("form-kind", EventFormViewModel.KINDS,
                k -> t.get("trace.event.kind." + k.code()));
        correctedKind.valueProperty().bindBidirectional(vm.kindProperty());
        BooleanBinding withEvent = declaring.not().or(vm.correctProperty()
                .and(vm.reasonProperty().isEqualTo(ErrorReason.INCORRECT_DATA)));

        DatePicker date = new DatePicker();
        date.setId("form-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        if (!t.english()) { // the picker follows the JVM's locale, not the app's language
            java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
            date.setConverter(new javafx.util.converter.LocalDateStringConverter(dmy, dmy));
        }
        ComboBox<Location> place = TraceView.combo("form-place", List.of(), Location::name);
        place.setItems(vm.places());
        place.valueProperty().bindBidirectional(vm.placeProperty());
        TextField person = TraceView.field("form-person", vm.personProperty());
        ComboBox<Member> member = TraceView.combo("form-member", List.of(), mb -> mb.name()
                + (mb.commune() == null ? "" : " · " + mb.commune()));
        member.setItems(vm.members());
        member.valueProperty().bindBidirectional(vm.memberProperty());
        ComboBox<Plot> plot = TraceView.combo("form-plot", List.of(), p -> p.name() == null ? "" : p.name());
        plot.setItems(vm.plots());
        plot.valueProperty().bindBidirectional(vm.plotProperty());
        ComboBox<ProcessStep> step = TraceView.combo("form-step", EventFormViewModel.STEPS, s -> t.get(s.labelKey()));
        step.valueProperty().bindBidirectional(vm.stepProperty());
        ComboBox<PartyType> partyType = TraceView.combo("form-party-type", List.of(PartyType.BUYER, PartyType.FAIR,
                PartyType.CONSUMER), p -> t.get(p.labelKey()));
        partyType.valueProperty().bindBidirectional(vm.partyTypeProperty());
        TextField partyName = TraceView.field("form-party", vm.partyNameProperty());
        partyName.setPromptText(t.get("trace.ui.form.partyPrompt"));
        HBox.setHgrow(partyName, Priority.ALWAYS);
        TextField invoice = TraceView.field("form-invoice", vm.invoiceProperty());
        TextField despatch = TraceView.field("form-despatch", vm.despatchProperty());
        CheckBox passed = new CheckBox(t.get("trace.ui.form.passed"));
        passed.setId("form-passed");
        passed.selectedProperty().bindBidirectional(vm.passedProperty());
        Label file = new Label();
        file.setId("form-attachment-name");
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.attachmentProperty().get() == null
                ? t.get("trace.ui.form.noFile") : String.valueOf(vm.attachmentProperty().get().getFileName()),
                vm.attachmentProperty()));
        Button chooseFile = new Button(t.get("trace.ui.form.chooseFile"), new FontIcon(Feather.PAPERCLIP));
        chooseFile.setId("form-attachment");
        chooseFile.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("trace.ui.form.certificateFiles"),
                    "*.pdf", "*.jpg", "*.jpeg", "*.png", "*.PDF", "*.JPG", "*.PNG"));
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.attachmentProperty().set(f.toPath());
            }
        });
        TextField notes = TraceView.field("form-notes", vm.notesProperty());

        VBox inputs = new VBox(6);
        inputs.setId("form-inputs");
        VBox outputs = new VBox(6);
        outputs.setId("form-outputs");
        vm.inputs().addListener((ListChangeListener<InputLine>) c -> rebuildInputs(inputs));
        vm.outputs().addListener((ListChangeListener<OutputLine>) c -> rebuildOutputs(outputs));
        vm.kindProperty().addListener((o, a, b) -> {
            rebuildInputs(inputs);
            rebuildOutputs(outputs);
        });
        rebuildInputs(inputs);
        rebuildOutputs(outputs);
        Button addInput = addButton("form-add-input", t.get("trace.ui.form.addInput"), vm::addInput);
        Button addOutput = addButton("form-add-output", t.get("trace.ui.form.addOutput"), vm::addOutput);
        Label yield = new Label();
        yield.setId("form-yield");
        yield.textProperty().bind(Bindings.createStringBinding(() -> vm.yieldProperty().get() == null ? ""
                : t.get("trace.ui.form.yield", t.formats().number(vm.yieldProperty().get().doubleValue() * 100)),
                vm.yieldProperty()));

        Button save = new Button(t.get("trace.ui.form.save"), new FontIcon(Feather.CHECK));
        save.setId("form-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());

        BooleanBinding harvest = is(EventKind.HARVEST).and(withEvent);
        BooleanBinding processing = is(EventKind.PROCESSING).and(withEvent);
        BooleanBinding shipping = is(EventKind.SHIPPING).and(withEvent);
        BooleanBinding inspection = is(EventKind.INSPECTION).and(withEvent);
        BooleanBinding takes = is(EventKind.HARVEST).not().and(withEvent);
        BooleanBinding makes = Bindings.createBooleanBinding(() -> vm.kindProperty().get().makesLots(), vm.kindProperty())
                .and(withEvent);

        VBox form = new VBox(8,
                row(t.get("trace.ui.form.reason"), reason, "reason", declaring),
                row("", correct, "correct", declaring),
                row(t.get("trace.ui.form.correctedKind"), correctedKind, "kind", declaring.and(withEvent)),
                row(t.get("trace.ui.form.date"), date, "date", null),
                row(t.get("trace.ui.form.member"), member, "member", harvest),
                row(t.get("trace.ui.form.plot"), plot, "plot", harvest),
                row(t.get("trace.ui.form.step"), step, "step", processing),
                inputsTitle(takes),
                show(inputs, takes), show(addInput, takes),
                section(t.get("trace.ui.form.outputs"), makes), show(outputs, makes), show(addOutput, makes.and(harvest.not())),
                show(yield, processing),
                row(t.get("trace.ui.form.destination"), new HBox(6, partyType, partyName), "party", shipping),
                row(t.get("trace.ui.form.invoice"), invoice, "invoice", shipping),
                row(t.get("trace.ui.form.despatch"), despatch, "despatch", shipping),
                row(t.get("trace.ui.form.result"), passed, "passed", inspection),
                row(t.get("trace.ui.form.certificateNo"), fieldFor(despatch), "despatch", inspection),
                row(t.get("trace.ui.form.certificate"), new HBox(8, chooseFile, file), "attachment", inspection),
                row(t.get("trace.ui.form.place"), place, "place", withEvent),
                row(t.get("trace.ui.form.person"), person, "person", null),
                row(t.get("trace.ui.form.notes"), notes, "notes", null));
        form.setPadding(new Insets(4, 12, 12, 4));
        form.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox top = new VBox(6, title, notice);
        top.setPadding(new Insets(0, 0, 8, 0));
        HBox bottom = new HBox(save); // always in view, whatever the length of the form
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setTop(top);
        setCenter(scroll);
        setBottom(bottom);
    }

    private Node inputsTitle(BooleanBinding when) {
        Label l = (Label) section("", when);
        l.textProperty().bind(Bindings.createStringBinding(() -> t.get(vm.kindProperty().get() == EventKind.INSPECTION
                ? "trace.ui.form.lotsLooked" : "trace.ui.form.inputs"), vm.kindProperty()));
        return l;
    }

    /** The certificate's number shares the delivery note's property: one document number per kind of event. */
    private static Node fieldFor(TextField f) {
        TextField copy = new TextField();
        copy.setId("form-certificate-no");
        copy.textProperty().bindBidirectional(f.textProperty());
        return copy;
    }

    private BooleanBinding is(EventKind k) {
        return vm.kindProperty().isEqualTo(k);
    }


    private static <N extends Node> N show(N node, BooleanBinding when) {
        if (when != null) {
            node.visibleProperty().bind(when);
            node.managedProperty().bind(node.visibleProperty());
        }
        return node;
    }

    private Node section(String text, BooleanBinding when) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return show(l, when);
    }

    private Node row(String label, Node control, String field, BooleanBinding when) {
        Label l = new Label(label);
        l.setMinWidth(150);
        l.setPrefWidth(150);
        l.setWrapText(true);
        l.setLabelFor(control);
        VBox box = new VBox(2, control, new ProblemLabel(vm.problems(), field, t.messages()));
        HBox.setHgrow(box, Priority.ALWAYS);
        if (control instanceof ComboBox<?> c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        HBox row = new HBox(10, l, box);
        row.setAlignment(Pos.TOP_LEFT);
        return show(row, when);
    }

    private void rebuildInputs(VBox box) {
        box.getChildren().clear();
        boolean looking = vm.kindProperty().get() == EventKind.INSPECTION;
        for (int i = 0; i < vm.inputs().size(); i++) {
            InputLine line = vm.inputs().get(i);
            TextField code = TraceView.field("input-" + i + "-code", line.codeProperty());
            code.setPromptText(t.get("trace.ui.form.lotCode"));
            TextField qty = TraceView.field("input-" + i + "-quantity", line.quantityProperty());
            qty.setPromptText(t.get(looking ? "trace.ui.form.quantityOptional" : "trace.ui.form.quantity"));
            qty.setPrefColumnCount(7);
            Label stock = new Label();
            stock.setId("input-" + i + "-stock");
            stock.getStyleClass().add(Styles.TEXT_MUTED);
            stock.managedProperty().bind(stock.textProperty().isNotEmpty()); // no gap while the code names no lot
            stock.textProperty().bind(Bindings.createStringBinding(() -> {
                LotRow lot = line.lotProperty().get();
                return lot == null ? "" : t.product(lot) + " · " + t.stock(lot);
            }, line.lotProperty()));
            Button remove = removeButton(() -> vm.removeInput(line));
            HBox.setHgrow(code, Priority.ALWAYS);
            HBox fields = new HBox(6, code, qty, remove);
            box.getChildren().add(new VBox(2, fields, stock, new ProblemLabel(vm.problems(), "input." + i + ".code",
                    t.messages()), new ProblemLabel(vm.problems(), "input." + i + ".quantity", t.messages())));
        }
    }

    private void rebuildOutputs(VBox box) {
        box.getChildren().clear();
        for (int i = 0; i < vm.outputs().size(); i++) {
            OutputLine line = vm.outputs().get(i);
            TextField sku = TraceView.field("output-" + i + "-sku", line.skuProperty());
            sku.setPromptText(t.get("trace.ui.form.sku"));
            sku.setPrefColumnCount(9);
            TextField qty = TraceView.field("output-" + i + "-quantity", line.quantityProperty());
            qty.setPromptText(t.get("trace.ui.form.quantity"));
            qty.setPrefColumnCount(6);
            TextField unit = TraceView.field("output-" + i + "-unit", line.unitProperty());
            unit.setPrefColumnCount(3);
            TextField code = TraceView.field("output-" + i + "-code", line.codeProperty());
            code.setPromptText(t.get("trace.ui.form.codeFromPattern"));
            HBox.setHgrow(code, Priority.ALWAYS);
            Label product = new Label();
            product.setId("output-" + i + "-product");
            product.getStyleClass().add(Styles.TEXT_MUTED);
            product.managedProperty().bind(product.textProperty().isNotEmpty());
            product.textProperty().bind(Bindings.createStringBinding(() -> line.productProperty().get() == null ? ""
                    : t.name(line.productProperty().get().nameVi(), line.productProperty().get().nameEn()),
                    line.productProperty()));
            HBox fields = new HBox(6, sku, qty, unit, code);
            if (vm.outputs().size() > 1) {
                fields.getChildren().add(removeButton(() -> vm.removeOutput(line)));
            }
            VBox lineBox = new VBox(2, fields, product);
            for (String f : List.of("sku", "quantity", "unit", "code")) {
                lineBox.getChildren().add(new ProblemLabel(vm.problems(), "output." + i + "." + f, t.messages()));
            }
            box.getChildren().add(lineBox);
        }
    }

    private static Button addButton(String id, String text, Runnable action) {
        Button b = new Button(text, new FontIcon(Feather.PLUS));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Button removeButton(Runnable action) {
        Button b = new Button(null, new FontIcon(Feather.X));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new javafx.scene.control.Tooltip(t.get("trace.ui.form.removeLine")));
        b.setOnAction(e -> action.run());
        return b;
    }
}
