package org.pswcp.assessment.assessment;

import java.util.List;
import java.util.Set;

import org.pswcp.assessment.assessment.AssessmentDtos.RatingInput;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.kit.problem.FieldError;

/**
 * What a rating may be of: a rateable statement of the version (not a sub-heading), or an area of the version that has
 * no statements, rated as a whole; in either case within the assessment's scope. An area that has statements is rated
 * through them, so that one area never has two levels, one from its statements and one of its own.
 */
final class Rateables {

    private Rateables() {
    }

    /**
     * What the rating input names, with an error for each field that is wrong; null when it names nothing rateable.
     */
    static Rating.RatedCode of(FrameworkCopy version, Set<String> scope, RatingInput rating, String field,
            List<FieldError> errors) {
        if (rating.statementCode() != null && rating.areaCode() != null) {
            errors.add(new FieldError(field + ".areaCode", "must be absent when statementCode is given: a rating is"
                    + " of one statement, or of one area without statements"));
            return null;
        }
        if (rating.areaCode() != null) {
            String code = rating.areaCode();
            if (checkAreaRatedAsWhole(version, code, field + ".areaCode", "rate its statements by statementCode",
                    errors) && !scope.contains(code)) {
                errors.add(new FieldError(field + ".areaCode", "is outside this assessment's scope"));
            }
            return new Rating.RatedCode(code, true);
        }
        if (rating.statementCode() == null) {
            errors.add(new FieldError(field + ".statementCode", "is required, unless areaCode names an area without"
                    + " statements"));
            return null;
        }
        checkStatement(version, scope, rating.statementCode(), field + ".statementCode", errors);
        return new Rating.RatedCode(rating.statementCode(), false);
    }

    /**
     * Whether the code is an area of the version that is rated as a whole; else adds the field's error, telling what to
     * do instead for an area that has statements.
     */
    static boolean checkAreaRatedAsWhole(FrameworkCopy version, String code, String field, String instead,
            List<FieldError> errors) {
        var area = version.area(code);
        if (area.isEmpty()) {
            errors.add(new FieldError(field, "is not a competence area of " + version.label()));
            return false;
        }
        if (!area.get().ratedAsWhole()) {
            errors.add(new FieldError(field, "is an area with statements: " + instead + "; only an area without"
                    + " statements is rated as a whole"));
            return false;
        }
        return true;
    }

    private static void checkStatement(FrameworkCopy version, Set<String> scope, String code, String field,
            List<FieldError> errors) {
        var statement = version.statement(code);
        if (statement.isEmpty() && version.area(code).filter(a -> a.ratedAsWhole()).isPresent()) {
            errors.add(new FieldError(field, "is an area without statements: rate it as a whole by areaCode"));
        } else if (statement.isEmpty()) {
            errors.add(new FieldError(field, "is not a statement of " + version.label()));
        } else if (!statement.get().rateable()) {
            errors.add(new FieldError(field, "is a sub-heading: rate the statements under it"));
        } else if (!inScope(scope, code, statement.get().areaCode())) {
            errors.add(new FieldError(field, "is outside this assessment's scope"));
        }
    }

    private static boolean inScope(Set<String> scope, String code, String areaCode) {
        if (scope.contains(areaCode) || scope.contains(code)) {
            return true;
        }
        return scope.stream().anyMatch(scoped -> code.startsWith(scoped + "."));
    }
}
