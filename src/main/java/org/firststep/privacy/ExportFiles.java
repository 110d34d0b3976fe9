package org.firststep.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.firststep.platform.persistence.Json;

/**
 * The export as files: the JSON document, and a ZIP with one CSV per kind of data for
 * people who want to look at their data in a spreadsheet.
 */
final class ExportFiles {

	private ExportFiles() {
	}

	static byte[] json(Map<String, Object> document) {
		return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
	}

	@SuppressWarnings("unchecked")
	static byte[] csvZip(Map<String, Object> document) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Map<String, Object> data = (Map<String, Object>) document.get("data");
			for (var kind : data.entrySet()) {
				zip.putNextEntry(new ZipEntry(kind.getKey() + ".csv"));
				zip.write(csv((List<Map<String, Object>>) kind.getValue()).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** RFC 4180 CSV; nested values as JSON text. */
	static String csv(List<Map<String, Object>> rows) {
		Set<String> columns = new LinkedHashSet<>();
		rows.forEach((row) -> columns.addAll(row.keySet()));
		StringBuilder text = new StringBuilder();
		text.append(String.join(",", columns.stream().map(ExportFiles::cell).toList())).append("\r\n");
		for (Map<String, Object> row : rows) {
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				cells.add(cell(row.get(column)));
			}
			text.append(String.join(",", cells)).append("\r\n");
		}
		return text.toString();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof String string) ? string : (value instanceof Number || value instanceof Boolean)
				? value.toString() : Json.MAPPER.writeValueAsString(value);
		// A leading = + - @ would run as a formula in a spreadsheet; an apostrophe keeps
		// it text.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
