import { useState } from 'react';
import { Checkbox, DatePicker, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { worklogLimits } from '@grassroots/core';
import { todayInShanghai } from '../formModel';

/** L1: one day by default (today), a range when the work took several days; no future dates. */
export function DateField({
  value,
  onChange,
  id,
}: {
  value?: [Dayjs, Dayjs];
  onChange?: (dates: [Dayjs, Dayjs]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const today = todayInShanghai();
  const [from, to] = value ?? [today, today];
  const [multi, setMulti] = useState(() => !from.isSame(to, 'day'));
  const disabledDate = (d: Dayjs) => d.isAfter(today, 'day');
  const late = today.diff(to, 'day') > worklogLimits.lateAfterDays;
  return (
    <Flex vertical gap={4}>
      <Flex gap={12} align="center" wrap>
        {multi ? (
          <DatePicker.RangePicker
            id={id}
            value={[from, to]}
            allowClear={false}
            inputReadOnly
            disabledDate={disabledDate}
            onChange={(range) => {
              const [a, b] = range ?? [];
              if (a && b) onChange?.([a, b]);
            }}
            style={{ flex: 1, minWidth: 220 }}
          />
        ) : (
          <DatePicker
            id={id}
            value={from}
            allowClear={false}
            inputReadOnly
            disabledDate={disabledDate}
            onChange={(d: Dayjs | null) => {
              if (d) onChange?.([d, d]);
            }}
            style={{ width: 150 }}
          />
        )}
        <Checkbox
          checked={multi}
          onChange={(e) => {
            setMulti(e.target.checked);
            if (!e.target.checked) onChange?.([from, from]);
          }}
        >
          {t('worklog.form.multiDay')}
        </Checkbox>
      </Flex>
      {late && <Typography.Text type="warning">{t('worklog.form.lateHint')}</Typography.Text>}
    </Flex>
  );
}
