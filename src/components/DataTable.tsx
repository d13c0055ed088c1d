import './DataTable.css';
import { useEffect, useRef, type RefObject } from 'react';
import type { ComparisonTable, TableRow } from '../domain/comparison/types';

interface DataTableProps {
  table: ComparisonTable;
  /** Set by "See every figure in a table": focus lands on the caption, not the page. */
  focusCaptionRef?: RefObject<boolean>;
}

/** The chart's accessible twin: every figure, exact, following every filter. */
export default function DataTable({ table, focusCaptionRef }: DataTableProps) {
  const caption = useRef<HTMLTableCaptionElement>(null);
  useEffect(() => {
    if (!focusCaptionRef?.current) return;
    focusCaptionRef.current = false;
    caption.current?.focus();
  }, [focusCaptionRef]);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table of figures">
      <table className="data-table">
        <caption ref={caption} tabIndex={-1}>
          {table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {table.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
                {c.marks && <sup className="data-table__mark">{c.marks}</sup>}
                {c.sub && <span className="data-table__sub">{c.sub}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
        <tfoot>
          <Row row={table.totals} />
        </tfoot>
      </table>
    </div>
  );
}

function Row({ row }: { row: TableRow }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell, i) => (
        <td key={i}>
          {cell.text ? (
            <>
              <span className="data-table__figure">
                {cell.text}
                {cell.marks && <sup className="data-table__mark">{cell.marks}</sup>}
              </span>
              {cell.date && <span className="data-table__date">{cell.date}</span>}
            </>
          ) : cell.empty?.startsWith('On the list') ? (
            <>
              <span className="data-table__outside" aria-hidden="true">
                outside
              </span>
              <span className="visually-hidden">{cell.empty}</span>
            </>
          ) : (
            <span className="visually-hidden">{cell.empty}</span>
          )}
        </td>
      ))}
    </tr>
  );
}
