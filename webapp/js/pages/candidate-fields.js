// The profile fields a recruiter can correct: how each is shown, where the parser read it, and small
// helpers the candidate page shares (phone numbers, comparing values, source hints).
import { h } from '../ui.js';
import { US_STATES } from '../careers/states.js';
import { months } from './candidates.js';

// "+14025550119" → "(402) 555-0119"; other numbers stay as stored.
export function phoneText(value) {
  if (!value) return '—';
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : value;
}

// What a person types → E.164 as the API stores phones (US numbers need no country code).
export function e164(typed) {
  const digits = typed.replace(/\D/g, '');
  if (typed.trim().startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return typed.trim();
}


export const same = (a, b) => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase();
export const sameList = (a, b) => (a || []).map(x => x.toLowerCase()).sort().join('|') === (b || []).map(x => x.toLowerCase()).sort().join('|');

export function sourceHint(text) {
  return text ? h('span', { className: 'source-hint' }, h('span', { className: 'visually-hidden' }, 'Read from the resume line: '),
    h('span', { 'aria-hidden': 'true' }, 'from: '), h('q', {}, text)) : null;
}

// Several source lines (a list field): one line inline, more in a disclosure.
export function sourceHints(lines) {
  const unique = [...new Set(lines.filter(Boolean))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return sourceHint(unique[0]);
  return h('details', { className: 'source-hint' }, h('summary', {}, `from: ${unique.length} lines of the resume`),
    h('ul', {}, unique.map(line => h('li', {}, h('q', {}, line)))));
}

function parsedLicensedStates(p) {
  return [...new Set(p.licenses.filter(l => l.status === 'active' && l.linesOfAuthority.some(x => ['Property', 'Casualty', 'Personal Lines'].includes(x)))
    .map(l => l.state))].sort();
}

function indexedSources(p, prefix, parsedValues, values) {
  return values.map(v => {
    const i = parsedValues.findIndex(x => same(x, v));
    return i < 0 ? null : p.sources[`${prefix}[${i}]`];
  });
}

export const FIELDS = [
  { key: 'name', label: 'Name', input: { type: 'text', maxlength: 200, autocomplete: 'off' },
    current: d => d.summary.name, parsed: p => p.name, sources: p => [p.sources.name] },
  { key: 'email', label: 'Email', input: { type: 'email', maxlength: 254, autocomplete: 'off' },
    current: d => d.corrections?.email ?? d.summary.email, parsed: p => p.emails[0], sources: (p, v) => indexedSources(p, 'emails', p.emails, [v]),
    also: d => d.emails.filter(e => !same(e, d.corrections?.email ?? d.summary.email)) },
  { key: 'phone', label: 'Phone', input: { type: 'tel', maxlength: 40, autocomplete: 'off' }, show: phoneText,
    current: d => d.corrections?.phone ?? d.summary.phone, parsed: p => p.phones[0], sources: (p, v) => indexedSources(p, 'phones', p.phones, [v]),
    also: d => d.phones.filter(x => x !== (d.corrections?.phone ?? d.summary.phone)).map(phoneText) },
  { key: 'city', label: 'City', input: { type: 'text', maxlength: 120 },
    current: d => d.summary.city, parsed: p => p.location?.city, sources: p => [p.sources.location] },
  { key: 'region', label: 'State', input: { type: 'text', maxlength: 60, placeholder: 'e.g. NE' },
    show: v => (v && US_STATES[v] ? `${v} — ${US_STATES[v]}` : v),
    current: d => d.summary.region, parsed: p => p.location?.region, sources: p => [p.sources.location] },
  { key: 'country', label: 'Country', input: { type: 'text', maxlength: 2, placeholder: 'e.g. US' },
    current: d => d.corrections?.country ?? d.parsed?.location?.country ?? null, parsed: p => p.location?.country,
    sources: p => [p.sources.location] },
  { key: 'experienceMonths', label: 'Work experience', number: true, input: { type: 'number', min: 0, max: 900, step: 1 },
    show: v => `${months(v)} (${v} months)`, current: d => d.summary.experienceMonths, parsed: p => p.experienceMonths,
    derived: 'worked out from the dated work history' },
  { key: 'contactCenterMonths', label: 'Contact-center experience', number: true, input: { type: 'number', min: 0, max: 900, step: 1 },
    show: v => `${months(v)} (${v} months)`, current: d => d.summary.contactCenterMonths, parsed: p => p.contactCenterExperienceMonths,
    derived: 'worked out from the contact-center jobs in the work history' },
  { key: 'npn', label: 'NPN', input: { type: 'text', maxlength: 10, inputmode: 'numeric', pattern: '[0-9]{1,10}' },
    current: d => d.npn, parsed: p => p.npn, sources: p => [p.sources.npn] },
  { key: 'licensedStates', label: 'Licensed in (active P&C)', list: true, states: true, input: { type: 'text', placeholder: 'e.g. NE, IA' },
    current: d => d.summary.licensedStates, parsed: parsedLicensedStates,
    sources: (p, v) => v.map(state => { const i = p.licenses.findIndex(l => l.state === state); return i < 0 ? null : p.sources[`licenses[${i}]`]; }) },
  { key: 'languages', label: 'Languages (besides English)', list: true, input: { type: 'text', placeholder: 'e.g. Spanish, Tagalog' },
    current: d => d.summary.languages, parsed: p => p.languages.filter(l => !same(l, 'English')),
    sources: (p, v) => indexedSources(p, 'languages', p.languages, v) },
  { key: 'skills', label: 'Skills and tools', list: true, input: { type: 'text', placeholder: 'e.g. Five9, Salesforce' },
    current: d => d.summary.skills, parsed: p => p.skills, sources: (p, v) => indexedSources(p, 'skills', p.skills, v) },
];

export const isSet = v => v !== null && v !== undefined;

export function valueText(f, v) {
  if (f.list) return v && v.length ? v.join(', ') : '—';
  if (!isSet(v) || v === '') return '—';
  return f.show ? f.show(v) : String(v);
}

