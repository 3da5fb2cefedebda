// Candidate search for recruiters: full text plus filters, ranked by relevance. The filters live in the
// hash query (#/candidates?q=five9&state=TX) so a search can be linked, saved and re-run.
import { api } from '../api.js';
import { h, mount as mountAll, table, pager, totalText, field, flash, badge, when, problemText, present } from '../ui.js';
import { STATE_CODES, US_STATES } from '../careers/states.js';
import { STATUSES } from './requisition-status.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

// ---------- Shared with the profile and upload pages ----------

export const STAGES = {
  APPLIED: 'Applied', SCREEN: 'Screen', PHONE_INTERVIEW: 'Phone interview', MOCK_SALES_CALL: 'Mock sales call',
  MANAGER_INTERVIEW: 'Manager interview', OFFER: 'Offer', HIRED: 'Hired', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn',
};
const STAGE_KIND = { OFFER: 'info', HIRED: 'ok', REJECTED: 'bad', WITHDRAWN: 'draft' };

export const SOURCES = {
  CAREERS_PAGE: 'Careers page', UPLOAD: 'Uploaded for a requisition', TALENT_POOL_UPLOAD: 'Talent pool upload',
};

// The parser's canonical names (languages.txt, skills.txt): suggestions only, any text may be typed.
const LANGUAGES = ['Spanish', 'French', 'Haitian Creole', 'Portuguese', 'Vietnamese', 'Mandarin', 'Cantonese', 'Tagalog',
  'Korean', 'Arabic', 'Russian', 'Hmong', 'Somali', 'Polish', 'German', 'Italian', 'Hindi', 'Urdu', 'American Sign Language'];
const SKILLS = ['Five9', 'Genesys Cloud', 'NICE CXone', 'Avaya', 'Talkdesk', 'RingCentral', 'Amazon Connect', 'Salesforce',
  'HubSpot', 'Zendesk', 'Microsoft Dynamics', 'EZLynx', 'Applied Epic', 'Vertafore AMS360', 'QQCatalyst', 'HawkSoft',
  'Guidewire PolicyCenter', 'Duck Creek', 'ITC TurboRater', 'Comparative rater', 'Microsoft Excel', 'Microsoft Office',
  'Typing speed', 'TCPA compliance', 'Do-not-call compliance'];

export function stageBadge(stage) {
  const el = badge(STAGES[stage] || String(stage || '').toLowerCase(), STAGE_KIND[stage] || '');
  el.dataset.stage = stage;
  return el;
}

export const sourceLabel = source => SOURCES[source] || (source ? source.charAt(0) + source.slice(1).toLowerCase().replace(/_/g, ' ') : '—');

// 27 → "2 yr 3 mo"; null → "—".
export function months(value) {
  if (value === null || value === undefined) return '—';
  const years = Math.floor(value / 12);
  const rest = value % 12;
  if (years === 0) return `${rest} mo`;
  return rest === 0 ? `${years} yr` : `${years} yr ${rest} mo`;
}

export function place(city, region) {
  return [city, region].filter(Boolean).join(', ') || '—';
}

export function listText(values, limit) {
  if (!values || values.length === 0) return '—';
  if (!limit || values.length <= limit) return values.join(', ');
  return `${values.slice(0, limit).join(', ')} +${values.length - limit} more`;
}

// The search the recruiter came from, so the profile can lead back to it.
export let lastSearch = '#/candidates';

// The requisitions for pickers; a requisition the caller may not list still shows by its id.
export async function requisitionOptions(selectedId) {
  const page = await api('requisitions', { query: { size: 200 } }).catch(() => ({ items: [] }));
  const items = page.items.map(r => ({ id: String(r.id), title: r.title, status: r.status }));
  if (selectedId && !items.some(r => r.id === String(selectedId))) items.unshift({ id: String(selectedId), title: `Requisition ${selectedId}`, status: null });
  return items;
}

export const requisitionLabel = r => `${r.title}${r.status ? ` (${(STATUSES[r.status] || [r.status.toLowerCase()])[0]})` : ''}`;

