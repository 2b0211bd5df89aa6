package org.pswcp.kit.problem;

/**
 * One thing wrong with the caller's input.
 *
 * @param field where it is, as a JSON path into the request ({@code ratings[2].level}), or the name of a query, path or
 *            header parameter
 * @param message what is wrong, in words an integrator can act on
 */
public record FieldError(String field, String message) {
}
