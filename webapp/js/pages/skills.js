// The skill taxonomy the resume parser reads: built-in entries and the ones admins added, with their aliases.
import { api, ApiError } from '../api.js';
import { h, mount, table, field, flash, badge, showViolations, problemText } from '../ui.js';

export async function skillsPage() {
  const terms = await api('skills');
  const name = h('input', { name: 'name', id: 'skill-name', required: true, maxlength: 120, autocomplete: 'off' });
  const aliases = h('input', { name: 'aliases', id: 'skill-aliases', maxlength: 1000, autocomplete: 'off',
    placeholder: 'e.g. Vertafore AMS360, AMS 360' });
  const form = h('form', { className: 'card', id: 'skill-form', onsubmit: async e => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const body = { name: name.value.trim(), aliases: aliases.value.split(',').map(x => x.trim()).filter(Boolean) };
    try {
      await api('skills', { method: 'POST', body });
      await skillsPage();
      flash(`Added ${body.name}. Resumes read from now on find it; earlier ones show it after they are parsed again.`);
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err);
      else flash(problemText(err), 'error');
    }
  } },
  h('h2', {}, 'Add a skill'),
  field('Name (as it should show on profiles)', name),
  field('Other spellings, separated by commas', aliases),
  h('p', { className: 'hint' }, 'Whole words match, in any case. Start a spelling with "=" to match its exact case only.'),
  h('div', { className: 'actions' }, h('button', { type: 'submit', id: 'add-skill' }, 'Add skill')));

  async function remove(term, button) {
    if (!confirm(`Remove ${term.name} from the taxonomy?`)) return;
    button.disabled = true;
    try {
      await api(`skills/${term.id}`, { method: 'DELETE' });
      await skillsPage();
      flash(`Removed ${term.name}.`);
    } catch (err) {
      button.disabled = false;
      flash(problemText(err), 'error');
    }
  }

  const added = terms.filter(t => !t.builtIn).length;
  mount(h('div', { className: 'page-head' }, h('h1', {}, 'Skills')),
    h('p', { className: 'muted' }, `${terms.length} skills the resume parser recognizes: ${terms.length - added} built in, ${added} added here.`),
    form,
    table([
      { label: 'Skill', key: 'name' },
      { label: 'Other spellings', render: t => t.aliases.filter(a => a !== `=${t.name}`).join(', ') || '—' },
      { label: 'Kind', render: t => (t.builtIn ? badge('built in') : badge('added', 'info')) },
      { label: '', render: t => (t.builtIn ? null : h('button', { type: 'button', className: 'link-button', dataset: { testid: 'remove-skill' },
        'aria-label': `Remove ${t.name}`, onclick: e => remove(t, e.currentTarget) }, 'Remove')) },
    ], terms));
}
