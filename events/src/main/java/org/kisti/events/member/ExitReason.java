package org.kisti.events.member;

/** Why a member leaves, as MRA and NRLM registers record it. */
public enum ExitReason {
    VOLUNTARY,
    DEATH,
    MIGRATION,
    DROPOUT,
    EXPELLED
}
