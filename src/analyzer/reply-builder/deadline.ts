// The "when" of a next step, picked by the user (today 5 pm / tomorrow / a date) and written the way their
// locale writes it. The sentence itself is English (the analyzer is English-only), so a non-English locale
// gets British English date order; an English locale keeps its own ("Thursday, November 26" in en-US,
// "Thursday 26 November" in en-GB; "5 pm" or "17:00" by the locale's clock).

export type DeadlineChoice = { kind: 'today' } | { kind: 'tomorrow' } | { kind: 'date'; date: string };

export interface Deadline {
  /** Reads after a verb: "by 5 pm today", "by tomorrow", "by Thursday 26 November". */
  by: string;
  /** Short label for the picker. */
  label: string;
}

/** The hour "today" means: late enough to be doable, early enough to land in working hours. */
const TODAY_HOUR = 17;

function englishLocale(locale: string | undefined): string {
  return locale && /^en\b/i.test(locale) ? locale : 'en-GB';
}

/** "5 pm" or "17:00", as the locale's clock reads it. */
export function clockTime(hour: number, locale?: string): string {
  const loc = englishLocale(locale);
  const h12 = new Intl.DateTimeFormat(loc, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
  if (!h12) return `${String(hour).padStart(2, '0')}:00`;
  if (hour === 12) return 'noon';
  return `${hour % 12 || 12} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "Thursday 26 November" (en-GB) / "Thursday, November 26" (en-US). */
export function longDate(isoDate: string, locale?: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // Noon UTC, formatted in UTC: the calendar date the user picked, whatever their time zone.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return new Intl.DateTimeFormat(englishLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

export function deadline(choice: DeadlineChoice, locale?: string): Deadline {
  switch (choice.kind) {
    case 'today': {
      const t = clockTime(TODAY_HOUR, locale);
      return { by: `by ${t} today`, label: `Today ${t}` };
    }
    case 'tomorrow':
      return { by: 'by tomorrow', label: 'Tomorrow' };
    case 'date': {
      const d = longDate(choice.date, locale);
      return { by: `by ${d}`, label: d };
    }
  }
}

/** yyyy-mm-dd of a local date, for <input type="date"> values. */
export function isoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}
