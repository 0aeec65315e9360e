// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;

/**
 * Reads the font and colour URIs item providers answer ({@code IItemFontProvider},
 * {@code IItemColorProvider}), in the format of EMF's {@code ExtendedFontRegistry} and
 * {@code ExtendedColorRegistry}:
 * <ul>
 * <li>{@code font://name/height/style}: an empty name or height keeps the base font's, a height may be
 * relative ({@code +2}, {@code -1}); style is {@code normal}, {@code bold}, {@code italic} or both joined by
 * {@code +};</li>
 * <li>{@code color://rgb/r/g/b} and {@code color://hsb/h/s/b}: an empty component keeps the base colour's, a
 * component may be relative.</li>
 * </ul>
 * Pure functions, safe on any thread.
 */
public final class ItemUris {

	private ItemUris() {
	}

	/** The font a font URI describes, derived from a base font; null when it is not a readable font URI. */
	public static FontData font(URI uri, FontData base) {
		if (!"font".equals(uri.scheme()) || uri.segmentCount() < 2) {
			return null;
		}
		String name = uri.authority() == null || uri.authority().isEmpty() ? base.getName() : uri.authority();
		try {
			int height = (int) Math.max(1, value(uri.segment(0), base.getHeight()));
			return new FontData(name, height, style(uri.segment(1), base.getStyle()));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The colour a colour URI describes, derived from a base colour; null when it is not readable. */
	public static RGB color(URI uri, RGB base) {
		if (!"color".equals(uri.scheme()) || uri.segmentCount() != 3) {
			return null;
		}
		try {
			if ("rgb".equals(uri.authority())) {
				return new RGB(channel(uri.segment(0), base.red), channel(uri.segment(1), base.green),
						channel(uri.segment(2), base.blue));
			}
			if ("hsb".equals(uri.authority())) {
				float[] hsb = base.getHSB();
				float hue = clamp(value(uri.segment(0), hsb[0]), 360);
				return new RGB(hue, clamp(value(uri.segment(1), hsb[1]), 1), clamp(value(uri.segment(2), hsb[2]), 1));
			}
		} catch (NumberFormatException e) {
			// malformed component: treated like an unknown URI
		}
		return null;
	}

	private static int style(String specifier, int base) {
		return switch (specifier) {
		case "normal" -> SWT.NORMAL;
		case "bold" -> SWT.BOLD;
		case "italic" -> SWT.ITALIC;
		case "bold+italic", "italic+bold" -> SWT.BOLD | SWT.ITALIC;
		default -> base;
		};
	}

	private static int channel(String specifier, int base) {
		return Math.round(clamp(value(specifier, base), 255));
	}

	private static float value(String specifier, float base) {
		if (specifier.isEmpty()) {
			return base;
		}
		if (specifier.startsWith("+")) {
			return base + Float.parseFloat(specifier.substring(1));
		}
		if (specifier.startsWith("-")) {
			return base - Float.parseFloat(specifier.substring(1));
		}
		return Float.parseFloat(specifier);
	}

	private static float clamp(float value, float max) {
		return Math.max(0, Math.min(max, value));
	}
}
