import type { CompiledItem } from './model';
import { prerequisites } from './model';

/**
 * Finds one enableWhen cycle (an item that, through other items, depends on itself).
 * Returns the linkIds around the cycle, first repeated at the end, or undefined.
 */
export function findEnableWhenCycle(items: ReadonlyMap<string, CompiledItem>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];

  const visit = (linkId: string): string[] | undefined => {
    const seen = state.get(linkId);
    if (seen === 'done') return undefined;
    if (seen === 'visiting') return [...path.slice(path.indexOf(linkId)), linkId];
    state.set(linkId, 'visiting');
    path.push(linkId);
    const compiled = items.get(linkId);
    for (const need of compiled ? prerequisites(compiled) : []) {
      const cycle = visit(need);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(linkId, 'done');
    return undefined;
  };

  for (const linkId of items.keys()) {
    const cycle = visit(linkId);
    if (cycle) return cycle;
  }
  return undefined;
}
