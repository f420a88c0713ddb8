// The look of the statistics tables, set once on the <table> instead of on each of up to
// hundreds of cells (a cell's classes used to outweigh its number several times over).

/** Classes of a statistics table: padded cells, ruled rows, right-aligned tabular figures. */
export const DATA_TABLE_STYLE = [
  'w-full border-collapse text-sm',
  '[&_th]:px-3 [&_th]:py-2 [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums',
  '[&_thead_tr]:border-b [&_thead_tr]:border-slate-300 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200',
  '[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_th]:tabular-nums',
].join(' ')

/** Classes of a cell that has no data (its text says so; the style only de-emphasises it). */
export const NO_DATA_CELL_STYLE = 'text-slate-600 italic'
