// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What the search box looks in, for every row of the plan (indexed by position in the plan): each row's text joined
 * with the next rows' into blocks of {@link #BLOCK} rows, one long string per block rather than one per row. A block
 * of the usual texts is an array of a megabyte or more, which the collector allocates apart from the young objects
 * and never copies; a string per row made 200,000 objects for 100,000 rows (about 23 MB, the last thing the
 * preparation made), which the first young collections after it copied twice, inside whatever the planner was doing
 * then. A word is looked for with {@link String#indexOf(String, int)} over a whole block. A row changed since the
 * blocks were made gets a string of its own, made when it is next searched.
 * <p>
 * Used by one thread at a time (made on any thread, then handed over).
 */
final class SearchTexts {

	/** Rows per block. */
	static final int BLOCK = 8192;

	/** Between a row's text and the next one's in a block: never in a word of the search box (split at blanks). */
	private static final char SEPARATOR = '\n';

	/** Writes a row's text, as it is now. */
	@FunctionalInterface
	interface RowText {
		void append(int row, StringBuilder to);
	}

	private final String[] blocks;
	/** What the work over every row yields to (null: nothing). */
	private final Foreground foreground;
	/** Where each row's text ends in its block (the position of the separator after it). */
	private final int[] ends;
	/** Rows changed since the blocks were made: their text is the one in {@link #own}, made again when null. */
	private final BitSet changed = new BitSet();
	private String[] own;

	private SearchTexts(String[] blocks, int[] ends, Foreground foreground) {
		this.blocks = blocks;
		this.ends = ends;
		this.foreground = foreground;
	}

	/**
	 * The texts of {@code rows} rows, {@linkplain Foreground#yieldToUi() yielding} to the UI thread's operations every
	 * {@link ColumnValues#CHECKPOINT} rows, and later between two blocks of a search (never when {@code foreground}
	 * is null; the UI thread's own work never waits).
	 */
	static SearchTexts of(int rows, RowText text, Foreground foreground) {
		String[] blocks = new String[(rows + BLOCK - 1) / BLOCK];
		int[] ends = new int[rows];
		// about 200 characters a row: grown (and copied) only for longer texts
		StringBuilder block = new StringBuilder(Math.min(rows, BLOCK) * 200);
		for (int row = 0; row < rows; row++) {
			ColumnValues.checkpoint(foreground, row);
			text.append(row, block);
			ends[row] = block.length();
			block.append(SEPARATOR);
			if ((row + 1) % BLOCK == 0 || row + 1 == rows) {
				blocks[row / BLOCK] = block.toString();
				block.setLength(0);
			}
		}
		return new SearchTexts(blocks, ends, foreground);
	}

	/** How many rows. */
	int size() {
		return ends.length;
	}

	/** A row changed: its text is made again when next searched. */
	void forget(int row) {
		changed.set(row);
		if (own != null) {
			own[row] = null;
		}
	}

	/**
	 * For each row, whether its text holds every word ({@linkplain hn.siempleo.plan.io.shared.ActionLabels#fold
	 * folded}, without blanks).
	 *
	 * @param text writes the text of a row changed since the blocks were made
	 */
	boolean[] matching(List<String> words, RowText text) {
		boolean[] all = new boolean[ends.length];
		Arrays.fill(all, true);
		for (String word : words) {
			if (word.isEmpty()) {
				continue; // in every text
			}
			boolean[] found = new boolean[ends.length];
			for (int block = 0; block < blocks.length; block++) {
				if (foreground != null) {
					foreground.yieldToUi();
				}
				find(word, block, found);
			}
			for (int row = changed.nextSetBit(0); row >= 0; row = changed.nextSetBit(row + 1)) {
				found[row] = own(row, text).contains(word);
			}
			for (int row = 0; row < all.length; row++) {
				all[row] &= found[row];
			}
		}
		return all;
	}

	/** A row's text as it is now. */
	String text(int row, RowText text) {
		if (changed.get(row)) {
			return own(row, text);
		}
		int start = row % BLOCK == 0 ? 0 : ends[row - 1] + 1;
		return blocks[row / BLOCK].substring(start, ends[row]);
	}

	/** Marks the rows of a block whose text holds the word. */
	private void find(String word, int block, boolean[] found) {
		String joined = blocks[block];
		int row = block * BLOCK;
		int from = 0;
		int at;
		while ((at = joined.indexOf(word, from)) >= 0) {
			// the word has no separator: it lies inside the text of the first row ending after it starts
			while (ends[row] < at) {
				row++;
			}
			found[row] = true;
			from = ends[row] + 1;
		}
	}

	private String own(int row, RowText text) {
		if (own == null) {
			own = new String[ends.length];
		}
		if (own[row] == null) {
			StringBuilder made = new StringBuilder(200);
			text.append(row, made);
			own[row] = made.toString();
		}
		return own[row];
	}
}
