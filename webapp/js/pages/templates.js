// Email templates: admins edit them per purpose, preview them with a real application, and see what each sent.
import { api } from '../api.js';
import { h, mount, table, field, flash, badge, showViolations, when, count } from '../ui.js';

const PURPOSES = ['APPLICATION_RECEIVED', 'REJECTION', 'INTERVIEW_INVITATION', 'OFFER', 'OFFER_LETTER', 'REMINDER', 'GENERAL'];
const purposeText = p => p.charAt(0) + p.slice(1).toLowerCase().replace(/_/g, ' ');

export async function templatesPage() {
  const list = await api('email-templates', { query: { all: true } });
  mount(h('div', { className: 'page-head' }, h('h1', {}, 'Email templates'),
    h('a', { className: 'button', href: '#/admin/templates/new' }, 'New template')),
  table([
    { label: 'Purpose', render: t => purposeText(t.purpose) },
    { label: 'Name', render: t => h('a', { href: `#/admin/templates/${t.id}` }, t.name) },
    { label: 'Subject', key: 'subject' },
    { label: 'Active', render: t => (t.active ? badge('active', 'ok') : badge('inactive')) },
    { label: 'Sent', render: t => (t.sent ? h('a', { href: `#/admin/outbox?templateId=${t.id}` }, count(t.sent, 'message')) : '0') },
    { label: 'Changed', render: t => `${when(t.updatedAt)} by ${t.updatedBy}` },
  ], list));
}

export async function templatePage({ id }) {
  const isNew = id === 'new';
  const t = isNew ? { purpose: 'GENERAL', name: '', subject: '', body: '', active: true, version: null, sent: 0 } : await api(`email-templates/${id}`);
  const placeholders = await api('email-templates/placeholders');
  const apps = (await api('applications', { query: { size: 20, sort: '-appliedAt' } })).items;
  const inputs = {
    purpose: h('select', { name: 'purpose' }, PURPOSES.map(p => h('option', { value: p, selected: p === t.purpose }, purposeText(p)))),
    name: h('input', { name: 'name', value: t.name, required: true, maxlength: 120 }),
    subject: h('input', { name: 'subject', value: t.subject, required: true, maxlength: 300 }),
    body: h('textarea', { name: 'body', rows: 14, required: true }, t.body),
    active: h('input', { type: 'checkbox', name: 'active', checked: t.active }),
  };
  const preview = h('div', { id: 'template-preview' });
  const app = h('select', { 'aria-label': 'Application to preview with', id: 'preview-application' },
    apps.map(a => h('option', { value: a.id }, `${a.name} — ${a.requisitionTitle}`)));
  const form = h('form', { className: 'card', onsubmit: async e => {
    e.preventDefault();
    const body = { purpose: inputs.purpose.value, name: inputs.name.value, subject: inputs.subject.value, body: inputs.body.value,
      active: inputs.active.checked, version: t.version };
    try {
      const saved = await api(isNew ? 'email-templates' : `email-templates/${id}`, { method: isNew ? 'POST' : 'PUT', body });
      location.hash = `#/admin/templates/${saved.id}`;
      if (!isNew) await templatePage({ id });
      flash('Template saved.');
    } catch (err) { showViolations(form, err); }
  } },
  field('Purpose', inputs.purpose), field('Name', inputs.name), field('Subject', inputs.subject), field('Body', inputs.body),
  h('label', { className: 'inline' }, inputs.active, ' Active (offered when emailing candidates)'),
  h('p', { className: 'muted small' }, 'Placeholders: ', Object.entries(placeholders).map(([k, v]) => h('span', { className: 'placeholder', title: v }, `{{${k}}} `))),
  h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Save'),
    isNew ? null : h('button', { type: 'button', className: 'secondary', onclick: async () => {
      try {
        const r = await api(`applications/${app.value}/email-preview`, { query: { templateId: id } });
        preview.replaceChildren(h('section', { className: 'card' }, h('h2', {}, 'Preview: ', r.subject), h('pre', { className: 'mail' }, r.text)));
      } catch (err) { flash(err.message, 'error'); }
    } }, 'Preview (saved version)'), isNew || !apps.length ? null : app,
    !isNew && t.sent === 0 ? h('button', { type: 'button', className: 'danger', onclick: async () => {
      if (!confirm('Delete this template?')) return;
      try { await api(`email-templates/${id}`, { method: 'DELETE' }); location.hash = '#/admin/templates'; } catch (err) { flash(err.message, 'error'); }
    } }, 'Delete') : null));
  mount(h('p', {}, h('a', { href: '#/admin/templates' }, '← Email templates')),
    h('h1', {}, isNew ? 'New email template' : t.name),
    isNew ? null : h('p', { className: 'muted' }, t.sent ? h('a', { href: `#/admin/outbox?templateId=${id}` }, `Sent ${count(t.sent, 'message')}`) : 'Not used yet'),
    form, preview);
}
