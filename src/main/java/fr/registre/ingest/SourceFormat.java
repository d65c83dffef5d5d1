package fr.registre.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Formats registre reads, recognised by their leading bytes rather than by file name. */
public enum SourceFormat {
    PDF, PNG, JPEG, TIFF, GIF, BMP, JPEG2000;

    /** PDF allows junk before the header; readers look for it within the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    /**
     * Identifies the format of a file.
     *
     * @throws BadInputException for empty files and files of any other format
     */
    public static SourceFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF_HEADER_WINDOW);
        }
        if (head.length == 0) {
            throw new BadInputException("empty file");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'B', 'M')) {
            return BMP;
        }
        // a JP2 file's signature box, or a bare JPEG 2000 codestream
        if (startsWith(head, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A)
                || startsWith(head, 0xFF, 0x4F, 0xFF, 0x51)) {
            return JPEG2000;
        }
        if (new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return PDF;
        }
        String name = file.getFileName().toString().toLowerCase();
        String what = name.endsWith(".pdf") ? "not a PDF" : "not a PDF or an image";
        throw new BadInputException(what + " (starts with "
                + printable(Arrays.copyOf(head, Math.min(8, head.length))) + ")");
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return sb.append('"').toString();
    }
}
