package org.tradekit.lead.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ui.PhotoThumbnails;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.BuyerType;
import org.tradekit.lead.MessagingKind;
import org.tradekit.lead.PossibleDuplicate;
import org.tradekit.lead.Question;
import org.tradekit.lead.Rating;
import org.tradekit.lead.card.CardData;
import org.tradekit.lead.card.CardPhone;
import org.tradekit.ui.common.FormGrid;
import org.tradekit.ui.common.ProblemLabel;

/**
 * The Booth tab: the capture form, built for the keyboard. Tab and Shift+Tab go through the fields
 * in a fixed order (buttons are left out: Enter saves), the choice rows take one key each, the
 * scan field collects a scanner's lines, and a saved lead clears the form with the focus back on
 * the name (decision 0027).
 */
public final class CapturePane extends BorderPane {
    private final CaptureViewModel vm;
    private final Messages m;
    private final TextField name = field("lead-name");
    private final TextField company = field("lead-company");
    private final TextField job = field("lead-job");
    private final TextField country = field("lead-country");
    private final TextField email = field("lead-email");
    private final TextField phone = field("lead-phone");
    private final TextField handle = field("lead-handle");
    private final TextField product = field("lead-product");
    private final TextField volume = field("lead-volume");
    private final TextField price = field("lead-price");
    private final HBox quick = new HBox(6);
    private final TextField followUp = field("lead-follow-up");
    private final TextArea notes = new TextArea();
    private final TextField scan = field("lead-scan");
    private final VBox questionBox = new VBox(6);
    private final ScrollPane scroll = new ScrollPane();
    private final javafx.beans.value.ChangeListener<Node> revealFocused = (o, was, now) -> reveal(now);
    private javafx.collections.MapChangeListener<String, org.tradekit.catalog.FieldProblem> problemsShown;
    private Runnable showRefusal = () -> { };
    private ComboBox<String> staffBox;
    private final List<Node> questionNodes = new ArrayList<>();
    private long escapeAt;

