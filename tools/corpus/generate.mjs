// Generates the evaluation corpus of resumes with truth into src/test/corpus/ (run by hand, not by Maven):
//   cd tools/corpus && npm install && node generate.mjs
// Needs node, Chromium (PDF and scans), pandoc (DOCX) and pdftoppm (scans) from Debian.
//
// People and their histories are invented here (seeded, so a run makes the same corpus); truth comes from that
// source data, never from reading the documents. Layouts come from three third-party JSON Resume themes (flat,
// kendall, macchiato: layouts nobody here wrote) and from an own generator that varies the work-history layouts,
// date forms, section headings, name forms and license wordings the parser must cope with; some own documents are
// printed, rasterised and made image-only PDFs ("scans") for OCR. The corpus is split once, at random and
// stratified by source, into a tuning part and a held-back part (truth.json says which); never read the held-back
// documents while changing rules.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import os from 'os';
import { execFileSync } from 'child_process';

const require = createRequire(import.meta.url);
const THEMES = {
  flat: require('jsonresume-theme-flat'),
  kendall: require('jsonresume-theme-kendall'),
  macchiato: require('jsonresume-theme-macchiato'),
};
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../src/test/corpus');
const AS_OF = { year: 2026, month: 11 };
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));

// ---- a seeded random source, so that a run makes the same corpus
let seed = 20261204;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// ---- people
const FIRST = ['Katherine', 'Marcus', 'Aaliyah', 'José', 'Zoë', 'Thanh', 'Priya', 'Olumide', 'Renée', 'Dmitri',
  'Hannah', 'Luis', 'Mei', 'Tomás', 'Fatima', 'Grace', 'Andre', 'Siobhan', 'Kwame', 'Ingrid', 'Rafael', 'Yesenia',
  'Darnell', 'Robert', 'Elizabeth', 'William', 'Jennifer', 'Alexander', 'Margaret', 'Daniel', 'Chloé', 'Nadia',
  'Tyrone', 'Marisol', 'Connor', 'Imani', 'Sergio', 'Leticia', 'Hiroshi', 'Amara', 'Brianna', 'Ezekiel', 'Anh',
  'Camila', 'DeShawn', 'Esperanza', 'Gabriel', 'Hye-jin', 'Jamal', 'Kiara'];
const NICKNAMES = { Katherine: 'Kate', Robert: 'Bobby', Elizabeth: 'Liz', William: 'Will', Jennifer: 'Jen',
  Alexander: 'Alex', Margaret: 'Peggy', Daniel: 'Danny', Gabriel: 'Gabe', Ezekiel: 'Zeke', Marcus: 'Marc' };
const LAST = ['Lin', 'Okafor', 'Castillo', 'Nguyen', 'Brennan', 'Haddad', 'Kowalski', 'Fitzgerald', 'Patel',
  'Johnson', 'Ramírez', 'Abernathy', 'Delgado', 'Yilmaz', 'Washington', 'Hernández', 'Tran', 'Mbeki', 'Larsen',
  'Gutiérrez', "O'Neil", 'Smith-Jones', 'García-López', 'Whitfield', 'Oyelaran', 'Sato', 'Beaumont', 'Pham',
  'Mendoza', 'Kaur', 'Reyes', 'Novak', 'Stewart', 'Boateng', 'Álvarez', 'Duarte', 'Coleman', 'Vasquez'];
const PARTICLE_LAST = ['de la Cruz', 'van der Berg', 'De Souza', 'del Río', 'van Dyke', 'da Silva', 'de los Reyes',
  'Van Buren', 'di Stefano', 'le Blanc'];
