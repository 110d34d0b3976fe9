package org.firststep.safetynet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which crisis rules a sentence's words allow, so that only those run their patterns.
 *
 * <p>
 * Every word a rule needs, and every prefix (such as {@code suicid*}), is an atom with a
 * number. A rule is filed under its anchor atoms, one of which any match contains, and
 * needs each of its required parts to be met: one of the part's atoms alone, or all the
 * atoms of one of its phrases. Parts that many rules share (the first person, a wish) are
 * one part here. A sentence is read once: each of its words finds its atoms, each atom
 * marks the rules filed under it and the parts it meets, and a marked rule survives when
 * all its parts are met. The cost follows the sentence's words, not the number of rules.
 */
final class RuleIndex {

	/** A prefix atom: the letters a word starts with, and the atom's number. */
	private record Prefix(String letters, int atom) {
	}

	/**
	 * A sentence as the index read it: the rules its words allow, and each atom it holds
	 * with the place of the space before the word, in the order of the words.
	 *
	 * @param candidates the rules, among those allowed, that its words allow
	 * @param atoms the atom of each occurrence
	 * @param places where each occurrence's word starts, less one (its space)
	 * @param occurrences how many there are
	 */
	record Reading(BitSet candidates, int[] atoms, int[] places, int occurrences) {
	}

	/** A part met when this atom and all the others are in the sentence. */
	private record PhrasePart(int part, int[] others) {
	}

	private static final int[] NONE = {};

	private final Map<String, Integer> wordAtoms = new HashMap<>();

	private final Map<Integer, Prefix[]> prefixesByStart = new HashMap<>();

	private final int atomCount;

	private final int ruleCount;

	private final int partCount;

	private final int[][] rulesByAtom;

	private final int[][] partsByAtom;

	private final PhrasePart[][] phrasePartsByAtom;

	private final int[][] partsByRule;

	private final int[] everywhere;

	private final int[][] rulesStartingWith;

	private final BitSet startsUnknown = new BitSet();

	/**
	 * @param anchors for each rule, its anchor words (prefixes end in {@code *}), or null
	 * when none can tell and the rule is tried on every sentence
	 * @param requires for each rule, its required parts: each a set of alternatives, each
	 * the words (or prefixes) that must all be in the sentence
	 * @param starts for each rule, the words (or prefixes) one of which every match
	 * starts with, or null when that is not known
	 */
	RuleIndex(List<Set<String>> anchors, List<List<Set<Set<String>>>> requires, List<Set<String>> starts) {
		Map<String, Integer> atoms = new LinkedHashMap<>();
		Map<Set<Set<String>>, Integer> parts = new LinkedHashMap<>();
		this.ruleCount = anchors.size();
		List<List<Integer>> rulesByAtom = new ArrayList<>();
		List<Integer> everywhere = new ArrayList<>();
		this.partsByRule = new int[this.ruleCount][];
		for (int rule = 0; rule < this.ruleCount; rule++) {
			if (anchors.get(rule) == null) {
				everywhere.add(rule);
			}
			else {
				for (String word : anchors.get(rule)) {
					listAt(rulesByAtom, atom(atoms, word)).add(rule);
				}
			}
			List<Set<Set<String>>> needed = requires.get(rule);
			this.partsByRule[rule] = new int[needed.size()];
			for (int i = 0; i < needed.size(); i++) {
				Set<Set<String>> part = needed.get(i);
				this.partsByRule[rule][i] = parts.computeIfAbsent(part, (p) -> parts.size());
			}
		}
		List<List<Integer>> rulesStartingWith = new ArrayList<>();
		for (int rule = 0; rule < this.ruleCount; rule++) {
			if (starts.get(rule) == null) {
				this.startsUnknown.set(rule);
			}
			else {
				for (String word : starts.get(rule)) {
					listAt(rulesStartingWith, atom(atoms, word)).add(rule);
				}
			}
		}
		List<List<Integer>> partsByAtom = new ArrayList<>();
		List<List<PhrasePart>> phrasePartsByAtom = new ArrayList<>();
		parts.forEach((alternatives, part) -> {
			for (Set<String> phrase : alternatives) {
				if (phrase.size() == 1) {
					listAt(partsByAtom, atom(atoms, phrase.iterator().next())).add(part);
					continue;
				}
				String filedUnder = longest(phrase);
				int[] others = phrase.stream()
					.filter((word) -> !word.equals(filedUnder))
					.mapToInt((word) -> atom(atoms, word))
					.toArray();
				listAt(phrasePartsByAtom, atom(atoms, filedUnder)).add(new PhrasePart(part, others));
			}
		});
		this.atomCount = atoms.size();
		this.partCount = parts.size();
		this.rulesByAtom = ints(rulesByAtom, this.atomCount);
		this.rulesStartingWith = ints(rulesStartingWith, this.atomCount);
		this.partsByAtom = ints(partsByAtom, this.atomCount);
		this.phrasePartsByAtom = new PhrasePart[this.atomCount][];
		for (int atom = 0; atom < this.atomCount; atom++) {
			this.phrasePartsByAtom[atom] = (atom < phrasePartsByAtom.size() && phrasePartsByAtom.get(atom) != null)
					? phrasePartsByAtom.get(atom).toArray(PhrasePart[]::new) : new PhrasePart[0];
		}
		this.everywhere = everywhere.stream().mapToInt(Integer::intValue).toArray();
		Map<Integer, List<Prefix>> byStart = new HashMap<>();
		atoms.forEach((word, atom) -> {
			if (word.endsWith("*")) {
				String letters = word.substring(0, word.length() - 1);
				byStart.computeIfAbsent(start(letters), (k) -> new ArrayList<>()).add(new Prefix(letters, atom));
			}
			else {
				this.wordAtoms.put(word, atom);
			}
		});
		byStart.forEach((start, list) -> this.prefixesByStart.put(start, list.toArray(Prefix[]::new)));
	}

