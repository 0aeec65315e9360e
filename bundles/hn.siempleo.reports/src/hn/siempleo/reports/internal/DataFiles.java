// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which report-data sections each data-file parameter of a design serves. BIRT's XML driver parses the whole
 * file of a data source once for every data set on it: a design whose large section (the plan's 10,000 action
 * rows) is read by one data set and whose small sections by three others parses the large one four times when
 * all four share one file. A design may give its XML data sources their own file parameter (a hidden string
 * parameter bound to the source's {@code FILELIST}, like {@code reportData}); the render then writes one slice
 * per parameter, with the sections of the data sets on its sources only. The design stays a stock one: in the
 * Designer every such parameter defaults to the sample file.
 * <p>
 * A design written otherwise (an XML data set whose source is not bound to a parameter, or sources bound in
 * another way) gets one slice with every section its queries read, in {@link DesignRenderer#DATA_PARAMETER},
 * as before.
 */
final class DataFiles {

	private static final String XML_SOURCE = "org.eclipse.datatools.enablement.oda.xml"; //$NON-NLS-1$

	/** An XML data source as BIRT writes it: extension, name, id. */
	private static final Pattern SOURCE = Pattern.compile(
			"<oda-data-source extensionID=\"([^\"]*)\" name=\"([^\"]*)\" id=\"(\\d+)\""); //$NON-NLS-1$
	/** A property binding of a source's file to a parameter, as BIRT writes it. */
	private static final Pattern BINDING = Pattern.compile("<structure><property name=\"name\">FILELIST</property>" //$NON-NLS-1$
			+ "<property name=\"id\">(\\d+)</property><expression name=\"value\" type=\"javascript\">" //$NON-NLS-1$
			+ "params\\[\"(\\w+)\"\\]\\.value</expression></structure>"); //$NON-NLS-1$
	private static final Pattern DATA_SET = Pattern.compile(
			"<oda-data-set extensionID=\"([^\"]*)\"[^>]*>(.*?)</oda-data-set>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern DATA_SOURCE = Pattern.compile(
			"<property name=\"dataSource\">([^<]*)</property>"); //$NON-NLS-1$

	private DataFiles() {
	}

	/**
	 * Each data-file parameter of the design with the sections its data sets read (empty: the whole file), in
	 * the order of the design; always has {@link DesignRenderer#DATA_PARAMETER}.
	 */
	static Map<String, Optional<Set<String>>> of(String designXml) {
		Map<String, Optional<Set<String>>> single = Map.of(DesignRenderer.DATA_PARAMETER,
				DataSlices.sections(designXml));
		Map<String, String> bound = new HashMap<>(); // source id → parameter
		Matcher binding = BINDING.matcher(designXml);
		while (binding.find()) {
			if (bound.put(binding.group(1), binding.group(2)) != null) {
				return single;
			}
		}
		Map<String, String> parameterOf = new HashMap<>(); // source name → parameter
		Matcher source = SOURCE.matcher(designXml);
		while (source.find()) {
			if (!XML_SOURCE.equals(source.group(1))) {
				continue;
			}
			String parameter = bound.get(source.group(3));
			if (parameter == null) {
				return single;
			}
			parameterOf.put(source.group(2), parameter);
		}
		Map<String, StringBuilder> queries = new LinkedHashMap<>();
		Matcher dataSet = DATA_SET.matcher(designXml);
		while (dataSet.find()) {
			if (!(XML_SOURCE + ".dataSet").equals(dataSet.group(1))) { //$NON-NLS-1$
				continue;
			}
			Matcher name = DATA_SOURCE.matcher(dataSet.group(2));
			String parameter = name.find() ? parameterOf.get(name.group(1)) : null;
			if (parameter == null) {
				return single;
			}
			queries.computeIfAbsent(parameter, key -> new StringBuilder()).append(dataSet.group(2)).append('\n');
		}
		if (queries.size() < 2) {
			return single;
		}
		Map<String, Optional<Set<String>>> files = new LinkedHashMap<>();
		queries.forEach((parameter, text) -> files.put(parameter, DataSlices.sections(text.toString())));
		if (!files.containsKey(DesignRenderer.DATA_PARAMETER)) {
			files.put(DesignRenderer.DATA_PARAMETER, DataSlices.sections(designXml));
		}
		return files;
	}
}
