package org.pswcp.kit.page;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * Keyset paging over a time and the id, newest or oldest first: the one way every list with a cursor reads its pages.
 * The cursor ({@link KeysetCursor}) holds the last item's time and id; the next page is what comes after that position
 * in the order, so rows added meanwhile neither repeat nor skip items.
 *
 * <pre>{@code
 * return Keyset.newestFirst("occurredAt").page(where, cursor, limit,
 *         (w, sort) -> trail.find(w.query(), sort, w.parameters()),
 *         e -> new KeysetCursor(e.occurredAt(), e.id()), AuditEventView::of);
 * }</pre>
 */
public record Keyset(String timeField, boolean newestFirst) {

    /** The latest first, then by id downwards where times are equal. */
    public static Keyset newestFirst(String timeField) {
        return new Keyset(timeField, true);
    }

    /** The earliest first, then by id upwards where times are equal. */
    public static Keyset oldestFirst(String timeField) {
        return new Keyset(timeField, false);
    }

    /** The order of the pages: by the time, then the id. */
    public Sort sort() {
        return newestFirst ? Sort.descending(timeField, "id") : Sort.ascending(timeField, "id");
    }

    /**
     * Restricts {@code where} to what comes after the cursor's position (nothing for the first page, a null cursor).
     */
    public Where after(Where where, String cursor) {
        if (cursor == null) {
            return where;
        }
        KeysetCursor position = KeysetCursor.decode(cursor);
        String beyond = newestFirst ? "<" : ">";
        return where.and("(" + timeField + " " + beyond + " :keysetAt or (" + timeField + " = :keysetAt and id "
                + beyond + " :keysetId))", Map.of("keysetAt", position.at(), "keysetId", position.id()));
    }

    /**
     * One page: the rows of {@code find(where after the cursor, sort)}, at most {@code limit}, each shown as
     * {@code view} shows it, and the cursor of the next page when there is one.
     *
     * @param find runs the query, for example {@code (w, sort) -> repository.find(w.query(), sort, w.parameters())}
     * @param positionOf a row's time and id, as {@link #timeField()} and the id hold them
     */
    public <E, V> Page<V> page(Where where, String cursor, int limit,
            BiFunction<Where, Sort, PanacheQuery<E>> find,
            Function<E, KeysetCursor> positionOf, Function<E, V> view) {
        List<E> rows = find.apply(after(where, cursor), sort()).page(0, limit + 1).list();
        List<V> items = rows.stream().limit(limit).map(view).toList();
        return new Page<>(items, rows.size() > limit ? positionOf.apply(rows.get(limit - 1)).encode() : null);
    }
}
