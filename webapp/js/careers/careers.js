// The public job list: search by keyword, state and remote; the query lives in the address so it can be shared.
import { api } from '/js/api.js';
import { h } from '/js/ui.js';
import { STATE_CODES, US_STATES, formatDate, formatPay, EMPLOYMENT_TYPES } from '/js/careers/states.js';

const form = document.getElementById('job-search');
const q = document.getElementById('search-q');
const state = document.getElementById('search-state');
const remote = document.getElementById('search-remote');
const list = document.getElementById('jobs');
const count = document.getElementById('result-count');
const pagerBox = document.getElementById('pager');
const pageInfo = document.getElementById('page-info');
const prev = document.getElementById('prev-page');
const next = document.getElementById('next-page');
const PAGE_SIZE = 20;
// a recruiting source's link (?source=code) follows the visitor to the job they apply for
const SOURCE = (new URLSearchParams(location.search).get('source') || '').trim().slice(0, 40);

state.append(...STATE_CODES.map(code => h('option', { value: code }, US_STATES[code])));

function readAddress() {
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') || '';
  state.value = STATE_CODES.includes((params.get('state') || '').toUpperCase()) ? params.get('state').toUpperCase() : '';
  remote.value = ['true', 'false'].includes(params.get('remote')) ? params.get('remote') : '';
  return Math.max(0, Number(params.get('page')) || 0);
}

function writeAddress(page, push) {
  const params = new URLSearchParams();
  if (q.value.trim()) params.set('q', q.value.trim());
  if (state.value) params.set('state', state.value);
  if (remote.value) params.set('remote', remote.value);
  if (page > 0) params.set('page', page);
  if (SOURCE) params.set('source', SOURCE);
  const url = `/careers/${params.toString() ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

function jobCard(job) {
  const pay = formatPay(job.payMin, job.payMax, job.payCurrency, job.payBasis);
  return h('li', { className: 'job-card' },
    h('h2', {}, h('a', { href: `/careers/${encodeURIComponent(job.slug)}${SOURCE ? `?source=${encodeURIComponent(SOURCE)}` : ''}`, className: 'job-link', 'data-testid': 'job-link' }, job.title)),
    h('p', { className: 'where' }, job.location),
    h('ul', { className: 'tags', 'aria-label': 'Highlights' },
      pay ? h('li', {}, pay) : null,
      h('li', {}, EMPLOYMENT_TYPES[job.employmentType] || job.employmentType),
      job.shift ? h('li', {}, job.shift) : null,
      job.targetStartDate ? h('li', {}, `Starts ${formatDate(job.targetStartDate)}`) : null),
    job.licenseStates.length ? h('p', { className: 'muted' }, `License needed in ${job.licenseStates.join(', ')} — we help you get it.`) : null);
}

let latest = 0;

async function search(page = 0) {
  const mine = ++latest;
  count.textContent = 'Searching…';
  try {
    const result = await api('careers/jobs', { query: {
      q: q.value.trim(), state: state.value, remote: remote.value, page, size: PAGE_SIZE, sort: '-posted' } });
    if (mine !== latest) return; // a newer search is under way; its answer wins
    list.replaceChildren(...result.items.map(jobCard));
    const filtered = q.value.trim() || state.value || remote.value;
    count.textContent = result.totalItems === 0
      ? (filtered ? 'No open jobs match your search. Try fewer words or another state.' : 'No open jobs right now — please check back soon.')
      : `${result.totalItems} open job${result.totalItems === 1 ? '' : 's'}${filtered ? ` match${result.totalItems === 1 ? 'es' : ''} your search` : ''}.`;
    pagerBox.hidden = result.totalPages <= 1;
    pageInfo.textContent = `Page ${result.page + 1} of ${Math.max(result.totalPages, 1)}`;
    prev.disabled = result.page <= 0;
    next.disabled = result.page + 1 >= result.totalPages;
    prev.onclick = () => go(result.page - 1);
    next.onclick = () => go(result.page + 1);
  } catch (e) {
    if (mine !== latest) return;
    list.replaceChildren();
    count.textContent = 'We could not load the jobs. Please try again in a moment.';
  }
}

function go(page) {
  writeAddress(page, true);
  search(page);
  document.getElementById('main').focus();
}

form.addEventListener('submit', e => {
  e.preventDefault();
  go(0);
});
window.addEventListener('popstate', () => search(readAddress()));

search(readAddress());
