// Adjusting a requisition's stages: rename, reorder, add, remove (only empty ones), mark interviews.
import { api } from '../api.js';
import { h, flash, problemText } from '../ui.js';

const FIXED = ['APPLIED', 'OFFER', 'HIRED'];

export async function stagesEditor(requisitionId, done) {
  let stages = await api(`pipelines/${requisitionId}/stages`);
  const list = h('ol', { className: 'stages-editor' });
  function render() {
    list.replaceChildren(...stages.map((s, i) => h('li', {},
      h('input', { 'aria-label': `Name of stage ${i + 1}`, value: s.name, oninput: e => { s.name = e.target.value; } }),
      h('label', { className: 'inline' }, h('input', { type: 'checkbox', checked: s.interview, onchange: e => { s.interview = e.target.checked; } }), ' interview'),
      h('button', { type: 'button', className: 'secondary small-button', 'aria-label': `Move ${s.name} up`, disabled: i <= 1 || s.key === 'HIRED', onclick: () => swap(i, i - 1) }, '↑'),
      h('button', { type: 'button', className: 'secondary small-button', 'aria-label': `Move ${s.name} down`, disabled: i === 0 || i >= stages.length - 2, onclick: () => swap(i, i + 1) }, '↓'),
      FIXED.includes(s.key) ? null : h('button', { type: 'button', className: 'secondary small-button', onclick: () => { stages.splice(i, 1); render(); } }, 'Remove'))));
  }
  function swap(i, j) { [stages[i], stages[j]] = [stages[j], stages[i]]; render(); }
  render();
  const add = h('button', { type: 'button', className: 'secondary', onclick: () => { stages.splice(stages.length - 1, 0, { key: null, name: 'New stage', interview: true }); render(); } }, 'Add a stage');
  const save = h('button', { type: 'button', onclick: async () => {
    try {
      stages = await api(`pipelines/${requisitionId}/stages`, { method: 'PUT', body: stages });
      flash('Stages saved.');
      done();
    } catch (e) { flash(problemText(e), 'error'); }
  } }, 'Save stages');
  return h('details', { className: 'card', id: 'stages-editor' }, h('summary', {}, 'Adjust stages'),
    h('p', { className: 'muted small' }, 'Applied stays first and Hired last; Offer stays. A stage that holds applications cannot be removed.'),
    list, h('div', { className: 'actions' }, add, save));
}
