package org.firststep.safetynet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Regular expressions joined into one alternation, with the letters they start with in
 * common written once, as a trie: {@code my friend|my mum|a friend} becomes
 * {@code (?:my (?:friend|mum)|a friend)}. Java's engine tries alternatives one after
 * another at every place in the text, so a concept of two hundred phrases costs two
 * hundred tries per word unless the ones that cannot start there are ruled out together.
 * It matches exactly what the flat list matches.
 */
final class Alternation {

	private Alternation() {
	}

	/** One expression for these; more than one becomes a group. */
	static String of(List<String> alternatives) {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(alternatives));
		if (distinct.size() == 1) {
			return distinct.get(0);
		}
		Map<Character, List<String>> byFirst = new LinkedHashMap<>();
		List<String> branches = new ArrayList<>();
		for (String alternative : distinct) {
			if (literalLength(alternative) == 0) {
				branches.add(alternative);
				continue;
			}
			List<String> group = byFirst.get(alternative.charAt(0));
			if (group == null) {
				group = new ArrayList<>();
				byFirst.put(alternative.charAt(0), group);
				branches.add(null);
				branches.add(String.valueOf(alternative.charAt(0)));
			}
			group.add(alternative);
		}
		List<String> joined = new ArrayList<>();
		for (int i = 0; i < branches.size(); i++) {
			if (branches.get(i) != null) {
				joined.add(branches.get(i));
				continue;
			}
			joined.add(factored(byFirst.get(branches.get(++i).charAt(0))));
		}
		return "(?:" + String.join("|", joined) + ")";
	}

	/**
	 * Alternatives that start with the same letter: their common letters, then the rest.
	 */
	private static String factored(List<String> group) {
		if (group.size() == 1) {
			return group.get(0);
		}
		int common = literalLength(group.get(0));
		for (String alternative : group) {
			common = Math.min(common, literalLength(alternative));
			for (int i = 0; i < common; i++) {
				if (alternative.charAt(i) != group.get(0).charAt(i)) {
					common = i;
					break;
				}
			}
		}
		List<String> rests = new ArrayList<>();
		for (String alternative : group) {
			rests.add(alternative.substring(common));
		}
		// No alternative holds a | outside a group, so the rest joins the letters as it
		// is.
		return group.get(0).substring(0, common) + of(rests);
	}

	/**
	 * How many characters at the start are plain letters, digits or spaces matched as
	 * themselves (a character a quantifier applies to is not).
	 */
	private static int literalLength(String regex) {
		int length = 0;
		while (length < regex.length() && plain(regex.charAt(length))
				&& (length + 1 == regex.length() || "?*+{".indexOf(regex.charAt(length + 1)) < 0)) {
			length++;
		}
		return length;
	}

	private static boolean plain(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
	}

}
