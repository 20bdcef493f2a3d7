package org.compactdpa.notices.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.events.AccountActivated;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProposalEvent;
import org.compactdpa.contracts.events.ProposalEvents;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class NoticeRulesTest {

    private static final UUID VENDOR = UUID.randomUUID();
    private static final UUID DISTRICT = UUID.randomUUID();
    private static final UUID OTHER_DISTRICT = UUID.randomUUID();
    private static final UUID CONSORTIUM = UUID.randomUUID();
    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(VENDOR, "Brightpath Learning", DISTRICT, "Harbor Point",
            CONSORTIUM, "Lakes Cooperative", PRODUCT, "Brightpath Reader");

    @Test
    void theVendorsSignatureIsTheDistrictSignersTurnAndNobodyElses() {
        Facts facts = new Facts(NAMES, new Facts.AgreementParties(AGREEMENT, VENDOR, DISTRICT, CONSORTIUM, false, null,
                List.of("Brightpath Reader")), null, null, null, null);
        List<Draft> drafts = NoticeRules.draftsFor(new AgreementSigned(AGREEMENT, "VENDOR", VENDOR, "Bo", "a", Instant.now()), facts);
        assertThat(drafts).singleElement().satisfies(draft -> {
            assertThat(draft.audience()).isEqualTo(Audience.rolesAt(OrganisationType.DISTRICT, DISTRICT, Roles.DISTRICT_SIGNER));
            assertThat(draft.kind()).isEqualTo(NoticeKind.SIGNATURE_REQUESTED);
            assertThat(draft.link()).isEqualTo("/agreements/" + AGREEMENT);
        });
        assertThat(NoticeRules.draftsFor(new AgreementSigned(AGREEMENT, "DISTRICT", DISTRICT, "Di", "a", Instant.now()), facts))
                .as("the district's signature executes the agreement, which is told by its own event").isEmpty();
        assertThat(NoticeRules.draftsFor(new AgreementSigned(AGREEMENT, "VENDOR", VENDOR, "Bo", "a", Instant.now()), Facts.none()))
                .as("an agreement not yet known names nobody").isEmpty();
    }

    @Test
    void anAdoptionTellsEachPartyInItsOwnWordsAndASubscribingPartyOnce() {
        Audience subscribedParty = Audience.everyoneAt(OrganisationType.DISTRICT, DISTRICT);
        Audience subscriber = Audience.everyoneAt(OrganisationType.DISTRICT, OTHER_DISTRICT);
        Facts facts = new Facts(NAMES, null, null, null, List.of(subscribedParty, subscriber), null);
        List<Draft> drafts = NoticeRules.draftsFor(new AgreementAdopted(AGREEMENT, UUID.randomUUID(), VENDOR,
                "Brightpath Learning", DISTRICT, CONSORTIUM, "MN", List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")),
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), Instant.now()), facts);
        assertThat(drafts).extracting(Draft::audience).containsExactly(Audience.everyoneAt(OrganisationType.VENDOR, VENDOR),
                subscribedParty, Audience.coordinatorsOf(CONSORTIUM), subscriber);
        assertThat(drafts.get(0).title()).isEqualTo("Harbor Point adopted your general offer for Brightpath Reader");
        assertThat(drafts.get(1).title()).isEqualTo("Harbor Point adopted Brightpath Learning's general offer for Brightpath Reader");
        assertThat(drafts.get(1).body()).doesNotContain("You subscribed");
        assertThat(drafts.get(3).body()).contains("You subscribed").contains("1 January 2029");
    }

    @Test
    void aDeclarationChangeWithoutNewDataIsLeftToTheSubprocessorEvent() {
        Facts facts = new Facts(NAMES, null, null, Set.of(DISTRICT), List.of(), null);
        ProductDeclarationChanged onlySubprocessors = new ProductDeclarationChanged(PRODUCT, VENDOR, "Brightpath Reader", 2,
                List.of(DataElement.STUDENT_NAME), null, List.of(), List.of(), false, List.of("Northwind"), List.of(),
                List.of(), Instant.now());
        assertThat(NoticeRules.draftsFor(onlySubprocessors, facts)).isEmpty();
        ProductDeclarationChanged moreData = new ProductDeclarationChanged(PRODUCT, VENDOR, "Brightpath Reader", 3,
                List.of(DataElement.STUDENT_NAME, DataElement.ASSESSMENT), null, List.of(DataElement.ASSESSMENT),
                List.of(DataElement.STUDENT_NAME), false, List.of(), List.of(), List.of(), Instant.now());
        assertThat(NoticeRules.draftsFor(moreData, facts)).singleElement().satisfies(draft -> {
            assertThat(draft.audience()).isEqualTo(Audience.everyoneAt(OrganisationType.DISTRICT, DISTRICT));
            assertThat(draft.body()).contains("Now collected: assessment.").contains("No longer collected: student name.");
        });
    }

    @Test
    void aProposalGoesToTheOtherSideAndItsAnswerBackToTheProposer() {
        Facts facts = new Facts(NAMES, null, null, null, null, new Facts.NegotiationSides(AGREEMENT, CONSORTIUM, VENDOR));
        ProposalEvent byVendor = new ProposalEvent(AGREEMENT, UUID.randomUUID(), "breach-notice", "REPLACE", "VENDOR",
                "OPEN", null, Instant.now());
        assertThat(NoticeRules.draftsFor(new ProposalEvents.Made(byVendor), facts)).extracting(Draft::audience)
                .containsExactly(Audience.coordinatorsOf(CONSORTIUM));
        assertThat(NoticeRules.draftsFor(new ProposalEvents.Rejected(byVendor), facts)).extracting(Draft::audience)
                .containsExactly(Audience.everyoneAt(OrganisationType.VENDOR, VENDOR));
    }

    @Test
    void aNewPersonIsWelcomedAndTheirAdministratorsTold() {
        List<Draft> drafts = NoticeRules.draftsFor(new AccountActivated("person-1", "VENDOR", VENDOR, "sam@example.com",
                List.of(Roles.VENDOR_STAFF), UUID.randomUUID(), null, Instant.now()), new Facts(NAMES, null, null, null, null, null));
        assertThat(drafts).extracting(Draft::audience).containsExactly(Audience.person("person-1"),
                Audience.rolesAt(OrganisationType.VENDOR, VENDOR, Roles.VENDOR_ADMIN));
        assertThat(drafts.get(0).title()).isEqualTo("Welcome to Brightpath Learning on Compact");
    }

    @Test
    void aBreachTellsEachAffectedDistrictItsOwnDeadlineAndCannotBeSwitchedOff() {
        Instant discovered = Instant.parse("2026-12-01T08:00:00Z");
        UUID mapleNotice = UUID.randomUUID();
        UUID graniteNotice = UUID.randomUUID();
        List<Draft> drafts = NoticeRules.draftsFor(new org.compactdpa.contracts.events.BreachReported(UUID.randomUUID(), VENDOR,
                "A public export bucket", discovered, List.of(PRODUCT), List.of(
                        new org.compactdpa.contracts.events.BreachReported.OwedNotice(mapleNotice, AGREEMENT, DISTRICT, CONSORTIUM,
                                discovered.plusSeconds(72 * 3600)),
                        new org.compactdpa.contracts.events.BreachReported.OwedNotice(graniteNotice, UUID.randomUUID(), OTHER_DISTRICT,
                                CONSORTIUM, discovered.plusSeconds(48 * 3600))), discovered), new Facts(NAMES, null, null, null, null, null));
        assertThat(drafts).extracting(Draft::audience).containsExactly(Audience.everyoneAt(OrganisationType.DISTRICT, DISTRICT),
                Audience.coordinatorsOf(CONSORTIUM), Audience.everyoneAt(OrganisationType.DISTRICT, OTHER_DISTRICT));
        assertThat(drafts).allMatch(Draft::mandatory);
        assertThat(drafts.get(0).body()).contains("4 December 2026, 08:00 UTC");
        assertThat(drafts.get(2).body()).contains("3 December 2026, 08:00 UTC");
        assertThat(drafts.get(2).link()).isEqualTo("/breach-notices/" + graniteNotice);
    }

    @Test
    void audiencesHaveOneKeyWhateverTheOrderOfTheirRoles() {
        assertThat(Audience.rolesAt(OrganisationType.DISTRICT, DISTRICT, "b", "a").key())
                .isEqualTo(Audience.rolesAt(OrganisationType.DISTRICT, DISTRICT, "a", "b").key());
        assertThat(Audience.everyCoordinator().key()).isEqualTo("CONSORTIUM:*:coordinator");
    }

    /** docs/notices.md shows the table as it is in code. */
    @Test
    void theDocumentedTableIsTheTableInCode() throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).resolve("../../docs/notices.md").normalize();
        String text = Files.readString(docs);
        for (NoticeRules.Rule rule : NoticeRules.table()) {
            assertThat(text).contains("| `" + rule.eventType() + "` | `" + rule.kind() + "` | " + rule.recipients() + " |");
        }
        long documented = text.lines().filter(line -> line.startsWith("| `org.compactdpa.")).count();
        assertThat(documented).isEqualTo(NoticeRules.table().size());
    }

    @Test
    void retryDelaysRepeatTheLastAndSpanMoreThanADayForWebhooks() {
        RetryDelays webhooks = RetryDelays.parse("5s,1m,5m,30m,2h,5h,10h,10h");
        assertThat(webhooks.attempts()).isEqualTo(9);
        assertThat(webhooks.span().toHours()).isGreaterThanOrEqualTo(24);
        assertThat(webhooks.after(1).toSeconds()).isEqualTo(5);
        RetryDelays mail = RetryDelays.parse("30s,2m");
        assertThat(mail.after(7).toMinutes()).isEqualTo(2);
    }
}
