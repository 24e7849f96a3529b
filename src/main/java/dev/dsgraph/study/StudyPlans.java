package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.learning.LearningModels.LearningPath;
import dev.dsgraph.learning.LearningPaths;
import dev.dsgraph.study.StudyModels.Flashcard;
import dev.dsgraph.study.StudyModels.Plan;
import dev.dsgraph.study.StudyModels.Session;
import dev.dsgraph.study.StudyModels.StudyConcept;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Study plans: the learning path to a goal (as {@link LearningPaths} orders it, the goal last) split into sessions of
 * a fixed size, each with the flashcards of its concepts and of the relations it completes. Pure.
 */
final class StudyPlans {

    private StudyPlans() {}

    static Optional<Plan> plan(StudyIndex index, String goal, List<String> known, int sessionSize) {
        Optional<LearningPath> path = LearningPaths.learningPath(index.view, goal, known);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        List<String> order = new ArrayList<>(path.get().order());
        order.add(goal);
        Map<String, Integer> sessionOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            sessionOf.put(order.get(i), i / sessionSize);
        }
        int sessions = (order.size() + sessionSize - 1) / sessionSize;
        List<List<Flashcard>> cards = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            cards.add(new ArrayList<>());
        }
        // a relation card belongs to the session where its second concept is met
        List<Flashcard> all = Flashcards.cards(index, order, Flashcards.KINDS, true);
        for (Flashcard card : all) {
            cards.get(card.conceptIds().stream().mapToInt(sessionOf::get).max().orElse(0))
                    .add(card);
        }
        List<Session> out = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            List<StudyConcept> concepts =
                    order.subList(s * sessionSize, Math.min(order.size(), (s + 1) * sessionSize)).stream()
                            .map(id -> {
                                ConceptInfo c = index.info(id);
                                return new StudyConcept(id, c.name(), c.summary());
                            })
                            .toList();
            out.add(new Session(s + 1, concepts, List.copyOf(cards.get(s))));
        }
        return Optional.of(new Plan(goal, path.get().name(), known, sessionSize, order.size(), all.size(), out));
    }
}
