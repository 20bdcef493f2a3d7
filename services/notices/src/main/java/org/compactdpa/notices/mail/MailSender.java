package org.compactdpa.notices.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.notices.rules.RetryDelays;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the mail that is due, a batch at a time. A row is claimed by moving its next attempt a lease
 * ahead before the SMTP conversation, so no connection is held while the server answers and two
 * instances never send the same row; a process that dies mid-send leaves the row to be tried again when
 * the lease ends. A failure waits the next retry delay; after the last attempt the mail is FAILED and
 * shows at /api/admin/mail.
 */
@ApplicationScoped
public class MailSender {

    private static final String CLAIM = "with due as (select id from mail_delivery where status = 'PENDING'"
            + " and next_attempt_at <= now() order by next_attempt_at limit $1 for update skip locked),"
            + " claimed as (update mail_delivery m set attempts = m.attempts + 1,"
            + " next_attempt_at = now() + interval '5 minutes' from due where m.id = due.id"
            + " returning m.id, m.notice_id, m.recipient, m.attempts)"
            + " select c.id, c.recipient, c.attempts, n.title, n.body, n.link from claimed c join notice n on n.id = c.notice_id";
    private static final String SENT = "update mail_delivery set status = 'SENT', sent_at = now(), last_error = null"
            + " where id = $1";
    private static final String FAILED = "update mail_delivery set status = case when attempts >= $2 then 'FAILED'"
            + " else 'PENDING' end, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 where id = $1";

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final Template text;
    private final Template html;
    private final MailLinks links;
    private final int batch;
    private final int maxAttempts;
    private final RetryDelays delays;

    public MailSender(Pool pool, ReactiveMailer mailer, @Location("mail/notice.txt") Template text,
            @Location("mail/notice.html") Template html, MailLinks links,
            @ConfigProperty(name = "compact.notices.mail.batch") int batch,
            @ConfigProperty(name = "compact.notices.mail.max-attempts") int maxAttempts,
            @ConfigProperty(name = "compact.notices.mail.retry-delays") String delays) {
        this.pool = pool;
        this.mailer = mailer;
        this.text = text;
        this.html = html;
        this.links = links;
        this.batch = batch;
        this.maxAttempts = maxAttempts;
        this.delays = RetryDelays.parse(delays);
    }

    @Scheduled(every = "${compact.notices.mail.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(batch)).chain(rows -> {
            List<Row> claimed = new ArrayList<>();
            rows.forEach(claimed::add);
            return Multi.createFrom().iterable(claimed).onItem().transformToUniAndConcatenate(this::send).collect().last();
        }).replaceWithVoid().onFailure().recoverWithItem(failure -> {
            Log.warnf("Mail round failed: %s", failure.getMessage());
            return null;
        });
    }

    private Uni<Void> send(Row row) {
        UUID id = row.getUUID("id");
        int attempts = row.getInteger("attempts");
        Map<String, Object> data = Map.of("title", row.getString("title"), "body", row.getString("body"),
                "link", links.absolute(row.getString("link")), "preferences", links.preferences());
        Mail mail = Mail.withText(row.getString("recipient"), row.getString("title"), text.data(data).render())
                .setHtml(html.data(data).render())
                .addHeader("X-Compact-Mail", id.toString());
        return mailer.send(mail)
                .chain(() -> pool.preparedQuery(SENT).execute(Tuple.of(id)).replaceWithVoid())
                .onFailure().recoverWithUni(failure -> {
                    Log.warnf("Mail %s (attempt %d) could not be sent: %s", id, attempts, failure.getClass().getSimpleName());
                    return pool.preparedQuery(FAILED).execute(Tuple.of(id, maxAttempts,
                            (double) delays.after(attempts).toMillis() / 1000, describe(failure))).replaceWithVoid();
                });
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
