import { describe, expect, it } from 'vitest';
import { bookingToIcs, calendarEventFor, escapeIcsText, foldIcsLine } from '../../../src/domain/booking';
import { londonInstant } from '../../../src/domain/time/london';
import { appointment } from './fixtures';

/** A small RFC 5545 reader for the tests: unfold, split properties, unescape text, read UTC times. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only, never a bare LF
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const props = new Map<string, string>();
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    props.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const utc = (value = '') => {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (!m) throw new Error(`not a UTC date-time: ${value}`);
    return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  };
  const unescape = (value = '') => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  return { lines: unfolded, props, utc, unescape };
}

const event = (startLondon: [string, string], minutes: number) => {
  const [date, time] = startLondon;
  const [h, m] = time.split(':').map(Number) as [number, number];
  const start = londonInstant(date, h * 60 + m);
  return { uid: 'appointment-1@front-door', start, end: new Date(start.getTime() + minutes * 60_000), stampedAt: new Date('2026-03-01T12:00:00Z'), summary: 'Dermatology appointment' };
};

describe('.ics for a booking', () => {
  it.each([
    [['2026-03-27', '09:00'], '20260327T090000Z'], // Friday before the spring change: GMT
    [['2026-03-30', '09:00'], '20260330T080000Z'], // Monday after: BST
    [['2026-10-23', '09:00'], '20261023T080000Z'], // Friday before the autumn change: BST
    [['2026-10-26', '09:00'], '20261026T090000Z'], // Monday after: GMT
  ] as const)('puts a 09:00 London appointment on %j at the right instant', (start, dtstart) => {
    const ics = parseIcs(bookingToIcs(event([...start], 40)));
    expect(ics.props.get('DTSTART')).toBe(dtstart);
    expect(ics.utc(ics.props.get('DTEND')).getTime() - ics.utc(ics.props.get('DTSTART')).getTime()).toBe(40 * 60_000);
  });

  it('has the required calendar and event properties', () => {
    const ics = parseIcs(bookingToIcs(event(['2026-03-30', '09:00'], 40)));
    expect(ics.lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.props.get('VERSION')).toBe('2.0');
    expect(ics.props.get('PRODID')).toBeTruthy();
    expect(ics.props.get('UID')).toBe('appointment-1@front-door');
    expect(ics.props.get('DTSTAMP')).toBe('20260301T120000Z');
    expect(ics.props.get('STATUS')).toBe('CONFIRMED');
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const description = 'Bring your letter; arrive early, please.\nReference: HB7K2M9P \\ Dewch â\'ch llythyr — ' + 'ŵŷ'.repeat(40);
    const text = bookingToIcs({ ...event(['2026-03-30', '09:00'], 40), description, location: 'Eastgate Hospital, Eastgate Lane' });
    const ics = parseIcs(text);
    expect(ics.unescape(ics.props.get('DESCRIPTION'))).toBe(description);
    expect(ics.props.get('LOCATION')).toBe('Eastgate Hospital\\, Eastgate Lane');
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('makes a cancelled booking cancel the calendar event', () => {
    const ics = parseIcs(bookingToIcs(calendarEventFor(appointment('cancelled'), { summary: 'Appointment' }, new Date('2026-03-25T10:00:00Z'))));
    expect(ics.props.get('METHOD')).toBe('CANCEL');
    expect(ics.props.get('STATUS')).toBe('CANCELLED');
    expect(ics.props.get('DTSTART')).toBe('20260330T080000Z');
  });
});
