// Bulk resume upload: pick a requisition (or the talent pool), choose or drop files and .zip archives, then
// follow the batch while the server parses it in the background (#/uploads/:batchId). Past uploads are listed below.
import { api, ApiError } from '../api.js';
import { h, mount as mountAll, table, flash, badge, showViolations, when, problemText, present } from '../ui.js';
import { requisitionOptions, requisitionLabel } from './candidates.js';
import { uploadHistory } from './upload-history.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

const EXTENSIONS = ['.pdf', '.docx', '.doc', '.rtf', '.odt', '.txt', '.html', '.htm', '.zip'];
const MAX_BYTES = 10 * 1024 * 1024; // floorready.resumes.max-bytes, per resume
const POLL_MS = 1500;

const extensionOk = name => EXTENSIONS.some(ext => name.toLowerCase().endsWith(ext));

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// ---------- Choosing and sending ----------

export async function uploadsPage(params, query) {
  const preset = query.get('requisitionId') || '';
  const [all, sources] = await Promise.all([requisitionOptions(preset), api('sources').catch(() => [])]);
  const requisitions = all.filter(r => r.id === preset || !['CANCELLED', 'FILLED'].includes(r.status));
  const chosen = [];

  const picker = h('select', { id: 'upload-requisition', name: 'requisitionId', 'aria-describedby': 'upload-requisition-hint' },
    h('option', { value: '' }, 'Talent pool (no requisition)'),
    requisitions.map(r => h('option', { value: r.id, selected: r.id === preset }, requisitionLabel(r))));
  const sourcePicker = h('select', { id: 'upload-source', name: 'sourceId', 'aria-describedby': 'upload-source-hint' },
    h('option', { value: '' }, 'Not known'),
    sources.filter(s => s.active).map(s => h('option', { value: s.id }, s.name)));
  const fileInput = h('input', { type: 'file', id: 'upload-files', name: 'files', multiple: true, accept: EXTENSIONS.join(','),
    'aria-describedby': 'upload-files-hint' });
  const list = h('div', { id: 'chosen-files', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'upload-submit', disabled: true }, 'Upload');
  const status = h('p', { id: 'upload-status', role: 'status', className: 'muted' });

  function add(files) {
    const refused = [];
    for (const file of files) {
      if (!extensionOk(file.name)) { refused.push(`${file.name} (not a resume type)`); continue; }
      if (!file.name.toLowerCase().endsWith('.zip') && file.size > MAX_BYTES) { refused.push(`${file.name} (larger than 10 MB)`); continue; }
      if (chosen.some(f => f.name === file.name && f.size === file.size && f.lastModified === file.lastModified)) continue;
      chosen.push(file);
    }
    if (refused.length) flash(`Not added: ${refused.join(', ')}. Resumes can be ${EXTENSIONS.join(' ')}.`, 'error');
    renderList();
  }

  const pickerCount = h('span', { className: 'picker-count', id: 'picker-count' }, 'none chosen yet');
  function renderList() {
    submit.disabled = chosen.length === 0;
    pickerCount.textContent = chosen.length === 0 ? 'none chosen yet' : `${chosen.length} file${chosen.length === 1 ? '' : 's'} chosen`;
    if (chosen.length === 0) { list.replaceChildren(h('p', { className: 'muted' }, 'No files chosen yet.')); return; }
    const total = chosen.reduce((sum, f) => sum + f.size, 0);
    list.replaceChildren(...present([
      h('p', {}, `${chosen.length} file${chosen.length === 1 ? '' : 's'} chosen, ${sizeText(total)}`,
        chosen.some(f => f.name.toLowerCase().endsWith('.zip')) ? ' (each .zip may hold up to 500 resumes)' : '', '.'),
      chosen.length > 8 ? h('p', { className: 'hint', id: 'chosen-scroll-hint' }, `The list scrolls: all ${chosen.length} files are in it.`) : null,
      h('ul', { className: `plain chosen-list${chosen.length > 8 ? ' scrolls' : ''}`, tabindex: chosen.length > 8 ? 0 : null, 'aria-label': 'Chosen files' }, chosen.map(file => h('li', {},
        h('span', {}, file.name), h('span', { className: 'muted small' }, sizeText(file.size)),
        h('button', { type: 'button', className: 'link-button', 'aria-label': `Remove ${file.name}`, onclick: () => {
          chosen.splice(chosen.indexOf(file), 1);
          renderList();
          fileInput.focus();
        } }, 'Remove'))))]));
  }

  fileInput.addEventListener('change', () => { add([...fileInput.files]); fileInput.value = ''; });

  const drop = h('div', { className: 'drop-zone', id: 'drop-zone' },
    h('p', { className: 'drop-text' }, h('strong', {}, 'Drop resumes or .zip archives here')),
    h('label', { for: 'upload-files', className: 'choose-files' }, 'or choose files', fileInput, pickerCount),
    h('p', { className: 'hint', id: 'upload-files-hint' }, `PDF, Word (.docx, .doc), RTF, ODT, text or HTML, up to 10 MB each; or .zip archives of up to 500 resumes.`));
  let depth = 0;
  drop.addEventListener('dragenter', e => { e.preventDefault(); depth++; drop.classList.add('dragging'); });
  drop.addEventListener('dragover', e => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  drop.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) drop.classList.remove('dragging'); });
  drop.addEventListener('drop', e => {
    e.preventDefault();
    depth = 0;
    drop.classList.remove('dragging');
    add([...(e.dataTransfer?.files || [])]);
  });

  const form = h('form', { className: 'upload-form card', id: 'upload-form', novalidate: true },
    h('label', { for: 'upload-requisition' }, 'Add the people to', picker,
      h('span', { className: 'hint', id: 'upload-requisition-hint' }, 'For a requisition, each person gets an application to it; the talent pool only keeps the profiles.')),
    h('label', { for: 'upload-source' }, 'Where these people came from', sourcePicker,
      h('span', { className: 'hint', id: 'upload-source-hint' }, 'The recruiting source of everyone new in this upload (people already known keep theirs).')),
    drop, list,
    h('div', { className: 'actions' }, submit, h('a', { className: 'button secondary', href: '#/candidates' }, 'Cancel')),
    status);

  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (chosen.length === 0) { flash('Choose at least one file.', 'error'); fileInput.focus(); return; }
    const data = new FormData();
    for (const file of chosen) data.append('files', file, file.name);
    if (picker.value) data.append('requisitionId', picker.value);
    if (sourcePicker.value) data.append('sourceId', sourcePicker.value);
    submit.disabled = true;
    status.textContent = `Uploading ${chosen.length} file${chosen.length === 1 ? '' : 's'}… keep this page open.`;
    try {
      const progress = await api('uploads', { method: 'POST', body: data });
      location.hash = `#/uploads/${progress.batchId}`;
    } catch (err) {
      submit.disabled = false;
      status.textContent = '';
      if (err instanceof ApiError && err.status === 413) flash('The upload is too large. Send fewer files at a time, or smaller archives.', 'error');
      else if (err instanceof ApiError && err.violations.length) showViolations(form, err);
      else flash(problemText(err), 'error');
    }
  });

  renderList();
  mount(
    h('p', {}, h('a', { href: '#/candidates' }, '← Candidates')),
    h('h1', {}, 'Upload resumes'),
    h('p', { className: 'muted' }, 'Files are stored first, then parsed in the background: you can follow each file’s outcome on the next page.'),
    form,
    uploadHistory(all, preset));
}

