// Past uploads, below the upload form: newest first, optionally only one's own or one requisition's, each
// linking to its progress page (#/uploads/:batchId). Refreshes by itself while a listed upload is parsing.
import { api } from '../api.js';
import { h, table, pager, badge, when, problemText, present } from '../ui.js';
import { requisitionLabel } from './candidates.js';

const PAGE_SIZE = 10;
const REFRESH_MS = 3000;
const PARTS = [['created', 'new'], ['matched', 'matched'], ['possibleDuplicates', 'possible duplicate'], ['failed', 'failed'],
  ['queued', 'waiting']];

function outcomeText(counts) {
  const parts = PARTS.filter(([key]) => counts[key] > 0).map(([key, label]) => `${counts[key]} ${label}`);
  return parts.length ? parts.join(' · ') : '—';
}

export function uploadHistory(requisitions, preset) {
  const mine = h('input', { type: 'checkbox', id: 'history-mine', name: 'mine' });
  const into = h('select', { id: 'history-requisition', name: 'requisitionId' },
    h('option', { value: '' }, 'All requisitions and the talent pool'),
    requisitions.map(r => h('option', { value: r.id, selected: r.id === preset }, requisitionLabel(r))));
  const list = h('div', { id: 'upload-history-list', 'aria-live': 'polite' });
  let page = 0;
  let timer = null;

  async function load() {
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await api('uploads', { query: { page, size: PAGE_SIZE, requisitionId: into.value, mine: mine.checked ? 'true' : '' } });
      list.replaceChildren(...present([table([
        { label: 'Upload', render: b => h('a', { href: `#/uploads/${b.id}`, dataset: { testid: 'upload-batch' } }, when(b.createdAt)) },
        { label: 'By', render: b => b.createdByName || b.createdBy },
        { label: 'Into', render: b => (b.requisitionId
          ? h('a', { href: `#/requisitions/${b.requisitionId}` }, b.requisitionTitle || `Requisition ${b.requisitionId}`) : 'Talent pool') },
        { label: 'Files', render: b => String(b.files) },
        { label: 'Outcome', render: b => h('span', { dataset: { testid: 'upload-outcomes' } }, outcomeText(b.counts)) },
        { label: 'State', render: b => (b.state === 'RUNNING' ? badge('parsing', 'info') : badge('done', 'ok')) },
      ], result.items),
      result.totalPages > 1 ? pager(result, next => { page = next; load(); }) : null]));
      if (result.items.some(b => b.state === 'RUNNING')) {
        timer = setTimeout(() => { if (list.isConnected) load(); }, REFRESH_MS);
      }
    } catch (err) {
      list.replaceChildren(h('p', { className: 'problem' }, `Past uploads could not be loaded: ${problemText(err)}`));
    } finally {
      list.removeAttribute('aria-busy');
    }
  }

  mine.addEventListener('change', () => { page = 0; load(); });
  into.addEventListener('change', () => { page = 0; load(); });
  load();
  return h('section', { className: 'card', id: 'upload-history', 'aria-labelledby': 'upload-history-heading' },
    h('h2', { id: 'upload-history-heading' }, 'Past uploads'),
    h('div', { className: 'filters' },
      h('label', { for: 'history-requisition' }, 'Into', into),
      h('label', { className: 'inline', for: 'history-mine' }, mine, 'Only my uploads')),
    list);
}