// ---------- Search ----------

const FILTERS = ['q', 'requisitionId', 'stage', 'state', 'language', 'minExperienceMonths', 'skill', 'source', 'appliedFrom',
  'appliedTo', 'duplicates'];

function queryString(state, withPage) {
  const q = new URLSearchParams();
  for (const key of FILTERS) {
    const value = state[key];
    if (key === 'duplicates') { if (value) q.set(key, 'true'); continue; }
    if (value !== '' && value !== null && value !== undefined) q.set(key, String(value).trim());
  }
  if (withPage && state.page > 0) q.set('page', state.page);
  return q.toString();
}

export async function candidatesPage(params, query) {
  const state = Object.fromEntries(FILTERS.map(k => [k, query.get(k) || '']));
  state.duplicates = query.get('duplicates') === 'true';
  state.page = Math.max(0, Number(query.get('page')) || 0);

  const [requisitions, saved] = await Promise.all([
    requisitionOptions(state.requisitionId),
    api('saved-searches').catch(() => []),
  ]);

  const select = (name, id, options, value) => h('select', { name, id },
    options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value) }, label)));
  const datalist = (id, values) => h('datalist', { id }, values.map(v => h('option', { value: v })));
  const inputs = {
    q: h('input', { name: 'q', id: 'candidate-q', type: 'search', value: state.q, autocomplete: 'off',
      placeholder: 'Name, employer, tool, city… (words in the resume)', 'aria-describedby': 'candidate-q-hint' }),
    requisitionId: select('requisitionId', 'filter-requisition', [['', 'Any requisition'], ...requisitions.map(r => [r.id, requisitionLabel(r)])], state.requisitionId),
    stage: select('stage', 'filter-stage', [['', 'Any stage'], ...Object.entries(STAGES)], state.stage),
    state: select('state', 'filter-state', [['', 'Any state'], ...STATE_CODES.map(c => [c, `${c} — ${US_STATES[c]}`])], state.state),
    language: h('input', { name: 'language', id: 'filter-language', list: 'language-options', value: state.language, autocomplete: 'off', placeholder: 'e.g. Spanish' }),
    minExperienceMonths: h('input', { name: 'minExperienceMonths', id: 'filter-min-experience', type: 'number', min: 0, max: 600, step: 1,
      value: state.minExperienceMonths, inputmode: 'numeric', placeholder: 'e.g. 12' }),
    skill: h('input', { name: 'skill', id: 'filter-skill', list: 'skill-options', value: state.skill, autocomplete: 'off', placeholder: 'e.g. Five9' }),
    source: select('source', 'filter-source', [['', 'Any source'], ...Object.entries(SOURCES)], state.source),
    appliedFrom: h('input', { name: 'appliedFrom', id: 'filter-applied-from', type: 'date', value: state.appliedFrom }),
    appliedTo: h('input', { name: 'appliedTo', id: 'filter-applied-to', type: 'date', value: state.appliedTo }),
    duplicates: h('input', { name: 'duplicates', id: 'filter-duplicates', type: 'checkbox', checked: state.duplicates }),
  };

  const count = h('p', { id: 'candidate-count', className: 'muted', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: 'candidate-results' });
  const savedBox = h('section', { className: 'saved-searches', id: 'saved-searches', 'aria-labelledby': 'saved-heading' });
  const savePanel = h('div', { id: 'save-search-panel' });

  // A new search is a new history entry (Back returns to the previous one); the first load only tidies the address.
  let first = true;
  function remember() {
    const text = queryString(state, true);
    const hash = `#/candidates${text ? `?${text}` : ''}`;
    lastSearch = hash;
    if (location.hash !== hash) history[first ? 'replaceState' : 'pushState'](null, '', hash);
    first = false;
  }

  let latest = 0;
  async function load() {
    const mine = ++latest;
    remember();
    results.setAttribute('aria-busy', 'true');
    count.textContent = 'Searching…';
    const query = { ...Object.fromEntries(FILTERS.map(k => [k, state[k]])), duplicates: state.duplicates ? 'true' : '', page: state.page };
    let page;
    try {
      page = await api('candidates', { query });
    } finally {
      if (mine === latest) results.removeAttribute('aria-busy');
    }
    if (mine !== latest) return; // a newer search answered meanwhile
    const one = page.totalItems === 1;
    count.textContent = page.totalItems === 0 ? 'No candidates match.'
      : page.totalCapped ? `More than ${totalText({ totalItems: page.totalItems })} candidates match. Add words or filters to narrow the search.`
        : `${totalText(page)} candidate${one ? '' : 's'} match${one ? 'es' : ''}.`;
    results.replaceChildren(table([
      { label: 'Name', render: c => h('div', { className: 'candidate-name' },
        h('a', { href: `#/candidates/${c.id}`, dataset: { testid: 'candidate-link', id: c.id } }, c.name || `Candidate ${c.id}`),
        c.possibleDuplicateOf ? [' ', badge('possible duplicate', 'warn')] : null,
        c.email ? h('span', { className: 'muted small candidate-email' }, c.email) : null) },
      { label: 'Location', render: c => place(c.city, c.region) },
      { label: 'Licensed in', render: c => listText(c.licensedStates) },
      { label: 'Languages', render: c => listText(c.languages) },
      { label: 'Experience', render: c => months(c.experienceMonths) },
      { label: 'Contact center', render: c => (c.contactCenterMonths == null ? '—' : `${c.contactCenterMonths} mo`) },
      { label: 'Skills', render: c => listText(c.skills, 3) },
      { label: 'Updated', render: c => h('span', { className: 'nowrap-date' }, when(c.updatedAt)) },
    ], page.items, { onRowClick: c => { location.hash = `#/candidates/${c.id}`; } }),
    pager(page, p => { state.page = p; reload(); }));
  }
  const showError = err => {
    count.textContent = '';
    results.replaceChildren(h('p', { className: 'problem', id: 'candidate-search-error', role: 'alert' }, h('strong', {}, 'The search did not work: '), problemText(err)));
  };
  const reload = () => load().catch(showError);

  function readInputs() {
    for (const [key, input] of Object.entries(inputs)) state[key] = input.type === 'checkbox' ? input.checked : input.value.trim();
    state.page = 0;
  }

  const form = h('form', { className: 'candidate-search', id: 'candidate-search', role: 'search', onsubmit: e => {
    e.preventDefault();
    readInputs();
    savePanel.replaceChildren();
    reload();
  } },
  h('div', { className: 'search-row' },
    h('label', { for: 'candidate-q', className: 'search-box' }, 'Search candidates', inputs.q,
      h('span', { className: 'hint', id: 'candidate-q-hint' }, 'Every word must appear in the name or the resume text.')),
    h('button', { type: 'submit', id: 'candidate-search-submit' }, 'Search')),
  h('fieldset', { className: 'filter-grid' }, h('legend', {}, 'Filters'),
    field('Requisition', inputs.requisitionId), field('Stage', inputs.stage), field('Licensed in', inputs.state),
    field('Language', inputs.language), field('Skill', inputs.skill),
    h('label', { for: 'filter-min-experience' }, 'Min. experience (months)', inputs.minExperienceMonths),
    field('Source', inputs.source), field('Applied from', inputs.appliedFrom), field('Applied to', inputs.appliedTo),
    h('label', { className: 'inline duplicates-only', for: 'filter-duplicates' }, inputs.duplicates, 'Possible duplicates only')),
  datalist('language-options', LANGUAGES), datalist('skill-options', SKILLS),
  h('div', { className: 'actions' },
    h('button', { type: 'button', className: 'secondary', id: 'candidate-clear', onclick: () => {
      for (const input of Object.values(inputs)) { if (input.type === 'checkbox') input.checked = false; else input.value = ''; }
      readInputs();
      savePanel.replaceChildren();
      reload();
    } }, 'Clear'),
    h('button', { type: 'button', className: 'secondary', id: 'save-search', onclick: e => openSave(e.currentTarget) }, 'Save this search…')),
  savePanel);

  function openSave(opener) {
    readInputs();
    const text = queryString(state, false);
    const input = h('input', { id: 'saved-search-name', name: 'name', required: true, maxlength: 200, autocomplete: 'off',
      value: suggestName(state, requisitions) });
    const close = () => { savePanel.replaceChildren(); opener.focus(); };
    const panel = h('form', { className: 'inline-form card save-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      const name = input.value.trim();
      if (!name) { input.setAttribute('aria-invalid', 'true'); input.focus(); return; }
      try {
        const created = await api('saved-searches', { method: 'POST', body: { name, query: text } });
        saved.push(created);
        saved.sort((a, b) => a.name.localeCompare(b.name));
        renderSaved();
        savePanel.replaceChildren();
        flash(`Saved the search “${created.name}”.`);
      } catch (err) {
        flash(problemText(err), 'error');
      }
    }, onkeydown: e => { if (e.key === 'Escape') close(); } },
    h('label', { for: 'saved-search-name' }, 'Name of the saved search', input,
      h('span', { className: 'hint' }, text ? `Saves: ${text}` : 'Saves the search without filters (everyone).')),
    h('button', { type: 'submit', id: 'save-search-confirm' }, 'Save'),
    h('button', { type: 'button', className: 'secondary', onclick: close }, 'Never mind'));
    savePanel.replaceChildren(panel);
    input.focus();
    input.select();
  }

  function renderSaved() {
    savedBox.replaceChildren(...present([h('h2', { id: 'saved-heading', className: 'small-heading' }, 'Saved searches'),
      saved.length === 0 ? h('p', { className: 'muted small' }, 'None yet. Search, then “Save this search…”.') :
        h('ul', { className: 'saved-list' }, saved.map(s => h('li', { dataset: { testid: 'saved-search' } },
          h('a', { href: `#/candidates${s.query ? `?${s.query}` : ''}`, title: s.query || 'all candidates' }, s.name),
          h('button', { type: 'button', className: 'link-button', 'aria-label': `Delete saved search ${s.name}`, onclick: async () => {
            try {
              await api(`saved-searches/${s.id}`, { method: 'DELETE' });
              saved.splice(saved.indexOf(s), 1);
              renderSaved();
              flash(`Deleted the saved search “${s.name}”.`);
            } catch (err) {
              flash(problemText(err), 'error');
            }
          } }, '×'))))]));
  }
  renderSaved();

  const requisition = requisitions.find(r => r.id === String(state.requisitionId));
  mount(
    h('div', { className: 'page-head' },
      h('h1', {}, requisition ? `Applicants: ${requisition.title}` : 'Candidates'),
      h('div', { className: 'actions' },
        requisition ? h('a', { className: 'button secondary', href: `#/requisitions/${requisition.id}` }, 'Open the requisition') : null,
        h('a', { className: 'button', id: 'upload-resumes', href: `#/uploads${state.requisitionId ? `?requisitionId=${encodeURIComponent(state.requisitionId)}` : ''}` }, 'Upload resumes'))),
    form, savedBox, count, results);
  await load().catch(err => { if (err.status === 401) throw err; showError(err); });
}

function suggestName(state, requisitions) {
  const parts = [];
  if (state.q) parts.push(state.q);
  const r = requisitions.find(x => x.id === String(state.requisitionId));
  if (r) parts.push(r.title);
  if (state.stage) parts.push(STAGES[state.stage] || state.stage);
  if (state.state) parts.push(`licensed in ${state.state}`);
  if (state.language) parts.push(state.language);
  if (state.skill) parts.push(state.skill);
  if (state.minExperienceMonths) parts.push(`${months(Number(state.minExperienceMonths))}+`);
  if (state.source) parts.push(sourceLabel(state.source));
  if (state.duplicates) parts.push('possible duplicates');
  return parts.join(' · ').slice(0, 200);
}
