import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.firststep.safetynet.CrisisLanguage;

/**
 * Time per call of the crisis net on 4,000-character texts, on one thread, after warm-up:
 * median and 99th percentile of the wall time, and the median CPU time of the thread
 * (which other work on a busy machine does not inflate), in microseconds. Prints figures,
 * asserts nothing.
 */
public final class TextDetectorsBench {

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private static final int LENGTH = 4000;

	private static final int WARMUP = 2000;

	private static final int MEASURED = 5000;

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/safetynet/corpus");
		long start = System.nanoTime();
		CrisisLanguage net = new CrisisLanguage();
		net.level("warm up the rules");
		System.out.printf("crisis net: rules loaded and compiled in %.0f ms%n", (System.nanoTime() - start) / 1e6);
		for (String language : List.of("en", "es")) {
			List<String> ordinary = lines(corpus.resolve(language).resolve("not-crisis").resolve("venting.txt"));
			List<String> mustNot = lines(corpus.resolve(language).resolve("not-crisis"));
			List<String> crisis = lines(corpus.resolve(language).resolve("crisis"));
			String everyday = text(ordinary, null);
			String dense = text(mustNot, null);
			String crisisLast = text(ordinary, crisis.get(crisis.size() / 2));
			report(language + " low mood, nothing found", everyday, net::level);
			report(language + " trigger words, nothing found", dense, net::level);
			report(language + " crisis in the last line", crisisLast, net::level);
			// Written on a phone in one breath: no sentence ends, so one sentence of 4,000 characters.
			report(language + " low mood, no stops", everyday.replaceAll("[.!?;:]", ""), net::level);
			report(language + " trigger words, no stops", dense.replaceAll("[.!?;:]", ""), net::level);
		}
		String mixed = text(interleaved(lines(corpus.resolve("en").resolve("not-crisis")),
				lines(corpus.resolve("es").resolve("not-crisis"))), null);
		report("en and es mixed, both rule sets", mixed, net::level);
	}

	private static void report(String name, String text, Consumer<String> detector) {
		for (int i = 0; i < WARMUP; i++) {
			detector.accept(text);
		}
		long[] times = new long[MEASURED];
		long[] cpu = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			long startCpu = THREADS.getCurrentThreadCpuTime();
			detector.accept(text);
			cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		System.out.printf("  %-34s %5d chars  median %6.1f µs  p99 %6.1f µs  (CPU median %6.1f µs)%n", name,
				text.length(), times[MEASURED / 2] / 1e3, times[MEASURED * 99 / 100] / 1e3, cpu[MEASURED / 2] / 1e3);
	}

	/** Lines joined into a text of about 4,000 characters, ending with {@code last}. */
	private static String text(List<String> lines, String last) {
		StringBuilder text = new StringBuilder();
		int target = LENGTH - ((last != null) ? last.length() + 1 : 0);
		for (int i = 0; text.length() < target; i++) {
			String line = lines.get(i % lines.size());
			text.append(line, 0, Math.min(line.length(), target - text.length())).append(' ');
		}
		if (last != null) {
			text.append(last);
		}
		return text.substring(0, Math.min(text.length(), LENGTH));
	}

	private static List<String> interleaved(List<String> one, List<String> other) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < Math.max(one.size(), other.size()); i++) {
			lines.add(one.get(i % one.size()));
			lines.add(other.get(i % other.size()));
		}
		return lines;
	}

	private static List<String> lines(Path path) throws Exception {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> list = Files.list(path)) {
				list.sorted().forEach(files::add);
			}
		}
		else {
			files.add(path);
		}
		List<String> lines = new ArrayList<>();
		for (Path file : files) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip().endsWith(".") ? line.strip() : line.strip() + ".");
				}
			}
		}
		return lines;
	}

}
