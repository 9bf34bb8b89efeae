import { fileURLToPath } from 'node:url';

/** The package's own folder (bundled plans live there), whether running from src/ or dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
