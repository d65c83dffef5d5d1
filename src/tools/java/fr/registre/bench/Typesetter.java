package fr.registre.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages with the Liberation Sans font bundled in PDFBox, so the result is the
 * same on every machine. The text actually drawn on each page is kept as its ground truth.
 */
final class Typesetter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 62;
    private static final float FONT_SIZE = 10.5f;
    private static final float LEADING = 14.5f;

    /** A typeset document and the text of each of its pages. */
    record Typeset(PDDocument pdf, List<String> pageTexts) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            pdf.close();
        }
    }

    private Typesetter() {
    }

    static Typeset typeset(String text, int maxPages) throws IOException {
        PDDocument pdf = new PDDocument();
        PDFont font;
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(pdf, in, true);
        }
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        List<String> lines = new ArrayList<>();
        for (String source : normalise(text, font).split("\n", -1)) {
            wrap(source, font, width, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> pageTexts = new ArrayList<>();
        for (int first = 0; first < lines.size() && pageTexts.size() < maxPages; first += linesPerPage) {
            List<String> pageLines = lines.subList(first, Math.min(lines.size(), first + linesPerPage));
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(font, FONT_SIZE);
                cs.setLeading(LEADING);
                cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                for (String line : pageLines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            pageTexts.add(String.join("\n", pageLines).strip());
        }
        return new Typeset(pdf, pageTexts);
    }

    /** One space between words, markdown emphasis removed, glyphs the font lacks replaced. */
    static String normalise(String text, PDFont font) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : text.replace("**", "").replace("\r", "").split("\n", -1)) {
            sb.append(line.strip().replaceAll("[ \\t\\u00A0]+", " ")).append('\n');
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sb.length(); ) {
            int cp = sb.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (cp == '\n') {
                out.append(c);
            } else if (Character.getType(cp) == Character.PRIVATE_USE || cp == 0x25A0) {
                out.append('•');
            } else if (canEncode(font, c)) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static boolean canEncode(PDFont font, String c) throws IOException {
        try {
            font.encode(c);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void wrap(String line, PDFont font, float width, List<String> out) throws IOException {
        if (line.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        out.add(current.toString());
    }
}
