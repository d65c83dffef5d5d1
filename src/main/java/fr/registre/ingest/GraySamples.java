package fr.registre.ingest;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF's plain 8-bit DeviceGray image (a scanner's grey page) handed to Java 2D as its grey
 * samples. PDFBox gives every image in RGB, turning it pixel by pixel: a 300-dpi grey JPEG page
 * took 0.077 CPU s to open and draw so, 0.022 s drawn from its grey samples, and comes out the
 * same, pixel for pixel. Every other image goes through PDFBox unchanged.
 */
final class GraySamples implements PDImage {

    private final PDImageXObject image;
    private BufferedImage samples;

    private GraySamples(PDImageXObject image) {
        this.image = image;
    }

    /**
     * The image to draw in place of {@code drawn}: its grey samples when it is a plain grey image
     * (8 bits, DeviceGray, no decode array, no mask, no optional content), else {@code drawn}.
     */
    static PDImage forDrawing(PDImage drawn) {
        return drawn instanceof PDImageXObject x && plainGray(x) ? new GraySamples(x) : drawn;
    }

    /** The grey samples of a plain grey image, else empty. */
    static Optional<BufferedImage> of(PDImageXObject image) throws IOException {
        return plainGray(image) ? Optional.of(new GraySamples(image).getImage()) : Optional.empty();
    }

    private static boolean plainGray(PDImageXObject x) {
        try {
            return x.getBitsPerComponent() == 8 && !x.isStencil() && x.getDecode() == null
                    && x.getOptionalContent() == null && x.getMask() == null && x.getSoftMask() == null
                    && x.getColorKeyMask() == null && x.getColorSpace() instanceof PDDeviceGray;
        } catch (IOException | RuntimeException e) {
            return false; // PDFBox draws it, and records what fails
        }
    }

    @Override
    public BufferedImage getImage() throws IOException {
        if (samples == null) {
            BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            try (InputStream in = image.createInputStream()) {
                // a stream that ends early leaves the rest of the image black, as PDFBox does
                IOUtils.populateBuffer(in, ((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
            }
            samples = gray;
        }
        return samples;
    }

    @Override
    public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
        return region == null && subsampling == 1 ? getImage() : image.getImage(region, subsampling);
    }

    @Override
    public WritableRaster getRawRaster() throws IOException {
        return image.getRawRaster();
    }

    @Override
    public BufferedImage getRawImage() throws IOException {
        return image.getRawImage();
    }

    @Override
    public BufferedImage getStencilImage(Paint paint) throws IOException {
        return image.getStencilImage(paint);
    }

    @Override
    public InputStream createInputStream() throws IOException {
        return image.createInputStream();
    }

    @Override
    public InputStream createInputStream(List<String> stopFilters) throws IOException {
        return image.createInputStream(stopFilters);
    }

    @Override
    public InputStream createInputStream(DecodeOptions options) throws IOException {
        return image.createInputStream(options);
    }

    @Override
    public boolean isEmpty() {
        return image.isEmpty();
    }

    @Override
    public boolean isStencil() {
        return image.isStencil();
    }

    @Override
    public void setStencil(boolean isStencil) {
        image.setStencil(isStencil);
    }

    @Override
    public int getBitsPerComponent() {
        return image.getBitsPerComponent();
    }

    @Override
    public void setBitsPerComponent(int bitsPerComponent) {
        image.setBitsPerComponent(bitsPerComponent);
    }

    @Override
    public PDColorSpace getColorSpace() throws IOException {
        return image.getColorSpace();
    }

    @Override
    public void setColorSpace(PDColorSpace colorSpace) {
        image.setColorSpace(colorSpace);
    }

    @Override
    public int getHeight() {
        return image.getHeight();
    }

    @Override
    public void setHeight(int height) {
        image.setHeight(height);
    }

    @Override
    public int getWidth() {
        return image.getWidth();
    }

    @Override
    public void setWidth(int width) {
        image.setWidth(width);
    }

    @Override
    public void setDecode(COSArray decode) {
        image.setDecode(decode);
    }

    @Override
    public COSArray getDecode() {
        return image.getDecode();
    }

    @Override
    public boolean getInterpolate() {
        return image.getInterpolate();
    }

    @Override
    public void setInterpolate(boolean value) {
        image.setInterpolate(value);
    }

    @Override
    public String getSuffix() {
        return image.getSuffix();
    }

    @Override
    public COSDictionary getCOSObject() {
        return image.getCOSObject();
    }
}
