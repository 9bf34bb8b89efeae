// Writes a synthetic, reproducible workspace: a copy of the bundled plan whose units file lists
// `units` generated units, and one year of reports per unit (12 monthly, 4 quarterly, 1 yearly),
// each about 60 lines like a real one. The same seed always writes the same bytes.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLAN_DIR = fileURLToPath(new URL('../plans/soc-trang-2024/', import.meta.url));

/** mulberry32: a tiny seeded generator, so a workspace is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONE_OFF = ['I.2.1', 'I.2.2', 'IV.2.1', 'V.1.2', 'IX.2.1'];
const ONGOING = ['II.1.1', 'III.1.1', 'III.2.3', 'VI.1.1', 'VI.3.1', 'VII.3.1', 'VIII.1.1', 'VIII.8.1', 'VIII.9.1', 'X.1.2'];
const pad = (n) => String(n).padStart(2, '0');

// Dates are quoted: ajv-cli reads YAML with js-yaml 3's default schema, which turns an unquoted
// 2024-03-18 into a Date and fails every file. Quoted, both validators accept the same files.
function report(unit, period, day, rand) {
  const submitted = `"${day}"`;
  const lines = [
    '# yaml-language-server: $schema=../../schemas/report.schema.json',
    'apiVersion: tthc/v1',
    'kind: Report',
    'plan: soc-trang-2024@1',
    `unit: ${unit}`,
    `period: "${period}"`,
    `submitted: ${submitted}`,
    `document: { number: "${1 + Math.floor(rand() * 300)}/BC-UBND", date: ${submitted} }`,
    'progress:',
  ];
  const entries = [...ONE_OFF.slice(0, 2), ...ONGOING.slice(0, 8)];
  for (const deliverable of entries) {
    const done = rand() < 0.6;
    lines.push(`  - deliverable: ${deliverable}`);
    if (done) {
      lines.push('    status: done', `    done_on: ${submitted}`, '    evidence:');
      lines.push(`      - { number: "${1 + Math.floor(rand() * 500)}/KH-UBND", date: ${submitted}, title: "Kế hoạch kiểm soát thủ tục hành chính" }`);
    } else {
      lines.push('    status: in_progress', `    note: "Đang triển khai, dự kiến hoàn thành trong quý tiếp theo"`);
    }
  }
  lines.push('metrics:', `  dossiers_received: ${Math.floor(rand() * 5000)}`, `  dossiers_resolved_late: ${Math.floor(rand() * 40)}`, `  apology_letters: ${Math.floor(rand() * 40)}`);
  return lines.join('\n') + '\n';
}

/** Returns the number of report files written. */
export function generateWorkspace(dir, { units, seed = 2024 }) {
  const rand = random(seed);
  const planDir = join(dir, 'plan');
  mkdirSync(planDir, { recursive: true });
  cpSync(join(PLAN_DIR, 'plan.yaml'), join(planDir, 'plan.yaml'));
  cpSync(join(PLAN_DIR, 'calendar-vn.yaml'), join(planDir, 'calendar-vn.yaml'));
  const ids = Array.from({ length: units }, (_, i) => (i % 3 === 0 ? `so-${i}` : `huyen-${i}`));
  const unitsYaml = [
    'apiVersion: tthc/v1',
    'kind: Units',
    'groups:',
    '  - { id: so-nganh, name: "Các sở, ngành tỉnh" }',
    '  - { id: ubnd-huyen, name: "UBND cấp huyện" }',
    '  - { id: ubnd-xa, name: "UBND cấp xã", reported_by: ubnd-huyen }',
    'units:',
    // The plan names these units directly; keep them so the plan stays valid.
    ...['vp-ubnd', 'so-tu-phap', 'so-tttt', 'so-noi-vu', 'cong-an', 'bhxh', 'bchqs', 'ttpvhcc', 'bao-soc-trang', 'dai-ptth'].map(
      (id) => `  - { id: ${id}, name: "${id}", groups: [${id.startsWith('so-') || id === 'vp-ubnd' ? 'so-nganh' : ''}] }`,
    ),
    ...ids.map((id) => `  - { id: ${id}, name: "Đơn vị ${id}", groups: [${id.startsWith('so-') ? 'so-nganh' : 'ubnd-huyen'}] }`),
  ];
  writeFileSync(join(planDir, 'units.yaml'), unitsYaml.join('\n') + '\n');
  let files = 0;
  for (const unit of ids) {
    const folder = join(dir, 'reports', unit);
    mkdirSync(folder, { recursive: true });
    const periods = [
      ...Array.from({ length: 12 }, (_, m) => [`2024-${pad(m + 1)}`, `2024-${pad(m + 1)}-${pad(10 + Math.floor(rand() * 15))}`]),
      ...[1, 2, 3, 4].map((q) => [`2024-Q${q}`, `2024-${pad(q * 3)}-${pad(5 + Math.floor(rand() * 15))}`]),
      ['2024', '2024-12-16'],
    ];
    for (const [period, submitted] of periods) {
      writeFileSync(join(folder, `${period}.yaml`), report(unit, period, submitted, rand));
      files++;
    }
  }
  return files;
}
