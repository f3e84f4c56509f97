package org.tradekit.lead.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Fair;
import org.tradekit.lead.QuestionKind;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.FormGrid;

/** The Fairs tab: the fairs, one fair's details and booth staff, its questions, and the fair this device captures for. */
public final class FairsPane extends BorderPane {
    public FairsPane(FairsViewModel vm, Messages m, Formats f) {
        setId("lead-fairs");
        vm.locale(m.locale());
        ListView<Fair> list = new ListView<>(vm.fairs());
        list.setId("fairs-list");
        list.setPlaceholder(new Label(m.get("lead.ui.fairs.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Fair fair, boolean empty) {
                super.updateItem(fair, empty);
                if (empty || fair == null) {
                    setText(null);
                    return;
                }
                String dates = fair.starts() == null ? "" : " · " + f.date(fair.starts());
                boolean current = fair.id().equals(vm.currentIdProperty().get());
                setText((current ? "● " : "") + fair.name() + dates);
                setStyle(current ? "-fx-font-weight: bold;" : "");
            }
        });
        vm.currentIdProperty().addListener((o, a, b) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, fair) -> {
            if (fair != null && fair != vm.editingProperty().get()) {
                vm.edit(fair);
            }
        });
        Button add = new Button(m.get("lead.ui.fairs.new"), new FontIcon(Feather.PLUS));
        add.setId("fairs-new");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.newFair();
        });
        VBox left = new VBox(8, add, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, editor(vm, m));
        split.setDividerPositions(0.28);
        setCenter(split);
    }

    private static Node editor(FairsViewModel vm, Messages m) {
        FormGrid g = new FormGrid();
        g.add(m.get("lead.ui.fairs.name"), text("fair-name", vm.nameProperty()), null);
        g.add(m.get("lead.ui.fairs.city"), text("fair-city", vm.cityProperty()), null);
        TextField country = text("fair-country", vm.countryProperty());
        country.setPromptText(m.get("lead.ui.country.prompt"));
        g.add(m.get("lead.ui.field.country"), country, null);
        TextField starts = text("fair-starts", vm.startsProperty());
        starts.setPromptText(m.get("lead.ui.fairs.datePrompt"));
        TextField ends = text("fair-ends", vm.endsProperty());
        ends.setPromptText(m.get("lead.ui.fairs.datePrompt"));
        g.add(m.get("lead.ui.fairs.starts"), starts, null);
        g.add(m.get("lead.ui.fairs.ends"), ends, null);
        g.add(m.get("lead.ui.fairs.booth"), text("fair-booth", vm.boothProperty()), null);
        TextArea staff = new TextArea();
        staff.setId("fair-staff");
        staff.setPrefRowCount(4);
        staff.setPromptText(m.get("lead.ui.fairs.staffPrompt"));
        staff.textProperty().bindBidirectional(vm.staffProperty());
        g.add(m.get("lead.ui.fairs.staff"), staff, null);

        Label qTitle = new Label(m.get("lead.ui.fairs.questions"));
        qTitle.getStyleClass().add(Styles.TITLE_4);
        g.span(qTitle);
        VBox questions = new VBox(8);
        questions.setId("fair-questions");
        Runnable rows = () -> {
            questions.getChildren().clear();
            int i = 0;
            for (QuestionDraft q : vm.questions()) {
                questions.getChildren().add(question(vm, q, i++, m));
            }
        };
        vm.questions().addListener((ListChangeListener<QuestionDraft>) c -> rows.run());
        rows.run();
        g.span(questions);
        Button addQ = new Button(m.get("lead.ui.fairs.addQuestion"), new FontIcon(Feather.PLUS));
        addQ.setId("fair-add-question");
        addQ.setOnAction(e -> vm.addQuestion());
        g.span(addQ);

        Button save = new Button(m.get("lead.ui.fairs.save"), new FontIcon(Feather.CHECK));
        save.setId("fair-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.save());
        Button current = new Button(m.get("lead.ui.fairs.useHere"), new FontIcon(Feather.MAP_PIN));
        current.setId("fair-use-here");
        current.setOnAction(e -> vm.makeCurrent());
        current.disableProperty().bind(vm.editingProperty().isNull());
        g.span(new HBox(8, save, current));
        Label notice = said("fair-notice", vm.noticeProperty(), m, Styles.SUCCESS);
        Label problem = said("fair-problem", vm.problemProperty(), m, Styles.DANGER);
        vm.problemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.noticeProperty().set(null);
            }
        });
        g.span(new VBox(4, notice, problem));
        VBox page = new VBox(g.node());
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node question(FairsViewModel vm, QuestionDraft q, int i, Messages m) {
        ComboBox<QuestionKind> kind = Choices.combo("fair-q-" + i + "-kind", List.of(QuestionKind.values()),
                k -> m.get(switch (k) {
                    case TEXT -> "lead.ui.question.text";
                    case SINGLE -> "lead.ui.question.single";
                    case MULTIPLE -> "lead.ui.question.multiple";
                }));
        kind.valueProperty().bindBidirectional(q.kindProperty());
        TextField prompt = text("fair-q-" + i + "-prompt", q.promptProperty());
        prompt.setPromptText(m.get("lead.ui.question.prompt"));
        TextArea choices = new TextArea();
        choices.setId("fair-q-" + i + "-choices");
        choices.setPrefRowCount(3);
        choices.setPromptText(m.get("lead.ui.question.choices"));
        choices.textProperty().bindBidirectional(q.choicesProperty());
        choices.managedProperty().bind(choices.visibleProperty());
        choices.visibleProperty().bind(q.kindProperty().isNotEqualTo(QuestionKind.TEXT));
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("fair-q-" + i + "-remove");
        remove.getStyleClass().add(Styles.BUTTON_ICON);
        remove.setOnAction(e -> vm.removeQuestion(q));
        HBox.setHgrow(prompt, Priority.ALWAYS);
        HBox top = new HBox(8, kind, prompt, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, choices);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static Label said(String id, javafx.beans.property.ObjectProperty<Said> p, Messages m, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(Bindings.createStringBinding(() -> p.get() == null ? "" : p.get().in(m), p));
        return l;
    }
}
