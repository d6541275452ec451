// The handbook is a static site built from the standards model (src/) by Astro; srcDir is site/.
import { defineConfig } from 'astro/config';

const base = process.env.HANDBOOK_BASE ?? '/';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
