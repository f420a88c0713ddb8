// The look of the statistics tables, set once on the <table> instead of on each of up to
// hundreds of cells (a cell's classes used to outweigh its number several times over).

/** Classes of a statistics table: padded cells, ruled rows, right-aligned tabular figures. */
export const DATA_TABLE_STYLE = [
  'w-full border-collapse text-sm',
  '[&_th]:px-3 [&_th]:py-2 [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums',
  '[&_thead_tr]:border-b [&_thead_tr]:border-slate-300 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200',
  '[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_th]:tabular-nums',
].join(' ')

/**
 * Props of a figure's cell: a cell with no data is de-emphasised (its text says so). Others
 * get no class at all; an undefined one would still be spelled out in React's payload.
 */
export function dataCellProps(value: number | null): { className?: string } {
  return value === null ? { className: 'text-slate-600 italic' } : {}
}
