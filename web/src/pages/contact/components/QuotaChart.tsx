import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ProgressStatus } from '@grassroots/core';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartRow {
  name: string;
  /** Share of the year's target done, in percent (capped at 100). */
  done: number;
  /** Share of the target due by today (A1), in percent. */
  expected: number;
  status: ProgressStatus;
}

/** A1/A5: done against due-by-today for every quota, as bars one can take in at a glance. */
export function QuotaChart({
  rows,
  doneLabel,
  expectedLabel,
}: {
  rows: readonly ChartRow[];
  doneLabel: string;
  expectedLabel: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const ordered = [...rows].reverse();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 8 },
      legend: { top: 0, data: [doneLabel, expectedLabel], itemWidth: 14, itemHeight: 10 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => `${String(v)}%`,
      },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: ordered.map((r) => r.name),
        axisLabel: { width: 120, overflow: 'truncate' },
      },
      series: [
        {
          name: doneLabel,
          type: 'bar',
          barGap: '10%',
          color: '#1677ff',
          data: ordered.map((r) => r.done),
        },
        { name: expectedLabel, type: 'bar', color: '#bfbfbf', data: ordered.map((r) => r.expected) },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, doneLabel, expectedLabel]);
  return <div ref={ref} style={{ width: '100%', height: 48 + rows.length * 40 }} data-testid="quota-chart" />;
}
