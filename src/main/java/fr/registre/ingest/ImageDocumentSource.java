package fr.registre.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

/**
 * Page images: PNG, JPEG, GIF, BMP and multi-page TIFF. Sizes are checked from the header before any
 * pixel is decoded, so a decompression bomb is refused without allocating it.
 *
 * <p>Image decoders read a truncated file as far as it goes and only warn (a JPEG without its end
 * marker, a TIFF whose next page directory lies past the end): those warnings mark the page, or the
 * file when they come while counting its pages, as damaged.
 */
final class ImageDocumentSource implements DocumentSource {

    /** The resolution of an image whose file does not say it, or says something absurd: OCR measures it. */
    static final int UNKNOWN_DPI = 0;

    private final ImageInputStream stream;
    private final ImageReader reader;
    private final int pages;
    private final IngestOptions options;
    private final DecoderWarnings warnings;
    private final String fileDamage;

    private ImageDocumentSource(ImageInputStream stream, ImageReader reader, int pages, IngestOptions options,
                                DecoderWarnings warnings) {
        this.stream = stream;
        this.reader = reader;
        this.pages = pages;
        this.options = options;
        this.warnings = warnings;
        this.fileDamage = warnings.take().map(w -> "the image file is damaged or truncated (" + w
                + "): pages may be missing").orElse(null);
    }

    static ImageDocumentSource open(Path file, IngestOptions options) throws IOException {
        ImageInputStream stream = ImageIO.createImageInputStream(file.toFile());
        if (stream == null) {
            throw new BadInputException("cannot open image");
        }
        try {
            ImageReader reader = ImageCodecs.reader(stream)
                    .orElseThrow(() -> new BadInputException("unsupported image format"));
            reader.setInput(stream, false, false);
            DecoderWarnings warnings = new DecoderWarnings();
            reader.addIIOReadWarningListener(warnings);
            int pages = reader.getNumImages(true);
            if (pages <= 0) {
                throw new BadInputException("image has no frames");
            }
            return new ImageDocumentSource(stream, reader, pages, options, warnings);
        } catch (BadInputException e) {
            stream.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw new BadInputException("unreadable image: " + PdfDocumentSource.oneLine(e), e);
        }
    }

    @Override
    public Optional<String> damage() {
        return Optional.ofNullable(fileDamage);
    }

    @Override
    public int pageCount() {
        return pages;
    }

    @Override
    public synchronized PageContent page(int number) throws IOException {
        int index = number - 1;
        try {
            long width = reader.getWidth(index);
            long height = reader.getHeight(index);
            if (width <= 0 || height <= 0) {
                throw new BadInputException("page " + number + " has an empty image (" + width + "x" + height + ")");
            }
            if (width * height > options.maxPixels()) {
                throw new BadInputException(String.format("page %d image is too large (%d x %d pixels, limit %d MP)",
                        number, width, height, options.maxPixels() / 1_000_000));
            }
            warnings.take();
            BufferedImage image = reader.read(index);
            String damage = warnings.take().map(w -> "the image is damaged, part of it could not be decoded: " + w)
                    .orElse(null);
            return new PageContent.Raster(number, image, resolution(reader.getImageMetadata(index)), damage);
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("page " + number + " image is unreadable: " + PdfDocumentSource.oneLine(e), e);
        }
    }

    /** Reads the resolution from the standard metadata tree (millimetres per pixel). */
    static int resolution(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return UNKNOWN_DPI;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) {
            return UNKNOWN_DPI;
        }
        try {
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            long dpi = Math.round(25.4 / mmPerPixel);
            return dpi >= 70 && dpi <= 1200 ? (int) dpi : UNKNOWN_DPI;
        } catch (NumberFormatException e) {
            return UNKNOWN_DPI;
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        stream.close();
    }
}
