// Message templates with {placeholders}, kept by id in each rule module.
import type { Position } from '../../model/types.ts';

export function reporter<Id extends string>(messages: Record<Id, string>, report: (position: Position, message: string) => void) {
  return (position: Position, id: Id, values: Record<string, string | number> = {}): void => {
    report(position, messages[id].replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? '')));
  };
}
