package org.pswcp.kit.problem;

import java.util.List;

/** The caller's input breaks a rule that the schema alone cannot express (an unknown statement, a date order). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : "The request has " + errors.size() + " invalid fields.",
                errors);
    }
}
