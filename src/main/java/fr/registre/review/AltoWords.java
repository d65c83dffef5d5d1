package fr.registre.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The words of a document's ALTO file with their OCR confidence, page by page and line by line, so
 * that the document view can tint the words a reader should check first.
 */
final class AltoWords {

    /** A word as recognised and its confidence (0..1), null when ALTO gives none. */
    record Word(String content, Double confidence) {
    }

    private AltoWords() {
    }

    /** Lines of words by page number; empty when the file is missing (a document with no OCR'd page). */
    static Map<Integer, List<List<Word>>> read(Path alto) throws IOException {
        Map<Integer, List<List<Word>>> pages = new HashMap<>();
        if (!Files.isRegularFile(alto)) {
            return pages;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // ALTO is data: no DTD, no external entity is ever fetched
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(alto)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            List<List<Word>> lines = null;
            List<Word> line = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Page" -> {
                        lines = new ArrayList<>();
                        pages.put(Integer.parseInt(xml.getAttributeValue(null, "PHYSICAL_IMG_NR")), lines);
                    }
                    case "TextLine" -> {
                        line = new ArrayList<>();
                        if (lines != null) {
                            lines.add(line);
                        }
                    }
                    case "String" -> {
                        String wc = xml.getAttributeValue(null, "WC");
                        if (line != null) {
                            line.add(new Word(xml.getAttributeValue(null, "CONTENT"), wc == null ? null : Double.valueOf(wc)));
                        }
                    }
                    default -> {
                        // blocks, spaces and descriptions hold no word
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException(alto.getFileName() + ": not a readable ALTO file (" + e.getMessage() + ")", e);
        }
        return pages;
    }
}
