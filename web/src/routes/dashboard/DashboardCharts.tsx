import { useTranslation } from 'react-i18next';
import type { Cell, DashboardTable, Row } from './types';

/**
 * A plain bar per row of a table, drawn with CSS: decorative (hidden from screen readers), the
 * table below it is the text alternative. The bar shows the figure that tells most: the norms'
 * "met", the average change per life domain, else the row's total (or its one figure); a
 * suppressed figure gets no bar, only "<5" or "×". The result areas get none: every row's total
 * is the number of measurements, and the answers mean different things per area.
 */
export function BarChart({ table, rowLabel }: { table: DashboardTable; rowLabel: (r: Row) => string }) {
  const { t } = useTranslation();
  if (table.key === 'result_areas') return null;
  const column = (key: string) => table.columns.findIndex((c) => c.key === key);
  const index = table.key === 'domain_change' ? column('change')
    : table.key === 'plan_norm' || table.key === 'group_response' ? column('met')
    : column('total') >= 0 ? column('total') : 0;
  const bars = table.rows.map((r) => ({ key: r.key, label: rowLabel(r), cell: r.cells[index] as Cell }));
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.cell.value ?? 0)));
  if (bars.every((b) => !b.cell.suppressed && !b.cell.value)) return null;
  return (
    <div className="spil-dash-chart" aria-hidden="true">
      {bars.map((b) => (
        <div className="spil-dash-chart__row" key={b.key}>
          <span className="spil-dash-chart__label">{b.label}</span>
          <span className="spil-dash-chart__track">
            {b.cell.suppressed ? null : <span className="spil-dash-chart__bar" style={{ width: `${(Math.abs(b.cell.value ?? 0) / max) * 100}%` }} />}
          </span>
          <span className="spil-dash-chart__value">{b.cell.suppressed === 'small' ? t('dashboard.suppressed') : b.cell.suppressed ? t('dashboard.complementary') : b.cell.value ?? '–'}</span>
        </div>
      ))}
    </div>
  );
}
