import { useEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import {
  TooltipComponent,
  VisualMapComponent,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { featureNames, loadMap } from './mapData';

// A5: a choropleth of cadres posted — China by province, or one province by prefecture.
// Only the parts of ECharts this chart uses are bundled (tree-shaken), in the map tab's chunk.
echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

export interface Region {
  code: string;
  name: string;
  cadres: number;
  groups: number;
}

interface Props {
  /** 'china' or a two-digit province code. */
  mapKey: string;
  regions: Region[];
  onRegion?: (code: string) => void;
}

export function DispatchMap({ mapKey, regions, onRegion }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const codeByName = useRef(new Map<string, string>());
  const onRegionRef = useRef(onRegion);
  useEffect(() => {
    onRegionRef.current = onRegion;
  }, [onRegion]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el);
    chart.current = instance;
    instance.on('click', (params) => {
      const code = codeByName.current.get(params.name);
      if (code) onRegionRef.current?.(code);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setFailed(false);
    loadMap(mapKey)
      .then((json) => {
        if (cancelled || !chart.current) return;
        if (!echarts.getMap(mapKey)) echarts.registerMap(mapKey, json);
        const names = featureNames(json, mapKey === 'china' ? 2 : 4);
        codeByName.current = new Map([...names].map(([code, name]) => [name, code]));
        const max = Math.max(1, ...regions.map((r) => r.cadres));
        const byName = new Map(regions.map((r) => [names.get(r.code) ?? r.name, r]));
        const province = mapKey !== 'china';
        const option: Option = {
          tooltip: {
            trigger: 'item',
            formatter: (p) => {
              const item = Array.isArray(p) ? p[0] : p;
              const region = item ? byName.get(item.name) : undefined;
              const name = region?.name ?? item?.name ?? '';
              return region
                ? `${name}<br/>${t('dispatch.map.tipCadres', { n: region.cadres })}<br/>${t('dispatch.map.tipGroups', { n: region.groups })}`
                : `${name}<br/>${t('dispatch.map.tipNone')}`;
            },
          },
          visualMap: {
            type: 'continuous',
            min: 0,
            max,
            orient: 'horizontal',
            left: 'center',
            bottom: 4,
            itemWidth: 10,
            itemHeight: 120,
            text: [t('dispatch.map.more'), t('dispatch.map.less')],
            inRange: { color: ['#d6e4ff', '#4096ff', '#1d39c4'] },
            calculable: false,
            seriesIndex: 0,
          },
          series: [
            {
              type: 'map',
              map: mapKey,
              roam: false,
              selectedMode: false,
              // Fit the outline in the box above the legend, keeping its proportions.
              top: 8,
              bottom: 44,
              left: 8,
              right: 8,
              itemStyle: { areaColor: '#f5f5f5', borderColor: '#bfbfbf', borderWidth: 0.6 },
              emphasis: { itemStyle: { areaColor: '#ffd666' }, label: { show: true } },
              // A white halo keeps names legible on dark and light fills alike.
              label: {
                show: province,
                fontSize: 10,
                color: '#262626',
                textBorderColor: '#fff',
                textBorderWidth: 2,
              },
              data: [...byName].map(([name, r]) => ({
                name,
                value: r.cadres,
                label: { show: true, fontWeight: 'bold' as const, formatter: `{b}\n${r.cadres}` },
              })),
            },
          ],
        };
        chart.current.setOption(option, true);
        setLoading(false);
      })
      .catch(() => {
        if (!cancelled) {
          setFailed(true);
          setLoading(false);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [mapKey, regions, t]);

  return (
    <div style={{ position: 'relative' }}>
      {failed && <Alert type="error" showIcon title={t('dispatch.map.failed')} />}
      <div
        ref={box}
        data-testid="dispatch-map"
        role="img"
        aria-label={t('dispatch.map.aria')}
        style={{ width: '100%', aspectRatio: '4 / 3', maxHeight: 560, minHeight: 260 }}
      />
      {loading && <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />}
    </div>
  );
}
