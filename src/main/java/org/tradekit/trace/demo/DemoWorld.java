package org.tradekit.trace.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.gs1.Gtin;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.MemberService;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;
import org.tradekit.trace.place.LocationService;

/**
 * The master data demo chains need, made in one transaction: member households with plots near
 * their province, the cooperative's places, and products for every stage (fresh harvest,
 * intermediate goods) plus packed goods, reusing the catalog's products of the same category.
 */
final class DemoWorld {
    record Grower(String memberId, String plotId, String name) {
    }

    record Packed(String productId, String sku, double packKg) {
    }

    record Line(DemoRecipes.Recipe recipe, String rawProductId, List<String> stageProductIds, List<Packed> packed,
            List<Grower> growers) {
    }

    final List<Line> lines = new ArrayList<>();
    final Map<LocationKind, List<String>> places = new HashMap<>();

    static DemoWorld make(WriteTx tx, int members, Random r) throws SQLException {
        DemoWorld w = new DemoWorld();
        w.makePlaces(tx);
        for (DemoRecipes.Recipe recipe : DemoRecipes.RECIPES) {
            String raw = product(tx, recipe.rawSku(), recipe.rawVi(), recipe.rawEn(), recipe.category(), null, "kg");
            List<String> stages = new ArrayList<>();
            for (DemoRecipes.Stage s : recipe.stages()) {
                stages.add(product(tx, s.sku(), s.vi(), s.en(), recipe.category(), null, "kg"));
            }
            w.lines.add(new Line(recipe, raw, stages, packed(tx, recipe), new ArrayList<>()));
        }
        for (int i = 0; i < members; i++) {
            Line line = w.lines.get(i % w.lines.size());
            DemoRecipes.Recipe recipe = line.recipe();
            String name = DemoRecipes.FAMILY[r.nextInt(DemoRecipes.FAMILY.length)] + " "
                    + DemoRecipes.MIDDLE[r.nextInt(DemoRecipes.MIDDLE.length)] + " "
                    + DemoRecipes.GIVEN[r.nextInt(DemoRecipes.GIVEN.length)];
            String memberId = MemberService.write(tx, new Member(null, String.format("HV%05d", i + 1), name,
                    DemoRecipes.COMMUNES[r.nextInt(DemoRecipes.COMMUNES.length)], recipe.province(), null,
                    r.nextInt(3) == 0 ? "VietGAP VG-" + (1000 + r.nextInt(9000)) : null, null));
            int plots = 1 + r.nextInt(2);
            for (int p = 0; p < plots; p++) {
                String plotId = MemberService.writePlot(tx, new Plot(null, memberId, "Thửa " + (p + 1),
                        (double) (500 + r.nextInt(20_000)), round(recipe.latitude() + (r.nextDouble() - 0.5) * 0.2),
                        round(recipe.longitude() + (r.nextDouble() - 0.5) * 0.2), recipe.rawVi()));
                line.growers().add(new Grower(memberId, plotId, name));
            }
        }
        return w;
    }

    private void makePlaces(WriteTx tx) throws SQLException {
        place(tx, "Vườn chè Tả Van", LocationKind.FARM, "9520000000017");
        place(tx, "Nhà sấy HTX", LocationKind.DRYING_HOUSE, "9520000000024");
        place(tx, "Xưởng chế biến HTX", LocationKind.DRYING_HOUSE, null);
        place(tx, "Kho HTX", LocationKind.WAREHOUSE, "9520000000031");
        place(tx, "Cửa hàng OCOP Hà Giang", LocationKind.SHOP, null);
        place(tx, "Gian hàng Hội chợ OCOP", LocationKind.FAIR_BOOTH, null);
    }

    /** The demo place of that name, made on the first run and reused by later ones. */
    private void place(WriteTx tx, String name, LocationKind kind, String glnBody) throws SQLException {
        String gln = glnBody == null ? null : Gtin.withCheckDigit(glnBody.substring(0, 12)).digits();
        List<String> known = tx.query("SELECT id FROM location WHERE name = ? AND kind = ? AND _cl % 2 = 1 LIMIT 1",
                rs -> rs.getString(1), name, kind.code());
        String id = known.isEmpty() ? LocationService.write(tx, new Location(null, name, kind, gln, null)) : known.get(0);
        places.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
    }

    String place(LocationKind kind, Random r) {
        List<String> ids = places.get(kind);
        return ids.get(r.nextInt(ids.size()));
    }

    /** Packed goods of the recipe's category from the catalog, or one made for it. */
    private static List<Packed> packed(WriteTx tx, DemoRecipes.Recipe recipe) throws SQLException {
        List<Packed> found = tx.query("SELECT id, sku, net_quantity, unit FROM product WHERE category = ? AND _cl % 2 = 1 "
                + "AND net_quantity > 0 AND unit IN ('g', 'ml', 'kg') ORDER BY sku LIMIT 4", rs -> new Packed(rs.getString(1),
                        rs.getString(2), "kg".equals(rs.getString(4)) ? rs.getDouble(3) : rs.getDouble(3) / 1000),
                recipe.category());
        if (!found.isEmpty()) {
            return found;
        }
        String sku = recipe.last().sku() + "-PACK";
        String id = product(tx, sku, recipe.last().vi() + " túi 500g", recipe.last().en() + " 500 g bag",
                recipe.category(), 500.0, "g");
        return List.of(new Packed(id, sku, 0.5));
    }

    private static String product(WriteTx tx, String sku, String vi, String en, String category, Double net, String unit)
            throws SQLException {
        List<String> ids = tx.query("SELECT id FROM product WHERE sku = ? COLLATE NOCASE AND _cl % 2 = 1", rs -> rs.getString(1), sku);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        Product p = Product.draft().with(ProductField.SKU, sku).with(ProductField.NAME_VI, vi)
                .with(ProductField.NAME_EN, en).with(ProductField.CATEGORY, category).with(ProductField.UNIT, unit);
        if (net != null) {
            p = p.with(ProductField.NET_QUANTITY, net);
        }
        return CatalogService.write(tx, p);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
