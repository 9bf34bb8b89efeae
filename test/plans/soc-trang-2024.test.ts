// Fidelity of the bundled plan to its source: Kế hoạch 01/KH-UBND (Sóc Trăng, 2024).
// plan.yaml must copy the appendix's wording, and its ids, units and deadlines must be the
// readings that PLAN-ENCODING.md commits to (encoded independently in ./encoding-table.ts).
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { encodingTable, reportIds } from './encoding-table.js';

const planDir = new URL('../../plans/soc-trang-2024/', import.meta.url);
const readPlanFile = (name: string): string => readFileSync(new URL(name, planDir), 'utf8');

interface Deliverable {
  id: string;
  text: string;
  lead: string[];
  support: string[];
  due: Record<string, unknown> & { text: string };
  report?: boolean;
  note?: string;
}
interface Task {
  id: string;
  title: string;
  deliverables: Deliverable[];
}
interface Section {
  id: string;
  title: string;
  tasks: Task[];
}
interface Plan {
  [key: string]: unknown;
  sections: Section[];
}
interface Units {
  [key: string]: unknown;
  groups: Array<Record<string, unknown> & { id: string; name: string; reported_by?: string }>;
  units: Array<Record<string, unknown> & { id: string; name: string; groups: string[] }>;
}
interface Calendar {
  [key: string]: unknown;
  timezone: string;
  days_off: Array<{ from: string; to: string; name: string; source: string }>;
  working_days: Array<{ date: string; name: string; source: string }>;
}

const planText = readPlanFile('plan.yaml');
const unitsText = readPlanFile('units.yaml');
const calendarText = readPlanFile('calendar-vn.yaml');
const plan = parse(planText) as Plan;
const units = parse(unitsText) as Units;
const calendar = parse(calendarText) as Calendar;
const source = readPlanFile('source.md');

const tasks = plan.sections.flatMap((section) => section.tasks);
const deliverables = tasks.flatMap((task) => task.deliverables);
const byId = new Map(deliverables.map((d) => [d.id, d]));
const deliverable = (id: string): Deliverable => {
  const found = byId.get(id);
  if (!found) throw new Error(`no deliverable ${id} in plan.yaml`);
  return found;
};

// --- reading the source ---------------------------------------------------------------

/** Plan text as stored: NFC, whitespace runs collapsed. */
const normaliseText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Source text as a reader sees it: the "- " that opens an <li> bullet and every HTML tag
 * removed, whitespace runs (PDF line breaks, tabs between cells) collapsed.
 */
const normaliseSource = (s: string): string =>
  normaliseText(s.replace(/<li>\s*-\s*/g, ' ').replace(/<[^>]*>/g, ' '));

const appendix = source.slice(source.indexOf('**PHỤ LỤC**'));
const normalisedAppendix = normaliseSource(appendix);

// The appendix table: one row a line, cells separated by tabs. Columns: 0 số thứ tự,
// 1 nội dung công việc, 2 kết quả công việc, 3 phân công thực hiện, 4 thời gian thực hiện.
const tableRows = appendix
  .split('\n')
  .filter((line) => line.includes('\t'))
  .map((line) => line.split('\t').map(normaliseSource));
const column = (index: number): Set<string> =>
  new Set(tableRows.map((cells) => cells[index] ?? '').filter((cell) => cell !== ''));
const titleCells = column(1);
const resultCells = column(2);
const deadlineCells = column(4);

