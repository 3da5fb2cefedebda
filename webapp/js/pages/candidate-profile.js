// The profile card: each field with where its value came from, the correction form, and undoing one correction.
import { api, ApiError } from '../api.js';
import { h, flash, badge, showViolations, when, problemText, present } from '../ui.js';
import { STATE_CODES } from '../careers/states.js';
import { FIELDS, isSet, valueText, same, sameList, sourceHints, phoneText, e164 } from './candidate-fields.js';

// Who corrected the field and when (corrections older than these notes have none), and what an undo brings back.
function correctionNotes(f, d, value) {
  const note = d.correctionNotes?.[f.key];
  const by = note ? `corrected by ${note.byName || note.by}, ${when(note.at)}` : 'corrected earlier (who and when were not kept then)';
  const back = note && isSet(note.restores) && !same(note.restores, value)
    ? `; undo brings back ${valueText(f, note.restores)}` : '';
  return h('span', { className: 'hint correction-note', id: `field-${f.key}-note` }, by, back);
}

function fieldRow(f, d, undo) {
  const p = d.parsed;
  const value = f.current(d);
  const corrected = isSet(d.corrections?.[f.key]);
  const parsedValue = p ? f.parsed(p) : undefined;
  const fromParser = p && !corrected && (f.list ? sameList(parsedValue, value) && value.length > 0 : isSet(parsedValue) && same(parsedValue, value));
  const notes = [];
  if (corrected) notes.push(correctionNotes(f, d, value));
  if (corrected && p) notes.push(h('span', { className: 'hint' }, `parser read: ${valueText(f, parsedValue)}`));
  if (p && (fromParser || corrected) && f.sources) notes.push(sourceHints(f.sources(p, f.list ? (corrected ? parsedValue : value) : parsedValue) || []));
  if (p && fromParser && f.derived) notes.push(h('span', { className: 'hint' }, f.derived));
  // the parser's own doubt about a value it read (nothing to check once someone corrected it)
  const doubt = p && !corrected && isSet(value) ? p.confidence?.[f.key] : null;
  const checkThis = doubt && doubt.level === 'low';
  if (checkThis) notes.push(h('span', { className: 'hint check-reason', id: `field-${f.key}-doubt` }, `check this: ${doubt.reason}`));
  const also = f.also ? f.also(d) : [];
  return [
    h('dt', { id: `field-${f.key}-label` }, f.label),
    h('dd', { dataset: { field: f.key, corrected: corrected ? 'true' : 'false' } },
      h('div', { className: 'field-line' },
        h('span', { className: 'field-value', id: `field-${f.key}` }, valueText(f, value)),
        corrected ? badge('corrected', 'info') : fromParser ? badge('as parsed') : null,
        checkThis ? h('span', { className: 'badge warn', dataset: { testid: 'check-this', field: f.key } }, 'check this') : null,
        corrected ? h('button', { type: 'button', className: 'link-button undo-correction edit-control', dataset: { testid: 'undo-correction', field: f.key },
          'aria-label': `Undo correction of ${f.label}`, 'aria-describedby': `field-${f.key}-note`, onclick: e => undo(f, e.currentTarget) }, 'Undo correction') : null),
      also.length ? h('span', { className: 'hint' }, `also: ${also.join(', ')}`) : null,
      notes.filter(Boolean)),
  ];
}

// A 409: someone else changed the profile; say so and offer to reload.
function stale(problem, reload) {
  problem.replaceChildren(h('strong', {}, 'Someone changed this profile since you opened it. '),
    'Reload to see the latest values, then try again. ',
    h('button', { type: 'button', className: 'secondary small-button', onclick: reload }, 'Reload'));
  problem.hidden = false;
}

