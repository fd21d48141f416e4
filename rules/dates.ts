// Calendar dates as "YYYY-MM-DD" strings: they sort as text, serialise as themselves, and carry no
// time zone, so the same date means the same day in Node and in the browser. No rule reads the clock.

import { RulesError } from "./errors.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function assertIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) {
    throw new RulesError("invalid_date", `${field} ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD, e.g. "2025-09-01"`);
  }
  return value;
}

/** The same day n months later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day before a date. */
export function previousDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (d > 1) return `${date.slice(0, 8)}${String(d - 1).padStart(2, "0")}`;
  const month = m === 1 ? 12 : m - 1;
  const year = m === 1 ? y - 1 : y;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/**
 * The calendar date in England at an instant. Pure: the caller passes the instant (the CLI and the
 * checker pass "now"), so rules never read the clock. Intl is standard in Node and browsers.
 */
export function dateInEngland(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A month's name (1 is January), as GOV.UK writes it. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`monthName: expected a month from 1 to 12, got ${month}`);
  return name;
}

/**
 * "10 September 2021", as GOV.UK writes dates: the one way the project writes a date for people (the
 * site, the checker, the catalogue and the audit report all call it). A YYYY-MM-DD string, or a Date
 * read in UTC (Eleventy's dates from front matter are UTC midnight). Spelled out, not
 * Intl.DateTimeFormat, whose format() cost 90 microseconds a call (0.18 s of a 1,000-post build).
 */
export function formatDate(value: string | Date): string {
  if (typeof value === "string" && ISO_DATE.test(value)) {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return `${d} ${monthName(m)} ${y}`;
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`formatDate: expected a date, got ${JSON.stringify(value)}`);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}