// Cells that a page break split in two: the rest continues in a following row whose first
// columns are empty. Each entry lists the parts, as printed, that the plan joins with one
// space. `interrupted`: other cells of the row are printed between the parts, so the joined
// text occurs nowhere in the source as one run.
interface PageBreakSplit {
  cells: Set<string>;
  interrupted: boolean;
  parts: string[];
}
const pageBreakSplits: Record<string, PageBreakSplit> = {
  'III.2.3 text': {
    cells: resultCells,
    interrupted: true,
    parts: [
      '100% TTHC thuộc thẩm quyền giải quyết của đơn vị được niêm yết, công khai tại Trung tâm Phục vụ hành chính công, Bộ phận Một cửa cấp tỉnh, cấp huyện, cấp xã',
      '(đảm bảo 100% TTHC còn hiệu lực thì hành được niêm yết công khai trên bảng treo tường, trên Trang thông tin điện tử (nếu có) hoặc các hình thức khác).',
    ],
  },
  'VII.1.1 text': {
    cells: resultCells,
    interrupted: true,
    parts: [
      'Công văn hướng dẫn thực hiện quy trình số hóa hồ sơ, kết quả giải quyết TTHC trên địa bàn tỉnh. Tập huấn, hướng dẫn các cơ quan, đơn vị, địa phương thực hiện quy trình số hóa hồ sơ, kết quả giải quyết TTHC với tinh thần gắn việc số hóa với việc thực hiện nhiệm vụ của cán bộ, công chức, viên chức trong quá trình tiếp nhận, giải quyết',
      'TTHC.',
    ],
  },
  'VIII.9.2 text': {
    cells: resultCells,
    interrupted: false,
    parts: [
      'Tăng cường trách nhiệm của đội ngũ công chức, viên chức, người lao động trong tiếp nhận và trả kết quả giải quyết TTHC. Gắn trách nhiệm số hoá hồ sơ, kết quả giải quyết TTHC với quá trình thực hiện nhiệm vụ, tiếp nhận giải quyết',
      'TTHC của tất cả công chức, viên chức.',
    ],
  },
  'IX.2 title': {
    cells: titleCells,
    interrupted: true,
    parts: [
      'Xây dựng kế hoạch và tổ chức kiểm tra các hoạt động kiểm soát TTHC',
      'hoặc kết hợp với kiểm tra việc thực hiện kiểm soát TTHC, cải cách TTHC và đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong công tác kiểm tra cải cách hành chính tại các phòng, ban, đơn vị thuộc phạm vi quản lý của sở, ban, ngành, UBND cấp huyện, cấp xã.',
    ],
  },
  'IX.2.1 text': {
    cells: resultCells,
    interrupted: true,
    parts: [
      'Kế hoạch kiểm tra, thông báo kết quả kiểm tra, báo cáo kết quả kiểm tra gửi về',
      'Văn phòng UBND tỉnh theo dõi (nội dung báo cáo lồng ghép trong Báo cáo định kỳ hằng quý hoặc năm về tình hình, kết quả thực hiện kiểm soát TTHC, cơ chế một cửa, một cửa liên thông và TTHC trên môi trường điện tử).',
    ],
  },
  'X.3 title': {
    cells: titleCells,
    interrupted: true,
    parts: [
      'Hướng dẫn nghiệp vụ cho công chức, viên chức thực hiện nhiệm vụ',
      'kiểm soát TTHC, cơ chế một cửa, một cửa liên thông.',
    ],
  },
  'XI.2 title': {
    cells: titleCells,
    interrupted: true,
    parts: [
      'Tổng hợp báo cáo Thủ tướng Chính phủ, Văn phòng Chính phủ về tình',
      'hình, kết quả thực hiện kiểm soát TTTC, cải cách TTTC, cơ chế một cửa, một cửa liên thông và thực hiện TTTC trên môi trường điện tử trên địa bàn tỉnh hoặc báo cáo đột xuất theo yêu cầu.',
    ],
  },
  'XI.2.1 text': {
    cells: resultCells,
    interrupted: true,
    parts: [
      '- Báo cáo về tình hình, kết quả thực hiện kiểm soát TTHC, cơ chế một cửa, một cửa',
      'liên thông, TTTC trên môi trường điện tử trên địa bàn tỉnh, định kỳ hằng quý và năm và thực hiện đầy đủ các báo cáo trên Hệ thống thông tin báo cáo của Văn phòng Chính phủ. - Báo cáo về tình hình, kết quả thực hiện cải cách TTTC trên địa bàn tỉnh định kỳ hằng tháng theo yêu cầu của Văn phòng Chính phủ.',
    ],
  },
  'XI.2.1 due': {
    cells: deadlineCells,
    interrupted: true,
    parts: ['Định kỳ hằng tháng, quý và', 'năm hoặc đột xuất.'],
  },
};

