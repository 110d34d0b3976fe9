package org.firststep.safety;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The safety plan as a printable PDF in the person's language: the plan's steps with the
 * numbers of the people named, then the crisis lines of their country. Made in memory and
 * never stored.
 */
@Component
class SafetyPlanPdf {

	private final SafetyPlanService plans;

	private final CrisisLines lines;

	private final TemplateEngine templates;

	private final MessageSource messages;

	SafetyPlanPdf(SafetyPlanService plans, CrisisLines lines, TemplateEngine templates, MessageSource messages) {
		this.plans = plans;
		this.lines = lines;
		this.templates = templates;
		this.messages = messages;
	}

	byte[] render(String accountId, Locale locale, String country) {
		PlanView view = this.plans.view(accountId);
		StringOutput html = new StringOutput();
		PdfTexts texts = new PdfTexts(this.messages, locale);
		String updated = (view.plan().updatedAt() != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(view.plan().updatedAt()) : null;
		Map<String, Object> params = new HashMap<>();
		params.put("t", texts);
		params.put("view", view);
		params.put("lines", this.lines.forCountry(country).orElse(null));
		params.put("updated", updated);
		this.templates.render("safety/plan-pdf.jte", params, html);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
