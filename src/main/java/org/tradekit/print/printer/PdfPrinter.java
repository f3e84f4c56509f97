package org.tradekit.print.printer;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import javax.print.PrintService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import org.tradekit.work.Work;

/**
 * Prints an existing PDF (a label run, a test grid) to a system printer at actual size: each
 * page on paper of that page's size (A4 sheets, 50x30 mm roll labels), never fitted to the
 * printer's page, with the printer's {@link Calibration} applied as an affine transform before
 * the page is drawn. PDFBox draws the pages into java.awt.print, which speaks to the system's
 * print system (CUPS, the Windows spooler) without any native code of ours.
 */
public final class PdfPrinter {
    private static final double PT_PER_MM = 72 / 25.4;

    /** What was sent: to which printer, under which job name, how many pages. */
    public record Result(String printer, String jobName, int pages) {
    }

    /** Prints with the file's name as the job name. */
    public Result print(Path pdf, String printerName, Calibration cal, Work work) {
        return print(pdf, printerName, cal, pdf.getFileName().toString(), work);
    }

    /**
     * Sends every page of {@code pdf} to the printer; progress is reported per page and a cancel
     * stops the job before the next page (a job cancelled before its last page is not sent to the
     * printer: java.awt.print spools the whole job first).
     *
     * @throws PrintingException      unknown, stopped, refusing or paperless printer, unreadable PDF, failed job
     * @throws CancellationException  when cancelled through {@code work}
     */
    public Result print(Path pdf, String printerName, Calibration cal, String jobName, Work work) {
        PrintService service = Printers.find(printerName);
        Printers.requireReady(service);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            CalibratedPages pages = new CalibratedPages(doc, cal, work, job);
            job.setPageable(pages);
            work.cancel().check();
            job.print(); // no attribute set: it would let the printer's default media override each page's size
            if (pages.cancelled) {
                throw new CancellationException("cancelled");
            }
            work.report(pages.getNumberOfPages(), pages.getNumberOfPages(), "print.printer.progress",
                    pages.getNumberOfPages(), pages.getNumberOfPages(), printerName);
            return new Result(printerName, jobName, pages.getNumberOfPages());
        } catch (PrinterAbortException e) {
            throw new CancellationException("cancelled");
        } catch (PrinterException e) {
            throw new PrintingException("print.printer.error.failed", e, printerName, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new PrintingException("print.printer.error.readPdf", e, pdf, String.valueOf(e.getMessage()));
        }
    }

    /** A PageFormat of exactly this page's size, all of it imageable: PDFBox places the page at the paper's corner. */
    static PageFormat pageFormat(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double w = turned ? box.getHeight() : box.getWidth();
        double h = turned ? box.getWidth() : box.getHeight();
        Paper paper = new Paper();
        paper.setSize(w, h);
        paper.setImageableArea(0, 0, w, h);
        PageFormat f = new PageFormat();
        f.setOrientation(PageFormat.PORTRAIT);
        f.setPaper(paper);
        return f;
    }

    /** The document's pages, each on its own paper, drawn through the calibration. */
    private static final class CalibratedPages implements Pageable, Printable {
        private final PDDocument doc;
        private final PDFPrintable pdf;
        private final Calibration cal;
        private final Work work;
        private final PrinterJob job;
        private int reported = -1;
        volatile boolean cancelled;

        CalibratedPages(PDDocument doc, Calibration cal, Work work, PrinterJob job) {
            this.doc = doc;
            // actual size, no border, vector (no rasterising), not centred: the page's corner on the paper's corner
            this.pdf = new PDFPrintable(doc, Scaling.ACTUAL_SIZE, false, PDFPrintable.RASTERIZE_OFF, false);
            this.cal = cal;
            this.work = work;
            this.job = job;
        }

        @Override
        public int getNumberOfPages() {
            return doc.getNumberOfPages();
        }

        @Override
        public PageFormat getPageFormat(int pageIndex) {
            return pageFormat(doc.getPage(pageIndex));
        }

        @Override
        public Printable getPrintable(int pageIndex) {
            return this;
        }

        @Override
        public int print(Graphics g, PageFormat format, int pageIndex) throws PrinterException {
            if (pageIndex >= doc.getNumberOfPages()) {
                return NO_SUCH_PAGE;
            }
            if (work.cancel().isCancelled()) {
                cancelled = true;
                job.cancel(); // the spooled job is dropped, nothing reaches the printer
                return NO_SUCH_PAGE;
            }
            if (pageIndex > reported) { // java.awt.print may draw a page more than once
                reported = pageIndex;
                work.report(pageIndex, doc.getNumberOfPages(), "print.printer.progress", pageIndex + 1,
                        doc.getNumberOfPages(), job.getPrintService().getName());
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                // sent = scale * meant + offset, in the paper's space (origin top-left, y down, points)
                g2.translate(cal.dxMm() * PT_PER_MM, cal.dyMm() * PT_PER_MM);
                g2.scale(cal.scaleX(), cal.scaleY());
                return pdf.print(g2, getPageFormat(pageIndex), pageIndex);
            } finally {
                g2.dispose();
            }
        }
    }
}