// I.2's result cell lists three products as <li> bullets; PLAN-ENCODING.md splits it into
// I.2.1–I.2.3, each one bullet's text.
const i2ResultCell =
  appendix
    .split('\n')
    .find((line) => line.startsWith('2\tXây dựng, ban hành'))
    ?.split('\t')[2] ?? '';
const i2Bullets = [...i2ResultCell.matchAll(/<li>\s*-\s*([\s\S]*?)<\/li>/g)].map((match) =>
  normaliseText(match[1] ?? ''),
);
const bulletSplits: Record<string, number> = { 'I.2.1': 0, 'I.2.2': 1, 'I.2.3': 2 };

interface Field {
  key: string;
  value: string;
  cells: Set<string>;
}
const fields: Field[] = [
  ...tasks.map((task) => ({ key: `${task.id} title`, value: task.title, cells: titleCells })),
  ...deliverables.map((d) => ({ key: `${d.id} text`, value: d.text, cells: resultCells })),
  ...deliverables.map((d) => ({ key: `${d.id} due`, value: d.due.text, cells: deadlineCells })),
];

// --- the tests --------------------------------------------------------------------------

describe('plans/soc-trang-2024: files', () => {
  it('each YAML file opens with its schema modeline', () => {
    expect(planText.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    expect(unitsText.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/units.schema.json');
    expect(calendarText.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/calendar.schema.json',
    );
  });

  it('plan.yaml has the header of Kế hoạch 01/KH-UBND', () => {
    const { sections, ...header } = plan;
    expect(sections.length).toBeGreaterThan(0);
    expect(header).toEqual({
      apiVersion: 'tthc/v1',
      kind: 'Plan',
      id: 'soc-trang-2024',
      version: 1,
      year: 2024,
      effective: '2024-01-03',
      document: { number: '01/KH-UBND', date: '2024-01-03', issuer: 'UBND tỉnh Sóc Trăng' },
      title: 'Kế hoạch thực hiện công tác kiểm soát thủ tục hành chính năm 2024',
      units: './units.yaml',
      calendar: './calendar-vn.yaml',
      deadline_rule: 'next-working-day',
    });
  });
});

describe('plans/soc-trang-2024: structure', () => {
  it('has the eleven sections I–XI, with task and deliverable ids nested under them', () => {
    expect(plan.sections.map((s) => s.id)).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI',
    ]);
    for (const section of plan.sections) {
      expect(Object.keys(section).sort()).toEqual(['id', 'tasks', 'title']);
      section.tasks.forEach((task, i) => {
        expect(task.id).toBe(`${section.id}.${i + 1}`);
        expect(Object.keys(task).sort()).toEqual(['deliverables', 'id', 'title']);
        task.deliverables.forEach((d, j) => expect(d.id).toBe(`${task.id}.${j + 1}`));
      });
    }
  });

  it('has exactly the 50 deliverable ids of PLAN-ENCODING.md, in order, each once', () => {
    const ids = deliverables.map((d) => d.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(encodingTable.map((row) => row.id));
  });

  it('gives each deliverable only the keys of the format, and exactly one due form', () => {
    const dueForms = [
      ['before'], ['by'], ['within'], ['every'], ['every', 'before_day'], ['every', 'before'],
      ['ongoing'], ['on_request'],
    ].map((keys) => [...keys, 'text'].sort().join(','));
    for (const d of deliverables) {
      const keys = Object.keys(d);
      expect(keys.filter((k) => !['id', 'text', 'lead', 'support', 'due', 'report', 'note', 'targets'].includes(k)), d.id).toEqual([]);
      expect(dueForms, `${d.id} due keys`).toContain(Object.keys(d.due).sort().join(','));
      expect(d.lead.length, `${d.id} lead`).toBeGreaterThan(0);
    }
  });
});

describe('plans/soc-trang-2024: wording copied from the source', () => {
  it('the source text is NFC, and so is every text of the plan', () => {
    expect(source.normalize('NFC')).toBe(source);
    for (const field of fields) expect(field.value.normalize('NFC'), field.key).toBe(field.value);
  });

  it('section titles are the appendix headings, verbatim', () => {
    for (const section of plan.sections) {
      expect(normalisedAppendix, `section ${section.id}`).toContain(normaliseText(section.title));
    }
  });

  it('every task title, deliverable text and due.text occurs in source.md', () => {
    for (const { key, value } of fields) {
      const text = normaliseText(value);
      expect(text, key).toBe(value); // stored without line-break noise
      const split = pageBreakSplits[key];
      if (split?.interrupted) {
        // The parts occur; the joined text cannot (which is why it is listed).
        for (const part of split.parts) expect(normalisedAppendix, key).toContain(part);
        expect(normalisedAppendix, key).not.toContain(text);
      } else {
        expect(normalisedAppendix, key).toContain(text);
      }
    }
  });

  it('tasks and deliverables come in the order of the appendix', () => {
    // Each text (its first part, when a page break split it) is found at or after the
    // previous one, so no two rows were swapped.
    const ordered = plan.sections.flatMap((section) =>
      section.tasks.flatMap((task) => [
        { key: `${task.id} title`, value: task.title },
        ...task.deliverables.map((d) => ({ key: `${d.id} text`, value: d.text })),
      ]),
    );
    let position = 0;
    for (const { key, value } of ordered) {
      const first = pageBreakSplits[key]?.parts[0] ?? value;
      const found = normalisedAppendix.indexOf(first, position);
      expect(found, `${key} after the previous text`).toBeGreaterThanOrEqual(0);
      position = found;
    }
  });

  it('each text is a whole cell of its column, not a fragment of one', () => {
    for (const { key, value, cells } of fields) {
      const split = pageBreakSplits[key];
      const bullet = bulletSplits[key.replace(/ text$/, '')];
      if (split) {
        expect(split.cells, key).toBe(cells);
        expect(split.parts.join(' '), key).toBe(value);
        for (const part of split.parts) expect(cells.has(part), `${key}: part "${part}"`).toBe(true);
        expect(cells.has(value), `${key} is not split`).toBe(false);
      } else if (key.endsWith(' text') && bullet !== undefined) {
        expect(i2Bullets, 'I.2 bullets').toHaveLength(3);
        expect(value, key).toBe(i2Bullets[bullet]);
      } else {
        expect(cells.has(value), `${key}: "${value}"`).toBe(true);
      }
    }
  });
});

describe('plans/soc-trang-2024: readings of PLAN-ENCODING.md', () => {
  for (const row of encodingTable) {
    it(`${row.id}: lead, support and due form`, () => {
      const d = deliverable(row.id);
      const { text: _text, ...dueForm } = d.due;
      expect({ lead: d.lead, support: d.support, due: dueForm }).toEqual({
        lead: row.lead,
        support: row.support,
        due: row.due,
      });
    });
  }

  it('each due form says what its due.text says', () => {
    // The deadline cell printed on these rows names no deadline for this product (see notes).
    const cellNamesAnotherProduct = new Set(['I.2.3', 'XI.1.1']);
    const roman = ['I', 'II', 'III', 'IV'];
    const periodPattern = (period: string): RegExp => {
      const [year, part] = period.split('-');
      if (part === undefined) return new RegExp(`năm ${year}`);
      if (part.startsWith('Q')) return new RegExp(`quý ${roman[Number(part.slice(1)) - 1]}\\b.*${year}`);
      return new RegExp(`tháng 0?${Number(part)}/${year}`);
    };
    for (const d of deliverables) {
      const { text, ...form } = d.due;
      if (cellNamesAnotherProduct.has(d.id)) continue;
      const patterns: RegExp[] = [];
      if ('before' in form && !('every' in form)) {
        const [y, m, day] = String(form.before).split('-').map(Number);
        patterns.push(new RegExp(`trước ngày 0?${day}/0?${m}/${y}`, 'i'));
      } else if ('within' in form) {
        const periods = Array.isArray(form.within) ? form.within : [form.within];
        patterns.push(...periods.map((period) => periodPattern(String(period))));
      } else if (form.every === 'month') {
        patterns.push('before_day' in form ? new RegExp(`trước ngày ${form.before_day} hằng tháng`) : /(hằng|hàng) tháng/);
      } else if (form.every === 'quarter') {
        patterns.push(new RegExp(`trước ngày ${form.before_day} của tháng cuối quý`));
      } else if (form.every === 'year') {
        const [m, day] = String(form.before).split('-').map(Number);
        patterns.push(new RegExp(`trước ngày ${day} tháng ${m}\\b`));
      } else if ('ongoing' in form) {
        patterns.push(/^Thường xuyên\.$/);
      } else if ('on_request' in form) {
        patterns.push(new RegExp(`^${String(form.on_request)}`));
      }
      expect(patterns.length, d.id).toBeGreaterThan(0);
      for (const pattern of patterns) expect(text, d.id).toMatch(pattern);
    }
  });

  it('marks exactly XI.1.2, XI.1.3, XI.1.4 and XI.2.1 as periodic reports', () => {
    expect(deliverables.filter((d) => 'report' in d).map((d) => d.id)).toEqual([...reportIds]);
    for (const id of reportIds) expect(deliverable(id).report).toBe(true);
  });

  it('explains in a note every deliverable read from a merged, blank, split or shifted cell', () => {
    const readings = [
      'I.2.1', 'I.2.2', 'I.2.3', // one cell split into three products
      'II.1.1', // conditional lead
      'III.2.3', 'VII.1.1', 'IX.2.1', // cells split by a page break
      'IV.1.1', 'V.1.1', // deadlines before the plan's own date
      'V.1.2', 'V.2.2', 'VIII.3.1', 'VIII.4.1', 'VIII.5.1', 'VIII.9.2', 'VIII.10.1', // merged cells
      'VII.2.1', // blank lead
      'X.2.1', // on request
      'XI.1.1', 'XI.1.2', 'XI.1.3', 'XI.1.4', // XI.1's shifted deadline column
      'XI.2.1', // read as monthly
    ];
    for (const id of readings) {
      const note = deliverable(id).note;
      expect(typeof note, `${id} note`).toBe('string');
      expect(note?.trim().length, `${id} note`).toBeGreaterThan(0);
    }
  });
});

describe('plans/soc-trang-2024: units', () => {
  const expectedUnits: Record<string, string[]> = {
    'so-nganh': [
      'vp-ubnd', 'so-noi-vu', 'so-tu-phap', 'so-khdt', 'so-tai-chinh', 'so-cong-thuong', 'so-nnptnt',
      'so-gtvt', 'so-xay-dung', 'so-tnmt', 'so-tttt', 'so-ldtbxh', 'so-vhttdl', 'so-khcn', 'so-gddt',
      'so-y-te', 'thanh-tra', 'ban-dan-toc', 'bql-kcn',
    ],
    'ubnd-huyen': [
      'tp-soc-trang', 'tx-vinh-chau', 'tx-nga-nam', 'h-chau-thanh', 'h-ke-sach', 'h-long-phu',
      'h-cu-lao-dung', 'h-my-tu', 'h-my-xuyen', 'h-thanh-tri', 'h-tran-de',
    ],
    'ubnd-xa': [],
    none: ['cong-an', 'bhxh', 'bchqs', 'ttpvhcc', 'bao-soc-trang', 'dai-ptth'],
  };

  it('is a Units file with the three groups; communes are reported by their district', () => {
    expect(units.apiVersion).toBe('tthc/v1');
    expect(units.kind).toBe('Units');
    expect(units.groups).toEqual([
      { id: 'so-nganh', name: 'Các sở, ngành tỉnh' },
      { id: 'ubnd-huyen', name: 'UBND cấp huyện' },
      { id: 'ubnd-xa', name: 'UBND cấp xã', reported_by: 'ubnd-huyen' },
    ]);
  });

  it('lists the units of PLAN-ENCODING.md, each in its group, each once, with a name', () => {
    const ids = units.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [group, members] of Object.entries(expectedUnits)) {
      const found = units.units
        .filter((u) => (group === 'none' ? u.groups.length === 0 : u.groups.includes(group)))
        .map((u) => u.id);
      expect(found.sort(), group).toEqual([...members].sort());
    }
    expect(ids.sort()).toEqual(Object.values(expectedUnits).flat().sort());
    for (const u of units.units) {
      expect(Object.keys(u).sort(), u.id).toEqual(['groups', 'id', 'name']);
      expect(u.id, u.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(u.name.trim().length, u.id).toBeGreaterThan(0);
      expect(u.name.normalize('NFC'), u.id).toBe(u.name);
    }
  });

  it('names the units as the province did in 2024', () => {
    const names = new Map(units.units.map((u) => [u.id, u.name]));
    expect(names.get('vp-ubnd')).toBe('Văn phòng UBND tỉnh');
    expect(names.get('so-tu-phap')).toBe('Sở Tư pháp');
    expect(names.get('so-khdt')).toBe('Sở Kế hoạch và Đầu tư');
    expect(names.get('so-nnptnt')).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(names.get('so-tttt')).toBe('Sở Thông tin và Truyền thông');
    expect(names.get('thanh-tra')).toBe('Thanh tra tỉnh');
    expect(names.get('ban-dan-toc')).toBe('Ban Dân tộc tỉnh');
    expect(names.get('bql-kcn')).toBe('Ban Quản lý các Khu công nghiệp tỉnh');
    expect(names.get('tp-soc-trang')).toBe('UBND thành phố Sóc Trăng');
    expect(names.get('tx-vinh-chau')).toBe('UBND thị xã Vĩnh Châu');
    expect(names.get('h-cu-lao-dung')).toBe('UBND huyện Cù Lao Dung');
    expect(names.get('ttpvhcc')).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(names.get('bchqs')).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(names.get('dai-ptth')).toBe('Đài Phát thanh - Truyền hình Sóc Trăng');
  });

  it('every lead and support of the plan is a unit or a group of units.yaml', () => {
    const known = new Set([...units.groups.map((g) => g.id), ...units.units.map((u) => u.id)]);
    for (const d of deliverables) {
      for (const id of [...d.lead, ...d.support]) expect(known.has(id), `${d.id}: ${id}`).toBe(true);
    }
  });
});

describe('plans/soc-trang-2024: calendar', () => {
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  const isRealDate = (s: string): boolean =>
    isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
  const dayOff = (date: string): boolean =>
    calendar.days_off.some((range) => range.from <= date && date <= range.to);
  const daysFrom = (from: string, to: string): string[] => {
    const days: string[] = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    return days;
  };

  it('is the Vietnamese civil-service calendar in Asia/Ho_Chi_Minh', () => {
    expect(calendar.apiVersion).toBe('tthc/v1');
    expect(calendar.kind).toBe('Calendar');
    expect(calendar.id).toBe('vn');
    expect(calendar.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(calendar.weekend).toEqual(['saturday', 'sunday']);
  });

  it('every days_off range is a real, ordered range with a name and a legal source', () => {
    for (const range of calendar.days_off) {
      expect(Object.keys(range).sort()).toEqual(['from', 'name', 'source', 'to']);
      expect(isRealDate(range.from), range.from).toBe(true);
      expect(isRealDate(range.to), range.to).toBe(true);
      expect(range.from <= range.to, `${range.from}..${range.to}`).toBe(true);
      expect(range.name.trim().length, range.from).toBeGreaterThan(0);
      expect(range.source.trim().length, range.from).toBeGreaterThan(0);
    }
  });

  it('covers the official days off of 2024 and early 2025', () => {
    const expected = [
      '2024-01-01',
      ...daysFrom('2024-02-08', '2024-02-14'),
      '2024-04-18',
      '2024-04-29', '2024-04-30', '2024-05-01',
      '2024-09-02', '2024-09-03',
      '2025-01-01',
      ...daysFrom('2025-01-25', '2025-02-02'),
    ];
    for (const day of expected) expect(dayOff(day), day).toBe(true);
  });

  it('make-up working days are Saturdays outside any day off, with a source', () => {
    for (const day of calendar.working_days) {
      expect(isRealDate(day.date), day.date).toBe(true);
      expect(new Date(`${day.date}T00:00:00Z`).getUTCDay(), day.date).toBe(6);
      expect(dayOff(day.date), day.date).toBe(false);
      expect(day.source.trim().length, day.date).toBeGreaterThan(0);
    }
  });
});
