package org.compactdpa.obligations.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Business-day arithmetic for audit notice periods, and the holiday files behind it. */
@Tag("fast")
class BusinessCalendarTest {

    private static final BusinessCalendar FEDERAL = BusinessCalendar.usFederal();

    private static final Set<String> FEDERAL_HOLIDAY_NAMES = Set.of(
            "New Year's Day",
            "Birthday of Martin Luther King, Jr.",
            "Washington's Birthday",
            "Memorial Day",
            "Juneteenth National Independence Day",
            "Independence Day",
            "Labor Day",
            "Columbus Day",
            "Veterans Day",
            "Thanksgiving Day",
            "Christmas Day");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // --- arithmetic ---

    @Test
    void aWeekendIsSkipped() {
        // Thursday 2026-03-05: Friday is the first business day, Monday the second.
        assertThat(FEDERAL.addBusinessDays(date("2026-03-05"), 1)).isEqualTo(date("2026-03-06"));
        assertThat(FEDERAL.addBusinessDays(date("2026-03-05"), 2)).isEqualTo(date("2026-03-09"));
        // Ten business days are exactly two working weeks when no holiday intervenes.
        assertThat(FEDERAL.addBusinessDays(date("2026-03-06"), 10)).isEqualTo(date("2026-03-20"));
        // A notice given on a Saturday counts from the Monday.
        assertThat(FEDERAL.addBusinessDays(date("2026-03-07"), 1)).isEqualTo(date("2026-03-09"));
        assertThat(FEDERAL.isBusinessDay(date("2026-03-07"))).isFalse();
        assertThat(FEDERAL.isBusinessDay(date("2026-03-08"))).isFalse();
        assertThat(FEDERAL.isBusinessDay(date("2026-03-09"))).isTrue();
    }

    @Test
    void thanksgivingIsSkipped() {
        assertThat(FEDERAL.holiday(date("2026-11-26"))).contains("Thanksgiving Day");
        assertThat(FEDERAL.isBusinessDay(date("2026-11-26"))).isFalse();
        // Friday 2026-11-20 + 10: 23, 24, 25, (26 Thanksgiving), 27, 30, Dec 1, 2, 3, 4, 7.
        assertThat(FEDERAL.addBusinessDays(date("2026-11-20"), 10)).isEqualTo(date("2026-12-07"));
        assertThat(FEDERAL.businessDaysBetween(date("2026-11-20"), date("2026-12-07"))).isEqualTo(10);
    }

    @Test
    void juneteenthIsSkipped() {
        // 2025-06-19 is a Thursday.
        assertThat(FEDERAL.holiday(date("2025-06-19"))).contains("Juneteenth National Independence Day");
        assertThat(FEDERAL.addBusinessDays(date("2025-06-18"), 1)).isEqualTo(date("2025-06-20"));
        assertThat(FEDERAL.addBusinessDays(date("2025-06-17"), 3)).isEqualTo(date("2025-06-23"));
    }

    @Test
    void theCountCarriesAcrossTheYearBoundary() {
        // Thursday 2026-12-24: (25 Christmas), 28, 29, 30, 31, (Jan 1 New Year's Day), 4, 5, 6, 7, 8, 11.
        assertThat(FEDERAL.addBusinessDays(date("2026-12-24"), 10)).isEqualTo(date("2027-01-11"));
        assertThat(FEDERAL.businessDaysBetween(date("2026-12-24"), date("2027-01-11"))).isEqualTo(10);
        assertThat(FEDERAL.holiday(date("2027-01-01"))).contains("New Year's Day");
    }

