package org.compactdpa.obligations.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts business days: every day except Saturdays, Sundays and the holidays this calendar knows.
 *
 * <p>A calendar knows the holidays of a closed range of years, {@link #firstYear()} to {@link #lastYear()}.
 * It refuses to answer for a date outside that range rather than silently treating it as holiday-free, so a
 * deadline is never computed from missing data. The federal calendar reads its holidays from the classpath
 * files {@code calendar/us-federal-holidays-YYYY.txt}; covering a new year means adding a file, not code.
 *
 * <p>Instances are immutable and therefore safe to share between threads.
 */
public final class BusinessCalendar {

    /** Classpath folder and name pattern of the yearly federal holiday files. */
    static final String RESOURCE_PATTERN = "calendar/us-federal-holidays-%d.txt";

    /** The years probed for a federal holiday file. */
    static final int PROBE_FROM = 2000;

    static final int PROBE_TO = 2100;

    /** The largest number of business days {@link #addBusinessDays} accepts (about fourteen years). */
    public static final int MAX_DAYS = 3650;

    /** A data line: the date, at least one tab or space, then the name. */
    private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ \\t]+(\\S.*?)\\s*");

    private static volatile BusinessCalendar usFederal;

    private final SortedMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;
    private final LocalDate firstKnown;
    private final LocalDate lastKnown;

    /**
     * A calendar with the given holidays, known for the years {@code firstYear} to {@code lastYear} inclusive.
     *
     * @throws IllegalArgumentException if the years are reversed, or a holiday lies outside them, or a name is
     *     blank
     */
    public BusinessCalendar(Map<LocalDate, String> holidays, int firstYear, int lastYear) {
        Objects.requireNonNull(holidays, "holidays");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException(
                    "Business calendar: first year " + firstYear + " is after last year " + lastYear);
        }
        TreeMap<LocalDate, String> copy = new TreeMap<>();
        holidays.forEach((date, name) -> {
            Objects.requireNonNull(date, "holiday date");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Business calendar: the holiday on " + date + " has no name");
            }
            if (date.getYear() < firstYear || date.getYear() > lastYear) {
                throw new IllegalArgumentException("Business calendar: the holiday on " + date + " (" + name
                        + ") lies outside the years " + firstYear + "-" + lastYear);
            }
            copy.put(date, name);
        });
        this.holidays = Collections.unmodifiableSortedMap(copy);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.firstKnown = LocalDate.of(firstYear, 1, 1);
        this.lastKnown = LocalDate.of(lastYear, 12, 31);
    }

    /**
     * The US federal calendar: the observed federal holidays of every year that has a file
     * {@code calendar/us-federal-holidays-YYYY.txt} on the classpath (years 2000 to 2100 are probed).
     * Loaded once and shared.
     *
     * @throws IllegalStateException if no file is found, the years found have a gap, or a file is malformed
     */
    public static BusinessCalendar usFederal() {
        BusinessCalendar calendar = usFederal;
        if (calendar == null) {
            // Two threads may both load it the first time; the results are equal and either may win.
            calendar = loadUsFederal(BusinessCalendar.class.getClassLoader());
            usFederal = calendar;
        }
        return calendar;
    }

    static BusinessCalendar loadUsFederal(ClassLoader loader) {
        Map<LocalDate, String> all = new TreeMap<>();
        int first = 0;
        int last = 0;
        for (int year = PROBE_FROM; year <= PROBE_TO; year++) {
            String resource = RESOURCE_PATTERN.formatted(year);
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                if (first != 0 && year != last + 1) {
                    throw new IllegalStateException("Business calendar: " + resource + " exists but the file for "
                            + (last + 1) + " is missing; the holiday years must have no gap");
                }
                all.putAll(parse(resource, year, in));
                if (first == 0) {
                    first = year;
                }
                last = year;
            } catch (IOException e) {
                throw new UncheckedIOException("Business calendar: cannot read " + resource, e);
            }
        }
        if (first == 0) {
            throw new IllegalStateException("Business calendar: no holiday file calendar/us-federal-holidays-YYYY.txt"
                    + " found on the classpath for any year " + PROBE_FROM + "-" + PROBE_TO);
        }
        return new BusinessCalendar(all, first, last);
    }

    /**
     * Reads one year's holiday file. Blank lines and lines starting with {@code #} are skipped; every other line
     * must be {@code YYYY-MM-DD}, tabs or spaces, and a name. The dates must be weekdays of {@code year}, each
     * listed once.
     *
     * @throws IllegalStateException naming the file and line of the first problem
     */
    static SortedMap<LocalDate, String> parse(String resource, int year, InputStream in) throws IOException {
        SortedMap<LocalDate, String> holidays = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = resource + " line " + number + " \"" + line + "\": ";
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException(
                        "Business calendar: " + where + "expected YYYY-MM-DD, a tab or spaces, then the holiday name");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(matcher.group(1));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("Business calendar: " + where + "not a real date", e);
            }
            if (date.getYear() != year) {
                throw new IllegalStateException("Business calendar: " + where + "the date is not in " + year
                        + "; a holiday observed in another year belongs in that year's file");
            }
            if (isWeekend(date)) {
                throw new IllegalStateException("Business calendar: " + where + "the date is a " + date.getDayOfWeek()
                        + "; list the weekday on which the holiday is observed");
            }
            String previous = holidays.putIfAbsent(date, matcher.group(2));
            if (previous != null) {
                throw new IllegalStateException(
                        "Business calendar: " + where + "the date is already listed, as " + previous);
            }
        }
        return holidays;
    }

    /** The first year whose holidays this calendar knows. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year whose holidays this calendar knows. */
    public int lastYear() {
        return lastYear;
    }

    /** Every holiday this calendar knows, by date, in date order; unmodifiable. */
    public SortedMap<LocalDate, String> holidays() {
        return holidays;
    }

    /**
     * Whether {@code date} is a weekday that is not a holiday.
     *
     * @throws IllegalArgumentException if the date is outside the years this calendar knows
     */
    public boolean isBusinessDay(LocalDate date) {
        requireKnown(date);
        return !isWeekend(date) && !holidays.containsKey(date);
    }

    /**
     * The name of the holiday observed on {@code date}, if any.
     *
     * @throws IllegalArgumentException if the date is outside the years this calendar knows
     */
    public Optional<String> holiday(LocalDate date) {
        requireKnown(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * The day that is {@code days} business days after {@code from}. {@code from} itself is not counted and need
     * not be a business day; for {@code days > 0} the result is always a business day, and {@code days == 0}
     * returns {@code from} unchanged. Ten business days after a notice given on Friday 2026-11-20, for example,
     * is Monday 2026-12-07 (Thanksgiving is skipped).
     *
     * @throws IllegalArgumentException if {@code days} is negative or above {@link #MAX_DAYS}, or if the count
     *     would need holidays of a year this calendar does not know
     */
    public LocalDate addBusinessDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "Business days to add must be between 0 and " + MAX_DAYS + ", not " + days);
        }
        if (from.isBefore(firstKnown.minusDays(1))) {
            throw new IllegalArgumentException("Cannot count business days from " + from
                    + ": holidays are known only from " + firstYear + " on");
        }
        if (from.isAfter(lastKnown)) {
            throw new IllegalArgumentException(beyond(from, days));
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (date.isAfter(lastKnown)) {
                throw new IllegalArgumentException(beyond(from, days));
            }
            if (!isWeekend(date) && !holidays.containsKey(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * How many business days lie after {@code fromExclusive} up to and including {@code toInclusive}: the
     * inverse of {@link #addBusinessDays}, so {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}. When
     * {@code toInclusive} is before {@code fromExclusive} the count is negative:
     * {@code -businessDaysBetween(toInclusive, fromExclusive)}; equal dates give 0.
     *
     * @throws IllegalArgumentException if a day to be counted is outside the years this calendar knows
     */
    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -businessDaysBetween(toInclusive, fromExclusive);
        }
        if (toInclusive.isEqual(fromExclusive)) {
            return 0;
        }
        requireKnown(fromExclusive.plusDays(1));
        requireKnown(toInclusive);
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (!isWeekend(date) && !holidays.containsKey(date)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + firstYear + "-" + lastYear + ", " + holidays.size() + " holidays]";
    }

    private String beyond(LocalDate from, int days) {
        return days + " business days after " + from + " falls beyond " + lastYear
                + ", the last year whose holidays are known";
    }

    private void requireKnown(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(firstKnown) || date.isAfter(lastKnown)) {
            throw new IllegalArgumentException("Holidays are known only for " + firstYear + "-" + lastYear
                    + "; " + date + " is outside");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
