package fr.registre.model;

import java.io.Serializable;

/** An axis-aligned rectangle in page pixels, origin at the top left. */
public record Box(int x, int y, int width, int height) implements Serializable {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size " + width + "x" + height);
        }
    }

    /** The box from corner coordinates (right and bottom exclusive). */
    public static Box ofCorners(int left, int top, int right, int bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }
}
