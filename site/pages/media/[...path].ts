// Images used by standards, copied from standards/ (only files inside it; see localImagePath).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { handbook } from '../../lib/handbook.ts';

export function getStaticPaths() {
  return [...handbook().mediaFiles.entries()].map(([path, file]) => ({ params: { path }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(props.file as string));
