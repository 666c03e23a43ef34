package org.kisti.loan.collection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;

/**
 * A sheet as its events say: its lines, which are held now, and how often each was resolved. Assigns, never decides.
 */
public final class SheetState {

    public String orgId;
    public String sheetId;
    public CollectionSheetPosted posted;
    public final Map<Integer, CollectionSheetPosted.Line> lines = new LinkedHashMap<>();
    /** Lines held now, with the fact that holds them. */
    public final Map<Integer, CollectionLineHeld> held = new LinkedHashMap<>();
    /** Every movement id ever held: a refusal reported twice holds once. */
    public final Set<String> heldMovements = new HashSet<>();
    /** Resolutions so far per line; the next one's id counts on from it. */
    public final Map<Integer, Integer> resolutions = new HashMap<>();

    public void evolve(CollectionEvent event) {
        if (event instanceof CollectionSheetPosted sheet) {
            orgId = sheet.orgId();
            sheetId = sheet.sheetId();
            posted = sheet;
            sheet.lines().forEach(line -> lines.put(line.line(), line));
        } else if (event instanceof CollectionLineHeld hold) {
            held.put(hold.line(), hold);
            heldMovements.add(hold.movementId());
        } else if (event instanceof HeldCashResolved resolved) {
            held.remove(resolved.line());
            resolutions.merge(resolved.line(), 1, Integer::sum);
        }
    }
}
