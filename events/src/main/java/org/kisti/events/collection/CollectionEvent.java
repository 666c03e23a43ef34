package org.kisti.events.collection;

import org.kisti.events.KistiEvent;

/**
 * Facts about a collection sheet, the document of one group meeting, published on {@code kisti.loans.v1} keyed by
 * sheet id: the sheet as posted, a line whose money could not apply where it was meant to and is held, and staff's
 * later decision on held money.
 */
public sealed interface CollectionEvent extends KistiEvent
        permits CollectionSheetPosted, CollectionLineHeld, HeldCashResolved {

    String sheetId();

    @Override
    default String aggregateId() {
        return sheetId();
    }

    /**
     * The id a line's money moves under (the payment, deposit or withdrawal id): the sheet and the line, so every fact
     * it causes names both. A sheet id is a UUID and a sheet has at most 999 lines, so the id fits every store's
     * 64-character payment ids.
     */
    static String lineId(String sheetId, int line) {
        return sheetId + ":" + line;
    }

    /** The id of a held line's {@code resolution}-th resolution (1 for the first), e.g. {@code <sheet>:7:r1}. */
    static String resolutionId(String sheetId, int line, int resolution) {
        return lineId(sheetId, line) + ":r" + resolution;
    }
}
