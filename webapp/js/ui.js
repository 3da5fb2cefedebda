import { ApiError } from './api.js';

// Small DOM helpers. Text always goes in as text nodes, never as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'className') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Shows the page; null, undefined and false stand for "nothing here" (never the word "null"). */
export function mount(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...present(nodes));
  return main;
}

/** The nodes without the null, undefined and false that conditional sections leave. */
export function present(nodes) {
  return nodes.flat(Infinity).filter(n => n !== null && n !== undefined && n !== false);
}

let userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export function setUserZone(zone) { if (zone) userZone = zone; }

// Today (or a day from today) as YYYY-MM-DD in the user's time zone — not UTC, which is already
// tomorrow on a US evening (a date input's max, a default "taken on").
export function isoDay(offsetDays = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: userZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  if (!offsetDays) return today;
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** An instant in the signed-in user's zone, e.g. "Nov 26, 2026, 3:04 PM CST"; "—" for none. */
export function when(value) {
  if (!value) return '—';
  // dateStyle/timeStyle cannot be combined with timeZoneName (V8 throws "Invalid option"): spell the fields out.
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: userZone, timeZoneName: 'short'
  }).format(new Date(value));
}

/**
 * A message over the page (it never moves the layout): announced politely, or at once for an error,
 * and kept until dismissed, replaced by the next message, or the page changes.
 */
/** The calendar day of an instant in the signed-in user's zone, e.g. "Nov 26, 2026"; "—" for none. */
export function day(value) {
  if (!value) return '—';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: userZone }).format(new Date(value));
}

export function flash(message, kind = 'ok') {
  const box = document.getElementById('flash');
  const error = kind === 'error';
  const close = h('button', { type: 'button', className: 'flash-close', 'aria-label': 'Dismiss message', onclick: () => box.replaceChildren() }, '×');
  box.replaceChildren(h('div', { className: `flash ${error ? 'error' : ''}`, role: error ? 'alert' : null },
    h('span', { className: 'flash-text' }, message), close));
}

export function clearFlash() { document.getElementById('flash').replaceChildren(); }

// A message to show on the next page: the flash is cleared on every hash change.
let nextFlash = null;
export function goWithFlash(hash, message) {
  nextFlash = message;
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

export function showPendingFlash() {
  if (nextFlash) { flash(nextFlash); nextFlash = null; }
}

/** A failed call in words: the problem's detail, then each invalid field. */
export function problemText(err) {
  if (!(err instanceof ApiError)) return err.message || 'Something went wrong.';
  const lines = [err.message];
  for (const v of err.violations) lines.push(`${v.field}: ${v.message}`);
  if (err.status === 403 && !err.problem.detail) lines[0] = 'Your roles do not allow this.';
  return lines.join(' ');
}

// Shows a problem's field violations next to the inputs named after them; returns true if any matched.
export function showViolations(form, error) {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  let matched = false;
  for (const v of error.violations || []) {
    const name = v.field.split('.').pop().replace(/\[\d+\]$/, '');
    const input = form.querySelector(`[name="${name}"]`);
    if (!input) continue;
    matched = true;
    input.setAttribute('aria-invalid', 'true');
    const id = `${name}-error`;
    input.setAttribute('aria-describedby', id);
    (input.closest('label') || input.parentElement).append(h('span', { className: 'field-error', id }, v.message));
  }
  flash(error.message, 'error');
  return matched;
}

export function table(columns, rows, { onRowClick, sort, onSort, empty = 'None yet.', label } = {}) {
  const head = h('tr', {}, columns.map(col => {
    if (!col.sort || !onSort) return h('th', { scope: 'col' }, col.label);
    const active = sort === col.sort || sort === `-${col.sort}`;
    const arrow = !active ? '' : sort.startsWith('-') ? ' ▼' : ' ▲';
    const next = sort === col.sort ? `-${col.sort}` : col.sort;
    return h('th', { scope: 'col', 'aria-sort': !active ? 'none' : sort.startsWith('-') ? 'descending' : 'ascending' },
      h('button', { type: 'button', onclick: () => onSort(next) }, col.label + arrow));
  }));
  const body = rows.length === 0
    ? [h('tr', {}, h('td', { colspan: columns.length, className: 'muted' }, empty))]
    : rows.map(row => h('tr', {
        className: onRowClick ? 'clickable' : '',
        tabindex: onRowClick ? 0 : null,
        onclick: onRowClick ? () => onRowClick(row) : null,
        onkeydown: onRowClick ? e => { if (e.key === 'Enter') onRowClick(row); } : null
      }, columns.map(col => h('td', {}, col.render ? col.render(row) : row[col.key] ?? '—'))));
  // a labelled table scrolls as a region the keyboard can reach (wide tables without links)
  const region = label ? { tabindex: 0, role: 'region', 'aria-label': label } : {};
  return h('div', { className: 'table-wrap', ...region }, h('table', {}, h('thead', {}, head), h('tbody', {}, body)));
}

// "1,234", or "more than 1,000" when the server stopped counting (totalCapped).
export function totalText(page) {
  const count = new Intl.NumberFormat('en-US').format(page.totalItems);
  return page.totalCapped ? `more than ${count}` : count;
}

export function pager(page, onPage) {
  return h('div', { className: 'pager' },
    h('button', { className: 'secondary', disabled: page.page <= 0, onclick: () => onPage(page.page - 1) }, 'Previous'),
    h('span', { className: 'muted' }, `Page ${page.page + 1} of ${Math.max(page.totalPages, 1)}${page.totalCapped ? '+' : ''} · ${totalText(page)} in all`),
    h('button', { className: 'secondary', disabled: page.page + 1 >= page.totalPages, onclick: () => onPage(page.page + 1) }, 'Next'));
}

/** Roles as people say them. */
export const ROLE_NAMES = { ADMIN: 'Admin', RECRUITER: 'Recruiter', HIRING_MANAGER: 'Hiring manager', INTERVIEWER: 'Interviewer',
  TRAINER: 'Trainer', INTEGRATION: 'Integration (service account)' };
export const roleName = role => ROLE_NAMES[role] || role;

/** "1 opening", "2 openings"; {@code many} for words that do not just add an s ("1 person", "2 people"). */
export function count(n, one, many = `${one}s`) {
  return `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? one : many}`;
}

export function field(label, input) { return h('label', {}, label, input); }

export function badge(text, kind = '') { return h('span', { className: `badge ${kind}` }, text); }