const SUFFIXES = ['Jr.', 'Sr.', 'II', 'III'];
const PLACES = [['Tulsa', 'OK', '918'], ['Omaha', 'NE', '402'], ['Charlotte', 'NC', '704'], ['San Antonio', 'TX', '210'],
  ['Phoenix', 'AZ', '602'], ['Columbus', 'OH', '614'], ['Tampa', 'FL', '813'], ['Atlanta', 'GA', '404'],
  ['Baton Rouge', 'LA', '225'], ['Boise', 'ID', '208'], ['Des Moines', 'IA', '515'], ['Louisville', 'KY', '502'],
  ['Albuquerque', 'NM', '505'], ['Richmond', 'VA', '804'], ['Spokane', 'WA', '509'], ['Little Rock', 'AR', '501'],
  ['Birmingham', 'AL', '205'], ['Kansas City', 'MO', '816'], ['Jacksonville', 'FL', '904'], ['El Paso', 'TX', '915'],
  ['Milwaukee', 'WI', '414'], ['Salt Lake City', 'UT', '801'], ['Greenville', 'SC', '864'], ['Fort Wayne', 'IN', '260'],
  ['Harrisburg', 'PA', '717'], ['Rochester', 'NY', '585'], ['Fresno', 'CA', '559'], ['Reno', 'NV', '775'],
  ['Madison', 'WI', '608'], ['Memphis', 'TN', '901'], ['Wichita', 'KS', '316'], ['Lexington', 'KY', '859'],
  ['Corpus Christi', 'TX', '361'], ['Savannah', 'GA', '912'], ['Sioux Falls', 'SD', '605']];
const STATE_NAMES = { OK: 'Oklahoma', NE: 'Nebraska', NC: 'North Carolina', TX: 'Texas', AZ: 'Arizona', OH: 'Ohio',
  FL: 'Florida', GA: 'Georgia', LA: 'Louisiana', ID: 'Idaho', IA: 'Iowa', KY: 'Kentucky', NM: 'New Mexico',
  VA: 'Virginia', WA: 'Washington', AR: 'Arkansas', AL: 'Alabama', MO: 'Missouri', WI: 'Wisconsin', UT: 'Utah',
  SC: 'South Carolina', IN: 'Indiana', PA: 'Pennsylvania', NY: 'New York', CA: 'California', NV: 'Nevada',
  TN: 'Tennessee', KS: 'Kansas', SD: 'South Dakota', CO: 'Colorado', MS: 'Mississippi', IL: 'Illinois',
  MN: 'Minnesota', OR: 'Oregon', MI: 'Michigan' };
const NONRESIDENT = ['OK', 'TX', 'LA', 'AR', 'KS', 'MO', 'CO', 'NM', 'MS', 'AL', 'GA', 'FL', 'SC', 'IL', 'IN', 'MN', 'OR'];
const LANGUAGES = ['Spanish', 'Vietnamese', 'Tagalog', 'French', 'Portuguese', 'Mandarin', 'Korean', 'Arabic',
  'Haitian Creole', 'Russian', 'Polish', 'Hindi', 'Somali', 'Cantonese'];
const SKILLS = ['Five9', 'Genesys Cloud', 'Avaya', 'Talkdesk', 'Salesforce', 'Zendesk', 'EZLynx', 'Applied Epic',
  'Guidewire PolicyCenter', 'HawkSoft', 'QQCatalyst', 'Microsoft Excel', 'RingCentral', 'NICE CXone',
  'Vertafore AMS360', 'AgencyZoom'];
const CONTACT_JOBS = ['Customer Service Representative', 'Inbound Sales Agent', 'Licensed Insurance Agent',
  'Retention Specialist', 'Call Center Team Lead', 'Claims Representative', 'Bilingual Customer Care Advocate',
  'Outbound Sales Representative', 'Personal Lines Account Manager', 'Quality Assurance Analyst',
  'Insurance Sales Associate', 'Customer Support Specialist'];
const OTHER_JOBS = ['Retail Store Manager', 'Server', 'Cashier', 'Bank Teller', 'Warehouse Associate',
  'Elementary School Teacher', 'Medical Assistant', 'Shift Supervisor', 'Administrative Assistant', 'Barista'];
const EMPLOYERS = ['Heartland Mutual', 'Prairie Contact Solutions', 'Lone Star Direct Insurance',
  'Coastal Call Partners', 'BlueRiver Telecom', 'Summit Retail Group', 'Maple Street Bank',
  'Cornerstone Medical Group', 'Northgate Insurance Agency', 'Redwood Customer Care', 'Pinnacle Auto & Home',
  'Harbor Point Services', 'Keystone Staffing', 'Frontier Wireless', 'Oak Valley Schools', 'Granite State Foods',
  'Silver Creek Insurance Group', 'Metro Connect BPO', 'Evergreen Health Partners', 'Riverside Grocers'];

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z-]/g, '').toLowerCase();
const monthIndex = (y, m) => y * 12 + (m - 1);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