export function profileCard(d, rerender, reload) {
  const body = h('div', { id: 'profile-fields' });
  const undoProblem = h('div', { className: 'problem', role: 'alert', hidden: true, id: 'undo-error' });

  async function undo(f, button) {
    button.disabled = true;
    undoProblem.hidden = true;
    try {
      const updated = await api(`candidates/${d.summary.id}/corrections/${f.key}`, { method: 'DELETE', query: { version: d.version } });
      rerender(updated, `Undid the correction of ${f.label.toLowerCase()}: it shows ${d.parsed ? 'the value read from the resume' : 'the value given before'} again.`);
    } catch (err) {
      button.disabled = false;
      if (err instanceof ApiError && err.status === 409) stale(undoProblem, reload);
      else { undoProblem.replaceChildren(problemText(err)); undoProblem.hidden = false; }
    }
  }
  const edit = h('button', { type: 'button', className: 'secondary small-button edit-control', id: 'correct-fields', 'aria-expanded': 'false' }, 'Correct fields…');

  function show() {
    edit.hidden = false;
    edit.setAttribute('aria-expanded', 'false');
    body.replaceChildren(...present([undoProblem, h('dl', { className: 'facts profile-facts' }, FIELDS.map(f => fieldRow(f, d, undo))),
      d.parsed ? null : h('p', { className: 'hint' }, 'No resume has been parsed for this person yet; these are the values from the application form.')].filter(Boolean)));
  }

  function editForm() {
    edit.hidden = true;
    edit.setAttribute('aria-expanded', 'true');
    const inputs = {};
    const rows = FIELDS.map(f => {
      const value = f.current(d);
      const id = `correct-${f.key}`;
      const text = f.list ? (value || []).join(', ') : !isSet(value) ? '' : f.key === 'phone' ? phoneText(value) : String(value);
      const input = h('input', { id, name: f.key, value: text, ...f.input });
      inputs[f.key] = input;
      const corrected = isSet(d.corrections?.[f.key]);
      const parsedValue = d.parsed ? f.parsed(d.parsed) : undefined;
      return h('label', { for: id }, f.label, input,
        h('span', { className: 'hint' },
          corrected ? 'Corrected before. ' : '',
          d.parsed ? `Parser read: ${valueText(f, parsedValue)}` : 'Not parsed yet.',
          f.list ? ' · separate with commas' : ''));
    });
    const problem = h('div', { className: 'problem', role: 'alert', hidden: true, id: 'correction-error' });
    const save = h('button', { type: 'submit', id: 'save-corrections' }, 'Save corrections');
    const form = h('form', { className: 'correction-form', id: 'correction-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      problem.hidden = true;
      form.querySelectorAll('.field-error').forEach(x => x.remove());
      form.querySelectorAll('[aria-invalid]').forEach(x => x.removeAttribute('aria-invalid'));
      const changes = {};
      const invalid = [];
      for (const f of FIELDS) {
        const raw = inputs[f.key].value.trim();
        const current = f.current(d);
        if (f.list) {
          let values = raw.split(',').map(x => x.trim()).filter(Boolean);
          if (f.states) values = values.map(x => x.toUpperCase());
          values = [...new Set(values)];
          if (f.states && values.some(x => !STATE_CODES.includes(x))) { invalid.push([f.key, 'use two-letter state codes such as NE, IA']); continue; }
          if (!sameList(values, current || [])) changes[f.key] = values;
        } else if (f.number) {
          if (raw === '') { if (isSet(current)) invalid.push([f.key, 'enter a number of months (0 if none)']); continue; }
          const n = Number(raw);
          if (!Number.isInteger(n) || n < 0) { invalid.push([f.key, 'must be a whole number of months']); continue; }
          if (n !== current) changes[f.key] = n;
        } else {
          if (raw === '') { if (isSet(current) && current !== '') invalid.push([f.key, 'cannot be emptied; correct it instead']); continue; }
          let value = raw;
          if (f.key === 'phone') value = e164(raw);
          if ((f.key === 'region' || f.key === 'country') && /^[a-z]{2}$/i.test(raw)) value = raw.toUpperCase();
          if (f.key === 'email' && !inputs.email.checkValidity()) { invalid.push([f.key, 'is not an email address']); continue; }
          if (value !== current) changes[f.key] = value;
        }
      }
      if (invalid.length) {
        for (const [key, message] of invalid) {
          const input = inputs[key];
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', `${key}-error`);
          input.closest('label').append(h('span', { className: 'field-error', id: `${key}-error` }, message));
        }
        inputs[invalid[0][0]].focus();
        return;
      }
      if (Object.keys(changes).length === 0) { flash('Nothing changed.'); show(); edit.focus(); return; }
      save.disabled = true;
      try {
        const updated = await api(`candidates/${d.summary.id}/corrections`, { method: 'PUT', body: { corrections: changes, version: d.version } });
        const labels = FIELDS.filter(f => f.key in changes).map(f => f.label.toLowerCase());
        rerender(updated, `Corrected ${labels.join(', ')}. Corrections stay when the resume is parsed again.`);
      } catch (err) {
        save.disabled = false;
        if (err instanceof ApiError && err.status === 409) {
          stale(problem, reload);
        } else if (err instanceof ApiError && err.violations.length) {
          showViolations(form, err);
        } else {
          problem.replaceChildren(problemText(err));
          problem.hidden = false;
        }
      }
    }, onkeydown: e => { if (e.key === 'Escape') { show(); edit.focus(); } } },
    h('p', { className: 'hint' }, 'Only the fields you change are saved as corrections. A corrected field keeps your value even when the resume is parsed again.'),
    problem,
    h('div', { className: 'form-grid' }, rows),
    h('div', { className: 'actions' }, save,
      h('button', { type: 'button', className: 'secondary', onclick: () => { show(); edit.focus(); } }, 'Cancel')));
    body.replaceChildren(form);
    inputs.name.focus();
  }

  edit.addEventListener('click', editForm);
  show();
  return h('section', { className: 'card', id: 'profile', 'aria-labelledby': 'profile-heading' },
    h('div', { className: 'page-head' }, h('h2', { id: 'profile-heading' }, 'Profile'), edit), body);
}

