// C0/C1 controls (ANSI escapes start with ESC) and bidi overrides: text from a user's file must
// never steer the terminal or reorder what a reader sees.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a file, made safe to print: each control character becomes U+FFFD. */
export function printable(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}
