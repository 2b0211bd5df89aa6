package org.pswcp.kit.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a list's query, built from the filters a caller gave: each filter the caller left out (null) adds
 * nothing. Conditions are JPQL with named parameters and are joined with {@code and}.
 *
 * <pre>{@code
 * Where where = Where.of(visible.where(), visible.parameters())
 *         .equal("status", status)
 *         .and("occurredAt >= :since", "since", since);
 * repository.find(where.query(), sort, where.parameters());
 * }</pre>
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private Where() {
    }

    /** No condition yet: every row. */
    public static Where all() {
        return new Where();
    }

    /** A restriction that always applies (whose records the caller may see, say), with its parameters. */
    public static Where of(String condition, Map<String, Object> parameters) {
        return new Where().and(condition, parameters);
    }

    /** Adds a condition with its parameters. */
    public Where and(String condition, Map<String, Object> parameters) {
        conditions.add(condition);
        this.parameters.putAll(parameters);
        return this;
    }

    /** Adds {@code condition}, which names one parameter, when its value is given (not null). */
    public Where and(String condition, String parameter, Object value) {
        return value == null ? this : and(condition, Map.of(parameter, value));
    }

    /** Adds {@code field = :field} when the value is given (not null). */
    public Where equal(String field, Object value) {
        return and(field + " = :" + field, field, value);
    }

    /** The JPQL where clause; {@code 1 = 1} when there is no condition. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** The named parameters of {@link #query()}. */
    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
