package fr.registre.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import fr.registre.model.Deliberation;
import fr.registre.pipeline.DocumentRecord;

/**
 * What one input gave, as the rows of the job's tables: a row of {@code documents} and those of
 * its pages, attendance, votes and grants. A failed input is a document row with its reason.
 */
record DocumentRows(DocumentRow document, List<PageRow> pages, List<AttendanceRow> attendance, List<VoteRow> votes,
                    List<GrantRow> grants, List<ItemRow> items) implements Serializable {

    /** One input: where it came from, its content hash, how it ended and, when read, its record's header. */
    record DocumentRow(String source, String name, String sha256, String status, String error, int pageCount,
                       String authority, String body, String sessionDate, String number, String title, long millis)
            implements Serializable {
    }

    record PageRow(String sha256, int number, String method, Double confidence, String error) implements Serializable {
    }

    record AttendanceRow(String sha256, String person, String role, String proxy) implements Serializable {
    }

    record VoteRow(String sha256, int position, String item, Integer forCount, Integer against, Integer abstentions,
                   boolean unanimous, String outcome) implements Serializable {
    }

    record GrantRow(String sha256, String beneficiary, String amount, String currency) implements Serializable {
    }

    record ItemRow(String sha256, int position, String number, String title, String outcome) implements Serializable {
    }

    /** The rows of an input the pipeline ran through: its record and, when it was read, its deliberation. */
    static DocumentRows of(String source, String name, DocumentRecord record, Deliberation d, long millis) {
        String sha = record.sha256();
        DocumentRow document = new DocumentRow(source, name, sha, record.status().name(), record.error(), record.pages().size(),
                d == null ? null : d.authority(), d == null ? null : d.body(),
                d == null || d.sessionDate() == null ? null : d.sessionDate().toString(), d == null ? null : d.number(),
                d == null ? null : d.title(), millis);
        List<PageRow> pages = record.pages().stream()
                .map(p -> new PageRow(sha, p.number(), p.method(), p.confidence(), p.error())).toList();
        List<AttendanceRow> attendance = new ArrayList<>();
        List<VoteRow> votes = new ArrayList<>();
        List<GrantRow> grants = new ArrayList<>();
        List<ItemRow> items = new ArrayList<>();
        if (d != null) {
            Deliberation.Attendance a = d.attendance();
            a.present().forEach(n -> attendance.add(new AttendanceRow(sha, n, "present", null)));
            a.represented().forEach(p -> attendance.add(new AttendanceRow(sha, p.member(), "represented", p.proxy())));
            a.excused().forEach(n -> attendance.add(new AttendanceRow(sha, n, "excused", null)));
            a.absent().forEach(n -> attendance.add(new AttendanceRow(sha, n, "absent", null)));
            for (int i = 0; i < d.votes().size(); i++) {
                Deliberation.Vote v = d.votes().get(i);
                votes.add(new VoteRow(sha, i + 1, v.item(), v.forCount(), v.against(), v.abstentions(), v.unanimous(), v.outcome()));
            }
            d.beneficiaries().forEach(b -> grants.add(new GrantRow(sha, b.name(),
                    b.amount() == null ? null : b.amount().toPlainString(), b.currency())));
            for (int i = 0; i < d.items().size(); i++) {
                Deliberation.Item item = d.items().get(i);
                items.add(new ItemRow(sha, i + 1, item.number(), item.title(), item.outcome()));
            }
        }
        return new DocumentRows(document, pages, attendance, votes, grants, items);
    }

    /** The row of an input that could not be run at all (unreadable source, full disk...): failed, with the reason. */
    static DocumentRows failure(String source, String name, String sha256, Exception e, long millis) {
        return failure(source, name, sha256, reason(e), millis);
    }

    /** The row of an input that failed for {@code reason}. */
    static DocumentRows failure(String source, String name, String sha256, String reason, long millis) {
        return new DocumentRows(new DocumentRow(source, name, sha256, "FAILED", reason, 0, null, null, null, null, null, millis),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The first line of what an exception says. */
    static String reason(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(e.toString());
    }
}
