// Recruiting sources: where people come from (job boards, referrals, agencies and BPO vendors, job fairs),
// what each costs, and the careers link that attributes applicants to it. Admins keep them; recruiters read
// them to hand out the links.
import { api, ApiError } from '../api.js';
import { h, mount, table, field, flash, badge, showViolations, problemText, isoDay } from '../ui.js';
import { formatDate } from '../careers/states.js';
import { hasRole } from '../app.js';

export const KINDS = { JOB_BOARD: 'Job board', REFERRAL: 'Referral', AGENCY: 'Agency', BPO_VENDOR: 'BPO vendor',
  JOB_FAIR: 'Job fair', SOCIAL_MEDIA: 'Social media', OTHER: 'Other' };
const MODELS = { NONE: 'No cost', PER_MONTH: 'Per month', PER_HIRE: 'Per hire', PER_APPLICANT: 'Per applicant' };
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const cost = s => (s.costModel === 'NONE' ? 'No cost' : `${usd.format(s.costAmount)} ${MODELS[s.costModel].toLowerCase()}`);
const link = s => new URL(s.careersLink, location.origin).href;

export async function sourcesPage() {
  const sources = await api('sources');
  const admin = hasRole('ADMIN');
  let editing = null;

  const select = (name, options, label) => field(label, h('select', { name, id: `source-${name}`, required: true },
    Object.entries(options).map(([v, text]) => h('option', { value: v }, text))));
  const form = h('form', { className: 'card', id: 'source-form', hidden: !admin, onsubmit: async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const f = new FormData(form);
    const body = { name: f.get('name').trim(), code: f.get('code').trim() || null, kind: f.get('kind'), costModel: f.get('costModel'),
      costAmount: f.get('costModel') === 'NONE' ? null : Number(f.get('costAmount')), costSince: f.get('costSince') || null,
      active: f.get('active') === 'on', version: editing ? editing.version : null };
    try {
      const saved = await api(editing ? `sources/${editing.id}` : 'sources', { method: editing ? 'PUT' : 'POST', body });
      await sourcesPage();
      flash(`${editing ? 'Saved' : 'Added'} ${saved.name}. Its careers link: ${link(saved)}`);
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err);
      else flash(problemText(err), 'error');
    }
  } },
  h('h2', { id: 'source-form-heading' }, 'Add a source'),
  h('div', { className: 'grid' },
    field('Name', h('input', { name: 'name', id: 'source-name', required: true, maxlength: 120, autocomplete: 'off' })),
    field('Code in the careers link (blank: made from the name)', h('input', { name: 'code', id: 'source-code', maxlength: 40,
      pattern: '[a-z0-9][a-z0-9\\-]*', autocomplete: 'off', placeholder: 'e.g. indeed' })),
    select('kind', KINDS, 'Kind'),
    select('costModel', MODELS, 'Cost model'),
    field('Amount (USD)', h('input', { name: 'costAmount', id: 'source-costAmount', type: 'number', min: '0.01', step: '0.01', max: '9999999.99' })),
    field('Costs since', h('input', { name: 'costSince', id: 'source-costSince', type: 'date', value: isoDay() }))),
  h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'active', id: 'source-active', checked: true }), ' Active (clear it to retire: its links attribute nobody, a monthly fee stops)'),
  h('div', { className: 'actions' }, h('button', { type: 'submit', id: 'save-source' }, 'Add source'),
    h('button', { type: 'button', className: 'secondary', id: 'cancel-edit', hidden: true, onclick: () => sourcesPage() }, 'Cancel')));

  function edit(s) {
    editing = s;
    for (const [k, v] of Object.entries({ name: s.name, code: s.code, kind: s.kind, costModel: s.costModel,
      costAmount: s.costModel === 'NONE' ? '' : s.costAmount, costSince: s.costSince })) form.elements[k].value = v ?? '';
    form.elements.active.checked = s.active;
    form.querySelector('#source-form-heading').textContent = `Edit ${s.name}`;
    form.querySelector('#save-source').textContent = 'Save source';
    form.querySelector('#cancel-edit').hidden = false;
    form.elements.name.focus();
  }

  mount(h('div', { className: 'page-head' }, h('h1', {}, 'Recruiting sources')),
    h('p', { className: 'muted' }, 'Where applicants come from and what each source costs. Applicants who follow a careers link ',
      h('code', {}, '?source=code'), ' are attributed to its source; an upload can name one; a recruiter can change it on the candidate. ',
      'The Source effectiveness report compares them.'),
    admin ? form : null,
    table([
      { label: 'Source', render: s => h('span', {}, s.name, ' ', s.active ? null : badge(`retired ${formatDate(s.retiredOn)}`)) },
      { label: 'Kind', render: s => KINDS[s.kind] },
      { label: 'Cost', render: cost },
      { label: 'Since', render: s => formatDate(s.costSince) },
      { label: 'Careers link', render: s => (s.active ? h('code', { className: 'wrap' }, link(s)) : '—') },
      { label: '', render: s => (admin ? h('button', { type: 'button', className: 'link-button', dataset: { testid: 'edit-source' },
        'aria-label': `Edit ${s.name}`, onclick: () => edit(s) }, 'Edit') : null) },
    ], sources, { empty: 'No sources yet.', label: 'Recruiting sources' }));
}