    @Test
    void aHolidayOnASaturdayIsObservedTheFridayBefore() {
        // July 4 2026 is a Saturday.
        assertThat(date("2026-07-04").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(FEDERAL.holiday(date("2026-07-03"))).contains("Independence Day");
        assertThat(FEDERAL.holiday(date("2026-07-04"))).isEmpty();
        assertThat(FEDERAL.addBusinessDays(date("2026-07-02"), 1)).isEqualTo(date("2026-07-06"));
        // New Year's Day 2028 is a Saturday, observed on Friday 2027-12-31, right after Christmas observed on
        // Friday 2027-12-24.
        assertThat(FEDERAL.holiday(date("2027-12-24"))).contains("Christmas Day");
        assertThat(FEDERAL.holiday(date("2027-12-31"))).contains("New Year's Day");
        assertThat(FEDERAL.holiday(date("2028-01-01"))).isEmpty();
        assertThat(FEDERAL.addBusinessDays(date("2027-12-30"), 1)).isEqualTo(date("2028-01-03"));
    }

    @Test
    void aHolidayOnASundayIsObservedTheMondayAfter() {
        // July 4 2027 is a Sunday.
        assertThat(date("2027-07-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(FEDERAL.holiday(date("2027-07-05"))).contains("Independence Day");
        assertThat(FEDERAL.addBusinessDays(date("2027-07-02"), 1)).isEqualTo(date("2027-07-06"));
    }

    @Test
    void zeroDaysReturnsTheStartEvenOnAHoliday() {
        assertThat(FEDERAL.addBusinessDays(date("2026-03-05"), 0)).isEqualTo(date("2026-03-05"));
        assertThat(FEDERAL.addBusinessDays(date("2026-11-26"), 0)).isEqualTo(date("2026-11-26"));
        assertThat(FEDERAL.businessDaysBetween(date("2026-03-05"), date("2026-03-05"))).isZero();
    }

    @Test
    void businessDaysBetweenIsTheInverseOfAdding() {
        LocalDate from = date("2025-01-01");
        for (int days = 0; days <= 300; days += 7) {
            LocalDate to = FEDERAL.addBusinessDays(from, days);
            assertThat(FEDERAL.businessDaysBetween(from, to)).isEqualTo(days);
            assertThat(FEDERAL.businessDaysBetween(to, from)).isEqualTo(-days);
            if (days > 0) {
                assertThat(FEDERAL.isBusinessDay(to)).isTrue();
            }
        }
        // The days up to the next business day do not change the count.
        assertThat(FEDERAL.businessDaysBetween(date("2026-07-02"), date("2026-07-05"))).isZero();
    }

    @Test
    void aResultBeyondTheKnownYearsIsRefused() {
        int last = FEDERAL.lastYear();
        assertThat(last).isGreaterThanOrEqualTo(2030);
        LocalDate lastDay = LocalDate.of(last, 12, 31);
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(lastDay.minusDays(3), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond " + last);
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(lastDay.plusDays(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond " + last);
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(date("2026-01-05"), 3650))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond " + last);
        assertThatThrownBy(() -> FEDERAL.isBusinessDay(lastDay.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> FEDERAL.businessDaysBetween(date("2026-01-05"), lastDay.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStartBeforeTheKnownYearsIsRefused() {
        BusinessCalendar calendar = new BusinessCalendar(Map.of(), 2026, 2026);
        assertThatThrownBy(() -> calendar.addBusinessDays(date("2025-06-01"), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026");
        // The last day before the known years is fine: every day counted lies in them.
        assertThat(calendar.addBusinessDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-01"));
    }

    @Test
    void aDayCountOutOfRangeIsRefused() {
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(date("2026-03-05"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 3650");
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(date("2026-03-05"), 3651))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 3650");
    }

    @Test
    void aCalendarBuiltForATestUsesOnlyTheGivenHolidays() {
        Map<LocalDate, String> holidays = new TreeMap<>(Map.of(date("2026-03-10"), "Founders' Day"));
        BusinessCalendar calendar = new BusinessCalendar(holidays, 2026, 2026);
        holidays.put(date("2026-03-11"), "added later"); // must not leak in

        assertThat(calendar.holiday(date("2026-03-10"))).contains("Founders' Day");
        assertThat(calendar.isBusinessDay(date("2026-03-11"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2026-11-26"))).isTrue(); // no Thanksgiving here
        assertThat(calendar.addBusinessDays(date("2026-03-09"), 1)).isEqualTo(date("2026-03-11"));
        assertThatThrownBy(() -> calendar.holidays().put(date("2026-03-12"), "x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new BusinessCalendar(Map.of(date("2027-01-01"), "x"), 2026, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> new BusinessCalendar(Map.of(), 2027, 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- the holiday files ---

    @Test
    void theFederalCalendarCoversTheYearsOnFile() {
        assertThat(FEDERAL.firstYear()).isEqualTo(2025);
        assertThat(FEDERAL.lastYear()).isGreaterThanOrEqualTo(2030);
        assertThat(BusinessCalendar.usFederal()).isSameAs(FEDERAL);
    }

    @Test
    void everyFileParsesAndListsOnlyWeekdaysOfItsYear() throws IOException {
        for (int year = FEDERAL.firstYear(); year <= FEDERAL.lastYear(); year++) {
            SortedMap<LocalDate, String> holidays = readFile(year);
            assertThat(holidays).as("holidays of %d", year).isNotEmpty();
            for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
                assertThat(holiday.getKey().getYear()).as(holiday.toString()).isEqualTo(year);
                assertThat(holiday.getKey().getDayOfWeek())
                        .as(holiday.toString())
                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(FEDERAL_HOLIDAY_NAMES).as(holiday.toString()).contains(holiday.getValue());
            }
            assertThat(FEDERAL.holidays()).containsAllEntriesOf(holidays);
        }
    }

    @Test
    void everyYearHasItsElevenHolidaysWithAnObservanceInTheYearBeforeNoted() throws IOException {
        for (int year = FEDERAL.firstYear(); year <= FEDERAL.lastYear(); year++) {
            SortedMap<LocalDate, String> holidays = readFile(year);
            boolean newYearObservedTheYearBefore =
                    LocalDate.of(year, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY;
            boolean nextNewYearObservedThisYear =
                    LocalDate.of(year + 1, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY;
            int expected = 11 - (newYearObservedTheYearBefore ? 1 : 0) + (nextNewYearObservedThisYear ? 1 : 0);
            assertThat(holidays).as("entries of %d", year).hasSize(expected);

            List<String> names = new ArrayList<>(holidays.values());
            if (nextNewYearObservedThisYear) {
                assertThat(holidays.get(LocalDate.of(year, 12, 31))).isEqualTo("New Year's Day");
                String nextYear = String.valueOf(year + 1);
                String observedOn = year + "-12-31";
                assertThat(comments(year)).anySatisfy(line -> assertThat(line).contains(nextYear, observedOn));
                names.remove(names.size() - 1);
            }
            if (newYearObservedTheYearBefore) {
                String observedOn = (year - 1) + "-12-31";
                assertThat(comments(year)).anySatisfy(line -> assertThat(line).contains(observedOn));
                names.add("New Year's Day");
            }
            assertThat(names).as("holidays of %d", year).containsExactlyInAnyOrderElementsOf(FEDERAL_HOLIDAY_NAMES);
        }
        // The one case in 2025-2030: New Year's Day 2028 falls on a Saturday.
        assertThat(readFile(2027)).hasSize(12);
        assertThat(readFile(2028)).hasSize(10);
    }

    @Test
    void theFilesAgreeWithTheHolidayRules() {
        // Recompute every observed date from the rules; a year's New Year's Day may be observed on Dec 31 of
        // the year before, so the year after the last one is included too, clipped to the known years.
        LocalDate firstKnown = LocalDate.of(FEDERAL.firstYear(), 1, 1);
        LocalDate lastKnown = LocalDate.of(FEDERAL.lastYear(), 12, 31);
        Map<LocalDate, String> expected = new TreeMap<>();
        for (int year = FEDERAL.firstYear(); year <= FEDERAL.lastYear() + 1; year++) {
            observedHolidays(year).forEach((day, name) -> {
                if (!day.isBefore(firstKnown) && !day.isAfter(lastKnown)) {
                    expected.put(day, name);
                }
            });
        }
        assertThat(FEDERAL.holidays()).containsExactlyEntriesOf(expected);
    }

    @Test
    void theFirstCommentOfEachFileSaysWhereTheListComesFrom() throws IOException {
        for (int year = FEDERAL.firstYear(); year <= FEDERAL.lastYear(); year++) {
            String first = comments(year).get(0);
            assertThat(first).startsWith("#").contains("holidays");
            assertThat(String.join(" ", comments(year))).contains("5 U.S.C. 6103", "OPM", "new file");
        }
    }

    @Test
    void aMalformedLineFailsWithTheFileAndLineNumber() {
        assertThatThrownBy(() -> parse("# fine\n2026-01-19 Birthday\n2026-02-16\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt line 3")
                .hasMessageContaining("2026-02-16");
        assertThatThrownBy(() -> parse("2026-02-30\tNo such day\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> parse("2026-07-04\tIndependence Day\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SATURDAY");
        assertThatThrownBy(() -> parse("2027-01-01\tNew Year's Day\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in 2026");
        assertThatThrownBy(() -> parse("2026-01-01\tNew Year's Day\n2026-01-01  Again\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already listed");
    }

    @Test
    void tabsAndSpacesBothSeparateTheDateFromTheName() throws IOException {
        assertThat(parse("2026-01-01\tNew Year's Day\n\n2026-01-19   Birthday of Martin Luther King, Jr.  \n"))
                .containsExactly(
                        Map.entry(date("2026-01-01"), "New Year's Day"),
                        Map.entry(date("2026-01-19"), "Birthday of Martin Luther King, Jr."));
    }

    // --- helpers ---

    private static SortedMap<LocalDate, String> parse(String text) throws IOException {
        return BusinessCalendar.parse(
                "test.txt", 2026, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static SortedMap<LocalDate, String> readFile(int year) throws IOException {
        String resource = BusinessCalendar.RESOURCE_PATTERN.formatted(year);
        try (InputStream in = resource(resource)) {
            return BusinessCalendar.parse(resource, year, in);
        }
    }

    private static List<String> comments(int year) throws IOException {
        try (InputStream in = resource(BusinessCalendar.RESOURCE_PATTERN.formatted(year))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith("#"))
                    .toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BusinessCalendar.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    /** The eleven holidays of a year by rule, each moved off a weekend; independent of the files. */
    private static Map<LocalDate, String> observedHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(observed(LocalDate.of(year, 1, 1)), "New Year's Day");
        days.put(LocalDate.of(year, 1, 1).with(dayOfWeekInMonth(3, DayOfWeek.MONDAY)),
                "Birthday of Martin Luther King, Jr.");
        days.put(LocalDate.of(year, 2, 1).with(dayOfWeekInMonth(3, DayOfWeek.MONDAY)), "Washington's Birthday");
        days.put(LocalDate.of(year, 5, 1).with(lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
        days.put(observed(LocalDate.of(year, 6, 19)), "Juneteenth National Independence Day");
        days.put(observed(LocalDate.of(year, 7, 4)), "Independence Day");
        days.put(LocalDate.of(year, 9, 1).with(dayOfWeekInMonth(1, DayOfWeek.MONDAY)), "Labor Day");
        days.put(LocalDate.of(year, 10, 1).with(dayOfWeekInMonth(2, DayOfWeek.MONDAY)), "Columbus Day");
        days.put(observed(LocalDate.of(year, 11, 11)), "Veterans Day");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1).with(dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
                "Thanksgiving Day");
        days.put(observed(LocalDate.of(year, 12, 25)), "Christmas Day");
        return days;
    }

    private static LocalDate observed(LocalDate actual) {
        return switch (actual.getDayOfWeek()) {
            case SATURDAY -> actual.minusDays(1);
            case SUNDAY -> actual.plusDays(1);
            default -> actual;
        };
    }
}
