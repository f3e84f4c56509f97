package org.tradekit.catalog;

import java.util.List;

/** A save refused because fields break rules; the problems go beside the fields. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
