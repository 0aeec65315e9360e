// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The search box's texts joined in blocks: what each row holds, found as in a string of its own. */
class SearchTextsTest {

	/** Rows over several blocks, texts with line breaks of their own, some empty: as {@code contains} on each text. */
	@Test
	void findsWhatEachRowsOwnTextHolds() {
		Random random = new Random(7);
		String[] texts = new String[SearchTexts.BLOCK * 2 + 517];
		for (int row = 0; row < texts.length; row++) {
			texts[row] = randomText(random, random.nextInt(12));
		}
		SearchTexts search = SearchTexts.of(texts.length, (row, to) -> to.append(texts[row]), null);
		assertEquals(texts.length, search.size());
		for (int row = 0; row < texts.length; row += 97) {
			assertEquals(texts[row], search.text(row, (r, to) -> to.append("never asked")));
		}
		for (int round = 0; round < 200; round++) {
			List<String> words = round % 3 == 0 ? List.of(randomText(random, 1 + random.nextInt(3)).replace("\n", ""))
					: List.of(randomWord(random), randomWord(random));
			assertArrayEquals(expected(texts, words), search.matching(words, (row, to) -> to.append(texts[row])),
					words::toString);
		}
	}

	/** A word made of the end of one row and the start of the next is in neither, also from one block to the next. */
	@Test
	void aWordNeverSpansTwoRows() {
		int rows = SearchTexts.BLOCK + 2;
		SearchTexts search = SearchTexts.of(rows, (row, to) -> to.append(row % 2 == 0 ? "xab" : "cdx"), null);
		boolean[] found = search.matching(List.of("bc"), null);
		assertArrayEquals(new boolean[rows], found);
		found = search.matching(List.of("ab", "x"), null);
		for (int row = 0; row < rows; row++) {
			assertEquals(row % 2 == 0, found[row], "row " + row);
		}
		found = search.matching(List.of("cdx"), null);
		assertEquals(true, found[SearchTexts.BLOCK - 1], "the last row of a block");
		assertEquals(true, found[SearchTexts.BLOCK + 1], "the last row of all");
		assertEquals(false, found[SearchTexts.BLOCK]);
	}

	/** A row changed since the blocks were made is searched in its new text, made once until it changes again. */
	@Test
	void aChangedRowIsSearchedInItsNewText() {
		String[] texts = { "ana perez", "bruno diaz", "carla ruiz" };
		int[] made = new int[1];
		SearchTexts.RowText now = (row, to) -> {
			made[0]++;
			to.append(texts[row]);
		};
		SearchTexts search = SearchTexts.of(texts.length, now, null);
		made[0] = 0;
		texts[1] = "bruno zelaya";
		assertArrayEquals(new boolean[] { false, false, true }, search.matching(List.of("ruiz"), now));
		assertArrayEquals(new boolean[] { false, true, false }, search.matching(List.of("diaz"), now),
				"until it is said to have changed, a row keeps the text it had");
		search.forget(1);
		assertArrayEquals(new boolean[] { false, false, false }, search.matching(List.of("diaz"), now));
		assertArrayEquals(new boolean[] { false, true, false }, search.matching(List.of("zelaya", "bruno"), now));
		assertEquals(1, made[0], "the changed row's text is made once");
		assertEquals("bruno zelaya", search.text(1, now));
		texts[1] = "bruno lopez";
		search.forget(1);
		assertArrayEquals(new boolean[] { false, true, false }, search.matching(List.of("lopez"), now));
		assertArrayEquals(new boolean[] { true, true, true }, search.matching(List.of(), now), "no word: every row");
		assertArrayEquals(new boolean[] { true, false, true }, search.matching(List.of("a", "r", ""), now));
		assertEquals(0, SearchTexts.of(0, now, null).matching(List.of("a"), now).length);
	}

	private static boolean[] expected(String[] texts, List<String> words) {
		boolean[] expected = new boolean[texts.length];
		for (int row = 0; row < texts.length; row++) {
			String text = texts[row];
			expected[row] = words.stream().allMatch(text::contains);
		}
		return expected;
	}

	private static String randomWord(Random random) {
		return randomText(random, 1 + random.nextInt(2)).replace('\n', 'a');
	}

	private static String randomText(Random random, int length) {
		String letters = "abcñ é\n";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(letters.charAt(random.nextInt(letters.length())));
		}
		return text.toString();
	}
}
