package dev.tact.app.persistence;

import dev.tact.core.conversation.Choice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A message's choices in one column: a line {@code id<TAB>title} per choice (neither may hold a tab or a newline). */
final class ChoiceColumn {

    private ChoiceColumn() {
    }

    static String write(List<Choice> choices) {
        return choices.stream().map(choice -> clean(choice.id()) + '\t' + clean(choice.title()))
                .collect(Collectors.joining("\n"));
    }

    static List<Choice> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (String line : column.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                choices.add(new Choice(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return List.copyOf(choices);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
