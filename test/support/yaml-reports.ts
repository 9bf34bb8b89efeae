/** A report file's text, as a unit would write it against the bundled plan. */
export function reportYaml(unit: string, period: string, submitted: string, progress = ''): string {
  return [
    'apiVersion: tthc/v1',
    'kind: Report',
    'plan: soc-trang-2024@1',
    `unit: ${unit}`,
    `period: ${period}`,
    `submitted: ${submitted}`,
    progress ? `progress:\n${progress}` : 'progress: []',
    '',
  ].join('\n');
}
