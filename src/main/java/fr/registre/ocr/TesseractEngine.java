package fr.registre.ocr;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import fr.registre.model.Box;
import fr.registre.model.TextBlock;
import fr.registre.model.TextLine;
import fr.registre.model.Word;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * One Tesseract instance, driven through Tess4J's C API binding. Tesseract is not thread-safe:
 * an engine belongs to one thread at a time; run one engine per worker. The model is loaded once
 * and reused for every page, which is where most of the speed over the {@code tesseract} command
 * comes from.
 */
public final class TesseractEngine implements Recognizer {

    private static final TessAPI API = TessAPI.INSTANCE;

    /**
     * Tesseract's progress monitor (ETEXT_DESC) through the accessors its C API exports, so that no
     * struct layout is guessed; Tess4J predates them.
     */
    interface MonitorApi extends Library {
        MonitorApi INSTANCE = Native.load(LoadLibs.getTesseractLibName(), MonitorApi.class);

        Pointer TessMonitorCreate();

        void TessMonitorDelete(Pointer monitor);

        void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);

        int TessBaseAPIRecognize(TessBaseAPI handle, Pointer monitor);
    }

    /**
     * Below this confidence Tesseract's orientation guess is not followed; it reports about 12-15 on
     * a clean page in any of the four orientations, and 1-3 on noise.
     */
    private static final float ORIENTATION_CONFIDENCE = 5;

    private final OcrOptions options;
    private TessBaseAPI handle;
    /** The orientation model ({@code osd}), loaded on the first page whose orientation is in doubt; null until then. */
    private TessBaseAPI orientation;
    private boolean orientationMissing;
    /** The page handed to Tesseract, reused from page to page: direct memory is freed only by a GC. */
    private ByteBuffer pixels = ByteBuffer.allocateDirect(0);

    /** Loads the language model. */
    public TesseractEngine(OcrOptions options) {
        this.options = options;
        this.handle = API.TessBaseAPICreate();
        int rc = API.TessBaseAPIInit2(handle, options.tessdataPath(), options.language(),
                ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            API.TessBaseAPIDelete(handle);
            handle = null;
            throw new OcrException("cannot load Tesseract language '" + options.language()
                    + "' (install tesseract-ocr-" + options.language().split("\\+")[0] + ")");
        }
        API.TessBaseAPISetPageSegMode(handle, options.pageSegMode());
        // Tesseract prints diagnostics ("Detected N diacritics") on stdout; registre reports its own.
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        API.TessBaseAPISetVariable(handle, "thresholding_method", options.thresholding().tesseractValue());
    }

    /** The version of the native Tesseract library. */
    public static String version() {
        return API.TessVersion();
    }

    /**
     * A colour page goes in as RGB, as the {@code tesseract} command gives it: Tesseract thresholds
     * each channel. The pixels are written straight into native memory, row by row, so a large
     * colour page is not copied on the heap.
     */
    @Override
    public OcrResult recognize(BufferedImage image, int dpi) {
        if (!GrayImage.inColour(image)) {
            return recognize(GrayImage.of(image), dpi);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        ByteBuffer rgb = buffer(w * h * 3);
        int[] row = new int[w];
        byte[] bytes = new byte[w * 3];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0, i = 0; x < w; x++, i += 3) {
                bytes[i] = (byte) (row[x] >> 16);
                bytes[i + 1] = (byte) (row[x] >> 8);
                bytes[i + 2] = (byte) row[x];
            }
            rgb.put(bytes);
        }
        return recognize(rgb.flip(), w, h, 3, dpi);
    }

    @Override
    public OcrResult recognize(GrayImage image, int dpi) {
        return recognize(buffer(image.pixels().length).put(image.pixels()).flip(), image.width(), image.height(), 1, dpi);
    }

    /**
     * Tesseract's orientation detection ({@code osd}, installed with Debian's {@code tesseract-ocr}):
     * the page's orientation in degrees counter-clockwise, turned into clockwise quarter turns.
     */
    @Override
    public int quartersToUpright(GrayImage image, int dpi) {
        if (!loadOrientation()) {
            return 0;
        }
        API.TessBaseAPISetImage(orientation, buffer(image.pixels().length).put(image.pixels()).flip(), image.width(), image.height(),
                1, image.width());
        API.TessBaseAPISetSourceResolution(orientation, dpi);
        IntBuffer degrees = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asIntBuffer();
        FloatBuffer confidence = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        FloatBuffer scriptConfidence = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        try {
            int found = API.TessBaseAPIDetectOrientationScript(orientation, degrees, confidence, new PointerByReference(), scriptConfidence);
            return found == 0 || confidence.get(0) < ORIENTATION_CONFIDENCE ? 0 : Math.floorMod(-degrees.get(0) / 90, 4);
        } finally {
            API.TessBaseAPIClear(orientation);
        }
    }

    private boolean loadOrientation() {
        if (orientation == null && !orientationMissing) {
            String dir = Tessdata.holding("osd", options.tessdataPath());
            TessBaseAPI osd = API.TessBaseAPICreate();
            if (dir == null || API.TessBaseAPIInit2(osd, dir, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
                API.TessBaseAPIDelete(osd);
                orientationMissing = true; // an install without osd reads every page as it comes
            } else {
                API.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
                API.TessBaseAPISetPageSegMode(osd, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
                orientation = osd;
            }
        }
        return orientation != null;
    }

    /** The engine's native page buffer, cleared, with room for {@code size} bytes. */
    private ByteBuffer buffer(int size) {
        if (pixels.capacity() < size) {
            pixels = ByteBuffer.allocateDirect(size);
        }
        return pixels.clear();
    }

    private OcrResult recognize(ByteBuffer data, int width, int height, int bytesPerPixel, int dpi) {
        if (handle == null) {
            throw new IllegalStateException("engine is closed");
        }
        API.TessBaseAPISetImage(handle, data, width, height, bytesPerPixel, width * bytesPerPixel);
        API.TessBaseAPISetSourceResolution(handle, dpi);

        long deadline = System.nanoTime() + options.pageTimeout().toNanos();
        Pointer monitor = MonitorApi.INSTANCE.TessMonitorCreate();
        MonitorApi.INSTANCE.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, options.pageTimeout().toMillis()));
        try {
            int rc = MonitorApi.INSTANCE.TessBaseAPIRecognize(handle, monitor);
            if (System.nanoTime() > deadline) {
                throw OcrException.timedOut(options.pageTimeout());
            }
            if (rc != 0) {
                throw new OcrException("Tesseract failed to recognise the page (code " + rc + ")");
            }
            return collect();
        } finally {
            API.TessBaseAPIClear(handle);
            MonitorApi.INSTANCE.TessMonitorDelete(monitor);
        }
    }

    /** Walks the result word by word, grouping words into lines and paragraphs. */
    private OcrResult collect() {
        List<TextBlock> blocks = new ArrayList<>();
        ITessAPI.TessResultIterator it = API.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return new OcrResult("", null, blocks);
        }
        try {
            ITessAPI.TessPageIterator page = API.TessResultIteratorGetPageIterator(it);
            List<TextLine> lines = new ArrayList<>();
            List<Word> words = new ArrayList<>();
            Box paraBox = null;
            Box lineBox = null;
            IntBuffer l = IntBuffer.allocate(1);
            IntBuffer t = IntBuffer.allocate(1);
            IntBuffer r = IntBuffer.allocate(1);
            IntBuffer b = IntBuffer.allocate(1);
            do {
                if (API.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_PARA) != 0) {
                    flushLine(lines, words, lineBox);
                    flushBlock(blocks, lines, paraBox);
                    paraBox = box(page, TessPageIteratorLevel.RIL_PARA, l, t, r, b);
                }
                if (API.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    flushLine(lines, words, lineBox);
                    lineBox = box(page, TessPageIteratorLevel.RIL_TEXTLINE, l, t, r, b);
                }
                Pointer text = API.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD);
                if (text == null) {
                    continue;
                }
                String word = text.getString(0, "UTF-8").strip();
                API.TessDeleteText(text);
                if (word.isEmpty()) {
                    continue;
                }
                float conf = API.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD);
                words.add(new Word(word, box(page, TessPageIteratorLevel.RIL_WORD, l, t, r, b),
                        Math.max(0, Math.min(1, conf / 100.0))));
            } while (API.TessResultIteratorNext(it, TessPageIteratorLevel.RIL_WORD) != 0);
            flushLine(lines, words, lineBox);
            flushBlock(blocks, lines, paraBox);
        } finally {
            API.TessResultIteratorDelete(it);
        }
        return new OcrResult(OcrText.of(blocks), OcrText.confidence(blocks), blocks);
    }

    private static Box box(ITessAPI.TessPageIterator page, int level,
                           IntBuffer l, IntBuffer t, IntBuffer r, IntBuffer b) {
        API.TessPageIteratorBoundingBox(page, level, l, t, r, b);
        return Box.ofCorners(l.get(0), t.get(0), r.get(0), b.get(0));
    }

    private static void flushLine(List<TextLine> lines, List<Word> words, Box box) {
        if (!words.isEmpty()) {
            lines.add(new TextLine(box, words));
            words.clear();
        }
    }

    private static void flushBlock(List<TextBlock> blocks, List<TextLine> lines, Box box) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(box, lines));
            lines.clear();
        }
    }

    @Override
    public void close() {
        if (handle != null) {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
            handle = null;
        }
        if (orientation != null) {
            API.TessBaseAPIEnd(orientation);
            API.TessBaseAPIDelete(orientation);
            orientation = null;
        }
    }
}
