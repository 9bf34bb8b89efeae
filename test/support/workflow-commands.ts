import { expect } from 'vitest';

export interface WorkflowCommand {
  level: string;
  properties: Record<string, string>;
  message: string;
}

// The workflow-command grammar as the runner reads it: `::name k=v,k=v::data`, where a value holds
// no raw `,` `:` `%` or line break (only %2C %3A %25 %0D %0A) and the data no raw `%` or line break.
const ESCAPED = '(?:[^%\\r\\n]|%25|%0D|%0A)';
const PROPERTY = `(?:file|line|col|endLine|endColumn|title)=(?:[^%,:\\r\\n]|%25|%0D|%0A|%3A|%2C)*`;
const COMMAND = new RegExp(`^::(error|warning|notice)(?: (${PROPERTY}(?:,${PROPERTY})*))?::(${ESCAPED}*)$`);

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Every line of `output` as an annotation command, unescaped; fails the test on any other line. */
export function parseWorkflowCommands(output: string): WorkflowCommand[] {
  expect(output.endsWith('\n')).toBe(true);
  return output
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const match = COMMAND.exec(line);
      expect(match, line).not.toBeNull();
      const properties = Object.fromEntries(
        (match![2] ?? '').split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), unescapeProperty(pair.slice(pair.indexOf('=') + 1))]),
      );
      return { level: match![1]!, properties, message: unescapeData(match![3]!) };
    });
}
