package org.firststep.privacy;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/** {@code /api/v1/me/export} and {@code /api/v1/me/import}. */
@RestController
class DataRightsApiController {

	private final PersonalDataService data;

	DataRightsApiController(PersonalDataService data) {
		this.data = data;
	}

	@GetMapping("/api/v1/me/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "format", defaultValue = "json") String format) {
		Map<String, Object> document = this.data.export(me.id());
		return switch (format) {
			case "json" -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(ExportFiles.json(document));
			case "csv" -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"firststep-export.zip\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(ExportFiles.csvZip(document));
			default -> throw new InvalidInputException(new FieldMessage("format", "import.exportFormat"));
		};
	}

	@PostMapping("/api/v1/me/import")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void restore(@AuthenticationPrincipal CurrentAccount me, @RequestBody Map<String, Object> document) {
		this.data.restore(me.id(), document);
	}

}
