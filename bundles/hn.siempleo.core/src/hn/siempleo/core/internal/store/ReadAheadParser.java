// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParser;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX parser that reads the document on a thread of its own while the calling thread builds the model: the
 * reading thread records the parser's events in batches (names, attributes, text, and the line and column of
 * each), and the calling thread replays them, in the same order and with the same positions, to the handler
 * (which therefore runs only on the calling thread, as with a plain parser). A problem of the parser (a DTD, an
 * invalid byte, the size limit) is replayed after every event before it, as the parser would have reported it; if
 * the handler stops the load, the reading stops too. Both threads are done when {@link #parse} returns.
 *
 * <p>Only {@link #parse(InputSource, DefaultHandler)} reads ahead; the parser's features and properties are those
 * of the wrapped one ({@link #getXMLReader()}). The lexical and DTD events of SAX are not passed on (the loads
 * that use this parser ask for neither and refuse DTDs); entities resolve to nothing, as EMF's handler resolves
 * them when a load does not ask for them.
 */
final class ReadAheadParser extends SAXParser {

	/** Events per batch handed over. */
	private static final int BATCH = 1024;
	/** Batches in flight: the reading thread runs at most this far ahead. */
	private static final int IN_FLIGHT = 8;

	private static final byte START_DOCUMENT = 1;
	private static final byte END_DOCUMENT = 2;
	private static final byte START_ELEMENT = 3;
	private static final byte END_ELEMENT = 4;
	private static final byte CHARACTERS = 5;
	private static final byte IGNORABLE_WHITESPACE = 6;
	private static final byte START_PREFIX = 7;
	private static final byte END_PREFIX = 8;
	private static final byte PROCESSING_INSTRUCTION = 9;
	private static final byte SKIPPED_ENTITY = 10;
	private static final byte WARNING = 11;
	private static final byte ERROR = 12;
	private static final byte FATAL_ERROR = 13;

	private final SAXParser parser;

	ReadAheadParser(SAXParser parser) {
		this.parser = parser;
	}

	@Override
	public void parse(InputSource input, DefaultHandler handler) throws SAXException, IOException {
		Pipe pipe = new Pipe();
		Recorder recorder = new Recorder(pipe);
		XMLReader reader = parser.getXMLReader();
		reader.setContentHandler(recorder);
		reader.setErrorHandler(recorder);
		reader.setEntityResolver(recorder);
		reader.setDTDHandler(recorder);
		Thread reading = new Thread(() -> recorder.read(reader, input), "siempleo-xml-reader"); //$NON-NLS-1$
		reading.setDaemon(true);
		reading.start();
		try {
			replay(pipe, recorder, handler);
		} finally {
			pipe.cancelled = true;
			pipe.free.clear();
			pipe.full.clear();
			joinUninterruptibly(reading);
			reader.setContentHandler(null);
			reader.setErrorHandler(null);
			reader.setEntityResolver(null);
			reader.setDTDHandler(null);
		}
	}

	private static void replay(Pipe pipe, Recorder recorder, DefaultHandler handler) throws SAXException, IOException {
		Replay locator = new Replay(recorder);
		handler.setDocumentLocator(locator);
		RecordedAttributes attributes = new RecordedAttributes();
		while (true) {
			Batch batch = pipe.take();
			String[] strings = batch.strings;
			for (int i = 0; i < batch.size; i++) {
				locator.line = batch.lines[i];
				locator.column = batch.columns[i];
				int at = batch.at[i];
				switch (batch.kinds[i]) {
				case START_DOCUMENT -> handler.startDocument();
				case END_DOCUMENT -> handler.endDocument();
				case START_ELEMENT -> {
					attributes.set(strings, at + 3, batch.counts[i]);
					handler.startElement(strings[at], strings[at + 1], strings[at + 2], attributes);
				}
				case END_ELEMENT -> handler.endElement(strings[at], strings[at + 1], strings[at + 2]);
				case CHARACTERS -> handler.characters(batch.chars, at, batch.counts[i]);
				case IGNORABLE_WHITESPACE -> handler.ignorableWhitespace(batch.chars, at, batch.counts[i]);
				case START_PREFIX -> handler.startPrefixMapping(strings[at], strings[at + 1]);
				case END_PREFIX -> handler.endPrefixMapping(strings[at]);
				case PROCESSING_INSTRUCTION -> handler.processingInstruction(strings[at], strings[at + 1]);
				case SKIPPED_ENTITY -> handler.skippedEntity(strings[at]);
				case WARNING -> handler.warning((SAXParseException) batch.problems[at]);
				case ERROR -> handler.error((SAXParseException) batch.problems[at]);
				case FATAL_ERROR -> handler.fatalError((SAXParseException) batch.problems[at]);
				default -> throw new IllegalStateException();
				}
			}
			Throwable failure = batch.failure;
			boolean last = batch.last;
			batch.clear();
			pipe.free.offer(batch);
			if (failure != null) {
				throw rethrow(failure);
			}
			if (last) {
				return;
			}
		}
	}

	private static SAXException rethrow(Throwable failure) throws IOException {
		if (failure instanceof SAXException e) {
			return e;
		}
		if (failure instanceof IOException e) {
			throw e;
		}
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		return new SAXException((Exception) failure);
	}

	private static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (true) {
			try {
				thread.join();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The batches going to the calling thread, and those coming back to be filled again. */
	private static final class Pipe {
		final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
		final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
		/** Set by the calling thread when it stops replaying (done, or the handler failed). */
		volatile boolean cancelled;
		private int made;

		/** A batch to fill (reading thread), or null when the replay has stopped. */
		Batch fresh() {
			if (made < IN_FLIGHT) {
				Batch batch = free.poll();
				if (batch != null) {
					return batch;
				}
				made++;
				return new Batch();
			}
			while (!cancelled) {
				try {
					Batch batch = free.poll(10, TimeUnit.MILLISECONDS);
					if (batch != null) {
						return batch;
					}
				} catch (InterruptedException e) {
					// only the calling thread's cancellation stops the reading
				}
			}
			return null;
		}

		/** Hands a filled batch over (reading thread); the queue never holds more than the batches made. */
		void hand(Batch batch) {
			full.offer(batch);
		}

		/** The next batch to replay (calling thread); waits through interrupts, which are kept for the caller. */
		Batch take() {
			boolean interrupted = false;
			try {
				while (true) {
					try {
						return full.take();
					} catch (InterruptedException e) {
						interrupted = true;
					}
				}
			} finally {
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** Recorded events: kinds, positions, and where their names, texts or problems are. */
	private static final class Batch {
		int size;
		final byte[] kinds = new byte[BATCH];
		final int[] lines = new int[BATCH];
		final int[] columns = new int[BATCH];
		/** Index of the event's first string, first character or its problem. */
		final int[] at = new int[BATCH];
		/** Number of attributes, or of characters. */
		final int[] counts = new int[BATCH];
		String[] strings = new String[BATCH * 8];
		int stringCount;
		char[] chars = new char[BATCH * 16];
		int charCount;
		Object[] problems = new Object[4];
		int problemCount;
		/** What ended the reading, replayed after the events. */
		Throwable failure;
		/** Whether the reading ended with this batch. */
		boolean last;

		boolean isFull() {
			return size == BATCH;
		}

		int event(byte kind, Locator locator) {
			kinds[size] = kind;
			lines[size] = locator == null ? -1 : locator.getLineNumber();
			columns[size] = locator == null ? -1 : locator.getColumnNumber();
			return size++;
		}

		int strings(int count) {
			if (stringCount + count > strings.length) {
				strings = Arrays.copyOf(strings, Math.max(strings.length * 2, stringCount + count));
			}
			int first = stringCount;
			stringCount += count;
			return first;
		}

		int chars(char[] ch, int start, int length) {
			if (charCount + length > chars.length) {
				chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
			}
			System.arraycopy(ch, start, chars, charCount, length);
			int first = charCount;
			charCount += length;
			return first;
		}

		int problem(SAXParseException problem) {
			if (problemCount == problems.length) {
				problems = Arrays.copyOf(problems, problems.length * 2);
			}
			problems[problemCount] = problem;
			return problemCount++;
		}

		void clear() {
			Arrays.fill(strings, 0, stringCount, null);
			Arrays.fill(problems, 0, problemCount, null);
			size = 0;
			stringCount = 0;
			charCount = 0;
			problemCount = 0;
			failure = null;
			last = false;
		}
	}

	/** The reading thread's handler: records every event of the parser into the current batch. */
	private static final class Recorder extends DefaultHandler {
		private final Pipe pipe;
		private Locator locator;
		private Batch batch;
		/** The document's encoding and XML version, as the parser's locator gives them at the first element. */
		volatile String encoding;
		volatile String version;
		volatile String systemId;
		volatile String publicId;
		private boolean header;

		Recorder(Pipe pipe) {
			this.pipe = pipe;
		}

		void read(XMLReader reader, InputSource input) {
			Throwable failure = null;
			try {
				batch = pipe.fresh();
				if (batch != null) {
					reader.parse(input);
				}
			} catch (Stopped e) {
				return;
			} catch (Exception | Error e) {
				failure = e;
			}
			if (batch == null) {
				return;
			}
			batch.failure = failure;
			batch.last = true;
			pipe.hand(batch);
			batch = null;
		}

		/** The batch for the next event: a fresh one when the current is full; stops when the replay stopped. */
		private Batch next() {
			if (pipe.cancelled) {
				throw new Stopped();
			}
			if (batch.isFull()) {
				pipe.hand(batch);
				batch = pipe.fresh();
				if (batch == null) {
					throw new Stopped();
				}
			}
			return batch;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
			if (locator != null) {
				systemId = locator.getSystemId();
				publicId = locator.getPublicId();
			}
		}

		@Override
		public void startDocument() {
			next().event(START_DOCUMENT, locator);
		}

		@Override
		public void endDocument() {
			next().event(END_DOCUMENT, locator);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!header && locator instanceof Locator2 locator2) {
				encoding = locator2.getEncoding();
				version = locator2.getXMLVersion();
				header = true;
			}
			Batch b = next();
			int event = b.event(START_ELEMENT, locator);
			int length = attributes.getLength();
			int at = b.strings(3 + 5 * length);
			String[] strings = b.strings;
			strings[at] = uri;
			strings[at + 1] = localName;
			strings[at + 2] = qName;
			for (int i = 0, s = at + 3; i < length; i++, s += 5) {
				strings[s] = attributes.getURI(i);
				strings[s + 1] = attributes.getLocalName(i);
				strings[s + 2] = attributes.getQName(i);
				strings[s + 3] = attributes.getType(i);
				strings[s + 4] = attributes.getValue(i);
			}
			b.at[event] = at;
			b.counts[event] = length;
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			Batch b = next();
			int event = b.event(END_ELEMENT, locator);
			int at = b.strings(3);
			b.strings[at] = uri;
			b.strings[at + 1] = localName;
			b.strings[at + 2] = qName;
			b.at[event] = at;
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text(CHARACTERS, ch, start, length);
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) {
			text(IGNORABLE_WHITESPACE, ch, start, length);
		}

		private void text(byte kind, char[] ch, int start, int length) {
			Batch b = next();
			int event = b.event(kind, locator);
			b.at[event] = b.chars(ch, start, length);
			b.counts[event] = length;
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) {
			strings(START_PREFIX, prefix, uri);
		}

		@Override
		public void endPrefixMapping(String prefix) {
			strings(END_PREFIX, prefix, null);
		}

		@Override
		public void processingInstruction(String target, String data) {
			strings(PROCESSING_INSTRUCTION, target, data);
		}

		@Override
		public void skippedEntity(String name) {
			strings(SKIPPED_ENTITY, name, null);
		}

		private void strings(byte kind, String first, String second) {
			Batch b = next();
			int event = b.event(kind, locator);
			int at = b.strings(2);
			b.strings[at] = first;
			b.strings[at + 1] = second;
			b.at[event] = at;
		}

		@Override
		public void warning(SAXParseException e) {
			problem(WARNING, e);
		}

		@Override
		public void error(SAXParseException e) {
			problem(ERROR, e);
		}

		@Override
		public void fatalError(SAXParseException e) {
			// the parser throws it next, which ends the reading with it (see read)
			problem(FATAL_ERROR, e);
		}

		private void problem(byte kind, SAXParseException e) {
			Batch b = next();
			int event = b.event(kind, locator);
			b.at[event] = b.problem(e);
		}

		@Override
		public InputSource resolveEntity(String publicId, String systemId) {
			// as EMF's handler for a load that does not ask to resolve entities: nothing is fetched
			return new InputSource(new StringReader("")); //$NON-NLS-1$
		}
	}

	/** Stops the parser on the reading thread once the replay has stopped. */
	private static final class Stopped extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}

	/** The position of the event being replayed, and what the parser's locator said of the document. */
	private static final class Replay implements Locator2 {
		private final Recorder recorder;
		int line = -1;
		int column = -1;

		Replay(Recorder recorder) {
			this.recorder = recorder;
		}

		@Override
		public String getPublicId() {
			return recorder.publicId;
		}

		@Override
		public String getSystemId() {
			return recorder.systemId;
		}

		@Override
		public int getLineNumber() {
			return line;
		}

		@Override
		public int getColumnNumber() {
			return column;
		}

		@Override
		public String getXMLVersion() {
			return recorder.version;
		}

		@Override
		public String getEncoding() {
			return recorder.encoding;
		}
	}

	/** The attributes of a replayed element: five strings each (URI, local name, qualified name, type, value). */
	private static final class RecordedAttributes implements Attributes {
		private String[] strings;
		private int first;
		private int length;

		void set(String[] strings, int first, int length) {
			this.strings = strings;
			this.first = first;
			this.length = length;
		}

		private String field(int index, int field) {
			return index < 0 || index >= length ? null : strings[first + 5 * index + field];
		}

		@Override
		public int getLength() {
			return length;
		}

		@Override
		public String getURI(int index) {
			return field(index, 0);
		}

		@Override
		public String getLocalName(int index) {
			return field(index, 1);
		}

		@Override
		public String getQName(int index) {
			return field(index, 2);
		}

		@Override
		public String getType(int index) {
			return field(index, 3);
		}

		@Override
		public String getValue(int index) {
			return field(index, 4);
		}

		@Override
		public int getIndex(String uri, String localName) {
			for (int i = 0; i < length; i++) {
				if (uri.equals(getURI(i)) && localName.equals(getLocalName(i))) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public int getIndex(String qName) {
			for (int i = 0; i < length; i++) {
				if (qName.equals(getQName(i))) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public String getType(String uri, String localName) {
			return getType(getIndex(uri, localName));
		}

		@Override
		public String getType(String qName) {
			return getType(getIndex(qName));
		}

		@Override
		public String getValue(String uri, String localName) {
			return getValue(getIndex(uri, localName));
		}

		@Override
		public String getValue(String qName) {
			return getValue(getIndex(qName));
		}
	}

	@Override
	@SuppressWarnings("deprecation")
	public Parser getParser() throws SAXException {
		return parser.getParser();
	}

	@Override
	public XMLReader getXMLReader() throws SAXException {
		return parser.getXMLReader();
	}

	@Override
	public boolean isNamespaceAware() {
		return parser.isNamespaceAware();
	}

	@Override
	public boolean isValidating() {
		return parser.isValidating();
	}

	@Override
	public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
		parser.setProperty(name, value);
	}

	@Override
	public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
		return parser.getProperty(name);
	}
}