// ---------- Following a batch ----------

const OUTCOME = {
  CREATED: ['new candidate', 'ok'], MATCHED: ['matched existing', 'info'], POSSIBLE_DUPLICATE: ['possible duplicate', 'warn'],
  FAILED: ['failed', 'bad'],
};
const STATUS_TEXT = { QUEUED: 'waiting to be parsed', PARSED: 'parsed', NEEDS_OCR: 'no text — needs OCR', FAILED: 'failed' };

function outcomeBadge(file) {
  if (!file.outcome) return badge(file.status === 'QUEUED' ? 'queued' : (STATUS_TEXT[file.status] || file.status), file.status === 'QUEUED' ? 'draft' : '');
  const [label, kind] = OUTCOME[file.outcome] || [file.outcome.toLowerCase(), ''];
  const el = badge(label, kind);
  el.dataset.outcome = file.outcome;
  return el;
}

export async function uploadPage({ batchId }) {
  let progress;
  try {
    progress = await api(`uploads/${encodeURIComponent(batchId)}`);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      mount(h('p', {}, h('a', { href: '#/uploads' }, '← Upload resumes')), h('h1', {}, 'Upload not found'), h('p', {}, `There is no upload ${batchId}.`));
      return;
    }
    throw e;
  }
  const requisition = progress.requisitionId
    ? (await requisitionOptions(String(progress.requisitionId))).find(r => r.id === String(progress.requisitionId)) : null;

  const bar = h('progress', { id: 'upload-progress', max: Math.max(progress.total, 1), value: 0, 'aria-labelledby': 'progress-label' });
  const label = h('p', { id: 'progress-label', className: 'progress-label' });
  const counts = h('div', { className: 'outcome-counts', id: 'outcome-counts', 'aria-live': 'polite' });
  const files = h('div', { id: 'upload-files-table' });
  const next = h('div', { id: 'upload-next' });
  const note = h('p', { className: 'hint', id: 'poll-note' });

  function paint(p) {
    const finished = p.done >= p.total;
    bar.max = Math.max(p.total, 1);
    bar.value = p.done;
    label.textContent = finished
      ? `Done: ${p.total} file${p.total === 1 ? '' : 's'} processed${p.failed ? `, ${p.failed} failed` : ''}.`
      : `Parsing… ${p.done} of ${p.total} file${p.total === 1 ? '' : 's'} processed${p.failed ? ` (${p.failed} failed)` : ''}.`;
    const tally = key => p.files.filter(f => f.outcome === key).length;
    counts.replaceChildren(...present([h('ul', { className: 'plain tally' },
      h('li', {}, h('span', { className: 'stat-small' }, tally('CREATED')), ' new candidates'),
      h('li', {}, h('span', { className: 'stat-small' }, tally('MATCHED')), ' matched existing'),
      h('li', {}, h('span', { className: 'stat-small' }, tally('POSSIBLE_DUPLICATE')), ' possible duplicates'),
      h('li', {}, h('span', { className: 'stat-small' }, tally('FAILED')), ' failed'),
      finished ? null : h('li', {}, h('span', { className: 'stat-small' }, p.total - p.done), ' waiting'))]));
    files.replaceChildren(table([
      { label: 'File', render: f => f.fileName },
      { label: 'Outcome', render: f => outcomeBadge(f) },
      { label: 'Candidate', render: f => (f.candidateId ? h('a', { href: `#/candidates/${f.candidateId}`, dataset: { testid: 'upload-candidate' } }, f.candidateName || `Candidate ${f.candidateId}`) : '—') },
      { label: 'Details', render: f => (f.error ? h('span', { className: 'field-error' }, f.error)
        : f.status === 'NEEDS_OCR' ? 'No text layer: needs OCR' : f.outcome === 'POSSIBLE_DUPLICATE' ? 'Review it on the profile' : '—') },
    ], p.files));
    next.replaceChildren(...(!finished ? [] : [h('div', { className: 'actions' },
      tally('POSSIBLE_DUPLICATE') ? h('a', { className: 'button', href: '#/candidates?duplicates=true' }, 'Review possible duplicates') : null,
      p.requisitionId ? h('a', { className: 'button secondary', href: `#/candidates?requisitionId=${p.requisitionId}` }, 'See the applicants') : null,
      h('a', { className: 'button secondary', href: p.requisitionId ? `#/uploads?requisitionId=${p.requisitionId}` : '#/uploads' }, 'Upload more'))]));
    note.textContent = finished ? '' : 'This page updates by itself; you may leave it, parsing goes on.';
  }

  mount(
    h('p', {}, h('a', { href: '#/uploads' }, '← Upload resumes')),
    h('h1', { id: 'upload-title' }, `Upload of ${when(progress.createdAt)} · ${progress.total} file${progress.total === 1 ? '' : 's'}`),
    h('p', { className: 'muted' }, `Started ${when(progress.createdAt)} · into `,
      requisition ? h('a', { href: `#/requisitions/${requisition.id}` }, requisition.title) : progress.requisitionId ? `requisition ${progress.requisitionId}` : 'the talent pool'),
    h('section', { className: 'card', 'aria-labelledby': 'progress-label' }, label, bar, note, counts, next),
    h('section', { className: 'card', 'aria-labelledby': 'files-heading' }, h('h2', { id: 'files-heading' }, 'Files'), files));
  paint(progress);

  // Polls while the batch is on screen and not finished; stops when the page is left.
  let failures = 0;
  const poll = async () => {
    if (!bar.isConnected) return;
    try {
      progress = await api(`uploads/${encodeURIComponent(batchId)}`);
      failures = 0;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) { note.textContent = 'You were signed out; reload to continue.'; return; }
      failures++;
      if (failures >= 5) { note.textContent = `Progress could not be loaded: ${problemText(err)} Reload the page to try again.`; return; }
    }
    if (!bar.isConnected) return;
    paint(progress);
    if (progress.done < progress.total) setTimeout(poll, POLL_MS);
  };
  if (progress.done < progress.total) setTimeout(poll, POLL_MS);
}
