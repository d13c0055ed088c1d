import type { SeriesStyle } from '../charts/seriesStyle';
import { formatWeekDates } from '../domain/dates';
import { formatInt, formatPercent } from '../domain/format';
import { weekNumberOf } from '../domain/series';
import type { TitleTotals } from '../domain/totals';
import type { Align } from '../domain/view';
import { Swatch } from './Swatch';

export function TotalsCard({ totals: t, align, style }: { totals: TitleTotals; align: Align; style: SeriesStyle | undefined }) {
  return (
    <li className="card" aria-labelledby={`card-${t.id}`}>
      <h3 id={`card-${t.id}`} className="card__title">
        {style && <Swatch style={style} />}
        {t.name}
      </h3>
      <p className="card__total">
        <span className="card__figure" data-testid={`total-${t.id}`}>
          {formatInt(t.total)}
        </span>{' '}
        <span className="card__unit">hours</span>
      </p>
      {align === 'premiere' && t.weeksOnList < t.weeksInRange && (
        <p className="card__note">
          On the list {t.weeksOnList} of {t.weeksInRange} weeks in this range
        </p>
      )}
      <dl className="card__facts">
        <div>
          <dt>Average per week</dt>
          <dd>{t.average === null ? '—' : formatInt(Math.round(t.average))}</dd>
        </div>
        <div>
          <dt>Peak week</dt>
          <dd>
            {t.peak ? (
              <>
                {formatInt(t.peak.week.hours)}
                <span className="card__sub">
                  week {weekNumberOf(t.peak, align)}, {formatWeekDates(t.peak.week.week)}
                </span>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Weeks at #1</dt>
          <dd>{t.weeksAtNo1}</dd>
        </div>
        <div>
          <dt>Weeks counted</dt>
          <dd>{t.weeksOnList}</dd>
        </div>
      </dl>
      <p className="card__ratio">
        {t.isLeader ? 'Leads this comparison' : t.shareOfLeader === null ? 'No hours in range' : `${formatPercent(t.shareOfLeader)} of ${t.leaderName}`}
      </p>
    </li>
  );
}