function person(index) {
  const first = pick(FIRST);
  const particle = chance(0.12);
  const last = particle ? pick(PARTICLE_LAST) : pick(LAST);
  const middle = chance(0.3) ? String.fromCharCode(65 + between(0, 25)) + '.' : null;
  const suffix = !particle && chance(0.08) ? pick(SUFFIXES) : null;
  const nickname = NICKNAMES[first] && chance(0.6) ? NICKNAMES[first] : null;
  const name = [first, middle, last, suffix].filter(Boolean).join(' ');
  const [city, state, area] = pick(PLACES);
  const line = String(between(100, 199)).padStart(4, '0');
  const phone = `+1${area}555${line}`;
  const email = `${ascii(first)}.${ascii(last.split(' ').pop())}${index}@${pick(['example.com', 'example.net', 'example.org'])}`;
  // licenses
  const kind = pick(['pc', 'pc', 'pc', 'pc', 'pc', 'pc', 'pl', 'lh', 'lh', 'pending', 'progress', 'expected', 'expired',
    'none', 'none', 'none']);
  const licenses = [];
  let npn = null;
  if (kind === 'pc' || kind === 'pl') {
    licenses.push({ state, lines: kind === 'pl' ? 'Personal Lines' : 'Property & Casualty', status: 'active', resident: true });
    for (const s of shuffle(NONRESIDENT.filter((s) => s !== state)).slice(0, between(0, 3))) {
      licenses.push({ state: s, lines: kind === 'pl' ? 'Personal Lines' : 'Property & Casualty', status: 'active', resident: false });
    }
    if (chance(0.15)) {
      licenses.push({ state: pick(NONRESIDENT.filter((s) => s !== state && !licenses.some((l) => l.state === s))),
        lines: 'Property & Casualty', status: 'expired', resident: false });
    }
  } else if (kind === 'lh') {
    licenses.push({ state, lines: 'Life & Health', status: 'active', resident: true });
  } else if (kind === 'expired') {
    licenses.push({ state, lines: 'Property & Casualty', status: 'expired', resident: true });
  } else if (kind !== 'none') {
    licenses.push({ state, lines: 'Property & Casualty', status: kind, resident: true });
  }
  if (['pc', 'pl', 'lh', 'expired'].includes(kind) || (kind === 'pending' && chance(0.5))) {
    npn = String(between(1, 9)) + String(between(0, 99999999)).padStart(between(5, 8), '0');
  }
  const languages = shuffle(LANGUAGES).slice(0, pick([0, 0, 0, 1, 1, 2]));
  const skills = shuffle(SKILLS).slice(0, between(2, 5));
  // jobs, the latest first; some overlap, some leave a gap
  const jobs = [];
  let end = chance(0.7) ? null : monthIndex(AS_OF.year, AS_OF.month) - between(1, 10);
  let cursor = end ?? monthIndex(AS_OF.year, AS_OF.month);
  const count = between(1, 4);
  const careerChanger = chance(0.2);
  for (let i = 0; i < count; i++) {
    const length = between(6, 54);
    const start = cursor - length + 1;
    const contact = !(careerChanger && i === count - 1) && chance(0.8);
    jobs.push({
      title: contact ? pick(CONTACT_JOBS) : pick(OTHER_JOBS),
      employer: pick(EMPLOYERS),
      place: pick(PLACES),
      start, end,
    });
    // the next (older) job ends before this one started (a gap) or a few months into it (an overlap)
    const gapOrOverlap = chance(0.2) ? between(1, 4) : -between(1, 8);
    end = start - 1 + gapOrOverlap;
    if (end >= start + length - 1) end = start - 1;
    cursor = end;
  }
  const covered = new Set();
  const now = monthIndex(AS_OF.year, AS_OF.month);
  for (const job of jobs) for (let m = job.start; m <= (job.end ?? now); m++) covered.add(m);
  return {
    first, middle, last, suffix, nickname, name, city, state, phone, email, kind, licenses, npn, languages, skills,
    jobs, experienceMonths: covered.size,
    truth: {
      name, email, phone, city, state,
      licensedStates: licenses.filter((l) => l.status === 'active' && l.lines !== 'Life & Health').map((l) => l.state).sort(),
      npn, languages, experienceMonths: covered.size, skills,
    },
  };
}

