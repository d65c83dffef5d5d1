package fr.registre.pipeline;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import fr.registre.model.Page;

/**
 * Some consecutive pages of one input, read on their own ({@link Registre#readPart}) so that the
 * pages of a long register can be read by several workers, on several machines, and then put
 * together ({@link Registre#assemble}) into the same outputs as one run over the whole file.
 * Serializable, to travel between the machines of a cluster.
 *
 * @param sha256    hash of the whole input, so that parts of different versions of a file are never mixed
 * @param pageCount pages of the whole input
 * @param pages     the pages read, in order
 * @param images    the JPEG each OCR'd page shows in the searchable PDF, by page number (empty when
 *                  no searchable PDF is written)
 * @param mayPass   a page failed for a reason another run may not meet (a timeout, the heap)
 */
public record DocumentPart(String sha256, int pageCount, List<Page> pages, Map<Integer, byte[]> images,
                           boolean mayPass) implements Serializable {

    public DocumentPart {
        pages = List.copyOf(pages);
        images = Map.copyOf(images);
    }
}
