import { api } from '../api.js';
import { h, mount, formatInstant } from '../ui.js';
import { session, hasRole } from '../app.js';

// Cards on the home page, each shown to the roles that need it. Features add theirs here.
export const homeCards = [
  {
    roles: ['ADMIN'],
    async render() {
      const [users, queued, failed] = await Promise.all([
        api('users', { query: { size: 1 } }),
        api('outbox', { query: { size: 1, status: 'QUEUED' } }),
        api('outbox', { query: { size: 1, status: 'FAILED' } }),
      ]);
      return h('section', { className: 'card' }, h('h2', {}, 'Administration'),
        h('div', { className: 'grid' },
          h('div', {}, h('div', { className: 'stat' }, users.totalItems), h('a', { href: '#/admin/users' }, 'users')),
          h('div', {}, h('div', { className: 'stat' }, queued.messages.totalItems), h('a', { href: '#/admin/outbox?status=QUEUED' }, 'messages waiting in the outbox')),
          h('div', {}, h('div', { className: 'stat' }, failed.messages.totalItems), h('a', { href: '#/admin/outbox?status=FAILED' }, 'messages that failed'))),
        queued.smtpConfigured ? null : h('p', { className: 'muted' }, 'SMTP is not configured: mail stays in the outbox, marked not sent.'));
    },
  },
  {
    roles: ['ADMIN'],
    async render() {
      const recent = await api('audit', { query: { size: 5 } });
      return h('section', { className: 'card' }, h('h2', {}, 'Latest changes'),
        recent.items.length === 0 ? h('p', { className: 'muted' }, 'No changes recorded yet.') :
          h('ul', {}, recent.items.map(e => h('li', {}, `${formatInstant(e.at)} · ${e.actor} · ${e.summary} ${e.entityType} ${e.entityId}`))),
        h('a', { href: '#/admin/audit' }, 'Open the audit log'));
    },
  },
];

export async function homePage() {
  const me = session.me;
  const cards = await Promise.all(homeCards.filter(c => hasRole(...c.roles)).map(c => c.render()));
  mount(
    h('h1', { id: 'welcome' }, `Welcome, ${me.displayName}`),
    h('p', { className: 'muted' }, `Signed in as ${me.email} · ${me.roles.join(', ')} · times shown in ${me.timeZone}`),
    ...cards);
}
