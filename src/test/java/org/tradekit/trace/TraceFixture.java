package org.tradekit.trace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;

/**
 * A small tea cooperative on a real data directory: three member households with plots, a farm,
 * a drying house, a warehouse and a fair booth, and the products of each stage (fresh leaves,
 * dried tea, 200 g packs).
 */
public final class TraceFixture {
    public static final ZoneOffset VN = ZoneOffset.ofHours(7);
    public static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    public final AppContext app;
    public final String freshLeaf;
    public final String driedTea;
    public final String teaPack;
    public final Member mai;
    public final Member pao;
    public final Member sinh;
    public final Plot maiPlot;
    public final Plot paoPlot;
    public final Plot sinhPlot;
    public final String farm;
    public final String dryer;
    public final String warehouse;
    public final String booth;

    public TraceFixture(AppContext app) {
        this.app = app;
        freshLeaf = product("TEA-LEAF", "Chè búp tươi", "kg");
        driedTea = product("TEA-DRY", "Chè khô", "kg");
        teaPack = product("TEA-200", "Chè Shan Tuyết túi 200g", "g");
        mai = app.members().save(Member.named("Lò Thị Mai", "Xã Tả Van"));
        pao = app.members().save(Member.named("Giàng A Páo", "Xã Lũng Cú"));
        sinh = app.members().save(Member.named("Vàng Thị Sính", "Xã Lũng Cú"));
        maiPlot = app.members().savePlot(new Plot(null, mai.id(), "Đồi chè 1", 3_000.0, 22.82, 104.98, "chè"));
        paoPlot = app.members().savePlot(new Plot(null, pao.id(), "Nương sau nhà", 1_500.0, null, null, "chè"));
        sinhPlot = app.members().savePlot(new Plot(null, sinh.id(), "Thửa 3", null, 23.1, 105.3, "chè"));
        farm = app.locations().save(Location.of("Vườn chè Tả Van", LocationKind.FARM)).id();
        dryer = app.locations().save(Location.of("Nhà sấy HTX", LocationKind.DRYING_HOUSE).withGln("9520000000011")).id();
        warehouse = app.locations().save(Location.of("Kho HTX", LocationKind.WAREHOUSE)).id();
        booth = app.locations().save(Location.of("Gian hàng Hội chợ OCOP", LocationKind.FAIR_BOOTH)).id();
    }

    private String product(String sku, String name, String unit) {
        Product p = app.catalog().save(TestContexts.product(sku, name, null).with(ProductField.UNIT, unit)
                .with(ProductField.CATEGORY, "tea"));
        return p.id();
    }

    public static OffsetDateTime at(int dayOffset, int hour) {
        return OffsetDateTime.of(DAY.plusDays(dayOffset), java.time.LocalTime.of(hour, 0), VN);
    }

    /** A member's harvest of fresh leaves; returns the new lot's id. */
    public String harvest(Member m, Plot plot, double kg, int dayOffset) {
        TraceEvent e = app.eventRecorder().record(EventDraft.of(EventKind.HARVEST, at(dayOffset, 7)).at(farm).by(m.name())
                .make(Lot.of(freshLeaf, "kg", DAY.plusDays(dayOffset)).withOrigin(m.id(), plot.id()), kg));
        return e.body().outputs().get(0).lot();
    }

    /** Processing that takes every given lot whole... or the given quantities, into new lots of {@code product}. */
    public TraceEvent process(ProcessStep step, String product, String[] inputs, double[] taken, double[] made, int dayOffset) {
        EventDraft d = EventDraft.of(EventKind.PROCESSING, at(dayOffset, 9)).at(dryer).by("Trần Thị Lan").step(step);
        for (int i = 0; i < inputs.length; i++) {
            d = d.take(inputs[i], taken[i]);
        }
        for (double q : made) {
            d = d.make(Lot.of(product, "kg", DAY.plusDays(dayOffset)), q);
        }
        return app.eventRecorder().record(d);
    }
}
