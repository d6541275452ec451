// Images used by standards, copied from standards/ (only files inside it; see localImagePath).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { handbook } from '../../lib/handbook.ts';
import { contentTypeOf } from '../../../src/render/content-types.ts';

export function getStaticPaths() {
  return [...handbook().mediaFiles.entries()].map(([path, file]) => ({ params: { path }, props: { file } }));
}

// The type matters to `npm run dev`, which serves the response itself: without it an SVG shows as broken.
export const GET: APIRoute = ({ props }) => new Response(readFileSync(props.file as string), { headers: { 'Content-Type': contentTypeOf(props.file as string) } });
