package fr.registre.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** Office stamps over real pages: what a page looks like once a clerk has stamped and signed it. */
public final class Stamps {

    private Stamps() {
    }

    /**
     * The page with a round blue stamp and a signature over its middle, inked as ink lies on paper:
     * each channel of the page multiplied by the ink's.
     */
    public static BufferedImage stamped(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        double inch = w / 8.3;
        BufferedImage ink = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ink.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double cx = w * 0.55;
        double cy = h * 0.45;
        double r = Math.min(inch * 0.8, h * 0.3);
        g.setColor(new Color(70, 80, 190));
        g.setStroke(new BasicStroke((float) (r * 0.04)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.draw(new Ellipse2D.Double(cx - r * 0.72, cy - r * 0.72, 1.44 * r, 1.44 * r));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (r * 0.2)));
        g.drawString("MAIRIE", (int) (cx - r * 0.45), (int) (cy + r * 0.08));
        g.setColor(new Color(30, 40, 130));
        g.setStroke(new BasicStroke((float) (r * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D signature = new Path2D.Double();
        double x = cx - r * 1.8;
        double y = cy + r * 0.7;
        signature.moveTo(x, y);
        for (int loop = 1; loop <= 7; loop++) {
            double next = x + r * 0.55 * loop;
            signature.curveTo(next - r * 0.4, y - r * 0.45, next - r * 0.1, y + r * 0.3, next, y);
        }
        g.draw(signature);
        g.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                int p = page.getRGB(px, py);
                int q = ink.getRGB(px, py);
                int o = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    o |= (((p >> shift) & 0xFF) * ((q >> shift) & 0xFF) / 255) << shift;
                }
                out.setRGB(px, py, o);
            }
        }
        return out;
    }
}