// ---- how a person writes things
function phoneText(p) {
  const a = p.phone.slice(2, 5), b = p.phone.slice(5, 8), c = p.phone.slice(8);
  return pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}/${b}-${c}`, `${a}${b}${c}`]);
}
function displayName(p) {
  if (!p.nickname) return p.name;
  const nick = chance(0.5) ? `"${p.nickname}"` : `(${p.nickname})`;
  return [p.first, nick, p.middle, p.last, p.suffix].filter(Boolean).join(' ');
}
function licenseSentences(p) {
  const lines = [];
  const active = p.licenses.filter((l) => l.status === 'active');
  if (active.length && active[0].lines !== 'Life & Health') {
    const lines0 = pick(active[0].lines === 'Personal Lines' ? ['Personal Lines'] : ['Property & Casualty', 'P&C', 'Property and Casualty']);
    const others = active.slice(1).map((l) => l.state);
    lines.push(pick([
      `Licensed ${lines0} agent — ${STATE_NAMES[active[0].state]} (resident)${others.length ? '; non-resident: ' + others.join(', ') : ''}`,
      `${STATE_NAMES[active[0].state]} ${lines0} license, active${others.length ? '. Non-resident ' + lines0 + ' licenses: ' + others.join(', ') : ''}`,
      `Active ${lines0} producer license: ${[active[0].state, ...others].join(', ')}`,
    ]));
  } else if (active.length) {
    lines.push(pick([`Life & Health license, ${STATE_NAMES[active[0].state]} (active)`,
      `Licensed Life and Health agent in ${STATE_NAMES[active[0].state]}; planning to add Property & Casualty`]));
  }
  for (const l of p.licenses.filter((l) => l.status !== 'active')) {
    const s = STATE_NAMES[l.state];
    lines.push({
      expired: pick([`${s} Property & Casualty license (expired 2021)`, `Former P&C license in ${s}, lapsed in 2022`]),
      pending: pick([`${s} Property & Casualty license pending — exam passed October 2026`, `P&C license application pending in ${s}`]),
      progress: pick([`Currently completing Property & Casualty pre-licensing for ${s}`, `P&C license in progress (${s})`]),
      expected: pick([`Expected to be licensed for P&C in ${s} by March 2027`, `${s} P&C license expected January 2027`]),
    }[l.status]);
  }
  if (p.kind === 'none' && chance(0.5)) lines.push('Not yet licensed for Property & Casualty; eager to earn it');
  if (p.npn) lines.push(pick([`NPN: ${p.npn}`, `NPN #${p.npn}`, `National Producer Number ${p.npn}`, `NIPR NPN ${p.npn}`]));
  return lines;
}
function languageLine(p) {
  const [a, b] = p.languages;
  if (!a) return null;
  if (!b) return pick([`Languages: English, ${a}`, `Bilingual: English / ${a}`, `Fluent in ${a} and English`]);
  return pick([`Languages: English, ${a}, ${b}`, `Fluent in ${a}, ${b} and English`]);
}
// one of the date forms, for a month index; "style" fixed per document
function dateText(index, style) {
  const y = Math.floor(index / 12), m = (index % 12) + 1;
  const mm = String(m).padStart(2, '0');
  return {
    mon: `${MONTHS[m - 1].slice(0, 3)} ${y}`,
    month: `${MONTHS[m - 1]} ${y}`,
    monDot: `${MONTHS[m - 1].slice(0, 3)}. ${y}`.replace('May.', 'May'),
    slash: `${mm}/${y}`,
    short: `${m}/${String(y).slice(2)}`,
    iso: `${y}-${mm}`,
    year: `${y}`,
    season: `${m <= 2 || m === 12 ? 'Winter' : m <= 5 ? 'Spring' : m <= 8 ? 'Summer' : 'Fall'} ${y}`,
  }[style];
}
function rangeText(job, style) {
  const sep = pick([' – ', ' — ', ' - ', ' to ', ' through ', ' until ']);
  const open = pick(['Present', 'Current', 'Now', 'today', 'ongoing', 'present']);
  const from = dateText(job.start, style);
  if (job.end === null) return chance(0.1) && sep.trim() !== 'to' ? `${from} –` : `${from}${sep}${open}`;
  return `${from}${sep}${dateText(job.end, style)}`;
}

