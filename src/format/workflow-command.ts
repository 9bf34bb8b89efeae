import { printable } from './printable.js';

// The escaping of @actions/core's command.ts (escapeData, escapeProperty): the runner undoes
// exactly these, so a newline in a user's text can never start a command of its own.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=a.yaml,line=4,col=7,title=…::message`; properties left undefined are omitted. */
export function formatWorkflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(printable(String(value)))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(printable(message))}`;
}
