// The pipeline board of a requisition: a column per stage, cards moved by drag and drop or with the
// "Move to" control on each card (keyboard and screen-reader friendly).
import { api } from '../api.js';
import { h, mount, flash, badge, problemText } from '../ui.js';
import { hasRole } from '../app.js';
import { scoreBadge, moveTo, CLOSED, factsLine } from './pipeline-common.js';
import { stagesEditor } from './stages-editor.js';

export async function boardPage({ id }) {
  const board = await api(`pipelines/${id}`);
  const targets = [...board.columns.map(c => ({ key: c.key, name: c.name })), ...CLOSED];

  async function move(card, to) {
    let reason = null;
    if (to === 'REJECTED' || to === 'WITHDRAWN') {
      reason = await askReason(`Why is ${card.name} ${to === 'REJECTED' ? 'rejected' : 'withdrawn'}?`);
      if (!reason) return;
    }
    try {
      await moveTo(card.id, to, reason, card.version);
      flash(`${card.name} moved to ${targets.find(t => t.key === to).name}.`);
    } catch (e) {
      flash(problemText(e), 'error');
    }
    await boardPage({ id });
  }

  // the card being dragged: set when a drag starts on it, so a drop moves exactly that card
  let dragged = null;

  function cardOf(c) {
    // the move control offers the next stage first, so one click never moves anyone backwards
    const at = targets.findIndex(t => t.key === c.stage);
    const next = targets[at + 1] && !CLOSED.some(x => x.key === targets[at + 1].key) ? targets[at + 1].key : null;
    const select = h('select', { 'aria-label': `Move ${c.name} to`, className: 'move-select' },
      targets.filter(t => t.key !== c.stage).map(t => h('option', { value: t.key, selected: t.key === next }, t.name)));
    return h('li', {
      className: 'board-card', draggable: board.canMove ? 'true' : null, dataset: { application: c.id, stage: c.stage },
      ondragstart: e => {
        dragged = c;
        e.dataTransfer.setData('text/plain', String(c.id));
        e.dataTransfer.effectAllowed = 'move';
        e.currentTarget.classList.add('dragging');
      },
      ondragend: e => { e.currentTarget.classList.remove('dragging'); },
    },
    h('div', { className: 'card-head' }, h('a', { href: `#/applications/${c.id}`, draggable: 'false' }, c.name || `Candidate ${c.candidateId}`), ' ', scoreBadge(c)),
    h('div', { className: 'hint' }, factsLine(c) || 'No profile yet'),
    h('div', { className: 'hint' }, c.daysInStage === 0 ? 'new in stage today' : `${c.daysInStage} day${c.daysInStage === 1 ? '' : 's'} in stage`,
      c.knockedOut ? [' ', badge('knocked out', 'bad')] : null, c.possibleDuplicate ? [' ', badge('possible duplicate', 'warn')] : null),
    board.canMove ? h('div', { className: 'move-row' }, select,
      h('button', { type: 'button', className: 'secondary small-button', onclick: () => move(c, select.value) }, 'Move')) : null);
  }

  const cards = new Map(board.columns.flatMap(col => col.cards.map(c => [String(c.id), c])));
  const columns = board.columns.map(col => h('section', {
    className: 'board-column', dataset: { stage: col.key }, 'aria-labelledby': `col-${col.key}`,
    ondragover: e => { if (board.canMove) { e.preventDefault(); e.currentTarget.classList.add('drop'); } },
    ondragleave: e => e.currentTarget.classList.remove('drop'),
    ondrop: e => {
      e.preventDefault();
      e.currentTarget.classList.remove('drop');
      const card = dragged || cards.get(e.dataTransfer.getData('text/plain'));
      dragged = null;
      if (card && card.stage !== col.key) move(card, col.key);
    },
  },
  h('h2', { id: `col-${col.key}` }, col.name, ' ', h('span', { className: 'count', dataset: { count: col.count } }, String(col.count)),
    col.interview ? h('span', { className: 'muted small' }, ' interview') : null),
  h('ul', { className: 'plain board-cards' }, col.cards.map(cardOf)),
  col.more ? h('p', { className: 'muted small' }, h('a', { href: `#/applications?requisition=${id}&stage=${col.key}` }, `${col.more} more in the list`)) : null));

  const boardBox = h('div', { className: 'board', id: 'board', tabindex: 0, 'aria-label': 'Pipeline board' }, columns);
  document.getElementById('main').classList.add('wide');
  mount(
    h('p', {}, h('a', { href: `#/requisitions/${id}` }, '← ', board.requisitionTitle)),
    h('div', { className: 'page-head' }, h('h1', {}, 'Pipeline: ', board.requisitionTitle),
      h('div', { className: 'actions' }, h('a', { className: 'button secondary', href: `#/applications?requisition=${id}` }, 'List view'))),
    h('p', { className: 'muted' }, board.closed.map(c => h('a', { href: `#/applications?requisition=${id}&stage=${c.key}`, className: 'closed-count' }, `${c.name}: ${c.count}`)).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    h('p', { className: 'muted small scroll-cue', id: 'board-scroll-cue', hidden: true }, 'More stages to the right: scroll the board sideways →'),
    boardBox,
    hasRole('RECRUITER', 'ADMIN') ? await stagesEditor(id, () => boardPage({ id })) : null);
  // when the stages do not all fit, say so (and the board scrolls within its box)
  const cue = document.getElementById('board-scroll-cue');
  const showCue = () => { cue.hidden = boardBox.scrollWidth <= boardBox.clientWidth + 2; };
  showCue();
  new ResizeObserver(showCue).observe(boardBox);
}

// A small modal that asks for the reason a rejection or withdrawal needs; resolves to null on cancel.
function askReason(question) {
  return new Promise(resolve => {
    const input = h('input', { name: 'reason', id: 'reason-input', required: true, maxlength: 1000 });
    const dialog = h('dialog', { id: 'reason-dialog', 'aria-labelledby': 'reason-question' });
    const close = value => { dialog.close(); dialog.remove(); resolve(value); };
    dialog.append(h('form', { method: 'dialog', onsubmit: e => { e.preventDefault(); if (input.value.trim()) close(input.value.trim()); } },
      h('p', { id: 'reason-question' }, question), input,
      h('div', { className: 'actions' }, h('button', { type: 'submit', id: 'reason-ok' }, 'Confirm'),
        h('button', { type: 'button', className: 'secondary', onclick: () => close(null) }, 'Cancel'))));
    dialog.addEventListener('cancel', () => close(null));
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
