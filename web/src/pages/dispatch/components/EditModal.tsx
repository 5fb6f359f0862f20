import { useMemo, useState } from 'react';
import { Descriptions, Form, Modal, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Batch, Plan, Problem } from '@grassroots/core/dispatch/index';
import type { Directory } from '../model/directory';
import type { PlanEdit } from '../model/planEdits';
import { groupNumbers } from '../model/planView';

// D7: one hand edit of a cadre — move to another batch/county/work group, or swap places with
// another cadre. Rules are not enforced here: the live validation shows what an edit breaks.

type Mode = 'move' | 'swap';
const NEW_GROUP = '__new__';

interface Props {
  cadreId: string;
  plan: Plan;
  problem: Problem;
  batches: readonly Batch[];
  dir: Directory;
  onApply: (edit: PlanEdit) => void;
  onClose: () => void;
}

export function EditModal({ cadreId, plan, problem, batches, dir, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const current = plan.assignments.find((a) => a.cadreId === cadreId);
  const cadre = problem.cadres.find((c) => c.id === cadreId);
  const [mode, setMode] = useState<Mode>('move');
  const [batch, setBatch] = useState<number>(current?.batch ?? batches[0]?.id ?? 1);
  const [county, setCounty] = useState<string | undefined>(current?.countyCode);
  const [group, setGroup] = useState<string>(current?.groupId ?? NEW_GROUP);
  const [other, setOther] = useState<string | undefined>();

  const countyOptions = useMemo(() => {
    const taken = new Map<string, string[]>();
    for (const a of plan.assignments) {
      if (a.batch !== batch || a.cadreId === cadreId) continue;
      taken.set(a.countyCode, [...(taken.get(a.countyCode) ?? []), dir.cadre(a.cadreId)?.name ?? a.cadreId]);
    }
    const byPrefecture = new Map<
      string,
      { label: string; options: { value: string; search: string; label: React.ReactNode }[] }
    >();
    for (const c of problem.counties) {
      const hints: string[] = [];
      const names = taken.get(c.code);
      if (names) hints.push(t('dispatch.edit.taken', { names: names.join('、') }));
      if (cadre?.nativeCountyCode === c.code) hints.push(t('dispatch.edit.native'));
      if (cadre?.previousCountyCodes.includes(c.code)) hints.push(t('dispatch.edit.previous'));
      const place = byPrefecture.get(c.prefectureCode) ?? {
        label: dir.prefecture(c.prefectureCode),
        options: [],
      };
      place.options.push({
        value: c.code,
        search: `${c.name} ${place.label} ${c.code}`,
        label: (
          <span data-testid={`county-option-${c.code}`}>
            {c.name}
            {hints.length > 0 && <Typography.Text type="warning"> （{hints.join('；')}）</Typography.Text>}
          </span>
        ),
      });
      byPrefecture.set(c.prefectureCode, place);
    }
    return [...byPrefecture.values()];
  }, [plan, problem, batch, cadreId, cadre, dir, t]);

  const prefectureCode = problem.counties.find((c) => c.code === county)?.prefectureCode;
  const numbers = groupNumbers(plan);
  const groupOptions = [
    ...plan.groups
      .filter((g) => g.batch === batch && g.prefectureCode === prefectureCode)
      .map((g) => {
        const n = numbers.get(g.id) ?? 0;
        const place = dir.prefecture(g.prefectureCode);
        const name = n
          ? t('dispatch.plan.groupNameN', { place, n })
          : t('dispatch.plan.groupName', { place });
        return { value: g.id, label: `${name}（${t('dispatch.plan.members', { n: g.memberIds.length })}）` };
      }),
    { value: NEW_GROUP, label: t('dispatch.edit.newGroup') },
  ];

  // Keep the cadre's own group when it fits, else the smallest group of that prefecture and batch.
  const defaultGroup = (b: number, code: string): string => {
    const pref = problem.counties.find((c) => c.code === code)?.prefectureCode;
    const fits = plan.groups.filter((g) => g.batch === b && g.prefectureCode === pref);
    const own = fits.find((g) => g.memberIds.includes(cadreId));
    const smallest = [...fits].sort((x, y) => x.memberIds.length - y.memberIds.length)[0];
    return own?.id ?? smallest?.id ?? NEW_GROUP;
  };
  const pickCounty = (code: string) => {
    setCounty(code);
    setGroup(defaultGroup(batch, code));
  };
  const pickBatch = (b: number) => {
    setBatch(b);
    setGroup(county ? defaultGroup(b, county) : NEW_GROUP);
  };

  const swapOptions = plan.assignments
    .filter((a) => a.cadreId !== cadreId)
    .map((a) => {
      const name = dir.cadre(a.cadreId)?.name ?? a.cadreId;
      const label = `${name} · ${t('dispatch.batchName', { n: a.batch })} · ${dir.county(a.countyCode)?.name ?? a.countyCode}`;
      return { value: a.cadreId, label };
    });

  const ready = mode === 'move' ? county !== undefined : other !== undefined && current !== undefined;
  const submit = () => {
    if (mode === 'move' && county) {
      onApply({
        kind: 'move',
        cadreId,
        to: { batch, countyCode: county, groupId: group === NEW_GROUP ? null : group },
      });
    } else if (mode === 'swap' && other) {
      onApply({ kind: 'swap', a: cadreId, b: other });
    }
    onClose();
  };

  return (
    <Modal
      open
      title={t('dispatch.edit.title', { name: dir.cadre(cadreId)?.name ?? cadreId })}
      okText={t('dispatch.edit.apply')}
      okButtonProps={{ disabled: !ready }}
      onOk={submit}
      onCancel={onClose}
      data-testid="edit-modal"
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('cadres.rank')}>{cadre ? t(`rank.${cadre.rank}`) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('cadres.department')}>{cadre?.department}</Descriptions.Item>
        <Descriptions.Item label={t('dispatch.edit.now')}>
          {current
            ? `${t('dispatch.batchName', { n: current.batch })} · ${dir.county(current.countyCode)?.name ?? current.countyCode}`
            : t('dispatch.edit.notPlaced')}
        </Descriptions.Item>
      </Descriptions>
      {current && (
        <Segmented<Mode>
          block
          value={mode}
          onChange={setMode}
          style={{ marginBottom: 16 }}
          options={[
            { value: 'move', label: t('dispatch.edit.move') },
            { value: 'swap', label: t('dispatch.edit.swap') },
          ]}
        />
      )}
      <Form layout="vertical">
        {mode === 'move' ? (
          <>
            <Form.Item label={t('dispatch.edit.batch')}>
              <Select
                value={batch}
                onChange={pickBatch}
                options={batches.map((b) => ({
                  value: b.id,
                  label: t('dispatch.batchRange', { n: b.id, start: b.start, end: b.end }),
                }))}
                data-testid="edit-batch"
              />
            </Form.Item>
            <Form.Item label={t('dispatch.edit.county')} extra={t('dispatch.edit.countyHint')}>
              <Select
                value={county}
                onChange={pickCounty}
                options={countyOptions}
                showSearch={{ optionFilterProp: 'search' }}
                placeholder={t('dispatch.edit.countyPlaceholder')}
                data-testid="edit-county"
              />
            </Form.Item>
            <Form.Item label={t('dispatch.edit.group')}>
              <Select
                value={group}
                onChange={setGroup}
                options={groupOptions}
                disabled={!county}
                data-testid="edit-group"
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item label={t('dispatch.edit.swapWith')} extra={t('dispatch.edit.swapHint')}>
            <Select
              value={other}
              onChange={setOther}
              options={swapOptions}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('dispatch.edit.swapPlaceholder')}
              data-testid="edit-swap"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
