package org.tradekit.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.coop.CoopBrand;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.photo.WebImages;
import org.tradekit.store.AtomicFiles;
import org.tradekit.work.Work;

/**
 * Makes brochures from the catalog: {@link #check} first (which products, which lack a translation),
 * then {@link #generate}, which draws every page, reports progress per product, can be cancelled
 * between products, and writes the file atomically: a failure or a cancel leaves the old file (or
 * none), never half a PDF.
 */
public final class BrochureService {
    private final ProductRepository products;
    private final CoopProfileService coop;
    private final WebImages images;
    private final Clock clock;
    /** Scaled photos kept for the next document (a fair pack, the wizard's preview then save): 96 MB at most. */
    private final ScaledPhotoCache scaled = new ScaledPhotoCache(96L * 1024 * 1024);

    public BrochureService(ProductRepository products, CoopProfileService coop, WebImages images, Clock clock) {
        this.products = products;
        this.coop = coop;
        this.images = images;
        this.clock = clock;
    }

    /**
     * The products the request names, in its order (every active product, by SKU, when it names none),
     * and those without a name in the document's language.
     *
     * @throws BrochureException {@code brochure.error.unknownSku} naming every SKU not in the catalog,
     *                           {@code brochure.error.noProducts} when there is nothing to show
     */
    public Preflight check(BrochureRequest request) {
        List<Product> chosen = new ArrayList<>();
        if (request.skus().isEmpty()) {
            products.forEach(p -> {
                if (p.status() == ProductStatus.ACTIVE) {
                    chosen.add(p);
                }
            });
        } else {
            Set<String> unknown = new LinkedHashSet<>();
            for (String sku : new LinkedHashSet<>(request.skus())) {
                products.idBySku(sku).flatMap(products::find).ifPresentOrElse(chosen::add, () -> unknown.add(sku));
            }
            if (!unknown.isEmpty()) {
                throw new BrochureException("brochure.error.unknownSku", null, String.join(", ", unknown));
            }
        }
        if (chosen.isEmpty()) {
            throw new BrochureException("brochure.error.noProducts", null);
        }
        List<Product> missing = chosen.stream().filter(p -> ProductTexts.missing(p, request.language())).toList();
        return new Preflight(request, chosen, missing);
    }

    /** The cooperative's colour (#RRGGBB) that replaces a stock theme's accent, when its profile has one. */
    public java.util.Optional<String> brandColour() {
        return java.util.Optional.ofNullable(coop.brand().colour()).filter(c -> Theme.colour(c).isPresent());
    }

    /**
     * The request in the cooperative's colour when it has one and the theme is a stock one (an accent
     * given for this document, such as {@code --colour}, wins): every way of making a brochure (CLI,
     * screen, preview, fair pack) comes through here, so the default lives in one place.
     */
    static BrochureRequest branded(BrochureRequest request, CoopBrand brand) {
        var colour = Theme.colour(brand.colour());
        if (colour.isEmpty() || !java.util.Arrays.asList(Theme.all()).contains(request.theme())) {
            return request;
        }
        return request.withLayout(request.layout(), request.paper(), request.theme().withAccent(colour.get()));
    }

    /**
     * Draws the brochure and writes it to {@code out} atomically.
     *
     * @throws java.util.concurrent.CancellationException when {@code work} was cancelled (nothing written)
     * @throws org.tradekit.store.StoreException         when the file cannot be written (disk full...)
     */
    public BrochureResult generate(Preflight preflight, Path out, Work work) {
        long t0 = System.nanoTime();
        CoopProfile profile = coop.load().orElse(CoopProfile.empty());
        CoopBrand brand = coop.brand();
        BrochureRequest request = branded(preflight.request(), brand);
        LocalDate today = LocalDate.now(clock);
        List<BrochureWarning> warnings = new ArrayList<>();
        List<Product> list = preflight.products();
        try (BrochureDocument d = new BrochureDocument(request, profile, brand, images, scaled, today, warnings)) {
            if (!d.links.enabled()) {
                warnings.add(new BrochureWarning("brochure.warning.noDomain"));
            }
            String title = d.words.get(request.type().titleKey());
            switch (request.type()) {
                case SPEC -> {
                    for (int i = 0; i < list.size(); i++) {
                        work.cancel().check();
                        SpecSheet.page(d, list.get(i));
                        work.report(i + 1, list.size(), "brochure.progress.product", i + 1, list.size());
                    }
                }
                case PRICELIST -> PriceList.pages(d, request, list, work);
                case CATALOGUE -> Catalogue.pages(d, request, list, work);
            }
            if (!d.face.missing().isEmpty()) {
                warnings.add(new BrochureWarning("brochure.warning.missingCharacters", d.face.missing().stream()
                        .map(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(", "))));
            }
            String subject = d.words.get("doc.subject", title, list.stream().map(p -> p.sku()).limit(12)
                    .collect(Collectors.joining(", ")) + (list.size() > 12 ? ", …" : ""));
            String docTitle = d.coopName().isEmpty() ? title : title + " – " + d.coopName();
            d.finish(docTitle, subject);
            work.cancel().check();
            work.report(list.size(), list.size(), "brochure.progress.saving");
            int pages = d.pdf.getNumberOfPages();
            AtomicFiles.write(out, d::save);
            long bytes = Files.size(out);
            return new BrochureResult(out, pages, list.size(), bytes, (System.nanoTime() - t0) / 1_000_000,
                    dedupe(warnings));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException e) {
            throw AtomicFiles.problem(e, out);
        } catch (UncheckedIOException e) {
            throw AtomicFiles.problem(e.getCause(), out);
        }
    }

    private static List<BrochureWarning> dedupe(List<BrochureWarning> warnings) {
        return List.copyOf(new LinkedHashSet<>(warnings));
    }
}
