package org.tradekit.lead.ui;

import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.tradekit.lead.FairSummary;

/** The chosen fair's figures: leads per day, per product, per country (bars), per rating (pie), per status and staff. */
final class SummaryPane extends ScrollPane {
    private final FollowUpTexts t;
    private final Label total = new Label();
    private final Label byStatus = new Label();
    private final Label byStaff = new Label();
    private final BarChart<String, Number> perDay = bars("followup-chart-day", "lead.followUp.chart.day");
    private final BarChart<Number, String> perProduct = sideBars("followup-chart-product", "lead.followUp.chart.product");
    private final BarChart<Number, String> perCountry = sideBars("followup-chart-country", "lead.followUp.chart.country");
    private final PieChart perRating = new PieChart();

    SummaryPane(FollowUpViewModel vm, FollowUpTexts t) {
        this.t = t;
        setId("followup-summary");
        setFitToWidth(true);
        perRating.setId("followup-chart-rating");
        perRating.setTitle(t.get("lead.followUp.chart.rating"));
        perRating.setAnimated(false);
        perRating.setLabelsVisible(false); // long labels pile up on small slices: the legend names them
        perRating.setLegendSide(javafx.geometry.Side.RIGHT);
        // slices and legend both take the theme's chart colours: hot red, warm orange, cold blue, none grey
        perRating.setStyle("-color-chart-1: #d64545; -color-chart-2: #e8a33d; -color-chart-3: #3d7fd6; -color-chart-4: #9e9e9e;"
                + " CHART_COLOR_1: #d64545; CHART_COLOR_2: #e8a33d; CHART_COLOR_3: #3d7fd6; CHART_COLOR_4: #9e9e9e;");
        for (var c : List.of(perDay, perProduct, perCountry)) {
            c.setTitle(t.get((String) c.getUserData()));
        }
        total.getStyleClass().add(Styles.TITLE_4);
        total.setId("followup-summary-total");
        byStatus.setWrapText(true);
        byStatus.setId("followup-summary-status");
        byStaff.setWrapText(true);
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        charts.add(perDay, 0, 0);
        charts.add(perProduct, 1, 0);
        charts.add(perCountry, 0, 1);
        charts.add(perRating, 1, 1);
        VBox box = new VBox(8, total, byStatus, byStaff, charts);
        box.setPadding(new Insets(8));
        setContent(box);
        vm.summaryProperty().addListener((o, a, b) -> show(b));
        show(vm.summaryProperty().get());
    }

    private NumberAxis counts() {
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? t.formats().integer(n.longValue()) : "";
            }
        });
        return y;
    }

    /** Bars lying down, for names (products, countries) that would stand on end under upright bars. */
    private BarChart<Number, String> sideBars(String id, String titleKey) {
        return dressed(new BarChart<>(counts(), new CategoryAxis()), id, titleKey);
    }

    private BarChart<String, Number> bars(String id, String titleKey) {
        return dressed(new BarChart<>(new CategoryAxis(), counts()), id, titleKey);
    }

    private static <X, Y> BarChart<X, Y> dressed(BarChart<X, Y> c, String id, String titleKey) {
        c.setId(id);
        c.setUserData(titleKey);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setPrefSize(420, 260);
        return c;
    }

    private void show(FairSummary s) {
        if (s == null) {
            total.setText("");
            return;
        }
        total.setText(t.get("lead.followUp.summary.total", s.leads()));
        byStatus.setText(t.get("lead.followUp.summary.status", String.join(", ", s.perStatus().stream()
                .sorted(java.util.Comparator.comparingInt(c -> stage(c.key()))).map(c -> t.statusCode(c.key() == null ? "new" : c.key()) + ": " + t.formats().integer(c.count())).toList())));
        byStaff.setText(t.get("lead.followUp.summary.staff", String.join(", ", s.perStaff().stream()
                .map(c -> (c.key() == null ? "?" : c.key()) + ": " + t.formats().integer(c.count())).toList())));
        XYChart.Series<String, Number> days = new XYChart.Series<>();
        for (Map.Entry<java.time.LocalDate, Long> e : s.perDay().entrySet()) {
            days.getData().add(new XYChart.Data<>(t.date(e.getKey()), e.getValue()));
        }
        perDay.getData().setAll(List.of(days));
        XYChart.Series<Number, String> products = new XYChart.Series<>();
        s.perProduct().stream().limit(FollowUpViewModel.TOP_PRODUCTS)
                .forEach(c -> bar(products, c.label() == null ? c.key() : c.label(), c.count()));
        place(perProduct, products);
        XYChart.Series<Number, String> countries = new XYChart.Series<>();
        s.perCountry().stream().limit(FollowUpViewModel.TOP_PRODUCTS).forEach(c -> bar(countries, c.key() == null
                ? t.get("lead.followUp.country.none") : t.country(c.key()), c.count()));
        place(perCountry, countries);
        // hot, warm, cold in that order: the chart colours set in the constructor make them red, orange, blue
        List<FairSummary.Count> ratings = s.perRating().stream().sorted(java.util.Comparator.comparingInt(c -> rank(c.key())))
                .toList();
        perRating.getData().setAll(ratings.stream().map(c -> new PieChart.Data(t.rating(c.key()) + " ("
                + t.formats().integer(c.count()) + ")", c.count())).toList());
    }

    /** Where a status stands in the pipeline (new first, lost last), for listing the counts in that order. */
    private static int stage(String code) {
        for (org.tradekit.lead.LeadStatus st : org.tradekit.lead.LeadStatus.values()) {
            if (st.name().equalsIgnoreCase(code == null ? "new" : code)) {
                return st.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Lays the bars in a chart as tall as they need (about 26 px a bar), on exactly their categories: an
     * auto-ranging category axis keeps the names of earlier data and squeezes the bars into lines.
     */
    private static void place(BarChart<Number, String> chart, XYChart.Series<Number, String> bars) {
        CategoryAxis names = (CategoryAxis) chart.getYAxis();
        names.setAutoRanging(false);
        names.getCategories().setAll(bars.getData().stream().map(XYChart.Data::getYValue).toList());
        chart.setPrefHeight(Math.max(260, 80 + 26 * bars.getData().size()));
        chart.getData().setAll(List.of(bars));
    }

    private static int rank(String rating) {
        return rating == null ? 3 : switch (rating) {
            case "hot" -> 0;
            case "warm" -> 1;
            case "cold" -> 2;
            default -> 3;
        };
    }

    /** A bar's name cut to 36 characters, so that the bars keep their room. */
    private static String shortName(String name) {
        return name.length() <= 36 ? name : name.substring(0, 35) + "…";
    }

    /** Adds a bar; a name already on the chart (two products cut to the same words) gets a number, or its bar would merge. */
    private static void bar(XYChart.Series<Number, String> series, String name, long count) {
        String label = shortName(name);
        int n = 2;
        while (true) {
            String l = label;
            if (series.getData().stream().noneMatch(d -> d.getYValue().equals(l))) {
                break;
            }
            label = shortName(name) + " (" + n++ + ")";
        }
        series.getData().add(0, new XYChart.Data<>(count, label)); // the category axis runs upwards: the most at the top
    }
}
