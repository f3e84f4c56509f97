package org.tradekit.brochure;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.tradekit.coop.CoopBrand;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Formats;
import org.tradekit.photo.WebImages;

/**
 * One brochure being made: the PDF, its fonts, words, theme and paper, and what every page shares
 * (photos at print size, product links, warnings). Pages get a footer (cooperative, page x of y) at
 * the end, when the count is known; metadata and the /Lang entry are set so readers and screen
 * readers know the document's language.
 */
final class BrochureDocument implements Closeable {
    final PDDocument pdf = new PDDocument();
    final Typeface face;
    final LineBreaker breaker;
    final DocumentWords words;
    final Formats formats;
    final Theme theme;
    final Paper paper;
    final PrintPhotos photos;
    final ProductLinks links;
    final ProductFacts facts;
    final CoopProfile coop;
    final CoopBrand brand;
    final LocalDate today;
    final List<BrochureWarning> warnings;
    private final List<PDPage> withoutFooter = new ArrayList<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();

    BrochureDocument(BrochureRequest request, CoopProfile coop, CoopBrand brand, WebImages images, ScaledPhotoCache cache,
            LocalDate today, List<BrochureWarning> warnings) {
        this.face = new Typeface(pdf);
        this.words = new DocumentWords(request.language());
        this.breaker = new LineBreaker(face, request.language().locale());
        this.formats = new Formats(request.language().locale());
        this.theme = request.theme();
        this.paper = request.paper();
        this.coop = coop;
        this.brand = brand;
        this.today = today;
        this.warnings = warnings;
        this.photos = new PrintPhotos(pdf, images, cache, warnings);
        this.links = new ProductLinks(coop.traceDomain());
        this.facts = new ProductFacts(words, today, request.exportPrice());
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        pdf.getDocumentCatalog().setLanguage(request.language().code());
    }

    /** The type size for a theme size on this paper. */
    float size(float a4Size) {
        return a4Size * paper.scale();
    }

    float left() {
        return paper.margin();
    }

    float contentWidth() {
        return paper.width() - 2 * paper.margin();
    }

    /** The bottom of the content area (the footer lives below). */
    float bottom() {
        return paper.height() - paper.margin() - size(14);
    }

    Canvas newPage() throws IOException {
        PDPage page = new PDPage(paper.size());
        pdf.addPage(page);
        return new Canvas(pdf, page, face);
    }

    /** Marks the last page added as one without footer (the cover). */
    void noFooterOnLastPage() {
        withoutFooter.add(pdf.getPage(pdf.getNumberOfPages() - 1));
    }

    void bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(face.printable(title));
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        item.setDestination(dest);
        outline.addLast(item);
    }

    /** The cooperative's name in the document's language: Vietnamese for Vietnamese, else the English one when set. */
    String coopName() {
        String vi = coop.nameVi();
        String en = coop.nameEn();
        if (words.language() == DocumentLanguage.VI) {
            return vi != null ? vi : en == null ? "" : en;
        }
        return en != null ? en : vi == null ? "" : vi;
    }

    /**
     * The cooperative's story in the document's language: Vietnamese for Vietnamese, English for every
     * other; else the one there is, followed by the same marker a product text in another language gets.
     * Null when there is no story.
     */
    String story() {
        boolean vi = words.language() == DocumentLanguage.VI;
        String own = vi ? brand.storyVi() : brand.storyEn();
        if (own != null) {
            return own;
        }
        String other = vi ? brand.storyEn() : brand.storyVi();
        return other == null ? null : other + " " + words.get(vi ? "doc.fallback.marker" : "doc.fallback.markerVi");
    }

    /** Title, author, subject, creator, dates; footers on every page but the cover. */
    void finish(String title, String subject) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(face.printable(title));
        info.setAuthor(face.printable(coopName()));
        info.setSubject(face.printable(subject));
        info.setCreator("Trade Kit");
        Calendar made = GregorianCalendar.from(today.atStartOfDay(TimeZone.getTimeZone("UTC").toZoneId()));
        info.setCreationDate(made);
        pdf.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            if (withoutFooter.contains(page)) {
                continue;
            }
            footer(page, i + 1, total);
        }
    }

    private void footer(PDPage page, int number, int total) throws IOException {
        float s = size(7.5f);
        float top = paper.height() - paper.margin() - s;
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setNonStrokingColor(theme.accent());
            cs.addRect(left(), paper.height() - top + s * 0.6f, contentWidth(), 0.6f);
            cs.fill();
            cs.setNonStrokingColor(Theme.MUTED);
            String name = face.printable(coopName());
            face.show(cs, name, left(), paper.height() - top - s, s, false);
            String pageText = face.printable(words.get("doc.page", number, total));
            face.show(cs, pageText, left() + contentWidth() - face.width(pageText, s, false), paper.height() - top - s, s,
                    false);
        }
    }

    void save(OutputStream out) throws IOException {
        pdf.save(out);
    }

    @Override
    public void close() throws IOException {
        photos.close();
        try {
            pdf.close();
        } finally {
            face.close();
        }
    }
}
