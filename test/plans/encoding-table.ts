// The deliverable table of /work/shared/spec/PLAN-ENCODING.md, copied by hand from that
// document (not from plan.yaml): it is the oracle that plans/soc-trang-2024/plan.yaml is
// checked against. `due` is the typed form without its `text`.

export type EncodedDue =
  | { before: string }
  | { by: string }
  | { within: string | string[] }
  | { every: 'month'; before_day?: number }
  | { every: 'quarter'; before_day: number }
  | { every: 'year'; before: string }
  | { ongoing: true }
  | { on_request: string };

export interface EncodedDeliverable {
  id: string;
  lead: string[];
  support: string[];
  due: EncodedDue;
}

const ongoing = { ongoing: true } as const;

export const encodingTable: readonly EncodedDeliverable[] = [
  { id: 'I.1.1', lead: ['vp-ubnd'], support: ['so-nganh'], due: { within: '2024' } },
  { id: 'I.2.1', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { before: '2024-01-31' } },
  { id: 'I.2.2', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { before: '2024-01-31' } },
  { id: 'I.2.3', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: ongoing },
  { id: 'II.1.1', lead: ['so-nganh'], support: [], due: ongoing },
  { id: 'II.2.1', lead: ['so-tu-phap'], support: [], due: ongoing },
  { id: 'III.1.1', lead: ['so-nganh'], support: ['vp-ubnd'], due: ongoing },
  { id: 'III.1.2', lead: ['so-nganh'], support: ['vp-ubnd'], due: ongoing },
  { id: 'III.2.1', lead: ['vp-ubnd'], support: ['so-nganh'], due: ongoing },
  { id: 'III.2.2', lead: ['so-tttt'], support: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'], due: ongoing },
  { id: 'III.2.3', lead: ['so-nganh', 'ttpvhcc', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'IV.1.1', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { within: '2023-11' } },
  { id: 'IV.1.2', lead: ['vp-ubnd'], support: [], due: { within: '2024-01' } },
  { id: 'IV.2.1', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { within: ['2024-Q1', '2024-Q2'] } },
  { id: 'IV.2.2', lead: ['vp-ubnd'], support: [], due: { before: '2024-09-15' } },
  { id: 'V.1.1', lead: ['so-nganh'], support: ['vp-ubnd'], due: { before: '2024-01-01' } },
  { id: 'V.1.2', lead: ['so-nganh'], support: ['vp-ubnd'], due: { before: '2024-07-01' } },
  { id: 'V.2.1', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { within: ['2024-Q2', '2024-Q3'] } },
  { id: 'V.2.2', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { before: '2025-01-01' } },
  { id: 'VI.1.1', lead: ['so-nganh', 'ttpvhcc', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VI.2.1', lead: ['so-nganh', 'cong-an', 'bhxh'], support: ['vp-ubnd'], due: ongoing },
  { id: 'VI.3.1', lead: ['so-nganh', 'cong-an', 'bhxh', 'ubnd-huyen'], support: [], due: ongoing },
  { id: 'VII.1.1', lead: ['so-tttt'], support: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'], due: { within: '2024-Q1' } },
  { id: 'VII.2.1', lead: ['so-tttt'], support: [], due: ongoing },
  { id: 'VII.3.1', lead: ['so-nganh', 'cong-an', 'bhxh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.1.1', lead: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.2.1', lead: ['so-nganh', 'ubnd-huyen'], support: ['so-tttt', 'vp-ubnd'], due: ongoing },
  // VIII.3.1–VIII.5.1: "as VIII.2.1 (merged cell)".
  { id: 'VIII.3.1', lead: ['so-nganh', 'ubnd-huyen'], support: ['so-tttt', 'vp-ubnd'], due: ongoing },
  { id: 'VIII.4.1', lead: ['so-nganh', 'ubnd-huyen'], support: ['so-tttt', 'vp-ubnd'], due: ongoing },
  { id: 'VIII.5.1', lead: ['so-nganh', 'ubnd-huyen'], support: ['so-tttt', 'vp-ubnd'], due: ongoing },
  { id: 'VIII.6.1', lead: ['so-tu-phap', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.7.1', lead: ['so-nganh'], support: ['vp-ubnd'], due: ongoing },
  { id: 'VIII.8.1', lead: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.9.1', lead: ['so-nganh', 'cong-an', 'bhxh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  // VIII.9.2 and VIII.10.1: "as VIII.9.1 (merged cell)".
  { id: 'VIII.9.2', lead: ['so-nganh', 'cong-an', 'bhxh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.10.1', lead: ['so-nganh', 'cong-an', 'bhxh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.11.1', lead: ['so-nganh', 'ttpvhcc', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  { id: 'VIII.12.1', lead: ['so-tttt'], support: ['vp-ubnd', 'so-nganh'], due: { every: 'month' } },
  { id: 'VIII.13.1', lead: ['cong-an', 'bhxh', 'bchqs'], support: ['vp-ubnd'], due: ongoing },
  { id: 'IX.1.1', lead: ['so-noi-vu'], support: ['vp-ubnd'], due: { within: '2024' } },
  { id: 'IX.2.1', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { within: '2024' } },
  { id: 'X.1.1', lead: ['bao-soc-trang', 'dai-ptth'], support: [], due: ongoing },
  { id: 'X.1.2', lead: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'], support: [], due: ongoing },
  {
    id: 'X.2.1',
    lead: ['vp-ubnd'],
    support: [],
    due: { on_request: 'Theo Thư mời của Cục Kiểm soát thủ tục hành chính' },
  },
  { id: 'X.3.1', lead: ['vp-ubnd'], support: [], due: { within: '2024' } },
  { id: 'XI.1.1', lead: ['vp-ubnd'], support: [], due: ongoing },
  { id: 'XI.1.2', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { every: 'month', before_day: 22 } },
  { id: 'XI.1.3', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { every: 'quarter', before_day: 19 } },
  { id: 'XI.1.4', lead: ['so-nganh', 'ubnd-huyen'], support: [], due: { every: 'year', before: '12-19' } },
  { id: 'XI.2.1', lead: ['vp-ubnd'], support: [], due: { every: 'month' } },
];

/** The deliverables that are periodic reports (`report: true`), per FORMATS.md. */
export const reportIds: readonly string[] = ['XI.1.2', 'XI.1.3', 'XI.1.4', 'XI.2.1'];
