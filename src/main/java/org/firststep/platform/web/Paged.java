package org.firststep.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, as the API returns lists: {@code {"items": [...], "next": "..."}}.
 * The cursor is the id of the last item of the previous page; {@code next} is null on the
 * last page.
 *
 * @param items the items of this page
 * @param next the cursor for the next page, or null
 */
public record Paged<T>(List<T> items, String next) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	/**
	 * Reads one page from the database: one row more than the page holds, to know whether
	 * another page follows.
	 * @throws InvalidInputException for a limit out of range or an unknown cursor
	 */
	public static <T> Paged<T> read(Integer limit, String cursor, Reader<T> reader, Function<T, String> id) {
		int size = size(limit);
		String after = (cursor == null || cursor.isBlank()) ? null : cursor;
		List<T> rows = reader.read(after, size + 1).orElseThrow(Paged::unknownCursor);
		if (rows.size() <= size) {
			return new Paged<>(List.copyOf(rows), null);
		}
		List<T> items = rows.subList(0, size);
		return new Paged<>(List.copyOf(items), id.apply(items.get(size - 1)));
	}

	/**
	 * The address of the next page for a link a page shows (no script needed): the path,
	 * the parameters given that are not null, and the cursor; null on the last page.
	 */
	public String nextLink(String path, String... namesAndValues) {
		if (this.next == null) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			link.queryParamIfPresent(namesAndValues[i], Optional.ofNullable(namesAndValues[i + 1]));
		}
		return link.queryParam("cursor", this.next).encode().toUriString();
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(this.items.stream().map(mapper).toList(), this.next);
	}

	/**
	 * The page size asked for, or the default.
	 * @throws InvalidInputException for a limit out of range
	 */
	public static int size(Integer limit) {
		int size = (limit == null) ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new InvalidInputException(new FieldMessage("limit", "validation.limit", MAX_LIMIT));
		}
		return size;
	}

	/** The error for a cursor that is not an item of the list. */
	public static InvalidInputException unknownCursor() {
		return new InvalidInputException(new FieldMessage("cursor", "validation.cursor"));
	}

	/** Reads a page of a list from the database. */
	@FunctionalInterface
	public interface Reader<T> {

		/**
		 * At most {@code count} items after the one with id {@code cursor} (from the
		 * first when null), or empty when the cursor is not an item of the list.
		 */
		Optional<List<T>> read(String cursor, int count);

	}

}
