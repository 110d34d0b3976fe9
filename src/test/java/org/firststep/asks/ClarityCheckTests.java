package org.firststep.asks;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClarityCheckTests {

	final ClarityCheck clarity = new ClarityCheck();

	@ParameterizedTest(name = "{0} -> missing [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			Could you call me tomorrow at 6 for ten minutes? No worries if not. |
			Could you call me tomorrow at 6 for ten minutes? |easyNo
			Could you call me for ten minutes? No worries if not. |when
			Could you call me tomorrow at 6? No worries if not. |howLong
			I need help. |what,when,howLong,easyNo
			Can we talk sometime? |what,when,howLong,easyNo
			Let me know if you have time. |what,when,howLong,easyNo
			Would you be up for a short walk this weekend? No pressure. |
			Hey, would you mind reading a short e-mail tonight? Totally fine to say no |
			Could you help me with something? |what,when,howLong,easyNo
			Could you bring a meal round on [day] evening for an hour? If not, that’s OK. |when
			Are you free for a quick call now? Only if it’s easy. |
			COULD YOU CALL ME TONIGHT FOR AN HOUR?? NO WORRIES IF YOU CAN’T!!! |
			Could you look after the kids on Saturday from 10 to 2? I understand if you can’t. |
			I’m thinking of you. No need to reply. |what,when,howLong
			Could you give me a lift to the doctor on Monday at 9am? It takes half an hour. It’s OK to say no. |
			Could you send me the recipe? No rush. |when,howLong
			Could you sit with me while I phone the GP tomorrow morning for 20 minutes? |easyNo
			Would you come with me to the appointment on Thursday? It takes about two hours. Feel free to say no. |
			Do you know a good place to get shoes repaired near here? No need to reply if you’re busy. |when,howLong
			""")
	void englishMessages(String message, String missing) {
		assertThat(this.clarity.check(message).missing()).containsExactlyElementsOf(list(missing));
	}

	@ParameterizedTest(name = "{0} -> missing [{1}]")
	@CsvSource(delimiter = '|',
			textBlock = """
					¿Me podrías llamar mañana a las 6 diez minutos? Si no puedes, no pasa nada. |
					¿Me podrías llamar mañana a las 6 diez minutos? |easyNo
					¿Te apetece dar un paseo corto este fin de semana? Sin compromiso. |
					Necesito ayuda. |what,when,howLong,easyNo
					¿Podemos hablar algún día? |what,when,howLong,easyNo
					¿Me llevarías a hacer la compra el sábado por la mañana? Media hora más o menos. Dime que no si te viene mal. |
					¿Puedo pasarme por tu casa una hora el [día]? Puedes decir que no. |when
					¿TE PUEDO LLAMAR ESTA NOCHE UN RATITO? SIN PRESION |
					¿Me mandas esa receta? Sin prisa. |when,howLong
					¿Podrías quedarte con los niños el sábado de 10 a 2? Lo entiendo si no puedes. |
					Me acuerdo de ti. No hace falta que contestes. |what,when,howLong
					¿Me acompañarías al médico el jueves? Serán dos horas. Si no te viene bien, no te preocupes. |
					¿Me podrias llamar manana un momento? No pasa nada si no. |
					¿Me ayudas con algo? |what,when,howLong,easyNo
					Ya no puedo más. |what,when,howLong,easyNo
					¿Tienes un rato para una llamada rápida ahora? Si no, no pasa nada. |
					""")
	void spanishMessages(String message, String missing) {
		assertThat(this.clarity.check(message).missing()).containsExactlyElementsOf(list(missing));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''
			'   '
			""")
	void aBlankMessageMissesEverything(String message) {
		var result = this.clarity.check(message);
		assertThat(result.missing()).containsExactly("what", "when", "howLong", "easyNo");
		assertThat(result.clear()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Could you call me tomorrow at 6 for ten minutes? No worries if not.
			¿Te puedo llamar diez minutos mañana por la tarde? Si no puedes, no pasa nada.
			""")
	void aCompleteMessageIsClear(String message) {
		assertThat(this.clarity.check(message).clear()).isTrue();
	}

	private static List<String> list(String missing) {
		return (missing == null || missing.isBlank()) ? List.of() : List.of(missing.trim().split(","));
	}

}
