// Review of a possible duplicate: both records side by side, then merge or "not the same person".
import { api } from '../api.js';
import { h, badge, when, problemText, count } from '../ui.js';
import { stageBadge, sourceLabel, place } from './candidates.js';
import { phoneText, same } from './candidate-fields.js';

export async function duplicateCard(d, rerender) {
  const otherId = d.summary.possibleDuplicateOf;
  if (!otherId) return null;
  const id = d.summary.id;
  const card = h('section', { className: 'card duplicate-review', id: 'duplicate-review', 'aria-labelledby': 'duplicate-heading' });
  const heading = h('h2', { id: 'duplicate-heading' }, 'Possible duplicate: is this the same person?');
  let other;
  try {
    other = await api(`candidates/${otherId}`);
  } catch (err) {
    card.append(heading, h('p', { className: 'problem' }, `Candidate ${otherId} could not be loaded: ${problemText(err)}`));
    return card;
  }
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true, id: 'duplicate-error' });
  const panel = h('div', { id: 'merge-panel' });
  const fail = err => { problem.replaceChildren(h('strong', {}, 'That did not work: '), problemText(err)); problem.hidden = false; };

  const apps = x => (x.applications.length === 0 ? h('span', { className: 'muted' }, 'none (talent pool)') :
    h('ul', { className: 'plain' }, x.applications.map(a => h('li', {}, a.requisition, ' ', stageBadge(a.stage), a.knockedOut ? [' ', badge('knocked out', 'bad')] : null))));
  const rows = [
    ['Record', x => h('a', { href: `#/candidates/${x.summary.id}` }, `Candidate ${x.summary.id}`), null],
    ['Name', x => x.summary.name || '—', (a, b) => same(a.summary.name, b.summary.name)],
    ['Emails', x => (x.emails.length ? h('ul', { className: 'plain' }, x.emails.map(e => h('li', {}, e))) : '—'),
      (a, b) => a.emails.some(e => b.emails.some(f => same(e, f)))],
    ['Phones', x => (x.phones.length ? h('ul', { className: 'plain' }, x.phones.map(p => h('li', {}, phoneText(p)))) : '—'),
      (a, b) => a.phones.some(p => b.phones.includes(p))],
    ['Location', x => place(x.summary.city, x.summary.region), (a, b) => same(place(a.summary.city, a.summary.region), place(b.summary.city, b.summary.region))],
    ['Source', x => sourceLabel(x.summary.source), null],
    ['Applications', apps, null],
    ['Documents', x => (x.documents.length ? x.documents.map(doc => doc.fileName).join(', ') : '—'), null],
    ['Updated', x => when(x.summary.updatedAt), null],
  ];
  const compare = h('div', { className: 'table-wrap' }, h('table', { className: 'compare', id: 'duplicate-compare' },
    h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, 'This record'), h('th', { scope: 'col' }, 'Possible duplicate'))),
    h('tbody', {}, rows.map(([label, render, match]) => {
      const equal = match ? match(d, other) : false;
      return h('tr', { className: equal ? 'same' : '' },
        h('th', { scope: 'row' }, label, equal ? [' ', badge('same', 'ok')] : null),
        h('td', {}, render(d)), h('td', {}, render(other)));
    }))));

  const mergeButton = h('button', { type: 'button', id: 'merge-open', dataset: { testid: 'merge' } }, 'Merge into this record…');
  const notDuplicate = h('button', { type: 'button', className: 'secondary', id: 'not-duplicate', dataset: { testid: 'not-duplicate' } }, 'Not the same person');
  mergeButton.addEventListener('click', () => {
    problem.hidden = true;
    const confirm = h('button', { type: 'button', className: 'danger', id: 'merge-confirm', dataset: { testid: 'confirm-merge' } }, 'Yes, merge them');
    const close = () => { panel.replaceChildren(); mergeButton.focus(); };
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      try {
        const merged = await api(`candidates/${id}/merge/${otherId}`, { method: 'POST' });
        rerender(merged, `Merged candidate ${otherId} (${other.summary.name || 'no name'}) into this record.`);
      } catch (err) {
        confirm.disabled = false;
        fail(err);
      }
    });
    panel.replaceChildren(h('div', { className: 'card action-form', role: 'group', 'aria-labelledby': 'merge-question', onkeydown: e => { if (e.key === 'Escape') close(); } },
      h('p', { id: 'merge-question' }, h('strong', {}, `Merge candidate ${otherId} (${other.summary.name || 'no name'}) into this record?`)),
      h('p', {}, `Their ${count(other.applications.length, 'application')}, ${count(other.documents.length, 'document')} and timeline move here, and their emails and phones are added here. `,
        `Candidate ${otherId} stays only as history, marked merged. The merge is recorded in the audit log.`),
      h('div', { className: 'actions' }, confirm, h('button', { type: 'button', className: 'secondary', onclick: close }, 'Never mind'))));
    confirm.focus();
  });
  notDuplicate.addEventListener('click', async () => {
    notDuplicate.disabled = true;
    try {
      const updated = await api(`candidates/${id}/not-duplicate/${otherId}`, { method: 'POST' });
      rerender(updated, `Marked as a different person than candidate ${otherId}; they will not be flagged again.`);
    } catch (err) {
      notDuplicate.disabled = false;
      fail(err);
    }
  });
  card.append(heading,
    h('p', {}, `When this record was filed, candidate ${otherId} looked like the same person (a similar name with a similar email or phone). Compare them:`),
    compare, problem, h('div', { className: 'actions', role: 'group', 'aria-label': 'Duplicate decision' }, mergeButton, notDuplicate), panel);
  return card;
}

