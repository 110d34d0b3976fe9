package org.firststep.asks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Says which of four things a message leaves out: {@code what} exactly is asked,
 * {@code when}, {@code howLong} it takes, and an {@code easyNo} — an easy way for the
 * other person to say no. Clear, small requests are easier to say yes to, and an easy no
 * takes the pressure off both sides. It advises and never blocks.
 * <p>
 * How it reads, in English and Spanish at once (case, accents and curly apostrophes do
 * not matter):
 * <ul>
 * <li>{@code what}: a request ("could you", "would you", "can I", "¿podrías", "¿me
 * ayudas"…) followed by at least one word that says what, beyond little words and vague
 * ones ("help", "talk", "something", "algo", "hablar"…);</li>
 * <li>{@code when}: a day, a time or a time frame ("tomorrow", "on Thursday", "at 6",
 * "this weekend", "tonight", "in the next hour", "el jueves", "a las 6", "esta noche"…);
 * a blank left as {@code [day]} or {@code [día]} still counts as missing;</li>
 * <li>{@code howLong}: a duration or a size ("for 20 minutes", "an hour", "a quick call",
 * "a coffee", "media hora", "un rato", "de 10 a 2"…);</li>
 * <li>{@code easyNo}: "no worries if not", "it's fine to say no", "no pressure", "only
 * if", "I understand if you can't", "sin compromiso", "si no puedes", "no pasa
 * nada"…).</li>
 * </ul>
 * Known limits: it reads words, not meaning. A request without any of the request phrases
 * ("I need you here") is read as missing {@code what}; irony, other languages and unusual
 * spellings are not understood; a time mentioned about something else ("I slept at 6")
 * still counts as {@code when}.
 */
@Component
public class ClarityCheck {

	private static final Pattern REQUEST = Pattern.compile("\\b(could|would|can|will|may) (you|i|we)\\b"
			+ "|\\bwould you mind\\b|\\bare you (free|around|up for)\\b|\\bi'?d like\\b|\\bi need\\b|\\bplease\\b"
			+ "|\\bcan you\\b|\\bdo you (know|have)\\b|\\bis there\\b"
			+ "|\\b(podrias|podrias|puedes|puedo|podemos|quieres|te importaria|te apetece|te apeteceria|tienes|tendrias"
			+ "|sabes|me ayudas|me ayudarias|me llevarias|me acompanarias|me traes|me mandas|me pasas|me llamas"
			+ "|me escribes|me cuentas|me recuerdas|me podrias|me podeis|podria|quiero|queria|necesito|por favor"
			+ "|vendrias|te sentarias|te quedarias|hablamos|tomamos|le dedicamos|hay)\\b");

	private static final Pattern VAGUE = Pattern.compile(
			"\\b(help|talk|chat|something|anything|stuff|things|sometime|some day|one day|soon|ayuda|ayudarme|hablar|algo"
					+ "|alguna vez|algun dia|un dia de estos|pronto|cosas)\\b");

	private static final Pattern WHEN = Pattern.compile("\\b(today|tonight|tomorrow|now|right now|this (morning"
			+ "|afternoon|evening|week|weekend)|next (week|weekend|month)|(in|within) the next (hour|half hour|\\d+ minutes)"
			+ "|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday"
			+ "|saturday|sunday|mondays|weekend|at \\d{1,2}([:.]\\d{2})?|\\d{1,2}([:.]\\d{2})? ?(am|pm)|by (friday|monday"
			+ "|tomorrow|tonight|the end of)|\\d{1,2}/\\d{1,2}|morning|evening|afternoon"
			+ "|hoy|esta noche|manana|ahora|este (fin de semana|finde|lunes|martes|miercoles|jueves|viernes|sabado"
			+ "|domingo)|esta (tarde|manana|semana)|la semana que viene|la proxima semana|la que viene|el (lunes|martes"
			+ "|miercoles|jueves|viernes|sabado|domingo)|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
			+ "|a las \\d{1,2}|en la proxima (hora|media hora)|por la (manana|tarde|noche)|fin de semana)\\b");

	private static final Pattern HOW_LONG = Pattern.compile("\\b(\\d+|a few|five|ten|fifteen|twenty|thirty|two|three)"
			+ " (minutes?|mins?|hours?|hrs?)\\b|\\b(an?|one|half an?|an extra) (hour|minute|moment|sec)\\b|\\bhalf an hour\\b"
			+ "|\\b(quick|short|brief|long|longer) (call|chat|walk|question|questions|coffee|visit|message|e-?mail"
			+ "|text|form|job|favou?r|errand|read)\\b"
			+ "|\\ba (coffee|cup of tea|drink)\\b|\\bfor a (bit|while)\\b|\\bfrom \\d{1,2}( ?(am|pm))? to \\d{1,2}\\b"
			+ "|\\b\\d+ (minutos?|horas?)\\b|\\b(una|un par de|unas|dos|tres|media) (hora|horas)\\b|\\bmedia hora\\b"
			+ "|\\b(un momento|un minuto|unos minutos|cinco minutos|diez minutos)\\b"
			+ "|\\bun (cafe|paseo corto)\\b|\\b(llamada|pregunta|preguntas) rapidas?\\b|\\bde \\d{1,2} a \\d{1,2}\\b"
			+ "|\\bun rato\\b|\\bun ratito\\b|\\bcorto\\b|\\bcorta\\b");

	private static final Pattern EASY_NO = Pattern.compile("\\b(no worries|no pressure|no rush|totally fine|it'?s fine"
			+ " to say no|it'?s ok(ay)? to say no|it'?s ok(ay)? if|that'?s ok(ay)?|that'?s fine|fine if not|say no"
			+ "|feel free to say no|only if|if not|if you can'?t|i (completely |totally )?understand if|no need to reply"
			+ "|no problem if|if it'?s too much|if this isn'?t the right|if that isn'?t possible|if it doesn'?t work"
			+ "|no need to (reply|answer|write back)|(whenever|if) you (can|like|want)"
			+ "|sin compromiso|sin presion|sin prisa|sin ninguna presion|si no puedes|si no,|no pasa nada|no te preocupes"
			+ "|puedes decir que no|dime que no|lo entiendo|si no te viene bien|si no te cuadra|no hace falta que"
			+ "|solo si|si no es el sitio|si no es posible|si no podeis|si no lo encuentras|si prefieres no"
			+ "|cuando (quieras|puedas)|si ahora no es)");

	private static final Pattern FILLER = Pattern.compile("\\b(me|you|your|i|we|us|it|with|the|a|an|and|for|some"
			+ "|this|that|our|just|maybe|about|to|on|of|in|be|up|mind|if|una|uno|un|con|por|para|que|esa|ese|esto|eso"
			+ "|mi|tu|te|nos|les|los|las|lo|la|el|del|de|muy|mas|todo|tal|se|le|y|o|a|en)\\b");

	private static final Pattern BLANK = Pattern.compile("\\[[^\\]]*\\]");

	/**
	 * The items missing from a message, in the fixed order what, when, howLong, easyNo.
	 *
	 * @param missing what the message leaves out
	 * @param clear whether nothing is missing
	 */
	public record Result(List<String> missing, boolean clear) {
	}

	public Result check(String message) {
		String text = normalize(message);
		List<String> missing = new ArrayList<>();
		if (!hasWhat(text)) {
			missing.add("what");
		}
		String withoutBlanks = BLANK.matcher(text).replaceAll(" ");
		boolean hasBlankForWhen = text.matches("(?s).*\\[(day|time|dia|hora)\\].*");
		if (hasBlankForWhen || !WHEN.matcher(withoutBlanks).find()) {
			missing.add("when");
		}
		if (!HOW_LONG.matcher(withoutBlanks).find()) {
			missing.add("howLong");
		}
		if (!EASY_NO.matcher(text).find()) {
			missing.add("easyNo");
		}
		return new Result(List.copyOf(missing), missing.isEmpty());
	}

	private static boolean hasWhat(String text) {
		var request = REQUEST.matcher(text);
		while (request.find()) {
			String rest = text.substring(request.end());
			int stop = rest.indexOf('?');
			String asked = (stop >= 0) ? rest.substring(0, stop) : rest.split("[.!\\n]")[0];
			String concrete = FILLER.matcher(VAGUE.matcher(asked).replaceAll(" ")).replaceAll(" ");
			if (concrete.matches("(?s).*\\p{L}{3,}.*")) {
				return true;
			}
		}
		return false;
	}

	static String normalize(String message) {
		if (message == null) {
			return "";
		}
		String lower = message.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('¿', ' ');
	}

}
