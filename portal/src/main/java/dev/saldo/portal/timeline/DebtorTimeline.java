package dev.saldo.portal.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * Appends to and reads debtors' timelines. Staff see everything; a debtor sees every entry but staff notes.
 * Messages and notes are checked here (not empty, not too long) so the API and screens refuse the same way.
 */
@Service
public class DebtorTimeline {

    public static final int MAX_TEXT = 2000;
    public static final String SYSTEM = "system";
    public static final String DEBTOR = "debtor";

    /** The text was refused; the field and the message key saying why. */
    public static final class InvalidText extends RuntimeException {

        private final Map<String, String> fieldErrorKeys;

        InvalidText(String field, String key) {
            super("Invalid " + field);
            this.fieldErrorKeys = Map.of(field, key);
        }

        public Map<String, String> fieldErrorKeys() {
            return fieldErrorKeys;
        }
    }

    private final TimelineLines entries;
    private final Clock clock;

    DebtorTimeline(TimelineLines entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Everything, newest first: what staff see. */
    public Slice<TimelineEntry> forStaff(DebtorId debtor, Pageable page) {
        return entries.findByDebtorIdOrderByAtDesc(debtor.value(), page);
    }

    /** What the debtor sees of their own timeline, newest first. */
    public Slice<TimelineEntry> forDebtor(DebtorId debtor, Pageable page) {
        return entries.findByDebtorIdAndVisibleToDebtorTrueOrderByAtDesc(debtor.value(), page);
    }

    public TimelineEntry record(DebtorId debtor, TimelineKind kind, String actor, String invoiceId, String key,
            List<String> args) {
        return record(debtor, kind, actor, invoiceId, key, args, clock.instant());
    }

    TimelineEntry record(DebtorId debtor, TimelineKind kind, String actor, String invoiceId, String key,
            List<String> args, java.time.Instant at) {
        return entries.insert(entry(UUID.randomUUID().toString(), debtor, kind, actor, invoiceId, key, args, at));
    }

    /**
     * An entry written at most once under {@code id}: a repeat of the same fact (the same link opened again the
     * same day) adds nothing to the timeline.
     */
    void recordOnce(String id, DebtorId debtor, TimelineKind kind, String actor, String key, List<String> args,
            java.time.Instant at) {
        try {
            entries.insert(entry(id, debtor, kind, actor, null, key, args, at));
        } catch (org.springframework.dao.DuplicateKeyException already) {
            // Recorded before.
        }
    }

    /** Everything on the timeline is the debtor's to see, except staff notes. */
    private static TimelineEntry entry(String id, DebtorId debtor, TimelineKind kind, String actor, String invoiceId,
            String key, List<String> args, java.time.Instant at) {
        return new TimelineEntry(id, debtor.value(), at, kind, actor, key, args, invoiceId, kind != TimelineKind.STAFF_NOTE);
    }

    /** A staff member's note on the debtor: never shown to the debtor. */
    public TimelineEntry addNote(DebtorId debtor, String staffUsername, String text) {
        return record(debtor, TimelineKind.STAFF_NOTE, staffUsername, null, "timeline.staff-note",
                TimelineArgs.write(checked("note", text)));
    }

    /** A message from the debtor to the collection team. */
    public TimelineEntry sendMessage(DebtorId debtor, String text) {
        return record(debtor, TimelineKind.DEBTOR_MESSAGE, DEBTOR, null, "timeline.debtor-message",
                TimelineArgs.write(checked("message", text)));
    }

    static String checked(String field, String text) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidText(field, "timeline.error.text.required");
        }
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidText(field, "timeline.error.text.too-long");
        }
        return stripped;
    }
}
