package dev.dsgraph.support;

import java.util.List;

/** A relation of an acyclic type would close a cycle; names the type, whose parameter the edge reports. */
public final class CycleDetected extends DomainException {

    public CycleDetected(String type, String from, String to, List<String> cycle) {
        super(
                ProblemType.CYCLE,
                type + " must stay acyclic, and " + from + " " + type + " " + to + " would close the cycle "
                        + String.join(" -> ", cycle),
                null,
                type,
                null,
                List.copyOf(cycle));
    }
}
