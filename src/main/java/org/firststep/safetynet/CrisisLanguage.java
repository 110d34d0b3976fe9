package org.firststep.safetynet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Notices, in English and Spanish, writing that speaks of wanting to die, suicide or
 * self-harm, so that FirstStep can bring the crisis card and the safety plan forward. It
 * runs on every free-text save and at {@code POST /api/v1/safety/check}. It never blocks
 * anything and never tells anyone: it only answers yes or no.
 *
 * <p>
 * What it catches, in both languages:
 * <ul>
 * <li>explicit words: suicide, suicidal, killing oneself, ending or taking one's
 * life;</li>
 * <li>indirect wishes: wanting to die, to disappear for good, not to wake up, not to be
 * alive, no reason to live, tired of living, wishing never to have been born;</li>
 * <li>feeling a burden: others being better off or happier without the person, nobody
 * missing them;</li>
 * <li>self-harm: cutting, burning, hurting or hitting oneself, self-harm and
 * self-injury;</li>
 * <li>plans and means: jumping from a height or in front of a train, hanging, overdosing,
 * gathering pills, a gun to the head, goodbye notes, giving things away;</li>
 * <li>slang and veiled words: kms, kys, unalive, sewerslide, "commit die".</li>
 * </ul>
 * Case, accents, punctuation, apostrophes, stretched letters ("diiiie"), letters spelt
 * out one by one ("s u i c i d e") and digits standing for letters ("su1c1de") do not
 * hide a statement.
 *
 * <p>
 * Everyday idioms that can be told apart are removed before matching: "dying to see you",
 * "to die for", "die of embarrassment", "killing myself laughing", "me muero de hambre",
 * "me mato a estudiar", cutting or burning oneself while cooking or shaving, "Suicide
 * Squad". Where a phrase could be either ("kill me now", "I can't take it anymore", "no
 * puedo más"), it fires: a gentle panel shown by mistake costs little.
 *
 * <p>
 * Known limits: it reads words, not meaning. It misses statements phrased in ways its
 * patterns do not know, other languages, sarcasm and negation ("I would never kill
 * myself" fires), and talk about other people ("my friend said she wants to die" fires).
 * Misspellings beyond stretched letters ("sucide") slip through. It is a net under the
 * person, not an assessment of risk.
 */
@Component
public class CrisisLanguage {

	/** Idioms to remove before matching, so that they cannot fire. */
	private static final List<Pattern> IDIOMS = compile(
			// English
			"\\b(?:die|dies|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|cringe|cuteness|curiosity|envy|jealousy|heat|hunger|thirst|old age|natural causes|excitement|happiness|joy|the heat|the cold)\\b",
			"\\bto die for\\b", "\\bdying to\\b", "\\bdie hard\\b", "\\bdo or die\\b",
			"\\bkill(?:ing|ed)? (?:myself|my self) (?:laughing|with laughter|at work|at the gym|working|studying|to (?:finish|get|make|meet|pay|keep|be))\\b",
			"\\bsuicide (?:squad|doors?|runs?|sprints?|drills?|wings|king)\\b", "\\bescuadron suicida\\b",
			"\\b(?:accidentally|by accident) (?:cut|burn(?:ed|t)?|hurt) (?:myself|my self)\\b",
			"\\b(?:cut|cutting) (?:myself|my self) (?:shaving|cooking|chopping|slicing|gardening|while (?:shaving|cooking|chopping)|on (?:a|the|some) (?:piece of )?(?:knife|paper|glass|can|tin|fence|nail)|with (?:a|the) (?:kitchen|bread) knife|by accident|accidentally)\\b",
			"\\b(?:burn(?:ed|t|ing)?) (?:myself|my self) (?:cooking|ironing|baking|on (?:the|a) (?:stove|oven|pan|iron|kettle|grill|tray)|with (?:hot|the) (?:coffee|tea|water|oil|iron|pan)|in the sun|by accident|accidentally)\\b",
			"\\b(?:hurt|hurting|injured) (?:myself|my self) (?:at (?:the gym|work|training|practice)|in (?:the gym|training|practice|a fall)|lifting|playing|running|skiing|climbing|falling|moving|dancing|cycling|on the (?:stairs|ice|bike)|when i (?:fell|slipped|tripped))\\b",
			"\\bshoot (?:myself|my self) in the foot\\b", "\\bbunge jump\\w*\\b",
			"\\b(?:overdos\\w*|od|oding|oded) on (?:coffee|caffeine|sugar|chocolate|netflix|tv|cake|candy|sweets|cookies|pizza|memes|podcasts|work)\\b",
			"\\bdisappear (?:into|for (?:the|a|an) (?:weekend|week|day|while|bit|few days|hour|month))\\b",
			// Spanish
			"\\b(?:morir|morirme|muero|muere|morimos|muriendo|muriendome|muerto|muerta|moria|me mori) (?:de|del) (?:hambre|risa|la risa|sueno|calor|frio|ganas|envidia|verguenza|pena|miedo|amor|aburrimiento|cansancio|sed|nervios|celos|curiosidad|asco|gusto|alegria|emocion|ternura|dolor de cabeza)\\b",
			"\\b(?:muero|muriendo|moria) por\\b",
			"\\b(?:matarme|me mato|matandome|me mate|mato) (?:a |de |en el )?(?:estudiar|estudiando|trabajar|trabajando|entrenar|entrenando|correr|corriendo|gimnasio|risa|reir|limpiar|limpiando)\\b",
			"\\b(?:cortarme|me corte|me corto|cortandome|cortando) (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|puntas|barba|melena|fleco)\\b",
			"\\b(?:me corte|me corto|cortarme|me queme|quemarme|me quemo) (?:cocinando|afeitandome|al cocinar|al afeitarme|sin querer|con (?:un|el|una|la) (?:papel|folio|lata|vidrio|cuchillo de cocina|horno|sarten|plancha|cafe|aceite|olla)|con el sol|al sol|en la playa)\\b",
			"\\bsobredosis de (?:cafe|cafeina|azucar|chocolate|series|television|tele|trabajo|memes|dulces)\\b",
			"\\btirarme (?:a la piscina|al agua|al mar|en la cama|en el sofa|al suelo|a dormir)\\b");

	/** What fires. */
	private static final List<Pattern> CONCERNS = compile(
			// Explicit, both languages
			"\\bsuicid\\w*", "\\bunaliv\\w*", "\\bsewer ?slide\\b", "\\bkms\\b", "\\bkys\\b",
			"\\bcommit (?:die|not alive)\\b",
			// English: killing or harming oneself
			"\\b(?:kill|killing|killed|kills|end|ending|hurt|hurting|harm|harming|cut|cutting|burn|burned|burnt|burning|hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|stab|stabbing|starve|starving|off|offing|hit|hitting|punch|punching|scratch|scratching|bite|biting|suffocate|strangle) (?:myself|my self)\\b",
			"\\bself ?(?:harm\\w*|injur\\w*|destruct\\w*|mutilat\\w*)\\b",
			"\\b(?:started|start|been|am|im|keep|kept|back to|relapsed|relapse) (?:on )?cutting\\b",
			"\\b(?:slit|slash|slice|cut|cutting|carve|carving) (?:my|open my) (?:wrists?|arms?|thighs?|legs?|skin|veins)\\b",
			// English: wanting to die or not to live
			"\\b(?:want|wanna|wanted|wish|wishing|ready|deserve|trying|tried|try|plan|planning|need|longing) (?:to )?die\\b",
			"\\b(?:im|i am|i m|i think im|maybe im) (?:going|gonna) (?:to )?die\\b", "\\bbetter off dead\\b",
			"\\bwish i (?:was|were|wasnt|werent|had|could|would|didnt|never|wouldnt|could just|was just|had never)\\b(?: \\w+){0,3} (?:dead|died|die|born|exist|existed|wake up|woke up)\\b",
			"\\bwish i (?:was not|were not|wasnt|werent) (?:here|alive|around)\\b",
			"\\b(?:dont|do not|didnt|did not|no longer|dont even) (?:want|wanna|wish) (?:to )?(?:be here any ?more|be alive|live|exist|wake up|go on|keep going|keep living|be around|be in this world)\\b(?! (?:in|with|there|here|near|at|abroad|alone|on|by|together|early|so early|too early|before|until|like that))",
			"\\b(?:should|shouldve|should have|deserve to|ought to|might as well|may as well) (?:just )?(?:be dead|die|died|not be alive|not exist|end it)\\b",
			"\\b(?:dont|do not|didnt) deserve to (?:live|be alive|exist|be here)\\b",
			"\\b(?:no|not any|not a single) (?:reason|point|reasons) (?:to|in|for) (?:live|living|go on|going on|being alive|being here|stay|staying alive|keep going|carry on|wake up)\\b",
			"\\bnothing (?:left )?to live for\\b", "\\b(?:not|isnt|is not|arent) worth living\\b",
			"\\bwhats the point (?:of|in) (?:living|life|being alive|going on|waking up)\\b",
			"\\b(?:tired|sick|done|exhausted) (?:of|with) (?:living|life|being alive|existing|it al)\\b",
			"\\bcant (?:go on|keep going|do this any ?more|take (?:this|it) any ?more|handle (?:this|it) any ?more|bear (?:this|it) any ?more|live like this)\\b",
			"\\b(?:end|ending|ended) (?:it al|it|everything|my (?:own )?life|my suffering|my pain)\\b(?! (?:with|here|there|on|at|now|today|early|later))",
			"\\b(?:take|taking|took) my (?:own )?life\\b",
			"\\b(?:want|wanna|wish|going|gonna|just want|need) (?:to )?(?:disappear|vanish|not exist|stop existing|stop living|sleep forever|fall asleep forever|never wake up|not wake up|be gone|go to sleep forever)\\b(?! (?:for|into|from (?:work|here))\\b)",
			"\\b(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up\\b", "\\bnever wake up again\\b",
			"\\b(?:thinking|thought|think|thinks|dreaming|fantasi[sz]ing) (?:about|of) (?:dying|death|being dead|killing|ending it|ending my life|not being here|my funeral|disappearing forever)\\b",
			"\\b(?:want|wish) (?:it|everything|it al|al of this|al this|this life|my life) (?:to|would) (?:al )?(?:end|stop|be over)(?= ?(?:\\.|$|al|now|forever|for good|please))",
			"\\bkill me now\\b", "\\b(?:someone|somebody|anyone) (?:please )?(?:kill me|end me)\\b",
			"\\b(?:wont|will not|wont be|not going to be|not gonna be) (?:be )?(?:here|around) (?:tomorrow|much longer|any ?more|for long|next (?:week|month|year))\\b",
			"\\b(?:hate|hating) (?:being alive|existing|that i exist|that im alive)\\b",
			"\\b(?:wish|wishing) (?:i|i had|id) (?:never been born|not been born|wasnt born)\\b",
			// English: a burden, better off without
			"\\bbetter (?:off )?without me\\b",
			"\\bhappier (?:if i (?:was|were|wasnt|werent) (?:gone|dead|here|around)|without me|when im gone)\\b",
			"\\b(?:nobody|no one|noone|no body|none of them) (?:would|will|is going to|gonna|d) (?:even )?(?:miss|notice|care)(?: me\\b| if i\\b| when im gone| that im gone)",
			"\\b(?:im|i am|feel like|being|feel|as|im just|i am just|nothing but) (?:a |such a |just a )?(?:burden|waste of space|waste of oxygen)\\b",
			"\\b(?:burden|weight) (?:to|on|for) (?:everyone|everybody|my family|them|my friends|the people)\\b",
			"\\bworld (?:would be|is|will be|d be) better (?:off )?without me\\b",
			// English: plans and means
			"\\b(?:jump|jumping|jumped|throw myself|throwing myself|leap) (?:off|from|out of) (?:a|the|this|that|my) (?:bridge|building|roof|rooftop|cliff|balcony|window|tower|overpass|parking garage|car park)\\b",
			"\\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|stepped|walk|walking|walked|lie down|lay down|lying down) (?:in front of|under|onto|into) (?:(?:a|the|this|that|oncoming) )?(?:train|car|bus|truck|lorry|tracks|traffic|subway|metro|tram)\\b",
			"\\b(?:overdos\\w*|od|oding)\\b",
			"\\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing) (?:every one of|a bunch of|the whole bottle of|a bottle of|handfuls of|a handful of|the whole pack of) (?:my|the|these|those|her|his)? ?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\\b",
			"\\b(?:take|taking|took|swallow|swallowing|swallowed) al (?:of )?(?:my|the|these|those) (?:pills|tablets|meds|medication|sleeping pills|painkillers) (?:at once|together|in one go|tonight|and)\\b",
			"\\b(?:stockpil\\w*|saving up|saved up|hoarding|colecting|gathering) (?:my |the |some |enough )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\\b",
			"\\benough (?:pills|tablets|meds|painkillers|sleeping pills) to\\b",
			"\\b(?:bought|buy|buying|got|found) (?:a|the|some)? ?rope\\b(?! (?:for|to (?:tie|hang (?:the|a|my) (?:washing|clothes|laundry|hamock))))",
			"\\b(?:gun|pistol|barel) (?:to|against|in) my (?:head|mouth|temple)\\b",
			"\\b(?:bulet|bulets) (?:in|through) my (?:head|brain|skul)\\b", "\\bblow my brains out\\b",
			"\\bcrash my car on purpose\\b",
			"\\bdrive (?:my car )?(?:of|into) (?:a cliff|a bridge|a wal|a tree|oncoming traffic)\\b",
			"\\b(?:goodbye|farewel) (?:note|notes|letter|letters)\\b", "\\bfinal goodbye\\b",
			"\\blast message to (?:everyone|my family)\\b",
			"\\b(?:saying|said|say|wrote|writing) (?:my )?(?:final |last )?goodbyes? to (?:everyone|everybody|my family|the world|al of you|you al)\\b",
			"\\b(?:giving|gave|give) away (?:al )?my (?:stuff|things|belongings|possessions|pets|cat|dog)\\b",
			// Spanish: killing or harming oneself
			"\\b(?:matarme|me mato|me voy a matar|me quiero matar|quiero matarme|voy a matarme|pienso matarme|matandome|me mataria yo|mataria a mi mism[oa])\\b",
			"\\b(?:quitarme|me quito|quitandome|me quite|quitarse) la vida\\b",
			"\\b(?:acabar|acabo|acabaria|acabando|terminar|termino|terminaria) con (?:mi vida|mi existencia|mi sufrimiento|todo)\\b(?! (?:el|la|los|las|lo|mi|mis|tu|su|esto|eso|esta|este))",
			"\\b(?:hacerme|me hago|me hice|me quiero hacer|me voy a hacer|haciendome) dano(?: (?:a proposito|a mi mism[oa]|aposta))?\\b(?<!me hice dano)",
			"\\b(?:lastimarme|me lastimo|lastimandome|autolesion\\w*|me autolesiono|golpearme|quemarme|cortarme|(?<!se )me corto|cortandome|me estoy cortando|sigo cortandome)\\b",
			"\\bcort\\w* (?:las|mis) (?:venas|munecas|brazos|piernas)\\b",
			// Spanish: wanting to die or not to live
			"\\b(?:quiero|quisiera|queria|deseo|necesito|prefiero|preferiria|me gustaria|solo quiero|ojala pudiera) (?:morir|morirme|estar muert[oa]|desaparecer|dejar de existir|dormir para siempre|no despertar|no existir|no haber nacido|irme de este mundo|dejar este mundo)\\b(?! (?:un rato|unos dias|el fin de semana|una semana|por un tiempo|de aqui|de la fiesta))",
			"\\bme (?:quiero|gustaria|voy a) morir\\b", "\\bmejor me muero\\b", "\\bme quiero ir de este mundo\\b",
			"\\bojala (?:me muera|me muriera|estuviera muert[oa]|no despertara|no despierte|no haber nacido|no hubiera nacido|desapareciera|no existiera|me atropell\\w*|no estar vivo)\\b",
			"\\bno (?:quiero|deseo) (?:vivir|seguir viviendo|estar viv[oa]|existir|despertar(?:me)?|seguir aqui|seguir en este mundo|estar en este mundo|seguir con vida)\\b(?! (?:en|con|alli|ahi|aqui|solo|sola|cerca|juntos|lejos|temprano|pronto|tarde|a las|antes))",
			"\\bya no quiero (?:vivir|seguir|estar aqui|existir)\\b(?! (?:con|en|trabajando|estudiando|esperando|viendo|aqui en))",
			"\\bnada (?:por|para) (?:lo que |el que |que )?vivir\\b",
			"\\bno (?:vale|merece) la pena (?:vivir|seguir viviendo|seguir)\\b",
			"\\bno (?:tengo|hay|encuentro) (?:razones|motivos|ninguna razon|ningun motivo|razon|motivo|nada) (?:para|por) (?:vivir|seguir|seguir viviendo|despertar)\\b",
			"\\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|existir|estar viv[oa])\\b",
			"\\bno (?:puedo|aguanto|soporto) mas(?: (?:asi|con (?:mi|esta|la) vida|vivir|esta vida))?\\s*(?:\\.|$)",
			"\\bno puedo seguir (?:asi|viviendo|adelante)\\b",
			"\\b(?:pienso|pensando|pense|fantaseo) (?:mucho |a menudo |siempre |todo el dia )?(?:en|sobre|con) (?:morir\\w*|la muerte|matarme|suicid\\w*|quitarme la vida|desaparecer|mi funeral)\\b",
			"\\b(?:dormir|dormirme) (?:para siempre|y no despertar)\\b", "\\bno despertar (?:nunca|jamas|mas)\\b",
			"\\bdesaparecer para siempre\\b", "\\bmerezco (?:morir|estar muert[oa])\\b",
			"\\bno merezco (?:vivir|estar viv[oa]|existir)\\b",
			"\\bmejor (?:muert[oa]|si me muero|si yo no estuviera|si desaparezco|si no existiera|sin mi)\\b",
			// Spanish: a burden, better off without
			"\\b(?:estarian|estaran|estarias|estaria|vivirian|serian) (?:mejor|mas felices) sin mi\\b",
			"\\bsoy (?:una|un) (?:carga|estorbo|peso)\\b",
			"\\bnadie me (?:extranaria|echaria de menos|va a extranar|va a echar de menos|extranara|echara de menos)\\b",
			"\\ba nadie le (?:importaria|importara|va a importar) si (?:me muero|desaparezco|muero|me voy|no estoy)\\b",
			// Spanish: plans and means
			"\\b(?:tirarme|me tiro|me voy a tirar|lanzarme|me lanzo|arrojarme|me arrojo|saltar) (?:de|del|desde|por|a|al|bajo|delante de) (?:un|el|la|las|los|una|mi)? ?(?:puente|edificio|balcon|ventana|vias|tren|metro|azotea|techo|acantilado|coche|auto|carro|camion|rio|terraza)\\b",
			"\\b(?:colgarme|ahorcarme|me voy a colgar|me cuelgo|me ahorco|ahorcandome)\\b", "\\bsobredosis\\b",
			"\\b(?:tomarme|me tome|me tomo|tragarme|me trague|me voy a tomar|me voy a tragar) (?:todas|todos|un frasco de|una caja de|un punado de) (?:las|los|mis)? ?(?:pastillas|pildoras|medicamentos|calmantes|somniferos)\\b",
			"\\b(?:juntando|guardando|acumulando|junte|guarde) (?:las |mis |unas |suficientes )?(?:pastillas|pildoras|somniferos|medicamentos|calmantes)\\b",
			"\\bsuficientes (?:pastillas|pildoras|somniferos) para\\b", "\\b(?:compre|tengo|consegui) (?:una )?soga\\b",
			"\\b(?:pegarme|me pego|me voy a pegar) un tiro\\b", "\\bpistola en (?:la|mi) cabeza\\b",
			"\\b(?:carta|nota|mensaje) de despedida\\b",
			"\\b(?:despedirme|me despedi|me estoy despidiendo) de (?:todos|todo el mundo|mi familia)\\b",
			"\\b(?:regalando|regale|regalar) (?:todas )?mis cosas\\b");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");

	private static final Pattern LEET_WORD = Pattern
		.compile("\\b(?=[\\p{L}0-9@$]*\\p{L})(?=[\\p{L}0-9@$]*[0-9@$])[\\p{L}0-9@$]+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:…\\n\\r]+");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9. ]+");

	private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1+");

	private static final Pattern SPELT_OUT = Pattern.compile("\\b(?:[a-z] ){2,}[a-z]\\b");

	private static final Pattern KIERO = Pattern.compile("\\bk(?=ier)");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	/** The strongest level any of these texts reaches. */
	public SafetyLevel level(String... texts) {
		return concerns(texts) ? SafetyLevel.CRISIS : SafetyLevel.NONE;
	}

	/** Whether any of these texts reaches a level above {@code NONE}. */
	public boolean concerns(String... texts) {
		for (String text : texts) {
			if (text != null && concerns(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean concerns(String text) {
		String normal = normalize(text);
		for (Pattern idiom : IDIOMS) {
			normal = idiom.matcher(normal).replaceAll(" ~ ");
		}
		// Stops can split a statement ("Kill. Myself."): look again with them gone.
		String unstopped = SPACES.matcher(normal.replace(" . ", " ")).replaceAll(" ");
		for (Pattern concern : CONCERNS) {
			if (concern.matcher(normal).find() || concern.matcher(unstopped).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Lower case without accents or apostrophes, digits in words read as letters, letters
	 * spelt out joined, stretched letters squeezed to one, punctuation as spaces and
	 * sentence ends as a lone dot.
	 */
	static String normalize(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
		plain = replace(LEET_WORD, plain, CrisisLanguage::unLeet);
		plain = SENTENCE_END.matcher(plain).replaceAll(" . ");
		plain = NOT_A_WORD.matcher(plain).replaceAll(" ");
		plain = SPACES.matcher(plain).replaceAll(" ");
		plain = replace(SPELT_OUT, plain, (letters) -> letters.replace(" ", ""));
		plain = STRETCHED.matcher(plain).replaceAll("$1");
		plain = KIERO.matcher(plain).replaceAll("qu");
		return " " + plain.strip() + " ";
	}

	private static String unLeet(String word) {
		return word.replace('0', 'o')
			.replace('1', 'i')
			.replace('3', 'e')
			.replace('4', 'a')
			.replace('5', 's')
			.replace('7', 't')
			.replace('@', 'a')
			.replace('$', 's');
	}

	private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> change) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(change.apply(matcher.group())));
		}
		return matcher.appendTail(result).toString();
	}

	/**
	 * Compiles patterns written in plain spelling against the squeezed text: every run of
	 * one letter becomes that letter once, as in the text, except after a backslash.
	 */
	private static List<Pattern> compile(String... sources) {
		return java.util.Arrays.stream(sources)
			.map((source) -> source.replaceAll("(?<!\\\\)([a-z])\\1+", "$1"))
			.map(Pattern::compile)
			.toList();
	}

}