// ---- own layouts: text lines, then rendered as txt, html, docx or pdf
const HEADINGS = ['Experience', 'WORK HISTORY', 'Employment:', 'Professional Experience', 'Career History',
  'Relevant Experience', 'EMPLOYMENT HISTORY', 'Work Experience:'];
function ownLines(p, layout) {
  const style = pick(['mon', 'month', 'monDot', 'slash', 'short', 'iso', 'mon', 'month', 'slash', 'year', 'season']);
  const out = [];
  const header = [displayName(p)];
  const contact = [`${p.city}, ${p.state}`, phoneText(p), p.email];
  if (layout === 'contact-first') {
    out.push(contact.join(' | '), '', displayName(p).toUpperCase());
  } else if (layout === 'resume-title') {
    out.push('RESUME', '', ...header, contact.join(' · '));
  } else {
    out.push(...header, ...shuffle(contact));
  }
  out.push('', pick(['Summary', 'PROFILE', 'Objective']),
    `${pick(['Dependable', 'Energetic', 'Customer-focused'])} ${p.jobs[0].title.toLowerCase()} looking for an insurance sales role.`);
  const licenses = licenseSentences(p);
  if (licenses.length) out.push('', pick(['Licenses', 'LICENSES & CERTIFICATIONS', 'Licensing']), ...licenses.map((l) => '• ' + l));
  out.push('', pick(HEADINGS));
  const jobLayout = layout === 'mixed' ? null : layout;
  for (const job of p.jobs) {
    const [city, st] = job.place;
    const range = rangeText(job, style);
    switch (jobLayout ?? pick(['one-line', 'dash-line', 'company-first', 'two-lines', 'dates-first'])) {
      case 'one-line':
      case 'contact-first':
        out.push(`${job.title}, ${job.employer}, ${city}, ${st}, ${range}`); break;
      case 'dash-line':
      case 'resume-title':
        out.push(`${job.title} — ${job.employer}, ${city}, ${st} — ${range}`); break;
      case 'company-first':
        out.push(`${job.employer} — ${job.title} (${range})`); break;
      case 'dates-first':
        out.push(`${range}   ${job.title}, ${job.employer}`); break;
      default:
        out.push(job.title, `${job.employer} | ${city}, ${st} | ${range}`);
    }
    out.push(`• ${pick(['Handled 60+ inbound calls a day', 'Quoted auto and home policies', 'Resolved billing questions',
      'Met monthly sales goals', 'Trained new hires on call flow', 'Served customers at the register'])}`);
  }
  out.push('', pick(['Skills', 'TOOLS', 'Technical Skills']), p.skills.join(', '));
  const languages = languageLine(p);
  if (languages) out.push('', languages);
  out.push('', 'Education', `${pick(['High School Diploma', 'Associate of Arts', 'B.A. Communications'])}, ${pick(['Central High School', 'Tulsa Community College', 'University of Houston'])}`);
  return out;
}
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function ownHtml(lines, twoColumns) {
  const body = lines.map((l) => (l === '' ? '' : /^[A-Z][A-Za-z &]*:?$/.test(l) && l.length < 30 ? `<h2>${escape(l)}</h2>` : `<p>${escape(l)}</p>`)).join('\n');
  const css = twoColumns ? 'body{font-family:sans-serif;columns:2;column-gap:2em;font-size:11pt} h2{break-after:avoid}' : 'body{font-family:serif;font-size:11pt;max-width:48em}';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Resume</title><style>${css}</style></head><body>\n${body}\n</body></html>\n`;
}
function ownTableHtml(p) {
  // the work history as a table (pandoc keeps it a table in DOCX)
  const lines = ownLines(p, 'mixed');
  const at = lines.findIndex((l) => HEADINGS.includes(l));
  const rows = p.jobs.map((job) => `<tr><td>${escape(job.title)}<br>${escape(job.employer)}</td><td>${escape(job.place[0])}, ${job.place[1]}</td><td>${escape(rangeText(job, 'mon'))}</td></tr>`).join('\n');
  const before = ownHtml(lines.slice(0, at + 1), false).replace('</body></html>\n', '');
  const after = lines.slice(lines.findIndex((l, i) => i > at && ['Skills', 'TOOLS', 'Technical Skills'].includes(l)));
  return `${before}<table border="1"><tr><th>Position</th><th>Location</th><th>Dates</th></tr>\n${rows}\n</table>\n${after.map((l) => `<p>${escape(l)}</p>`).join('\n')}\n</body></html>\n`;
}

// ---- JSON Resume documents for the themes
// Themes leave out some fields (flat prints no address, kendall no languages): a person using such a theme says
// them in the summary instead, so that every truth value is in the document.
function jsonResume(p, theme) {
  const iso = (index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  const licenses = licenseSentences(p);
  const extra = [];
  if (theme === 'flat') extra.push(`Based in ${p.city}, ${p.state}.`);
  if (theme === 'kendall' && p.languages.length) extra.push(`Speaks ${p.languages.join(' and ')} and English.`);
  return {
    basics: {
      name: displayName(p), label: p.jobs[0].title, email: p.email, phone: phoneText(p),
      summary: `${pick(['Dependable', 'Energetic', 'Customer-focused'])} professional. ${extra.join(' ')} ${licenses.join('. ')}${licenses.length ? '.' : ''}`.replace(/\s+/g, ' '),
      location: { city: p.city, region: p.state, countryCode: 'US' }, profiles: [],
    },
    work: p.jobs.map((job) => ({
      name: job.employer, company: job.employer, position: job.title, startDate: iso(job.start), ...(job.end === null ? {} : { endDate: iso(job.end) }),
      summary: `${job.place[0]}, ${job.place[1]}`, highlights: ['Handled inbound and outbound calls'],
    })),
    education: [{ institution: 'Central Community College', area: 'General Studies', studyType: 'Associate', startDate: '2010-09-01', endDate: '2012-05-01' }],
    skills: [{ name: 'Tools', level: '', keywords: p.skills }],
    languages: [{ language: 'English', fluency: 'Native speaker' }, ...p.languages.map((l) => ({ language: l, fluency: 'Fluent' }))],
    interests: [], references: [], awards: [], publications: [], volunteer: [], projects: [],
  };
}

// ---- conversions
function chromium(args) {
  execFileSync('chromium', ['--headless', '--disable-gpu', '--no-sandbox', '--no-pdf-header-footer',
    '--disable-background-networking', '--virtual-time-budget=2000', ...args], { stdio: 'ignore', timeout: 60000 });
}
function toPdf(html, target) {
  const source = path.join(TMP, 'page.html');
  fs.writeFileSync(source, html);
  chromium([`--print-to-pdf=${target}`, `file://${source}`]);
}
function toDocx(html, target) {
  execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', target], { input: html, timeout: 60000 });
}
function toScan(html, target) {
  const pdf = path.join(TMP, 'scan-source.pdf');
  toPdf(html, pdf);
  execFileSync('pdftoppm', ['-r', '110', '-gray', '-jpeg', '-jpegopt', 'quality=70', pdf, path.join(TMP, 'scan')]);
  const pages = fs.readdirSync(TMP).filter((f) => f.startsWith('scan-') && f.endsWith('.jpg')).sort();
  const images = pages.map((f) => `<img src="file://${path.join(TMP, f)}" style="width:100%;page-break-after:always">`).join('');
  toPdf(`<!doctype html><html><head><style>@page{margin:0} body{margin:0}</style></head><body>${images}</body></html>`, target);
  pages.forEach((f) => fs.unlinkSync(path.join(TMP, f)));
}

