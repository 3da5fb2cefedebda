import { api } from '../api.js';
import { h, mount, flash, problemText, when, present } from '../ui.js';
import { formatDate } from '../careers/states.js';

// The approval inbox: every step waiting for the signed-in user, decided right here.
export async function approvalsPage() {
  const list = h('div', { id: 'inbox' });
  mount(h('h1', {}, 'Approvals'),
    h('p', { className: 'muted' }, 'Requisitions waiting for your decision. The last approval opens the requisition and puts it on the careers page; a rejection sends it back to the requester as a draft.'),
    list);
  await load(list);
}

async function load(list) {
  const items = await api('approvals/inbox');
  if (items.length === 0) {
    list.replaceChildren(h('section', { className: 'card', id: 'inbox-empty' }, h('p', {}, 'Nothing is waiting for you. ', h('a', { href: '#/requisitions' }, 'See all requisitions'))));
    return;
  }
  list.replaceChildren(...present([h('p', { id: 'inbox-count' }, `${items.length} waiting for you`), ...items.map(item => inboxItem(item, list))]));
}

function inboxItem(item, list) {
  const id = item.requisitionId;
  const commentId = `comment-${id}`;
  const comment = h('textarea', { id: commentId, name: 'comment', rows: 2 });
  const fieldError = h('span', { className: 'field-error', id: `${commentId}-error`, hidden: true });
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true });
  const approve = h('button', { type: 'submit', value: 'approve', dataset: { testid: 'approve' } }, 'Approve');
  const reject = h('button', { type: 'submit', value: 'reject', className: 'danger', dataset: { testid: 'reject' } }, 'Reject');

  async function decide(decision) {
    problem.hidden = true;
    fieldError.hidden = true;
    comment.removeAttribute('aria-invalid');
    const text = comment.value.trim();
    if (decision === 'reject' && !text) {
      fieldError.textContent = 'Write why you reject it: the requester reads this.';
      fieldError.hidden = false;
      comment.setAttribute('aria-invalid', 'true');
      comment.setAttribute('aria-describedby', fieldError.id);
      comment.focus();
      return;
    }
    approve.disabled = reject.disabled = true;
    try {
      const result = await api(`requisitions/${id}/${decision}`, { method: 'POST', body: { comment: text || null } });
      await load(list);
      const opened = result.summary.status === 'OPEN';
      flash(decision === 'approve'
        ? `Approved “${item.title}”.${opened ? ' It is open and on the careers page now.' : ' The next approver was asked.'}`
        : `Rejected “${item.title}”; it is back in draft with the requester.`);
      list.querySelector('textarea, a')?.focus();
    } catch (err) {
      problem.replaceChildren(problemText(err));
      problem.hidden = false;
      approve.disabled = reject.disabled = false;
    }
  }

  const form = h('form', { className: 'decision', onsubmit: e => { e.preventDefault(); decide(e.submitter?.value || 'approve'); } },
    h('label', { for: commentId }, 'Comment (required to reject)', comment, fieldError),
    h('div', { className: 'actions' }, approve, reject), problem);

  return h('article', { className: 'card inbox-item', id: `inbox-${id}`, dataset: { testid: 'inbox-item', requisitionId: id }, 'aria-labelledby': `inbox-title-${id}` },
    h('h2', { id: `inbox-title-${id}` }, h('a', { href: `#/requisitions/${id}` }, item.title)),
    h('dl', { className: 'facts' },
      h('dt', {}, 'Team'), h('dd', {}, item.team),
      h('dt', {}, 'Openings'), h('dd', {}, String(item.openings)),
      h('dt', {}, 'Target start'), h('dd', {}, formatDate(item.targetStartDate)),
      h('dt', {}, 'Requested by'), h('dd', {}, item.requestedBy || '—'),
      h('dt', {}, 'Your step'), h('dd', {}, `Round ${item.round}, step ${item.position} (${item.approver})`),
      h('dt', {}, 'Waiting since'), h('dd', {}, when(item.waitingSince))),
    form);
}
