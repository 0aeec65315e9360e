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

	/** An XML data source as BIRT writes it: extension, name, id (compact, or indented as the Designer saves). */
	private static final Pattern SOURCE = Pattern.compile(
			"<oda-data-source\\s+extensionID=\"([^\"]*)\"\\s+name=\"([^\"]*)\"\\s+id=\"(\\d+)\""); //$NON-NLS-1$
	/** A property binding of a source's file: the source's id and the binding's expression. */
	private static final Pattern BINDING = Pattern.compile("<property name=\"name\">FILELIST</property>\\s*" //$NON-NLS-1$
			+ "<property name=\"id\">(\\d+)</property>\\s*<expression name=\"value\"[^>]*>([^<]*)</expression>"); //$NON-NLS-1$
	/** A binding to a parameter and nothing else. */
	private static final Pattern PARAMETER = Pattern.compile("\\s*params\\[\"(\\w+)\"\\]\\.value\\s*"); //$NON-NLS-1$
	/** Any parameter named in an expression. */
	private static final Pattern NAMED = Pattern.compile("params\\[\"(\\w+)\"\\]"); //$NON-NLS-1$
	private static final Pattern DATA_SET = Pattern.compile(
			"<oda-data-set\\s+extensionID=\"([^\"]*)\"[^>]*>(.*?)</oda-data-set>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern DATA_SOURCE = Pattern.compile(
			"<property name=\"dataSource\">([^<]*)</property>"); //$NON-NLS-1$

	private DataFiles() {
	}

	/**
	 * Each data-file parameter of the design with the sections its data sets read (empty: the whole file), in
	 * the order of the design; always has {@link DesignRenderer#DATA_PARAMETER} and every parameter that a
	 * {@code FILELIST} binding names, so that none is left at its default (the sample data).
	 */
	static Map<String, Optional<Set<String>>> of(String designXml) {
		// should the design be read otherwise: one slice with every section, in every parameter a file is bound to
		Optional<Set<String>> all = DataSlices.sections(designXml);
		Map<String, Optional<Set<String>>> single = new LinkedHashMap<>();
		single.put(DesignRenderer.DATA_PARAMETER, all);
		Map<String, String> bound = new HashMap<>(); // source id → parameter
		boolean plain = true;
		Matcher binding = BINDING.matcher(designXml);
		while (binding.find()) {
			Matcher named = NAMED.matcher(binding.group(2));
			while (named.find()) {
				single.put(named.group(1), all);
			}
			Matcher parameter = PARAMETER.matcher(binding.group(2));
			if (!parameter.matches() || bound.put(binding.group(1), parameter.group(1)) != null) {
				plain = false;
			}
		}
		if (!plain) {
			return single;
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
		// reportData always; a parameter whose source no data set reads gets the report data as it is
		files.putIfAbsent(DesignRenderer.DATA_PARAMETER, all);
		for (String parameter : single.keySet()) {
			files.putIfAbsent(parameter, Optional.empty());
		}
		return files;
	}
}
