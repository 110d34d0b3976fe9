package org.firststep.coach;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MessageCoachTests {

	final MessageCoach coach = new MessageCoach();

	@ParameterizedTest(name = "{0} -> [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			That sounds really hard. I'm here. |
			I'm so sorry you're going through this. |
			Do you want to talk, or would you rather I just sit with you? |
			Could I bring dinner round on Thursday at 7? |
			I can drive you to the appointment on Monday at 9. |
			No need to reply. Thinking of you. |
			It makes sense that you feel this way. |
			I'm free Saturday morning if a walk would help. Fine to say no. |
			Thank you for telling me. That took courage. |
			I'll text you tomorrow evening to see how it went. |
			You don't have to explain anything. |
			I'm glad you asked me. Yes, of course. |
			Would ideas help, or would you rather I just listen? |
			I can pick up your groceries on Wednesday after work. |
			That sounds exhausting. How are you holding up today? |
			I believe you. |
			Want me to sit with you while you make the call? |
			I can't do Friday, but Sunday afternoon works for me. |
			Your feelings make sense to me. |
			Let me know if Thursday works for you. |
			I remember how kind you were when I was ill. |
			Take all the time you need. |
			It could be worse, you know. |minimising
			At least you still have your job. |minimising
			It's not that bad, honestly. |minimising
			Other people have it worse. |comparison
			You need to get over it. |hurrying
			Just snap out of it! |hurrying
			Calm down, it's fine. |minimising
			Everyone feels like that sometimes. |minimising
			You're overthinking it. |minimising
			Cheer up! |toxicPositivity
			Don't be so sad. |minimising
			Stay positive! |toxicPositivity
			Look on the bright side. |toxicPositivity
			Everything happens for a reason. |toxicPositivity
			Good vibes only :) |toxicPositivity
			Just be happy. |toxicPositivity
			Happiness is a choice. |toxicPositivity
			It'll all be fine, don't worry. |toxicPositivity
			Think positive and it will pass. |toxicPositivity,minimising
			Let me know if you need anything. |vagueOffer
			Call me if you need something. |vagueOffer
			If you need anything, I'm around. |vagueOffer
			Is there anything I can do? |vagueOffer
			Whatever you need. |vagueOffer
			I'm here if you need me. |vagueOffer
			Text me if u need help. |vagueOffer
			You should go for a run. |unaskedAdvice
			Have you tried meditation? |unaskedAdvice
			Why don't you just go to bed earlier? |unaskedAdvice
			You just need some sleep. |unaskedAdvice
			If I were you I'd quit. |unaskedAdvice
			You need to see a doctor. |unaskedAdvice
			What you need is a holiday. |unaskedAdvice
			It's your fault, really. |blame
			You brought this on yourself. |blame
			You should have told me sooner. |blame
			You're too sensitive. |blame
			You're being dramatic. |blame
			Why didn't you ask earlier? |blame
			You always do this. |blame
			At least it's not cancer. Stay positive! |minimising,toxicPositivity
			Let me know if you need anything, and you should sleep more. |vagueOffer,unaskedAdvice
			YOU SHOULD HAVE SEEN IT COMING. |blame
			Have you tried yoga? It could be worse. |unaskedAdvice,minimising
			You're not being dramatic, this is a lot. |
			You don't have to snap out of anything. |
			It's not your fault, and it's not all in your head. |
			No rush to move on. Take all the time it takes. |
			You shouldn't have to go through this alone. |
			You should be so proud of yourself. |
			Can I bring soup on Thursday at 7? And let me know if you need anything else. |
			Since you asked: walking helped me. You could try it with me on Sunday? |
			I'm not going to tell you to look on the bright side. |
			Others have it way worse, you know. |comparison
			When I was your age I worked two jobs. |comparison
			My sister has three kids and she still gets everything done. |comparison
			Depression isn't real. |denying
			You don't look depressed to me. |denying
			It's all in your head. |denying
			You have nothing to be sad about. |denying
			It's time to move on. |hurrying
			Pull yourself together. |hurrying
			It's been months, you should be over it by now. |hurrying
			ur not really depressed lol |denying
			u shld just get over it |hurrying
			its ur own fault |blame
			Sooo sorry but stay positiveee!! |toxicPositivity
			""")
	void english(String message, String kinds) {
		assertThat(kinds(message)).containsExactlyElementsOf(list(kinds));
	}

	@ParameterizedTest(name = "{0} -> [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			Suena muy duro. Estoy aquí. |
			Siento mucho que estés pasando por esto. |
			¿Quieres hablar o prefieres que solo te acompañe? |
			¿Te llevo la cena el jueves a las 7? |
			Puedo llevarte a la cita el lunes a las 9. |
			No hace falta que contestes. Pienso en ti. |
			Tiene sentido que te sientas así. |
			El sábado por la mañana estoy libre si te apetece caminar. Puedes decir que no. |
			Gracias por contármelo. Hace falta valor. |
			Mañana por la tarde te escribo para ver qué tal fue. |
			No tienes que explicar nada. |
			Me alegra que me lo pidas. Claro que sí. |
			¿Te ayudan ideas o prefieres que solo te escuche? |
			Puedo hacerte la compra el miércoles después del trabajo. |
			Suena agotador. ¿Cómo lo llevas hoy? |
			Te creo. |
			¿Quieres que esté contigo mientras llamas? |
			El viernes no puedo, pero el domingo por la tarde sí. |
			Lo que sientes tiene sentido para mí. |
			Dime si el jueves te va bien. |
			Me acuerdo de lo bien que me cuidaste cuando estuve enferma. |
			Tómate el tiempo que necesites. |
			Podría ser peor. |minimising
			Al menos tienes trabajo. |minimising
			Por lo menos no es grave. |minimising
			No es para tanto. |minimising
			Hay gente que está peor. |comparison
			Ya se te pasará. |minimising
			Le das demasiadas vueltas. |minimising
			A todos nos pasa. |minimising
			¡Anímate! |toxicPositivity
			No estés así. |minimising
			Supéralo. |hurrying
			Piensa en positivo. |toxicPositivity
			Mira el lado bueno. |toxicPositivity
			Todo pasa por algo. |toxicPositivity
			Solo buenas vibras. |toxicPositivity
			Sonríe, que la vida es bella. |toxicPositivity
			La felicidad es una decisión. |toxicPositivity
			Sé positiva. |toxicPositivity
			Avísame si necesitas algo. |vagueOffer
			Si necesitas algo, aquí estoy. |vagueOffer
			Cualquier cosa me dices. |vagueOffer
			Lo que necesites. |vagueOffer
			Llámame si necesitas ayuda. |vagueOffer
			Dime si necesitas cualquier cosa. |vagueOffer
			Deberías salir más. |unaskedAdvice
			Tienes que hacer deporte. |unaskedAdvice
			¿Has probado a meditar? |unaskedAdvice
			¿Por qué no pruebas a acostarte antes? |unaskedAdvice
			Yo que tú lo dejaría. |unaskedAdvice
			Solo tienes que descansar. |unaskedAdvice
			Lo que necesitas es unas vacaciones. |unaskedAdvice
			Es culpa tuya. |blame
			Tú te lo has buscado. |blame
			Deberías haberlo dicho antes. |blame
			Exageras. |blame
			Eres muy sensible. |blame
			Eres demasiado dramática. |blame
			¿Por qué no lo hiciste antes? |blame
			Siempre haces lo mismo. |blame
			Al menos no es nada grave. ¡Piensa en positivo! |minimising,toxicPositivity
			Avísame si necesitas algo y deberías dormir más. |vagueOffer,unaskedAdvice
			ES CULPA TUYA. |blame
			No tienes que fingir conmigo. |
			No deberías tener que pasar por esto sola. |
			No estás exagerando. |
			Nada de esto es culpa tuya. |
			No tienes que superarlo ya, tómate tu tiempo. |
			¿Te llevo la cena el jueves a las 7? Y si necesitas algo más, me dices. |
			Hay gente que lo pasa mucho peor. |comparison
			Yo a tu edad ya trabajaba. |comparison
			La depresión no existe. |denying
			Todo está en tu cabeza. |denying
			No pareces deprimida. |denying
			Ya es hora de pasar página. |hurrying
			Supéralo ya. |hurrying
			q exagerada eres |blame
			xq no sales mas? |unaskedAdvice
			""")
	void spanish(String message, String kinds) {
		assertThat(kinds(message)).containsExactlyElementsOf(list(kinds));
	}

	@Test
	void aFlagNamesThePhraseAsWritten() {
		List<MessageCoach.Flag> flags = this.coach
			.check("Honestly? LOOK ON THE BRIGHT SIDE. Avísame si necesitas algo.");
		assertThat(flags).extracting(MessageCoach.Flag::phrase)
			.containsExactly("LOOK ON THE BRIGHT SIDE", "Avísame si necesitas algo");
		assertThat(this.coach.check(null)).isEmpty();
		assertThat(this.coach.check("  ")).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			It’s ALL in ur head tbh|It’s ALL in ur head
			Sooo sorry, but u need to get over it already!!|u need to get over it already
			Don't   be   so   sad.|Don't   be   so   sad
			Tú SOLITA te lo buscaste|Tú SOLITA te lo buscaste
			¿Por qué no pruebas a meditar?|Por qué no pruebas
			It's been months, time to move on.|time to move on
			""")
	void contractionsTextingAndAccentsStillQuoteThePhraseAsWritten(String message, String phrase) {
		List<MessageCoach.Flag> flags = this.coach.check(message);
		assertThat(flags).extracting(MessageCoach.Flag::phrase).containsExactly(phrase);
		assertThat(message.substring(flags.get(0).at())).startsWith(phrase);
	}

	@Test
	void eachFlagIsInTheLanguageOfItsPhrase() {
		assertThat(this.coach.check("Stay positive! Ánimo, que no es para tanto.", "en"))
			.extracting(MessageCoach.Flag::kind, MessageCoach.Flag::language)
			.containsExactly(tuple(MessageCoach.Kind.TOXIC_POSITIVITY, "en"),
					tuple(MessageCoach.Kind.MINIMISING, "es"));
		assertThat(this.coach.check("Let me know if you need anything", "es")).extracting(MessageCoach.Flag::language)
			.containsExactly("en");
	}

	@Test
	void aLoanwordTakesTheLanguageOfTheRestOfTheMessageOrTheFallback() {
		assertThat(this.coach.check("Tranqui, que todo pasa y solo good vibes, amiga", "en"))
			.extracting(MessageCoach.Flag::language)
			.containsOnly("es");
		assertThat(this.coach.check("Good vibes only!", "es")).extracting(MessageCoach.Flag::language)
			.containsExactly("es");
		assertThat(this.coach.check("Good vibes only!", "en")).extracting(MessageCoach.Flag::language)
			.containsExactly("en");
	}

	@Test
	void twoRulesFindingOnePhraseMakeOneFlag() {
		assertThat(this.coach.check("Por lo menos no es grave.")).extracting(MessageCoach.Flag::phrase)
			.containsExactly("Por lo menos no es grave");
	}

	private List<String> kinds(String message) {
		return this.coach.check(message).stream().map((flag) -> flag.kind().apiName()).toList();
	}

	private static List<String> list(String kinds) {
		return (kinds == null) ? List.of() : Arrays.asList(kinds.split(","));
	}

}