	/** The rules whose every match starts with this atom's word. */
	int[] rulesStartingWith(int atom) {
		return this.rulesStartingWith[atom];
	}

	/** Whether this rule's matches can start with any word. */
	boolean startsUnknown(int rule) {
		return this.startsUnknown.get(rule);
	}

	/**
	 * Reads a sentence: the rules, among those allowed, that its words allow (a bit set
	 * over the rules in file order), and where its atoms are.
	 */
	Reading read(String sentence, BitSet allowed) {
		BitSet present = new BitSet(this.atomCount);
		int[] atoms = new int[16];
		int count = 0;
		int[] occurrenceAtoms = new int[32];
		int[] places = new int[32];
		int occurrences = 0;
		int start = 0;
		int length = sentence.length();
		while (start < length) {
			int end = sentence.indexOf(' ', start);
			if (end < 0) {
				end = length;
			}
			if (end > start) {
				String word = sentence.substring(start, end);
				Integer atom = this.wordAtoms.get(word);
				if (atom != null) {
					occurrenceAtoms = add(occurrenceAtoms, occurrences, atom);
					places = add(places, occurrences++, start - 1);
					if (!present.get(atom)) {
						present.set(atom);
						atoms = add(atoms, count++, atom);
					}
				}
				if (word.length() >= 3) {
					Prefix[] prefixes = this.prefixesByStart.get(start(word));
					if (prefixes != null) {
						for (Prefix prefix : prefixes) {
							if (word.startsWith(prefix.letters())) {
								occurrenceAtoms = add(occurrenceAtoms, occurrences, prefix.atom());
								places = add(places, occurrences++, start - 1);
								if (!present.get(prefix.atom())) {
									present.set(prefix.atom());
									atoms = add(atoms, count++, prefix.atom());
								}
							}
						}
					}
				}
			}
			start = end + 1;
		}
		BitSet found = new BitSet(this.ruleCount);
		BitSet met = new BitSet(this.partCount);
		for (int rule : this.everywhere) {
			found.set(rule);
		}
		for (int i = 0; i < count; i++) {
			int atom = atoms[i];
			for (int rule : this.rulesByAtom[atom]) {
				found.set(rule);
			}
			for (int part : this.partsByAtom[atom]) {
				met.set(part);
			}
			for (PhrasePart phrase : this.phrasePartsByAtom[atom]) {
				if (allPresent(present, phrase.others())) {
					met.set(phrase.part());
				}
			}
		}
		found.and(allowed);
		for (int rule = found.nextSetBit(0); rule >= 0; rule = found.nextSetBit(rule + 1)) {
			for (int part : this.partsByRule[rule]) {
				if (!met.get(part)) {
					found.clear(rule);
					break;
				}
			}
		}
		return new Reading(found, occurrenceAtoms, places, occurrences);
	}

	private static boolean allPresent(BitSet present, int[] atoms) {
		for (int atom : atoms) {
			if (!present.get(atom)) {
				return false;
			}
		}
		return true;
	}

	private static int[] add(int[] atoms, int at, int atom) {
		int[] room = (at < atoms.length) ? atoms : java.util.Arrays.copyOf(atoms, atoms.length * 2);
		room[at] = atom;
		return room;
	}

	/**
	 * The first three letters of a word as one number, to find prefixes without copying.
	 */
	private static int start(CharSequence word) {
		return (word.charAt(0) << 16) | (word.charAt(1) << 8) | word.charAt(2);
	}

	private static int atom(Map<String, Integer> atoms, String word) {
		return atoms.computeIfAbsent(word, (w) -> atoms.size());
	}

	private static String longest(Set<String> phrase) {
		String longest = null;
		for (String word : phrase) {
			if (longest == null || word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}

	private static <T> List<T> listAt(List<List<T>> lists, int index) {
		while (lists.size() <= index) {
			lists.add(null);
		}
		if (lists.get(index) == null) {
			lists.set(index, new ArrayList<>());
		}
		return lists.get(index);
	}

	private static int[][] ints(List<List<Integer>> lists, int size) {
		int[][] arrays = new int[size][];
		for (int i = 0; i < size; i++) {
			List<Integer> list = (i < lists.size()) ? lists.get(i) : null;
			arrays[i] = (list == null) ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
		}
		return arrays;
	}

}
