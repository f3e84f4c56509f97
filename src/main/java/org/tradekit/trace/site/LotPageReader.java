package org.tradekit.trace.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.gs1.ProductLink;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.EventLine;
import org.tradekit.trace.event.ExternalEntry;
import org.tradekit.trace.event.InspectionCheck;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lineage.LotGraph;
import org.tradekit.trace.lineage.LotNode;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;

/**
 * Gathers what one lot's consumer page shows: the lot, its product, the harvests it came from and
 * the journey (how every lot upstream of it was made and inspected, then what happened to the lot
 * itself). Products, members, plots and places are kept for the whole export: a site names the same
 * few again and again.
 */
final class LotPageReader {
    private final SiteSources src;
    private final Map<String, Optional<Product>> productCache = new HashMap<>();
    private final Map<String, Optional<Member>> memberCache = new HashMap<>();
    private final Map<String, Optional<Plot>> plotCache = new HashMap<>();
    private final Map<String, String> placeCache = new HashMap<>();
    private Set<String> retracted;

    LotPageReader(SiteSources sources) {
        this.src = sources;
    }

    /** Live lots of our own products (a partner's lot has no page of ours), by id. */
    List<String> lotIds() {
        return src.db().read(c -> {
            try (var ps = c.prepareStatement("SELECT l.id FROM lot l JOIN product p ON p.id = l.product_id "
                    + "WHERE l._cl % 2 = 1 AND p._cl % 2 = 1 ORDER BY l.id")) {
                return RowMapper.list(ps, rs -> rs.getString(1));
            }
        });
    }

    LotPage read(String lotId) {
        Lot lot = src.lots().find(lotId).orElseThrow();
        Product product = product(lot.productId()).orElseThrow();
        ProductLink link = src.links().link(lotId, null);
        String uri = link.uri();
        String path = URI.create(uri).getRawPath().substring(1);
        String gtin = link.gtin() == null ? null : link.gtin().gtin14();
        LotGraph up = src.lineage().upstream(lotId);
        String primary = ProductPhoto.mainOf(product.photos(), product.text(ProductField.PRIMARY_PHOTO));
        return new LotPage(path, uri, lot.code(), gtin, product, lot.productionDate(), lot.bestBefore(), lot.expiryDate(),
                origins(up), journey(lotId, up), primary);
    }

    private List<LotPage.Origin> origins(LotGraph up) {
        Set<LotPage.Origin> out = new LinkedHashSet<>();
        up.lots().values().stream().filter(LotNode::fromMember)
                .sorted(Comparator.comparing((LotNode n) -> String.valueOf(n.productionDate())).thenComparing(LotNode::lotId))
                .forEach(n -> {
                    Optional<Member> m = memberCache.computeIfAbsent(n.memberId(), src.members()::find);
                    Optional<Plot> p = n.plotId() == null ? Optional.empty()
                            : plotCache.computeIfAbsent(n.plotId(), src.members()::findPlot);
                    out.add(new LotPage.Origin(m.map(Member::commune).orElse(null), m.map(Member::province).orElse(null),
                            p.map(Plot::name).orElse(null)));
                });
        return List.copyOf(out);
    }

    private List<LotPage.Step> journey(String lotId, LotGraph up) {
        Map<String, LotNode> inChain = up.lots();
        List<LotPage.Step> steps = new ArrayList<>();
        Set<String> retractedIds = retracted();
        for (TraceEvent e : src.events().touching(inChain.keySet())) {
            EventBody b = e.body();
            if (e.kind() == EventKind.ERROR_DECLARATION || retractedIds.contains(e.id())) {
                continue;
            }
            String about = first(b.outputs(), inChain.keySet(), lotId); // a lot of the chain this event made
            if (about == null && (e.kind() == EventKind.INSPECTION || e.kind() == EventKind.STORAGE)) {
                about = first(b.observed(), inChain.keySet(), lotId);
            }
            boolean own = about == null && (e.kind() == EventKind.SHIPPING || e.kind() == EventKind.SALE
                    || e.kind() == EventKind.INSPECTION || e.kind() == EventKind.STORAGE)
                    && (names(b.inputs(), lotId) || names(b.observed(), lotId));
            if (about == null && !own) {
                continue; // what happened to the chain's lots on other branches is not this pack's story
            }
            LotNode n = inChain.get(about == null ? lotId : about);
            List<String> checks = new ArrayList<>();
            if (b.inspection() != null) {
                for (InspectionCheck c : b.inspection().checks()) {
                    checks.add(c.name() + (c.value() == null ? "" : ": " + c.value()));
                }
            }
            steps.add(new LotPage.Step(e.time().toLocalDate(), e.kind().code(), b.step(), place(b.place()), n.productNameVi(),
                    n.productNameEn(), n.code(), b.inspection() == null ? null : b.inspection().passed(), checks,
                    own && b.destination() != null ? b.destination().type() : null, false));
        }
        for (ExternalEntry x : src.events().externalTouching(inChain.keySet())) {
            if (!"output".equals(x.role()) && !x.lotId().equals(lotId)) {
                continue;
            }
            LotNode n = inChain.get(x.lotId());
            steps.add(new LotPage.Step(x.time().toLocalDate(), shortCbv(x.bizStep()), null, null, n.productNameVi(),
                    n.productNameEn(), n.code(), null, List.of(), null, true));
        }
        steps.sort(Comparator.comparing(LotPage.Step::day));
        return steps;
    }

    static String shortCbv(String bizStep) {
        if (bizStep == null) {
            return "external";
        }
        int cut = Math.max(bizStep.lastIndexOf(':'), bizStep.lastIndexOf('/'));
        return bizStep.substring(cut + 1);
    }

    private static String first(List<EventLine> lines, Set<String> chain, String preferred) {
        String found = null;
        for (EventLine l : lines) {
            if (l.lot().equals(preferred)) {
                return preferred;
            }
            if (found == null && chain.contains(l.lot())) {
                found = l.lot();
            }
        }
        return found;
    }

    private static boolean names(List<EventLine> lines, String lotId) {
        return lines.stream().anyMatch(l -> l.lot().equals(lotId));
    }

    private String place(String id) {
        if (id == null) {
            return null;
        }
        return placeCache.computeIfAbsent(id, k -> src.locations().find(k).map(Location::name).orElse(""));
    }

    Optional<Product> product(String id) {
        return productCache.computeIfAbsent(id, src.products()::find);
    }

    private Set<String> retracted() {
        if (retracted == null) {
            retracted = src.db().read(c -> {
                try (var ps = c.prepareStatement("SELECT event_id FROM event_retraction")) {
                    return new HashSet<>(RowMapper.list(ps, rs -> rs.getString(1)));
                }
            });
        }
        return retracted;
    }
}
