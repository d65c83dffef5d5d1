package fr.registre.export;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import javax.xml.stream.XMLStreamWriter;

import fr.registre.model.AnalysedDocument;
import fr.registre.model.Box;
import fr.registre.model.Page;
import fr.registre.model.PageMethod;
import fr.registre.model.TextBlock;
import fr.registre.model.TextLine;
import fr.registre.model.Word;
import fr.registre.ocr.TesseractEngine;

/**
 * Writes recognised pages as ALTO 4, the layout format of French archives and Gallica: one
 * {@code Page} per OCR'd page with blocks, lines and words, word confidence in {@code WC}.
 * Coordinates are pixels of the (deskewed) page image.
 */
public final class AltoWriter implements DocumentWriter {

    private static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://www.loc.gov/alto/v4/alto-4-2.xsd";

    private final String software;
    private final String processing;

    /**
     * @param software   the producer named in the file
     * @param processing the steps that made the recognised image, e.g. "deskew; recognition"
     */
    public AltoWriter(String software, String processing) {
        this.software = software;
        this.processing = processing;
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.ALTO;
    }

    /** Writes the OCR pages of a document; text-layer pages are not part of an ALTO file. */
    @Override
    public void write(AnalysedDocument document, OutputStream out) throws IOException {
        try {
            write(document.ingested().source(), document.ingested().pages(), out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write ALTO: " + e.getMessage(), e);
        }
    }

    private void write(String sourceName, List<Page> pages, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("alto");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", XSI);
        x.writeAttribute(XSI, "schemaLocation", SCHEMA);
        writeDescription(x, sourceName);
        x.writeStartElement("Layout");
        for (Page page : pages) {
            if (page.method() == PageMethod.OCR) {
                writePage(x, page);
            }
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private void writeDescription(XMLStreamWriter x, String sourceName) throws XMLStreamException {
        x.writeStartElement("Description");
        element(x, "MeasurementUnit", "pixel");
        x.writeStartElement("sourceImageInformation");
        element(x, "fileName", SafeText.xml(sourceName));
        x.writeEndElement();
        x.writeStartElement("OCRProcessing");
        x.writeAttribute("ID", "OCR_0");
        x.writeStartElement("ocrProcessingStep");
        element(x, "processingStepDescription", processing);
        x.writeStartElement("processingSoftware");
        element(x, "softwareName", software);
        element(x, "softwareVersion", "Tesseract " + TesseractEngine.version());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Opens an element that has an identifier and a position on the page. */
    private static void startBoxed(XMLStreamWriter x, String element, String id, Box box) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeAttribute("ID", id);
        position(x, box);
    }

    private static void writePage(XMLStreamWriter x, Page page) throws XMLStreamException {
        String id = "P" + page.number();
        x.writeStartElement("Page");
        x.writeAttribute("ID", id);
        x.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(page.number()));
        x.writeAttribute("WIDTH", Integer.toString(page.width()));
        x.writeAttribute("HEIGHT", Integer.toString(page.height()));
        if (page.confidence() != null) {
            x.writeAttribute("PC", fraction(page.confidence()));
        }
        startBoxed(x, "PrintSpace", id + "_PS", new Box(0, 0, page.width(), page.height()));
        int b = 0;
        for (TextBlock block : page.blocks()) {
            String blockId = id + "_B" + ++b;
            startBoxed(x, "TextBlock", blockId, block.box());
            int l = 0;
            for (TextLine line : block.lines()) {
                String lineId = blockId + "_L" + ++l;
                startBoxed(x, "TextLine", lineId, line.box());
                int w = 0;
                for (Word word : line.words()) {
                    if (w > 0) {
                        x.writeEmptyElement("SP");
                    }
                    x.writeEmptyElement("String");
                    x.writeAttribute("ID", lineId + "_W" + ++w);
                    position(x, word.box());
                    x.writeAttribute("CONTENT", SafeText.xml(word.text()));
                    x.writeAttribute("WC", fraction(word.confidence()));
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void position(XMLStreamWriter x, Box box) throws XMLStreamException {
        x.writeAttribute("HPOS", Integer.toString(box.x()));
        x.writeAttribute("VPOS", Integer.toString(box.y()));
        x.writeAttribute("WIDTH", Integer.toString(box.width()));
        x.writeAttribute("HEIGHT", Integer.toString(box.height()));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String fraction(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
