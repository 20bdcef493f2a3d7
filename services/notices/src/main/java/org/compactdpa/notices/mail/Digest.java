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
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daily digest: for each person with notices waiting in DIGEST, one mail listing them (at most
 * {@link #PER_MAIL}; more wait for the next digest), sent while their rows are locked and marked SENT after.
 * A mail that cannot be sent leaves the rows for the next run.
 */
@ApplicationScoped
public class Digest {

    static final int PER_MAIL = 100;
    static final int PEOPLE_PER_RUN = 500;

    /** Notices in the digest: title, text and whole link. */
    public record Item(String title, String body, String link) {
    }

    /** What one run sent. */
    public record Report(int people, int notices) {
    }

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final Template text;
    private final Template html;
    private final MailLinks links;

    public Digest(Pool pool, ReactiveMailer mailer, @Location("mail/digest.txt") Template text,
            @Location("mail/digest.html") Template html, MailLinks links) {
        this.pool = pool;
        this.mailer = mailer;
        this.text = text;
        this.html = html;
        this.links = links;
    }

    @Scheduled(cron = "${compact.notices.mail.digest-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return sendAll().invoke(report -> Log.infof("Daily digest: %d mails, %d notices", report.people(), report.notices()))
                .replaceWithVoid();
    }

    public Uni<Report> sendAll() {
        AtomicInteger people = new AtomicInteger();
        AtomicInteger notices = new AtomicInteger();
        return pool.preparedQuery("select distinct person_id from mail_delivery where status = 'DIGEST' limit $1")
                .execute(Tuple.of(PEOPLE_PER_RUN)).chain(rows -> {
                    List<String> persons = new ArrayList<>();
                    rows.forEach(row -> persons.add(row.getString(0)));
                    return Multi.createFrom().iterable(persons).onItem()
                            .transformToUniAndConcatenate(person -> sendTo(person).invoke(sent -> {
                                if (sent > 0) {
                                    people.incrementAndGet();
                                    notices.addAndGet(sent);
                                }
                            }).onFailure().recoverWithItem(failure -> {
                                Log.warnf("Digest for %s not sent: %s", person, failure.getClass().getSimpleName());
                                return 0;
                            }))
                            .collect().last();
                }).map(ignored -> new Report(people.get(), notices.get()));
    }

    private Uni<Integer> sendTo(String person) {
        return pool.withTransaction(sql -> sql.preparedQuery("select m.id, m.recipient, n.title, n.body, n.link"
                        + " from mail_delivery m join notice n on n.id = m.notice_id"
                        + " where m.person_id = $1 and m.status = 'DIGEST' order by m.created_at limit $2 for update of m skip locked")
                .execute(Tuple.of(person, PER_MAIL)).chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    List<Item> items = new ArrayList<>();
                    String[] recipient = new String[1];
                    rows.forEach(row -> {
                        ids.add(row.getUUID("id"));
                        recipient[0] = row.getString("recipient");
                        items.add(new Item(row.getString("title"), row.getString("body"), links.absolute(row.getString("link"))));
                    });
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Map<String, Object> data = Map.of("notices", items, "count", items.size(), "preferences", links.preferences());
                    Mail mail = Mail.withText(recipient[0], "Your notices on Compact (" + items.size() + ")", text.data(data).render())
                            .setHtml(html.data(data).render());
                    return mailer.send(mail).chain(() -> sql.preparedQuery("update mail_delivery set status = 'SENT',"
                                    + " sent_at = now() where id = any($1)").execute(Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new))))
                            .replaceWith(ids.size());
                }));
    }
}
