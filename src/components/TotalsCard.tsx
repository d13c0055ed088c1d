import { memo } from 'react';
import type { SeriesStyle } from '../charts/seriesStyle';
import { weekNumberOf } from '../domain/comparison/place';
import { totalsFigure } from '../domain/comparison/totals';
import type { TitleTotals } from '../domain/comparison/types';
import { formatWeekDates } from '../domain/format';
import { formatInt, formatPercent, formatWeekSpan } from '../domain/format';
import type { Align, Metric, WeekRange } from '../domain/view';
import { Swatch } from './Swatch';

interface TotalsCardProps {
  totals: TitleTotals;
  align: Align;
  metric: Metric;
  weeks: WeekRange;
  style: SeriesStyle | undefined;
  /** Where it stands among every title Netflix listed, once the catalog is here. */
  overall?: string;
}

function TotalsCardView({ totals: t, align, metric, weeks, style, overall }: TotalsCardProps) {
  // Cumulative and Rank add up hours; only Views totals views.
  const unit = metric === 'views' ? 'views' : 'hours';
  const peakValue = t.peak ? totalsFigure(t.peak, metric) : null;
  const heading = (
    <h3 id={`card-${t.id}`} className="card__title">
      {style && <Swatch style={style} />}
      {t.name}
    </h3>
  );
  if (t.weeksOnList === 0) {
    return (
      <li className="card card--empty" aria-labelledby={`card-${t.id}`}>
        {heading}
        <p className="card__empty">Not on the list in {formatWeekSpan(weeks)}</p>
      </li>
    );
  }
  return (
    <li className="card" aria-labelledby={`card-${t.id}`}>
      {heading}
      {t.weeksCounted > 0 ? (
        <p className="card__total">
          <span className="card__figure" data-testid={`total-${t.id}`}>
            {formatInt(t.total)}
          </span>{' '}
          <span className="card__unit">{unit}</span>
        </p>
      ) : (
        <p className="card__empty">No views published in {formatWeekSpan(weeks)}</p>
      )}
      {t.coverage && t.weeksCounted > 0 && <p className="card__note">Netflix published {t.coverage}</p>}
      {align === 'premiere' && t.weeksOnList < t.weeksInRange && (
        <p className="card__note">
          On the list {t.weeksOnList} of {t.weeksInRange} weeks in this range
        </p>
      )}
      <dl className="card__facts">
        {metric === 'rank' && t.best ? (
          <div>
            <dt>Best rank</dt>
            <dd>
              #{t.best.week.rank}
              <span className="card__sub">
                first in week {weekNumberOf(t.best, align)}, {formatWeekDates(t.best.week.week)}
              </span>
            </dd>
          </div>
        ) : (
          <div>
            <dt>Average per week</dt>
            <dd>{t.average === null ? '—' : formatInt(Math.round(t.average))}</dd>
          </div>
        )}
        <div>
          <dt>Peak week</dt>
          <dd>
            {t.peak && peakValue !== null ? (
              <>
                {formatInt(peakValue)}
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
          <dt>Weeks at #1 in {t.category}</dt>
          <dd>{t.weeksAtNo1}</dd>
        </div>
        <div>
          <dt>Weeks counted</dt>
          <dd>{t.weeksCounted}</dd>
        </div>
      </dl>
      {overall && <p className="card__overall">Among all titles: {overall}</p>}
      {t.isLeader ? (
        <p className="card__ratio">Leads this comparison</p>
      ) : t.shareOfLeader !== null ? (
        <p className="card__ratio">
          {formatPercent(t.shareOfLeader)} of {t.leaderName}
        </p>
      ) : null}
    </li>
  );
}

export const TotalsCard = memo(TotalsCardView);
