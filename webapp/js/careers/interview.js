// A candidate picks, moves or cancels their interview through the signed link in their email.
// The link's secret travels in the address fragment, so it never reaches server logs or referrers.
import { api, ApiError } from '/js/api.js';
import { h } from '/js/ui.js';

const root = document.getElementById('scheduling');
let token = location.hash.replace(/^#/, '');
const zones = [
  ['America/New_York', 'Eastern'], ['America/Chicago', 'Central'], ['America/Denver', 'Mountain'],
  ['America/Phoenix', 'Arizona'], ['America/Los_Angeles', 'Pacific'], ['America/Anchorage', 'Alaska'],
  ['Pacific/Honolulu', 'Hawaii'], ['America/Puerto_Rico', 'Atlantic (Puerto Rico)']];
let zone = null;

function invalid(message) {
  root.replaceChildren(h('section', { className: 'gone', id: 'link-invalid' },
    h('h1', {}, 'This link does not work any more'),
    h('p', {}, message || 'It may have expired or been replaced by a newer one.'),
    h('p', {}, 'Please reply to the email you received, and your recruiter will send a new link.')));
}

async function load(notice) {
  // a signed link reads number.expiry.signature; anything else was cut or mistyped
  if (!/^[0-9]+\.[0-9]+\.[A-Za-z0-9_-]+$/.test(token)) { invalid('The address is incomplete. Open the link from your email again.'); return; }
  try {
    const choice = await api(`self-scheduling/${encodeURIComponent(token)}`, { query: { zone } });
    show(choice, notice);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) { invalid(e.message); return; }
    root.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', { className: 'error' }, 'We could not load your times. Please try again in a moment.'));
  }
}

function zonePicker(current) {
  const known = zones.some(([id]) => id === current);
  const select = h('select', { id: 'zone' },
    ...(known ? [] : [h('option', { value: current }, current)]),
    ...zones.map(([id, label]) => h('option', { value: id }, `${label} (${id})`)));
  select.value = current;
  select.addEventListener('change', () => { zone = select.value; load(); });
  return h('label', { for: 'zone' }, 'Times are shown in this time zone', select);
}

function show(choice, notice) {
  zone = choice.candidateZone;
  document.title = `Pick your interview time · ${choice.job}`;
  const parts = [
    h('h1', { id: 'title' }, `Hello ${choice.candidateName}, pick a time for your ${choice.interview.toLowerCase()}`),
    h('p', {}, `${choice.job} · ${choice.minutes} minutes`)];
  if (notice) parts.push(notice);
  const booked = choice.booked && choice.booked.status === 'SCHEDULED' ? choice.booked : null;
  if (booked) {
    parts.push(h('section', { className: 'thanks', id: 'booked' },
      h('h2', {}, 'Your interview is booked'),
      h('p', {}, booked.candidateTime),
      h('p', { className: 'hint' }, 'A calendar invitation is on its way to your email.')));
  } else if (choice.booked && choice.booked.status === 'CANCELLED') {
    parts.push(h('p', { className: 'notice', id: 'cancelled' }, 'Your interview was cancelled. You can pick a new time below.'));
  }
  parts.push(zonePicker(choice.candidateZone));
  if (!choice.canChange) {
    parts.push(h('p', { className: 'notice' }, `${choice.changeRule} Please contact your recruiter to change it now.`));
  } else if (choice.slots.length === 0) {
    parts.push(h('p', { className: 'notice', id: 'no-slots' }, 'No free times are left in this window. Please reply to the email and your recruiter will offer more.'));
  } else {
    parts.push(slotList(choice, booked));
    parts.push(h('p', { className: 'hint' }, choice.changeRule));
  }
  if (booked && choice.canChange) parts.push(cancelForm());
  root.replaceChildren(h('article', { className: 'job' }, ...parts));
  const focus = document.getElementById(notice ? notice.id : 'title');
  if (focus) { focus.tabIndex = -1; focus.focus(); }
}

function slotList(choice, booked) {
  const list = h('ul', { className: 'slots', id: 'slots' },
    ...choice.slots.map((slot) => h('li', {},
      h('button', { type: 'button', className: 'slot', onclick: () => pick(slot.start) }, slot.candidateTime.replace(/ \(.*\)$/, '')))));
  return h('section', { 'aria-labelledby': 'slots-title' },
    h('h2', { id: 'slots-title' }, booked ? 'Move it to another time' : 'Free times'), list);
}

async function pick(start) {
  for (const b of root.querySelectorAll('button')) b.disabled = true;
  try {
    await api(`self-scheduling/${encodeURIComponent(token)}`, { method: 'POST', body: { start, candidateZone: zone } });
    await load();
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      await load(h('p', { className: 'error', id: 'taken', role: 'alert' }, `${e.message} Here are the times still free.`));
      return;
    }
    if (e instanceof ApiError && e.status === 404) { invalid(e.message); return; }
    await load(h('p', { className: 'error', id: 'failed', role: 'alert' }, e.message || 'That did not work. Please try again.'));
  }
}

function cancelForm() {
  const reason = h('input', { id: 'cancel-reason', maxLength: 500, autocomplete: 'off' });
  const form = h('form', { className: 'apply-form', id: 'cancel-form' },
    h('h2', {}, 'Cannot make it?'),
    h('label', { for: 'cancel-reason' }, 'Reason (optional)', reason),
    h('button', { type: 'submit', className: 'secondary' }, 'Cancel my interview'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`self-scheduling/${encodeURIComponent(token)}/cancellation`, { method: 'POST', body: { reason: reason.value } });
      await load();
    } catch (e) {
      await load(h('p', { className: 'error', id: 'failed', role: 'alert' }, e.message));
    }
  });
  return form;
}

// a new link opened in the same tab changes only the fragment
window.addEventListener('hashchange', () => { token = location.hash.replace(/^#/, ''); zone = null; load(); });
load();
