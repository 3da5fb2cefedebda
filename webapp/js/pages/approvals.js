import { api } from '../api.js';
import { h, mount, flash, problemText, when, present, badge } from '../ui.js';
import { formatDate } from '../careers/states.js';

// The approval inbox: every step waiting for the signed-in user — requisitions, then offers — decided
// right here.
export async function approvalsPage() {
  const list = h('div', { id: 'inbox' });
  const offers = h('div', { id: 'offer-inbox' });
  mount(h('h1', {}, 'Approvals'),
    h('p', { className: 'muted' }, 'Requisitions waiting for your decision. The last approval opens the requisition and puts it on the careers page; a rejection sends it back to the requester as a draft.'),
    list,
    h('h2', { id: 'offer-inbox-heading' }, 'Offers'),
    h('p', { className: 'muted' }, 'Offers waiting for your approval: pay outside the requisition\'s range, or an approval the recruiter asked for. Once the last step approves, the recruiter can send the offer; a refusal closes this version and the recruiter may revise it.'),
    offers);
  await Promise.all([load(list), loadOffers(offers)]);
}

const money = (amount, currency) => (amount === null || amount === undefined ? '—'
  : new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' }).format(amount));

async function loadOffers(list) {
  const items = await api('offers/awaiting-my-approval');
  list.replaceChildren(...(items.length === 0
    ? [h('p', { className: 'card', id: 'offer-inbox-empty' }, 'No offer is waiting for you.')]
    : items.map(item => offerItem(item, list))));
}

function offerItem(item, list) {
  const id = item.offerId;
  const comment = h('textarea', { id: `offer-comment-${id}`, rows: 2 });
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true });
  const decide = async approve => {
    problem.hidden = true;
    try {
      await api(`offers/${id}/decision`, { method: 'POST', body: { approve, comment: comment.value.trim() || null, version: item.version } });
      await loadOffers(list);
      flash(approve ? `Offer to ${item.candidate} approved.` : `Offer to ${item.candidate} refused; the recruiter may revise it.`);
    } catch (err) {
      problem.replaceChildren(problemText(err));
      problem.hidden = false;
    }
  };
  const range = item.rangeMin === null && item.rangeMax === null ? 'no range set'
    : `${money(item.rangeMin, item.payCurrency)} – ${money(item.rangeMax, item.payCurrency)}`;
  return h('article', { className: 'card inbox-item', id: `offer-inbox-${id}`, 'aria-labelledby': `offer-inbox-title-${id}` },
    h('h3', { id: `offer-inbox-title-${id}` }, h('a', { href: `#/applications/${item.applicationId}` }, `Offer to ${item.candidate}`), ` — ${item.requisition}`),
    h('dl', { className: 'facts' },
      h('dt', {}, 'Pay'), h('dd', {}, `${money(item.payAmount, item.payCurrency)} ${item.payBasis.toLowerCase()}`, ' ', item.outsideRange ? badge('outside the range', 'error') : null),
      h('dt', {}, 'Approved range'), h('dd', {}, range),
      h('dt', {}, 'Class'), h('dd', {}, `${item.className || '—'}, starts ${formatDate(item.startDate)}`),
      h('dt', {}, 'Shift'), h('dd', {}, item.shift || '—'),
      h('dt', {}, 'Made by'), h('dd', {}, item.createdBy),
      h('dt', {}, 'Your step'), h('dd', {}, `Step ${item.step} of ${item.steps} (${item.approver})`),
      h('dt', {}, 'Waiting since'), h('dd', {}, when(item.waitingSince))),
    h('label', { for: comment.id }, 'Comment (the recruiter reads it)', comment),
    h('div', { className: 'actions' },
      h('button', { type: 'button', id: `offer-approve-${id}`, onclick: () => decide(true) }, 'Approve offer'),
      h('button', { type: 'button', className: 'danger', onclick: () => decide(false) }, 'Refuse offer')),
    problem);
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