// ---- the corpus
// `node generate.mjs --second-scan-batch` adds only the second batch of scans to the committed corpus (below)
const ONLY_SECOND_SCANS = process.argv.includes('--second-scan-batch');
if (!ONLY_SECOND_SCANS) {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
}
const truth = ONLY_SECOND_SCANS
  ? JSON.parse(fs.readFileSync(path.join(OUT, 'truth.json'), 'utf8'))
  : { asOf: '2026-11', note: 'Generated by tools/corpus/generate.mjs; truth from the source data. split: tune or held (never read the held-back documents while changing rules).', resumes: {} };
let n = ONLY_SECOND_SCANS ? Object.keys(truth.resumes).filter((f) => !/^scan-(199|2\d\d)\./.test(f)).length : 0;
const strata = {};
function add(source, format, write, p) {
  n++;
  const file = `${source}-${String(n).padStart(3, '0')}.${format}`;
  write(path.join(OUT, file));
  truth.resumes[file] = { ...p.truth, source };
  (strata[source] ??= []).push(file);
}
const LAYOUTS = ['one-line', 'dash-line', 'company-first', 'two-lines', 'dates-first', 'mixed', 'contact-first', 'resume-title'];
if (!ONLY_SECOND_SCANS) {
  for (const theme of Object.keys(THEMES)) {
    for (let i = 0; i < 40; i++) {
      const p = person(n + 1);
      const html = THEMES[theme].render(jsonResume(p, theme));
      const format = i % 3 === 0 ? 'html' : i % 3 === 1 ? 'pdf' : 'docx';
      add(theme, format, (target) => (format === 'html' ? fs.writeFileSync(target, html) : format === 'pdf' ? toPdf(html, target) : toDocx(html, target)), p);
    }
  }
  for (let i = 0; i < 64; i++) {
    const p = person(n + 1);
    const layout = LAYOUTS[i % LAYOUTS.length];
    const format = ['txt', 'html', 'docx', 'pdf', 'pdf-columns', 'docx-table'][i % 6];
    const lines = ownLines(p, layout);
    if (format === 'txt') add('own', 'txt', (t) => fs.writeFileSync(t, lines.join('\n') + '\n'), p);
    else if (format === 'html') add('own', 'html', (t) => fs.writeFileSync(t, ownHtml(lines, false)), p);
    else if (format === 'docx') add('own', 'docx', (t) => toDocx(ownHtml(lines, false), t), p);
    else if (format === 'pdf') add('own', 'pdf', (t) => toPdf(ownHtml(lines, false), t), p);
    else if (format === 'pdf-columns') add('own', 'pdf', (t) => toPdf(ownHtml(lines, true), t), p);
    else add('own', 'docx', (t) => toDocx(ownTableHtml(p), t), p);
  }
  for (let i = 0; i < 14; i++) {
    const p = person(n + 1);
    add('scan', 'pdf', (t) => toScan(ownHtml(ownLines(p, LAYOUTS[i % LAYOUTS.length]), false), t), p);
  }
  // the split: 40 % of each source held back, drawn once
  for (const files of Object.values(strata)) {
    const held = new Set(shuffle(files).slice(0, Math.round(files.length * 0.4)));
    for (const file of files) truth.resumes[file].split = held.has(file) ? 'held' : 'tune';
  }
}
// A second batch of scans, added on 2026-12-05: six held-back scans were too few to measure a target of 87 % (one
// miss moved a field by 17 points). Its own seed and its own 40 % split, drawn once; the first batch is untouched
// (its files, truth and split stay as they were).
seed = 20261205;
const secondBatch = [];
for (let i = 0; i < 24; i++) {
  const p = person(n + 1);
  add('scan', 'pdf', (t) => toScan(ownHtml(ownLines(p, LAYOUTS[i % LAYOUTS.length]), false), t), p);
  secondBatch.push(`scan-${String(n).padStart(3, '0')}.pdf`);
}
const heldSecond = new Set(shuffle(secondBatch).slice(0, Math.round(secondBatch.length * 0.4)));
for (const file of secondBatch) truth.resumes[file].split = heldSecond.has(file) ? 'held' : 'tune';
fs.writeFileSync(path.join(OUT, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
fs.rmSync(TMP, { recursive: true, force: true });
const bytes = fs.readdirSync(OUT).reduce((sum, f) => sum + fs.statSync(path.join(OUT, f)).size, 0);
console.log(`${n} resumes, ${(bytes / 1048576).toFixed(1)} MB in ${OUT}`);
