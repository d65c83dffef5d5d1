package fr.registre.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The scan a PDF page holds, read as stored, when the page is nothing but that scan (one image,
 * without mask, drawn upright over the whole page with square pixels, and no other drawing:
 * scanners write pages so) and drawing the page would enlarge it. Enlarging adds no detail and
 * costs some: a renderer does not smooth a bitmap it enlarges, so a black-and-white 200-dpi page
 * drawn at 300 dpi comes out jagged, and a grey one comes out blurred. Measured on the benchmark's
 * bitonal pages (CER 0.24% drawn, 0.21% as stored) and on the real 1914 pages put in PDFs at 160
 * dpi (1.94% drawn, 1.46% as stored); a 400-dpi page is still drawn at 300, which read better.
 *
 * @param image the image as decoded, grey when the scan is
 * @param dpi   its resolution on the page
 */
record StoredScan(BufferedImage image, int dpi) {

    /** Operators a page holding only a scan may use: save, restore, transform, draw. */
    private static final List<String> SCAN_ONLY = List.of("q", "Q", "cm", "Do");
    /** How far, in points, the image may fall short of the page's edges. */
    private static final double EDGE = 1.0;
    /** Two resolutions within this share of each other are the same (square pixels, no enlarging). */
    private static final double SAME = 0.02;

    /**
     * The page's scan, or empty when the page is anything else, when its resolution is not below
     * {@code drawnDpi}, or when its image cannot be decoded (the page is then drawn, which records
     * what fails).
     */
    static Optional<StoredScan> of(PDPage page, int drawnDpi) {
        try {
            if (page.getRotation() % 360 != 0) {
                return Optional.empty();
            }
            Optional<Placed> placed = soleImage(page);
            if (placed.isEmpty()) {
                return Optional.empty();
            }
            PDImageXObject image = placed.get().image();
            Matrix ctm = placed.get().ctm();
            PDRectangle box = page.getCropBox();
            boolean upright = Math.abs(ctm.getShearX()) < 1e-6 && Math.abs(ctm.getShearY()) < 1e-6
                    && ctm.getScaleX() > 0 && ctm.getScaleY() > 0;
            boolean covers = Math.abs(ctm.getTranslateX() - box.getLowerLeftX()) <= EDGE
                    && Math.abs(ctm.getTranslateY() - box.getLowerLeftY()) <= EDGE
                    && Math.abs(ctm.getScaleX() - box.getWidth()) <= EDGE
                    && Math.abs(ctm.getScaleY() - box.getHeight()) <= EDGE;
            if (!upright || !covers || image.isStencil() || image.getMask() != null || image.getSoftMask() != null
                    || image.getColorKeyMask() != null) {
                return Optional.empty();
            }
            double dpiX = image.getWidth() * 72.0 / ctm.getScaleX();
            double dpiY = image.getHeight() * 72.0 / ctm.getScaleY();
            if (Math.abs(dpiX - dpiY) > SAME * dpiX || dpiX >= drawnDpi * (1 - SAME)) {
                return Optional.empty();
            }
            Optional<BufferedImage> graySamples = GraySamples.of(image);
            BufferedImage decoded = graySamples.isPresent() ? graySamples.get() : image.getImage();
            // PDFBox gives other images in RGB; a grey scan goes on as grey, as a drawn page would
            if (graySamples.isEmpty() && image.getColorSpace().getNumberOfComponents() == 1) {
                BufferedImage gray = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                gray.getGraphics().drawImage(decoded, 0, 0, null);
                decoded = gray;
            }
            return Optional.of(new StoredScan(decoded, (int) Math.round(dpiX)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An image and the transformation it is drawn with. */
    private record Placed(PDImageXObject image, Matrix ctm) {
    }

    /** The one image the page draws and where, if it draws nothing else. */
    private static Optional<Placed> soleImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null || !page.hasContents()) {
            return Optional.empty();
        }
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<Matrix> saved = new ArrayDeque<>();
        Matrix ctm = new Matrix();
        Placed found = null;
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = op.getName();
            if (!SCAN_ONLY.contains(name)) {
                return Optional.empty();
            }
            switch (name) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.isEmpty() ? ctm : saved.pop();
                case "cm" -> {
                    if (operands.size() != 6 || !operands.stream().allMatch(COSNumber.class::isInstance)) {
                        return Optional.empty();
                    }
                    float[] m = new float[6];
                    for (int i = 0; i < 6; i++) {
                        m[i] = ((COSNumber) operands.get(i)).floatValue();
                    }
                    ctm = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]).multiply(ctm);
                }
                default -> {
                    PDXObject drawn = operands.size() == 1 && operands.get(0) instanceof COSName xobject
                            ? resources.getXObject(xobject) : null;
                    if (found != null || !(drawn instanceof PDImageXObject image)) {
                        return Optional.empty();
                    }
                    found = new Placed(image, ctm.clone());
                }
            }
            operands.clear();
        }
        return Optional.ofNullable(found);
    }
}
