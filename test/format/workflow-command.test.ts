import { describe, expect, it } from 'vitest';
import { formatWorkflowCommand } from '../../src/format/workflow-command.js';

describe('formatWorkflowCommand', () => {
  it('escapes data as @actions/core does: % and line breaks', () => {
    expect(formatWorkflowCommand('error', {}, '100% done\nnext')).toBe('::error::100%25 done%0Anext');
  });

  it('escapes properties further: : and , too', () => {
    expect(formatWorkflowCommand('warning', { file: 'a,b:c.yaml', line: 3, title: '50%: x, y' }, 'm')).toBe('::warning file=a%2Cb%3Ac.yaml,line=3,title=50%25%3A x%2C y::m');
  });

  it('leaves out properties that are undefined', () => {
    expect(formatWorkflowCommand('notice', { file: undefined, title: 't' }, 'm')).toBe('::notice title=t::m');
  });

  it('makes text printable first: a carriage return or an escape never reaches the log', () => {
    expect(formatWorkflowCommand('error', {}, 'a\rb\u001b[2Jc')).toBe('::error::a\uFFFDb\uFFFD[2Jc');
  });
});
