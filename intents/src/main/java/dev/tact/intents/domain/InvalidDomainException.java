package dev.tact.intents.domain;

import dev.tact.intents.IntentsException;

import java.util.List;
import java.util.stream.Collectors;

/** A domain's files have problems; all of them are listed, not only the first. */
public class InvalidDomainException extends IntentsException {

    private final List<DomainProblem> problems;

    public InvalidDomainException(List<DomainProblem> problems) {
        super(problems.size() + " problem(s) in the domain:\n" + problems.stream().map(DomainProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DomainProblem> problems() {
        return problems;
    }
}
