package org.firststep.assessments;

import java.util.List;
import java.util.Locale;

/**
 * The instruments' words, reproduced exactly, never paraphrased. English from the
 * publisher's forms (Kroenke, Spitzer and Williams; phqscreeners). Spanish: the authors'
 * Spanish for the USA. The PHQ-9 items and answers are as given in the project's
 * instruments.md; the GAD-7 items, the GAD-7 stem and the difficulty question in Spanish
 * were checked against several independent reproductions of that form, not against the
 * publisher's own file (see the README).
 *
 * @param stem the question before the items
 * @param answers the four answers, 0 to 3
 * @param items the items in order
 * @param difficulty the difficulty question, or null
 * @param difficultyAnswers its four answers, 0 to 3
 */
public record Wording(String stem, List<String> answers, List<String> items, String difficulty,
		List<String> difficultyAnswers) {

	/** Word for word, on every assessment page. */
	public static final String LICENCE = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and "
			+ "colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, "
			+ "translate, display or distribute.";

	private static final String STEM_EN = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

	private static final List<String> ANSWERS_EN = List.of("Not at all", "Several days", "More than half the days",
			"Nearly every day");

	private static final String DIFFICULTY_EN = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";

	private static final List<String> DIFFICULTY_ANSWERS_EN = List.of("Not difficult at all", "Somewhat difficult",
			"Very difficult", "Extremely difficult");

	private static final List<String> PHQ9_EN = List.of("Little interest or pleasure in doing things",
			"Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much",
			"Feeling tired or having little energy", "Poor appetite or overeating",
			"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
			"Trouble concentrating on things, such as reading the newspaper or watching television",
			"Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
			"Thoughts that you would be better off dead or of hurting yourself in some way");

	private static final List<String> GAD7_EN = List.of("Feeling nervous, anxious, or on edge",
			"Not being able to stop or control worrying", "Worrying too much about different things",
			"Trouble relaxing", "Being so restless that it is hard to sit still",
			"Becoming easily annoyed or irritable", "Feeling afraid, as if something awful might happen");

	private static final String STEM_PHQ_ES = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?";

	private static final String STEM_GAD_ES = "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?";

	private static final List<String> ANSWERS_ES = List.of("Ningún día", "Varios días", "Más de la mitad de los días",
			"Casi todos los días");

	private static final String DIFFICULTY_ES = "Si marcó cualquiera de los problemas, ¿qué tan difícil se le ha hecho cumplir con su trabajo, atender su casa, o relacionarse con otras personas debido a estos problemas?";

	private static final List<String> DIFFICULTY_ANSWERS_ES = List.of("No ha sido difícil", "Un poco difícil",
			"Muy difícil", "Extremadamente difícil");

	private static final List<String> PHQ9_ES = List.of("Poco interés o placer en hacer cosas",
			"Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
			"Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
			"Se ha sentido cansado(a) o con poca energía", "Sin apetito o ha comido en exceso",
			"Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
			"Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
			"¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
			"Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");

	private static final List<String> GAD7_ES = List.of(
			"Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
			"No ha sido capaz de parar o controlar su preocupación",
			"Se ha preocupado demasiado por motivos diferentes", "Ha tenido dificultad para relajarse",
			"Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
			"Se ha molestado o irritado fácilmente", "Ha tenido miedo de que algo terrible fuera a pasar");

	public static Wording of(Instrument instrument, Locale locale) {
		boolean spanish = "es".equals(locale.getLanguage());
		List<String> items = switch (instrument) {
			case PHQ9 -> spanish ? PHQ9_ES : PHQ9_EN;
			case GAD7 -> spanish ? GAD7_ES : GAD7_EN;
			case PHQ2 -> (spanish ? PHQ9_ES : PHQ9_EN).subList(0, 2);
		};
		String stem = spanish ? ((instrument == Instrument.GAD7) ? STEM_GAD_ES : STEM_PHQ_ES) : STEM_EN;
		boolean difficulty = instrument.asksDifficulty();
		return new Wording(stem, spanish ? ANSWERS_ES : ANSWERS_EN, items,
				difficulty ? (spanish ? DIFFICULTY_ES : DIFFICULTY_EN) : null,
				spanish ? DIFFICULTY_ANSWERS_ES : DIFFICULTY_ANSWERS_EN);
	}

}
