// Converts the print fonts once before any test file runs. On a fresh machine the conversion takes
// minutes; done inside a test it would outlast hook timeouts and leave the lock to a test that then
// blocks its worker in spawnSync while a child print process waits for that lock.
import { printFonts } from '../src/print/fonts.ts';

export default async function setup(): Promise<void> {
  await printFonts();
}