    public CapturePane(CaptureViewModel vm, PhotoThumbnails thumbnails, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        setId("lead-capture");
        vm.locale(m.locale());
        vm.consentText(new CaptureViewModel.ConsentText(m.get("lead.ui.consent.purpose"), m.get("lead.ui.consent.text"),
                m.get("lead.ui.consent.version")));
        // the fair, who captures, what was saved and why a save was refused stay in sight above the scrolling form
        VBox pinned = new VBox(6, header(), status(), refusal());
        pinned.setPadding(new Insets(12, 12, 6, 12));
        VBox page = new VBox(10, scanArea(thumbnails), duplicates(), form(f));
        page.setPadding(new Insets(6, 12, 12, 12));
        page.setMaxWidth(980);
        scroll.setContent(page);
        scroll.setFocusTraversable(false); // a click on the form's background must not take the focus from a field or a popup
        scroll.setFitToWidth(true);
        setTop(pinned);
        setCenter(scroll);
        sceneProperty().addListener((o, was, scene) -> { // typing blind below the fold: never
            if (was != null) {
                was.focusOwnerProperty().removeListener(revealFocused); // a rebuilt view leaves no listener behind
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(revealFocused);
            }
        });
        problemsShown = c -> {
            showRefusal.run();
            if (c.wasAdded()) {
                Platform.runLater(this::focusProblem);
            }
        };
        // weak: the view model outlives this view (a language switch rebuilds it), as ProblemLabel does
        vm.problems().addListener(new javafx.collections.WeakMapChangeListener<>(problemsShown));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                vm.openImage(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
        });
        vm.resetsProperty().addListener((o, a, b) -> focusFirst());
        // the tab pane's skin adds this pane to the scene a pulse after the view: focus once it is there
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusFirst);
            }
        });
        vm.loadsProperty().addListener((o, a, b) -> {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (getScene() != null && !within(owner)) {
                focusFirst();
            }
        });
        vm.cardReadProperty().addListener((o, a, read) -> {
            if (read != null) {
                focusFirst(); // what the card said is in the form: check it from the top
            }
        });
    }

    private boolean within(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == this) {
                return true;
            }
        }
        return false;
    }

    /** Puts the focus on the first field (when the tab opens, after a save or a clear), the form scrolled to the top. */
    public void focusFirst() {
        scroll.setVvalue(0);
        name.requestFocus();
    }

    /** Scrolls the form so that {@code node} (the field that just took the focus) is in sight. */
    private void reveal(Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !within(node) || scroll.getViewportBounds().getHeight() <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - view;
        if (b == null || extra <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() < top) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 12) / extra);
        } else if (b.getMaxY() > top + view) {
            scroll.setVvalue(Math.min(extra, b.getMaxY() + 12 - view) / extra);
        }
    }

    /** After a refused save: the focus goes to the first field the refusal names, so the user fixes it at once. */
    private void focusProblem() {
        for (String field : List.of("staff", "name", "country", "email", "phone", "answers", "consent", "followUp")) {
            if (vm.problems().containsKey(field)) {
                Node target = switch (field) {
                    case "staff" -> staffBox;
                    case "country" -> country;
                    case "email" -> email;
                    case "phone" -> phone;
                    case "answers" -> questionNodes.isEmpty() ? quick : questionNodes.get(0);
                    case "consent" -> quick;
                    case "followUp" -> followUp;
                    default -> name;
                };
                if (target != null) {
                    target.requestFocus();
                }
                return;
            }
        }
    }

    /** The reasons a save was refused, in the pinned area: the fields they name may be out of sight. */
    private Node refusal() {
        Label refused = new Label();
        refused.setId("lead-refused");
        refused.setWrapText(true);
        refused.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLDER);
        refused.managedProperty().bind(refused.visibleProperty());
        Runnable update = () -> {
            String text = vm.problems().values().stream().filter(p -> !p.field().equals("form"))
                    .map(p -> m.get(p.key(), p.argArray())).distinct().collect(java.util.stream.Collectors.joining(" "));
            refused.setText(text.isEmpty() ? "" : m.get("lead.ui.notSaved", text));
            refused.setVisible(!text.isEmpty());
        };
        showRefusal = update;
        update.run();
        return refused;
    }

    // ---- parts ----

    private Node header() {
        Label fair = new Label();
        fair.setId("lead-fair");
        fair.getStyleClass().add(Styles.TITLE_4);
        fair.textProperty().bind(Bindings.createStringBinding(() -> vm.fairProperty().get() == null
                ? m.get("lead.ui.booth.noFair")
                : m.get("lead.ui.booth.fair", vm.fairProperty().get().name(),
                        Optional.ofNullable(vm.fairProperty().get().booth()).orElse("–")), vm.fairProperty()));
        ComboBox<String> staff = new ComboBox<>(vm.staffChoices());
        staffBox = staff;
        staff.setId("lead-staff");
        staff.setPromptText(m.get("lead.ui.booth.staffPrompt"));
        staff.valueProperty().bindBidirectional(vm.staffProperty());
        // focus traversable (a combo box that cannot take the focus does not open on a click), but not in the Tab order
        staff.visibleProperty().bind(Bindings.isNotEmpty(vm.staffChoices()));
        HBox box = new HBox(12, fair, new Label(m.get("lead.ui.booth.staff")), staff,
                new ProblemLabel(vm.problems(), "staff", m));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node status() {
        Label status = new Label();
        status.setId("lead-status");
        status.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLDER);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null ? ""
                : vm.statusProperty().get().in(m), vm.statusProperty()));
        ProblemLabel form = new ProblemLabel(vm.problems(), "form", m);
        return new VBox(2, status, form);
    }

    private Node scanArea(PhotoThumbnails thumbnails) {
        scan.setPromptText(m.get("lead.ui.scan.prompt"));
        scan.textProperty().addListener((o, a, b) -> vm.scanTyping());
        scan.setOnAction(e -> {
            String line = scan.getText();
            scan.clear();
            vm.scanLine(line);
        });
        Label pending = new Label();
        pending.setId("lead-scan-pending");
        pending.getStyleClass().add(Styles.TEXT_MUTED);
        pending.textProperty().bind(Bindings.createStringBinding(() -> vm.scanPendingProperty().get() == 0 ? ""
                : m.get("lead.ui.scan.pending", vm.scanPendingProperty().get()), vm.scanPendingProperty()));
        Button open = new Button(m.get("lead.ui.scan.open"), new FontIcon(Feather.IMAGE));
        open.setId("lead-open-image");
        open.setFocusTraversable(false);
        open.setOnAction(e -> chooseImage());
        ImageView photo = new ImageView();
        photo.setId("lead-card-photo");
        photo.setFitHeight(72);
        photo.setFitWidth(120);
        photo.setPreserveRatio(true);
        vm.cardPhotoProperty().addListener((o, a, sha) -> {
            photo.setImage(null);
            if (sha != null) {
                thumbnails.load(sha, img -> {
                    if (sha.equals(vm.cardPhotoProperty().get())) {
                        photo.setImage(img);
                    }
                });
            }
        });
        HBox.setHgrow(scan, Priority.ALWAYS);
        HBox row = new HBox(8, new FontIcon(Feather.MAXIMIZE), scan, open, photo);
        row.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("lead-scan-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.scanNoticeProperty().get() == null ? ""
                : vm.scanNoticeProperty().get().in(m), vm.scanNoticeProperty()));
        notice.managedProperty().bind(notice.visibleProperty());
        notice.visibleProperty().bind(vm.scanNoticeProperty().isNotNull());

        VBox codes = new VBox(4);
        codes.setId("lead-codes");
        vm.codeChoices().addListener((ListChangeListener<String>) c -> {
            codes.getChildren().clear();
            for (int i = 0; i < vm.codeChoices().size(); i++) {
                int at = i;
                Button b = new Button((i + 1) + "  " + oneLine(vm.codeChoices().get(i)));
                b.setId("lead-code-" + i);
                b.setOnAction(e -> {
                    vm.pickCode(at);
                    focusFirst();
                });
                codes.getChildren().add(b);
            }
            if (!codes.getChildren().isEmpty()) {
                codes.getChildren().get(0).requestFocus();
            }
        });

        Label read = new Label();
        read.setId("lead-card-read");
        read.setWrapText(true);
        read.getStyleClass().add(Styles.ACCENT);
        read.managedProperty().bind(read.visibleProperty());
        read.visibleProperty().bind(vm.cardReadProperty().isNotNull());
        read.textProperty().bind(Bindings.createStringBinding(() -> summary(vm.cardReadProperty().get()),
                vm.cardReadProperty()));
        return new VBox(6, row, pending, notice, codes, read);
    }

    private Node duplicates() {
        VBox box = new VBox(2);
        box.setId("lead-duplicates");
        vm.duplicates().addListener((ListChangeListener<PossibleDuplicate>) c -> {
            box.getChildren().clear();
            for (PossibleDuplicate d : vm.duplicates()) {
                Label l = new Label(m.get("lead.ui.duplicate", who(d), d.rules().stream()
                        .map(r -> m.get(switch (r) {
                            case EMAIL -> "lead.ui.duplicate.email";
                            case PHONE -> "lead.ui.duplicate.phone";
                            case NAME_AND_COMPANY -> "lead.ui.duplicate.nameCompany";
                        })).sorted().collect(Collectors.joining(", "))));
                l.getStyleClass().add(Styles.WARNING);
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        });
        return box;
    }

    private Node form(Formats f) {
        FormGrid g = new FormGrid();
        bind(name, vm.nameProperty());
        bind(company, vm.companyProperty());
        bind(job, vm.jobTitleProperty());
        bind(country, vm.countryTextProperty());
        bind(email, vm.emailProperty());
        bind(phone, vm.phoneProperty());
        bind(handle, vm.handleProperty());
        bind(product, vm.productQueryProperty());
        bind(volume, vm.volumeProperty());
        bind(price, vm.targetPriceProperty());
        bind(followUp, vm.followUpProperty());
        notes.setId("lead-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.LARGE);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        notes.setPromptText(m.get("lead.ui.notes.prompt"));
        country.setPromptText(m.get("lead.ui.country.prompt"));
        product.setPromptText(m.get("lead.ui.product.prompt"));
        handle.setPromptText(m.get("lead.ui.handle.prompt"));
        followUp.setPromptText(m.get("lead.ui.followUp.prompt"));

        g.add(m.get("lead.ui.field.name"), name, new ProblemLabel(vm.problems(), "name", m));
        g.add(m.get("lead.ui.field.company"), company, null);
        g.add(m.get("lead.ui.field.job"), job, null);
        g.add(m.get("lead.ui.field.country"), new VBox(2, country, suggestions("lead-country-suggestions",
                vm.countrySuggestions(), vm.countryPickProperty(), code -> vm.countries().name(code) + " (" + code + ")")),
                new ProblemLabel(vm.problems(), "country", m));
        g.add(m.get("lead.ui.field.email"), email, new ProblemLabel(vm.problems(), "email", m));
        Label phoneRead = new Label();
        phoneRead.setId("lead-phone-read");
        phoneRead.setWrapText(true);
        // "not a valid number" waits until the user leaves the field: half a number is not an error yet
        phoneRead.textProperty().bind(Bindings.createStringBinding(() -> {
            CardPhone p = vm.phoneReadProperty().get();
            return p != null && !p.valid() && phone.isFocused() ? "" : phoneText(p);
        }, vm.phoneReadProperty(), phone.focusedProperty()));
        phoneRead.styleProperty().bind(Bindings.createStringBinding(() -> vm.phoneReadProperty().get() != null
                && !vm.phoneReadProperty().get().valid() ? "-fx-text-fill: -color-danger-fg;" : "", vm.phoneReadProperty()));
        g.add(m.get("lead.ui.field.phone"), new VBox(2, phone, phoneRead), new ProblemLabel(vm.problems(), "phone", m));
        Label kind = new Label();
        kind.setId("lead-messaging-kind");
        kind.setMinWidth(110);
        kind.getStyleClass().add(Styles.TEXT_BOLDER);
        kind.textProperty().bind(Bindings.createStringBinding(() -> messaging(vm.messagingKindProperty().get()) + " ▴▾",
                vm.messagingKindProperty()));
        HBox.setHgrow(handle, Priority.ALWAYS);
        HBox messagingRow = new HBox(8, kind, handle);
        messagingRow.setAlignment(Pos.CENTER_LEFT);
        g.add(m.get("lead.ui.field.messaging"), messagingRow, null);
        FlowPane chosen = new FlowPane(6, 4);
        chosen.setId("lead-products");
        Runnable chips = () -> chosen.getChildren().setAll(vm.products().stream().map(p -> {
            Button b = new Button(productName(p), new FontIcon(Feather.X));
            b.setFocusTraversable(false);
            b.getStyleClass().add(Styles.SMALL);
            b.setOnAction(e -> vm.removeProduct(p));
            return (Node) b;
        }).toList());
        vm.products().addListener((ListChangeListener<ProductRow>) c -> chips.run());
        chips.run();
        g.add(m.get("lead.ui.field.products"), new VBox(2, product, suggestions("lead-product-suggestions",
                vm.productSuggestions(), vm.productPickProperty(), this::productName), chosen), null);
        g.add(m.get("lead.ui.field.volume"), volume, null);
        g.add(m.get("lead.ui.field.price"), price, null);
        questionBox.setId("lead-questions");
        vm.questions().addListener((ListChangeListener<Question>) c -> questions());
        questions();
        g.add(m.get("lead.ui.field.questions"), questionBox, new ProblemLabel(vm.problems(), "answers", m));
        questionBox.managedProperty().bind(questionBox.visibleProperty()); // a fair without questions: no empty row
        g.node().getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() == questionBox).forEach(n -> {
            n.visibleProperty().bind(questionBox.visibleProperty());
            n.managedProperty().bind(questionBox.visibleProperty());
        });
        g.add(m.get("lead.ui.field.quick"), quickKeys(), new ProblemLabel(vm.problems(), "consent", m));
        Label due = new Label();
        due.setId("lead-follow-up-read");
        due.getStyleClass().add(Styles.TEXT_MUTED);
        due.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.followUpDate();
            return d == null ? m.get("lead.ui.followUp.unknown") : d.map(f::date).orElse("");
        }, vm.followUpProperty()));
        g.add(m.get("lead.ui.field.followUp"), new VBox(2, followUp, due), new ProblemLabel(vm.problems(), "followUp", m));
        g.add(m.get("lead.ui.field.notes"), notes, null);

        Button save = new Button(m.get("lead.ui.save"), new FontIcon(Feather.CHECK));
        save.setId("lead-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setFocusTraversable(false);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button clear = new Button(m.get("lead.ui.clear"));
        clear.setId("lead-clear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> vm.clear());
        Label keys = new Label(m.get("lead.ui.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        HBox buttons = new HBox(8, save, clear);
        g.span(buttons);
        g.span(keys);
        return g.node();
    }

    private Node quickKeys() {
        quick.setId("lead-quick");
        quick.setFocusTraversable(true);
        quick.setAlignment(Pos.CENTER_LEFT);
        quick.setPadding(new Insets(6));
        keyRow(quick);
        FlowPane ratings = new FlowPane(4, 4);
        for (Rating r : Rating.values()) {
            ToggleButton b = toggle("lead-rating-" + r.name().toLowerCase(java.util.Locale.ROOT), m.get(switch (r) {
                case HOT -> "lead.ui.rating.hot";
                case WARM -> "lead.ui.rating.warm";
                case COLD -> "lead.ui.rating.cold";
            }));
            sync(b, () -> vm.ratingProperty().get() == r, vm.ratingProperty());
            b.setOnAction(e -> vm.ratingProperty().set(vm.ratingProperty().get() == r ? null : r));
            ratings.getChildren().add(b);
        }
        FlowPane buyers = new FlowPane(4, 4);
        for (BuyerType t : BuyerType.values()) {
            ToggleButton b = toggle("lead-buyer-" + t.name().toLowerCase(java.util.Locale.ROOT),
                    (t.ordinal() + 1) + " " + buyer(t));
            sync(b, () -> vm.buyerTypeProperty().get() == t, vm.buyerTypeProperty());
            b.setOnAction(e -> vm.buyerTypeProperty().set(vm.buyerTypeProperty().get() == t ? null : t));
            buyers.getChildren().add(b);
        }
        CheckBox samples = check("lead-samples", m.get("lead.ui.samples"), vm.samplesProperty());
        CheckBox brochure = check("lead-brochure", m.get("lead.ui.brochure"), vm.brochureProperty());
        CheckBox consent = check("lead-consent", m.get("lead.ui.consent.check"), vm.consentProperty());
        Label consentText = new Label(m.get("lead.ui.consent.text"));
        consentText.setId("lead-consent-text");
        consentText.setWrapText(true);
        consentText.getStyleClass().add(Styles.TEXT_SMALL);
        VBox all = new VBox(6, ratings, buyers, new HBox(16, samples, brochure), consent, consentText);
        quick.getChildren().setAll(all);
        HBox.setHgrow(all, Priority.ALWAYS);
        return quick;
    }

    private void questions() {
        questionBox.getChildren().clear();
        questionNodes.clear();
        int i = 0;
        for (Question q : vm.questions()) {
            Label prompt = new Label(q.prompt());
            prompt.setWrapText(true);
            Node input;
            if (!q.hasChoices()) {
                TextField t = field("lead-q-" + i);
                t.textProperty().bindBidirectional(vm.answer(q.id()));
                input = t;
            } else {
                HBox row = new HBox(4);
                row.setId("lead-q-" + i);
                row.setFocusTraversable(true);
                row.setPadding(new Insets(4));
                keyRow(row);
                int n = 1;
                for (String choice : q.choices()) {
                    ToggleButton b = toggle("lead-q-" + i + "-" + (n - 1), (n <= 9 ? n + " " : "") + choice);
                    sync(b, () -> vm.chosen(q).contains(choice), vm.answer(q.id()));
                    b.setOnAction(e -> vm.toggleChoice(q, choice));
                    row.getChildren().add(b);
                    n++;
                }
                row.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (!e.isShortcutDown() && !e.isAltDown() && vm.choiceKey(q, keyText(e.getCode()))) {
                        e.consume();
                    }
                });
                input = row;
            }
            questionNodes.add(input);
            questionBox.getChildren().add(new VBox(2, prompt, input));
            i++;
        }
        questionBox.setVisible(!vm.questions().isEmpty());
    }

    // ---- keys ----

    /** The Tab order: the fields a lead is typed in, nothing else. */
    private List<Node> order() {
        List<Node> order = new ArrayList<>(List.of(name, company, job, country, email, phone, handle, product, volume,
                price));
        order.addAll(questionNodes);
        order.addAll(List.of(quick, followUp, notes));
        return order;
    }

    private void keys(KeyEvent e) {
        Node at = getScene() == null ? null : getScene().getFocusOwner();
        KeyCode code = e.getCode();
        if (code == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
            List<Node> order = order();
            int i = order.indexOf(at);
            if (i < 0) {
                return;
            }
            if (at == country) {
                vm.acceptCountry();
            } else if (at == product) {
                vm.acceptProduct();
            }
            order.get(Math.floorMod(i + (e.isShiftDown() ? -1 : 1), order.size())).requestFocus();
            e.consume();
        } else if (code == KeyCode.ENTER) {
            enter(e, at);
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int by = code == KeyCode.UP ? -1 : 1;
            if (at == country) {
                vm.moveCountryPick(by);
            } else if (at == product) {
                vm.moveProductPick(by);
            } else if (at == handle) {
                vm.cycleMessagingKind(by);
            } else {
                return;
            }
            e.consume();
        } else if (at == quick && !e.isShortcutDown() && !e.isAltDown() && vm.quickKey(keyText(code))) {
            e.consume();
        } else if (code == KeyCode.BACK_SPACE && at == product && product.getText().isEmpty() && !vm.products().isEmpty()) {
            vm.removeProduct(vm.products().get(vm.products().size() - 1));
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            escape();
            e.consume();
        } else if (code == KeyCode.F2) {
            scan.requestFocus();
            e.consume();
        } else if (code == KeyCode.O && e.isShortcutDown()) {
            chooseImage();
            e.consume();
        } else if (code == KeyCode.V && e.isShortcutDown() && paste(at)) {
            e.consume();
        }
    }

    private void enter(KeyEvent e, Node at) {
        if (at == scan) {
            return; // the scan field's own action
        }
        if (at instanceof Button b) { // a card picked among several codes
            b.fire();
            e.consume();
            return;
        }
        if (at == name && ScanBuffer.isPayloadStart(name.getText())) {
            // a scanner typed into the name field (the focus is there by default): its lines go to the scan field
            String line = name.getText();
            name.clear();
            scan.requestFocus();
            vm.scanLine(line);
        } else if (at == notes && (e.isShiftDown() || e.isControlDown())) {
            notes.insertText(notes.getCaretPosition(), "\n"); // Shift+Enter or Ctrl+Enter: a new line in the notes
        } else if (at == product && vm.acceptProduct()) {
            // Enter picks the product and stays, for the next one
        } else {
            vm.save();
        }
        e.consume();
    }

    private void escape() {
        long now = System.currentTimeMillis();
        if (now - escapeAt < 3000) {
            escapeAt = 0;
            vm.clear();
            vm.statusProperty().set(Said.of("lead.ui.cleared"));
        } else {
            escapeAt = now;
            vm.statusProperty().set(Said.of("lead.ui.escapeAgain"));
        }
    }

    /** Ctrl+V: an image or image file on the clipboard is a card to read; text pasted into the scan field is a payload. */
    private boolean paste(Node at) {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasImage()) {
            vm.openImage(SwingFXUtils.fromFXImage(cb.getImage(), null));
            return true;
        }
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            vm.openImage(cb.getFiles().get(0).toPath());
            return true;
        }
        if (at == scan && cb.hasString()) {
            vm.scanWhole(cb.getString()); // its line breaks kept, which a single-line field would drop
            return true;
        }
        return false;
    }

    private void chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("lead.ui.scan.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("lead.ui.scan.images"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.openImage(Path.of(file.getPath()));
        }
    }

    // ---- small builders and texts ----

    /** The key as one character: digits from the top row and the keypad alike (a keypad key's own char is not its digit). */
    private static String keyText(KeyCode code) {
        return code.isDigitKey() ? code.getName().substring(code.getName().length() - 1) : code.getChar();
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.getStyleClass().add(Styles.LARGE);
        return t;
    }

    private static void bind(TextInputControl t, javafx.beans.property.StringProperty p) {
        t.textProperty().bindBidirectional(p);
    }

    /** A row of choices that takes keys: one Tab stop, framed when it has the focus, focused by a click. */
    private static void keyRow(javafx.scene.layout.Region row) {
        row.setFocusTraversable(true);
        row.styleProperty().bind(Bindings.when(row.focusedProperty())
                .then("-fx-border-color: -color-accent-emphasis; -fx-border-width: 2; -fx-border-radius: 4;")
                .otherwise("-fx-border-color: -color-border-default; -fx-border-width: 1; -fx-border-radius: 4;"));
        row.setOnMouseClicked(e -> row.requestFocus());
    }

    private static ToggleButton toggle(String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }

    private static void sync(ToggleButton b, java.util.concurrent.Callable<Boolean> on, javafx.beans.Observable dep) {
        b.selectedProperty().bind(Bindings.createBooleanBinding(on, dep));
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setFocusTraversable(false);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private <T> Node suggestions(String id, javafx.collections.ObservableList<T> items,
            javafx.beans.property.IntegerProperty pick, java.util.function.Function<T, String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        l.setWrapText(true);
        l.managedProperty().bind(l.visibleProperty());
        l.visibleProperty().bind(Bindings.isNotEmpty(items));
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                parts.add((i == pick.get() ? "▶ " : "") + text.apply(items.get(i)));
            }
            return String.join("   ", parts);
        }, items, pick));
        return l;
    }

    private String summary(CardData d) {
        if (d == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {d.displayName(), d.organisation(), d.jobTitle()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        parts.addAll(d.emails());
        d.phones().forEach(p -> parts.add(p.e164() != null ? p.e164() : p.raw()));
        d.handles().forEach(h -> parts.add(h.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + h.value()));
        if (d.country() != null) {
            parts.add(vm.countries().name(d.country()));
        }
        String format = d.format().name().startsWith("VCARD_")
                ? "vCard " + d.format().name().substring(6).replace('_', '.') : d.format().name();
        StringBuilder s = new StringBuilder(m.get("lead.ui.scan.read", format,
                String.join(" · ", parts)));
        d.problems().forEach(p -> s.append("\n• ").append(p.message(m)));
        return s.toString();
    }

    private String phoneText(CardPhone p) {
        if (p == null) {
            return "";
        }
        return p.valid() ? m.get("lead.ui.phone.normalised", p.e164()) : m.get("lead.ui.phone.invalid", p.raw());
    }

    private String messaging(MessagingKind k) {
        if (k == null) {
            return m.get("lead.ui.messaging.none");
        }
        return switch (k) {
            case ZALO -> "Zalo";
            case WECHAT -> "WeChat";
            case WHATSAPP -> "WhatsApp";
            case KAKAOTALK -> "KakaoTalk";
            case LINE -> "LINE";
        };
    }

    private String buyer(BuyerType t) {
        return m.get(switch (t) {
            case IMPORTER -> "lead.ui.buyer.importer";
            case DISTRIBUTOR -> "lead.ui.buyer.distributor";
            case WHOLESALER -> "lead.ui.buyer.wholesaler";
            case RETAILER -> "lead.ui.buyer.retailer";
            case HORECA -> "lead.ui.buyer.horeca";
            case PROCESSOR -> "lead.ui.buyer.processor";
            case CONSUMER -> "lead.ui.buyer.consumer";
        });
    }

    private String productName(ProductRow p) {
        String n = m.locale().getLanguage().equals("vi") || p.nameEn() == null ? p.nameVi() : p.nameEn();
        return p.sku() + " · " + (n == null ? "" : n);
    }

    private String who(PossibleDuplicate d) {
        var l = d.lead().fields();
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {l.name(), l.company(), l.email()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(", ", parts) + (l.staff() == null ? "" : " — " + l.staff());
    }

    private static String oneLine(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 70 ? one.substring(0, 69) + "…" : one;
    }

    /** For tests and the key-count measurement: the fields in Tab order. */
    List<Node> tabOrder() {
        return order();
    }
}
