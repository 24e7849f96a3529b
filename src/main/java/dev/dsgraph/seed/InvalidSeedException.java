package dev.dsgraph.seed;

import java.util.List;

/** A seed with problems: nothing of it is written. */
class InvalidSeedException extends RuntimeException {

    private final List<SeedProblem> problems;

    public InvalidSeedException(List<SeedProblem> problems) {
        super(problems.size() + " problem(s) in the graph seed:\n  - "
                + String.join(
                        "\n  - ", problems.stream().map(SeedProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<SeedProblem> problems() {
        return problems;
    }
}
