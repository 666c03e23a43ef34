package org.kisti.member.eligibility;

/** As the programmes' registers record it; Bangladesh and India both recognise a third gender in law. */
public enum Gender {
    FEMALE,
    MALE,
    THIRD_GENDER
}
