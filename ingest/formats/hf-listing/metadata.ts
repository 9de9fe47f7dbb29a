/**
 * Daily Papers metadata lines
 * ===========================
 * The pieces of an entry's metadata block and the page chrome, recognised line by line:
 *
 *     "  • 7 authors"     authors line        "AQ-MedAI AQ"   organisation line (the one before "·")
 *     "·"                 separator
 *     "Feb 25, 2022"      date with year      "Nov 17"        date without year (`--11-17`)
 *     "Nov 25, 2024 1"    date + upvotes      "Nov 17 2"      year-less date + upvotes
 *
 * Lines are split into whitespace tokens and read token by token: no regexes, so no backtracking.
 */
import { collapseWhitespace } from "../../text/normalize.ts";

export interface ListingDate {
  year: number | null;
  month: number;
  day: number;
}

export interface DateLine extends ListingDate {
  upvotes: number | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

/** Lines of the page around the listing, not papers (compared after collapsing whitespace, case-folded). */
const CHROME_LINES = new Set([
  "new",
  "get trending papers in your email inbox!",
  "subscribe",
  "daily papers",
  "byak and the research community",
  "trending papers",
]);

/** Chrome lines that cannot be a paper title, so they mark a page header even mid-file. */
const STRONG_CHROME_LINES = new Set(["get trending papers in your email inbox!", "byak and the research community"]);

export function isChromeLine(line: string): boolean {
  return line.length <= 80 && CHROME_LINES.has(collapseWhitespace(line).toLowerCase());
}

export function isStrongChromeLine(line: string): boolean {
  return line.length <= 80 && STRONG_CHROME_LINES.has(collapseWhitespace(line).toLowerCase());
}

export function isSeparatorLine(line: string): boolean {
  return line.trim() === "·";
}

/** A line starting with "•": an authors line, or metadata we cannot read. */
export function isBulletLine(line: string): boolean {
  return line.trimStart().startsWith("•");
}

function digitsOnly(s: string, maxLength: number): boolean {
  if (s.length === 0 || s.length > maxLength) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `N` when the line is only an upvote count. */
export function parseCountLine(line: string): number | null {
  if (line.length > 32) return null;
  const t = line.trim();
  return digitsOnly(t, 7) ? Number(t) : null;
}

/** `7` for "  • 7 authors" (or "• 1 author"), else null. */
export function parseAuthorsLine(line: string): number | null {
  const t = collapseWhitespace(line);
  if (!t.startsWith("•")) return null;
  const tokens = collapseWhitespace(t.slice(1)).split(" ");
  const [count, word] = tokens;
  if (tokens.length !== 2 || count === undefined || !digitsOnly(count, 5)) return null;
  if (word?.toLowerCase() !== "authors" && word?.toLowerCase() !== "author") return null;
  return Number(count);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * "Feb 25, 2022", "Nov 17", "Nov 25, 2024 1", "Nov 17 2" → month, day, year (null when absent),
 * upvotes (null when absent). A year needs the comma: "Nov 17 2024" is a year-less date with 2024
 * upvotes, as the page writes years after a comma and nothing else there.
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 64) return null; // cheap exit for abstracts: a date line is short
  const tokens = collapseWhitespace(line).split(" ");
  if (tokens.length < 2 || tokens.length > 4) return null;
  let monthName = tokens[0]!.toLowerCase();
  if (monthName.endsWith(".")) monthName = monthName.slice(0, -1);
  const month = MONTHS[monthName];
  if (month === undefined) return null;
  let dayToken = tokens[1]!;
  const hasComma = dayToken.endsWith(",");
  if (hasComma) dayToken = dayToken.slice(0, -1);
  if (!digitsOnly(dayToken, 2)) return null;
  const day = Number(dayToken);
  let year: number | null = null;
  let rest = tokens.slice(2);
  if (hasComma) {
    const yearToken = rest[0];
    if (yearToken === undefined || yearToken.length !== 4 || !digitsOnly(yearToken, 4)) return null;
    year = Number(yearToken);
    rest = rest.slice(1);
  }
  if (rest.length > 1) return null;
  const upvoteToken = rest[0];
  if (upvoteToken !== undefined && !digitsOnly(upvoteToken, 7)) return null;
  if (day < 1 || day > daysInMonth(month, year)) return null;
  return { year, month, day, upvotes: upvoteToken === undefined ? null : Number(upvoteToken) };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function compareMonthDay(a: ListingDate, b: ListingDate): number {
  return a.month !== b.month ? a.month - b.month : a.day - b.day;
}

/**
 * The date as `YYYY-MM-DD`, or `--MM-DD` without a year. A year-less date takes its year from the
 * page header only when the header has one: the header's year, or the year before when the date
 * would otherwise fall after the header (a "Dec 30" entry on a "Jan 2, 2025" page is 2024-12-30).
 */
export function formatPublished(date: ListingDate, header: ListingDate | null): string {
  let year = date.year;
  if (year === null && header !== null && header.year !== null) {
    const candidate = compareMonthDay(date, header) <= 0 ? header.year : header.year - 1;
    if (date.day <= daysInMonth(date.month, candidate)) year = candidate;
  }
  const monthDay = `${pad2(date.month)}-${pad2(date.day)}`;
  return year === null ? `--${monthDay}` : `${String(year).padStart(4, "0")}-${monthDay}`;
}
