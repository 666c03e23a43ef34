package org.kisti.events.organisation;

/**
 * What a group is for. A lending group (a samity in Bangladesh) exists to guarantee its members' loans; a self-help
 * group (an SHG under India's livelihood missions) saves and may borrow as a group itself.
 */
public enum GroupKind {
    LENDING_GROUP,
    SELF_HELP_GROUP
}
