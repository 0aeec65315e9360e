// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether a zip archive (an XLSX workbook) would expand out of proportion: each entry is inflated while the
 * compressed bytes read for it are counted, and reading stops as soon as the ratio falls under the limit, so
 * a bomb costs no more than its first megabytes.
 */
final class ZipRatios {

	/** Entries smaller than this are never judged (POI's grace size). */
	private static final long GRACE = 100 * 1024;

	private ZipRatios() {
	}

	/** True when some entry inflates more than {@code 1 / minRatio} times its compressed size. */
	static boolean isBomb(byte[] archive, double minRatio) {
		CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(archive));
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(counted)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				long compressedStart = counted.count;
				long inflated = 0;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					inflated += n;
					long compressed = Math.max(1, counted.count - compressedStart);
					if (inflated > GRACE && (double) compressed / inflated < minRatio) {
						return true;
					}
				}
				if (entry.isDirectory()) {
					continue;
				}
			}
			return false;
		} catch (IOException | IllegalArgumentException e) {
			return false; // not a readable zip: POI says what is wrong with it
		}
	}

	private static final class CountingInputStream extends FilterInputStream {
		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
