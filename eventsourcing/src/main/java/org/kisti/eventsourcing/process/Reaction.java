package org.kisti.eventsourcing.process;

import java.util.List;

/**
 * What a process decides on one fact: its next state, the commands to send, and whether it has ended (an ended
 * process ignores every later fact). Pure data, so a process's rules are tested as given state, when fact, then this.
 */
public record Reaction<S>(S state, List<Object> commands, boolean ended) {

    public Reaction {
        commands = List.copyOf(commands);
    }

    /** The fact changes nothing and sends nothing. */
    public static <S> Reaction<S> ignore(S state) {
        return new Reaction<>(state, List.of(), false);
    }

    public static <S> Reaction<S> continueWith(S state, Object... commands) {
        return new Reaction<>(state, List.of(commands), false);
    }

    public static <S> Reaction<S> endWith(S state, Object... commands) {
        return new Reaction<>(state, List.of(commands), true);
    }
}
