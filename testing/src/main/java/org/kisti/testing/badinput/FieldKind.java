package org.kisti.testing.badinput;

/**
 * What a request field holds, and so which values break the input contract for it (ADR 0009). The values themselves
 * are in {@link BadValues}.
 */
public enum FieldKind {
    /** An organisation, member, group, account or loan id: 1-64 of {@code A-Z a-z 0-9 . _ : -}, alphanumeric first. */
    IDENTIFIER,
    /** Text a person reads (a name): 1-200 characters, something visible, no control or invisible characters. */
    TEXT,
    /** Money moved by a posting: a decimal string from 0.01 to 999999999999.99 with at most 2 decimals. */
    AMOUNT,
    /** A charge that may be nothing: the same decimal string, from 0 to 999999999999.99. */
    FEE,
    /** A decimal string whose range is the field's own (a rounding unit): only the shape is checked here. */
    DECIMAL,
    /** An interest rate: a decimal string, a percentage from 0 to 100 with at most 4 decimals. */
    RATE,
    /** An ISO 4217 code of a currency with 2 decimal places. */
    CURRENCY,
    /** A business date: exactly {@code YYYY-MM-DD}, a real day from 1900-01-01 to 2199-12-31; may lie ahead. */
    DATE,
    /** The date of something that has happened: a {@link #DATE} not after tomorrow. */
    FACT_DATE,
    /** One of its names, spelt exactly. */
    ENUM,
    /** A whole JSON number (an instalment count, 1 to 520). */
    COUNT,
    /** A nested JSON object with fields of its own. */
    OBJECT
}
