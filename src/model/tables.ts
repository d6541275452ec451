// Merged cells (GB/T 1.1—2020 9.8), which GFM tables cannot write. One syntax, shared by the checker,
// the renderer, the printer and `import`: a cell holding only `^^` belongs to the cell above it, a cell
// holding only `<<` to the cell on its left. The table stays a valid GFM table (any Markdown viewer
// shows the markers), and no raw HTML is needed.
import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const MERGE_UP = '^^';
export const MERGE_LEFT = '<<';

export interface GridCell {
  /** The mdast cell that carries the content; the cells merged into it are not listed. */
  node: TableCell;
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableGrid {
  /** Rows of the header: the GFM header row and the rows below it that merge into it (`^^` under a header cell). */
  headerRows: number;
  /** For each row, the cells that start in it. */
  rows: GridCell[][];
  /** Markers that have no cell to merge into (`^^` in the first row, `<<` in the first column). */
  strayMarkers: TableCell[];
  hasMerges: boolean;
}

function markerOf(cell: TableCell | undefined): string | undefined {
  const text = cell ? toString(cell).trim() : '';
  return text === MERGE_UP || text === MERGE_LEFT ? text : undefined;
}

export function tableGrid(table: Table): TableGrid {
  /** The owning cell of each position, by `row,column`. */
  const owner = new Map<string, GridCell>();
  const rows: GridCell[][] = [];
  const strayMarkers: TableCell[] = [];
  let hasMerges = false;
  let headerRows = 1;
  table.children.forEach((row, r) => {
    const starting: GridCell[] = [];
    let mergesIntoHeader = r > 0 && r === headerRows;
    let anyCell = false;
    row.children.forEach((cell, c) => {
      const marker = markerOf(cell);
      const target = marker === MERGE_UP ? owner.get(`${r - 1},${c}`) : marker === MERGE_LEFT ? owner.get(`${r},${c - 1}`) : undefined;
      if (marker && !target) strayMarkers.push(cell);
      if (target) {
        hasMerges = true;
        if (marker === MERGE_UP) {
          if (target.column === c) target.rowSpan = r - target.row + 1;
          if (target.row >= headerRows) mergesIntoHeader = false;
        } else if (target.row === r) {
          target.colSpan = c - target.column + 1;
        }
        owner.set(`${r},${c}`, target);
        return;
      }
      anyCell = true;
      const grid: GridCell = { node: cell, row: r, column: c, rowSpan: 1, colSpan: 1 };
      owner.set(`${r},${c}`, grid);
      starting.push(grid);
    });
    // A row continues the header only when one of its cells merges up into a header cell.
    if (mergesIntoHeader && row.children.some((cell) => markerOf(cell) === MERGE_UP && (owner.get(`${r},${row.children.indexOf(cell)}`)?.row ?? r) < r)) headerRows = r + 1;
    rows.push(anyCell ? starting : []);
  });
  return { headerRows, rows, strayMarkers, hasMerges };
}
