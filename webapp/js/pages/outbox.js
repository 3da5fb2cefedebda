import { api } from '../api.js';
import { h, mount, table, pager, field, when, badge, flash, present } from '../ui.js';

const KIND = { SENT: 'ok', QUEUED: 'warn', RETRYING: 'warn', FAILED: 'bad' };

function statusBadge(m, smtpConfigured) {
  if (m.status === 'QUEUED' && !smtpConfigured) return badge('not sent (no SMTP)', 'warn');
  return badge(m.status.toLowerCase(), KIND[m.status]);
}

export async function outboxPage(params, query) {
  const state = { status: query.get('status') || '', q: '', templateId: query.get('templateId') || '', page: 0, sort: '-createdAt' };
  const results = h('div');
  const status = h('select', { name: 'status' }, ['', 'QUEUED', 'RETRYING', 'SENT', 'FAILED'].map(s => h('option', { value: s, selected: s === state.status }, s || 'Any')));
  const q = h('input', { name: 'q', type: 'search', placeholder: 'Subject or recipient' });
  async function load() {
    const listing = await api('outbox', { query: state });
    results.replaceChildren(...present([
      listing.smtpConfigured ? '' : h('p', { className: 'notice error' }, 'SMTP is not configured (FLOORREADY_SMTP_HOST): messages are kept here and not sent.'),
      table([
        { label: 'Created', sort: 'createdAt', render: m => when(m.createdAt) },
        { label: 'To', render: m => m.to.join(', ') },
        { label: 'Subject', sort: 'subject', key: 'subject' },
        { label: 'Status', sort: 'status', render: m => statusBadge(m, listing.smtpConfigured) },
        { label: 'Attempts', render: m => String(m.attempts ?? 0) },
      ], listing.messages.items, { sort: state.sort, onSort: s => { state.sort = s; load(); }, onRowClick: m => { location.hash = `#/admin/outbox/${m.id}`; },
        empty: state.status || state.q ? 'No messages match.' : 'No messages yet.' }),
      pager(listing.messages, p => { state.page = p; load(); })]));
  }
  const filters = h('form', { className: 'filters', onsubmit: e => { e.preventDefault(); state.status = status.value; state.q = q.value; state.page = 0; load(); } },
    field('Status', status), field('Search', q), h('button', { type: 'submit' }, 'Filter'));
  mount(h('h1', {}, 'Outbox'), state.templateId ? h('p', { className: 'muted' }, `Messages sent from template ${state.templateId}. `, h('a', { href: '#/admin/outbox' }, 'Show all')) : null, filters, results);
  await load();
}

export async function outboxMessagePage({ id }) {
  const m = await api(`outbox/${id}`);
  const s = m.summary;
  const requeue = s.status === 'FAILED'
    ? h('button', { onclick: async () => { await api(`outbox/${id}/requeue`, { method: 'POST' }); flash('Queued again.'); outboxMessagePage({ id }); } }, 'Queue again')
    : null;
  mount(h('p', {}, h('a', { href: '#/admin/outbox' }, '← Outbox')), h('h1', { id: 'mail-subject' }, s.subject),
    h('section', { className: 'card' }, h('dl', { className: 'facts' },
      h('dt', {}, 'To'), h('dd', {}, s.to.join(', ')),
      h('dt', {}, 'Status'), h('dd', {}, badge(s.status.toLowerCase(), KIND[s.status])),
      h('dt', {}, 'Created'), h('dd', {}, when(s.createdAt)),
      h('dt', {}, 'Sent'), h('dd', {}, when(s.sentAt)),
      h('dt', {}, 'Attempts'), h('dd', {}, String(s.attempts)),
      h('dt', {}, 'Last error'), h('dd', {}, s.lastError || '—'),
      h('dt', {}, 'Attachments'), h('dd', {}, m.attachments.length ? m.attachments.join(', ') : '—')), requeue),
    h('section', { className: 'card' }, h('h2', {}, 'Text'), h('pre', { className: 'mail', id: 'mail-text' }, m.text)));
}
