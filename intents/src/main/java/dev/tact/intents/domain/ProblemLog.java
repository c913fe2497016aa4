package dev.tact.intents.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the problems found while loading a domain, to report them all at once. */
final class ProblemLog {

    private final List<DomainProblem> problems = new ArrayList<>();

    void add(String file, int line, String message) {
        problems.add(new DomainProblem(file, line, message));
    }

    /**
     * Throws when anything was found, listing the problems by file (in the order the files were read; a problem
     * that belongs to no read file comes first), then by line.
     */
    void throwIfAny(List<String> fileOrder) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < fileOrder.size(); i++) {
            rank.putIfAbsent(fileOrder.get(i), i);
        }
        List<DomainProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((DomainProblem problem) -> rank.getOrDefault(problem.file(), -1))
                .thenComparingInt(DomainProblem::line));
        throw new InvalidDomainException(sorted);
    }
}
