// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.time.LocalDate;

import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.Office;

/**
 * What a new scan is: national or of one office.
 *
 * @param code the diagnostic's code, unique among diagnostics
 * @param name its name
 * @param date the day it is made, or null
 * @param scope national or one office
 * @param office the office of an office scan; null for a national one
 * @param withOfficeScans for a national scan: also one office scan per open office (the heat map)
 */
public record ScanSpec(String code, String name, LocalDate date, DiagnosticScope scope, Office office,
		boolean withOfficeScans) {
}
