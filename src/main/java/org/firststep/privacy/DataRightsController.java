package org.firststep.privacy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.persistence.Json;

/**
 * The "Your data" page: what is sealed and who can read what, in plain words, with the
 * export, the import and a way to the account's deletion.
 */
@Controller
class DataRightsController {

	private final PersonalDataService data;

	DataRightsController(PersonalDataService data) {
		this.data = data;
	}

	@GetMapping("/settings/privacy")
	String page() {
		return "privacy/your-data";
	}

	@GetMapping("/settings/export.json")
	ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal CurrentAccount me) {
		return download(ExportFiles.json(this.data.export(me.id())), "json", MediaType.APPLICATION_JSON);
	}

	@GetMapping("/settings/export.zip")
	ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal CurrentAccount me) {
		return download(ExportFiles.csvZip(this.data.export(me.id())), "zip",
				MediaType.parseMediaType("application/zip"));
	}

	@PostMapping("/settings/import")
	String restore(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		String problem;
		try {
			if (file == null || file.isEmpty()) {
				problem = "import.noFile";
			}
			else {
				@SuppressWarnings("unchecked")
				Map<String, Object> document = Json.MAPPER.readValue(file.getBytes(), Map.class);
				this.data.restore(me.id(), document);
				return "redirect:/settings/privacy?imported";
			}
		}
		catch (JacksonException | IOException | InvalidInputException ex) {
			problem = "import.unreadable";
		}
		catch (ConflictException ex) {
			problem = "import.notEmpty";
		}
		response.setStatus("import.notEmpty".equals(problem) ? 409 : 400);
		model.addAttribute("importProblem", problem);
		return "privacy/your-data";
	}

	private static ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
		String name = "firststep-export-" + LocalDate.now() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
