// A candidate reads, accepts or declines their offer through the signed link in the offer email.
// The link's secret travels in the address fragment, so it never reaches server logs or referrers.
import { api, ApiError } from '/js/api.js';
import { h } from '/js/ui.js';

const root = document.getElementById('offer');
let token = location.hash.replace(/^#/, '');

function invalid(message) {
  root.replaceChildren(h('section', { className: 'gone', id: 'link-invalid' },
    h('h1', {}, 'This link does not work'),
    h('p', {}, message || 'It may be incomplete or replaced by a newer one.'),
    h('p', {}, 'Please reply to the offer email, and your recruiter will help.')));
}

const path = () => `offer-links/${encodeURIComponent(token)}`;

async function load(notice) {
  if (!/^[0-9]+\.[0-9]+\.[A-Za-z0-9_-]+$/.test(token)) { invalid('The address is incomplete. Open the link from your email again.'); return; }
  try {
    show(await api(path()), notice);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) { invalid(e.message); return; }
    root.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', { className: 'error' }, 'We could not load your offer. Please try again in a moment.'));
  }
}

function show(offer, notice) {
  document.title = `Your offer · ${offer.jobTitle}`;
  const parts = [
    h('h1', { id: 'title' }, `Hello ${offer.firstName}, here is your offer`),
    h('p', { className: 'lead' }, offer.jobTitle)];
  if (notice) parts.push(notice);
  parts.push(h('dl', { className: 'facts', id: 'terms' },
    h('dt', {}, 'Pay'), h('dd', { id: 'pay' }, offer.pay),
    h('dt', {}, 'Shift'), h('dd', {}, offer.shift),
    h('dt', {}, 'Place of work'), h('dd', {}, offer.workplace),
    h('dt', {}, 'First day'), h('dd', { id: 'start' }, offer.startDate),
    h('dt', {}, 'Training class'), h('dd', {}, `${offer.className}, ${offer.classLocation}`),
    h('dt', {}, 'Answer by'), h('dd', { id: 'expires' }, offer.expires)));
  parts.push(h('p', {}, h('a', { href: `/api/v1/${path()}/letter.pdf`, id: 'letter' }, 'Read the offer letter (PDF)')));
  if (offer.message) parts.push(h('p', { className: offer.status === 'ACCEPTED' ? 'thanks' : 'notice', id: 'status' }, offer.message));
  if (offer.answerable) parts.push(answerForms());
  root.replaceChildren(h('article', { className: 'job' }, ...parts));
  const focus = document.getElementById(notice ? notice.id : 'title');
  if (focus) { focus.tabIndex = -1; focus.focus(); }
}

function answerForms() {
  const accept = h('button', { type: 'button', id: 'accept', onclick: () => answer('acceptance', undefined) }, 'Accept the offer');
  const reason = h('textarea', { id: 'decline-reason', maxLength: 1000, rows: 3, required: true });
  const decline = h('form', { className: 'apply-form', id: 'decline-form' },
    h('h2', {}, 'Not for you?'),
    h('label', { for: 'decline-reason' }, 'Please tell us why you decline (required)', reason),
    h('button', { type: 'submit', className: 'secondary' }, 'Decline the offer'));
  decline.addEventListener('submit', event => { event.preventDefault(); answer('decline', { reason: reason.value }); });
  return h('section', { 'aria-labelledby': 'answer-title' }, h('h2', { id: 'answer-title' }, 'Your answer'), h('p', {}, accept), decline);
}

async function answer(what, body) {
  for (const b of root.querySelectorAll('button')) b.disabled = true;
  try {
    show(await api(`${path()}/${what}`, { method: 'POST', body }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) { invalid(e.message); return; }
    await load(h('p', { className: 'error', id: 'failed', role: 'alert' }, e.message || 'That did not work. Please try again.'));
  }
}

window.addEventListener('hashchange', () => { token = location.hash.replace(/^#/, ''); load(); });
load();
