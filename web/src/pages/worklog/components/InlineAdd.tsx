import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  inlineYouth,
  organLevelLabels,
  organLevels,
  partnerInput,
  youthGroupLabels,
  youthGroups,
  type OrganLevel,
  type YouthGroup,
} from '@grassroots/core';
import { issueMessage } from '../../../components/zodRule';
import { useLabel } from '../labels';
import type { NewPartner, NewYouth } from '../formModel';

// Inline mini forms of the entry form (no nested <form>): a new youth contact (Y1 minimal fields)
// and a league cadre talked with; both travel in the entry's own body (L1, L3).

function InlineCard({ children }: { children: React.ReactNode }) {
  return (
    <Card size="small" styles={{ body: { padding: 10 } }} style={{ background: '#fafafa' }}>
      <Flex vertical gap={8}>
        {children}
      </Flex>
    </Card>
  );
}

export function NewYouthForm({ onAdd, onCancel }: { onAdd: (y: NewYouth) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [group, setGroup] = useState<YouthGroup | undefined>();
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const candidate = { name: name.trim(), phone: phone.trim() || undefined, group };
    const parsed = inlineYouth.safeParse(candidate);
    const issue = parsed.error?.issues[0];
    if (issue) {
      const field = t(issue.path[0] === 'phone' ? 'worklog.form.youthPhone' : 'worklog.form.youthName');
      setError(t('worklog.form.fieldError', { field, message: issueMessage(issue, t) }));
      return;
    }
    onAdd(candidate);
  };
  return (
    <InlineCard>
      <Input
        autoFocus
        placeholder={t('worklog.form.youthName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        data-testid="new-youth-name"
      />
      <Input
        inputMode="tel"
        placeholder={t('worklog.form.youthPhone')}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        data-testid="new-youth-phone"
      />
      <Select<YouthGroup>
        allowClear
        placeholder={t('worklog.form.youthGroup')}
        value={group}
        onChange={setGroup}
        options={youthGroups.map((g) => ({ value: g, label: label(youthGroupLabels[g]) }))}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('worklog.actions.cancel')}</Button>
        <Button type="primary" onClick={add} data-testid="new-youth-add">
          {t('worklog.form.add')}
        </Button>
      </Flex>
    </InlineCard>
  );
}

export function NewPartnerForm({
  onAdd,
  onCancel,
}: {
  onAdd: (p: NewPartner) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [organLevel, setOrganLevel] = useState<OrganLevel>(4);
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const candidate = { name: name.trim(), unit: unit.trim(), organLevel };
    const issue = partnerInput.safeParse(candidate).error?.issues[0];
    if (issue) {
      setError(
        t('worklog.form.fieldError', {
          field: t('worklog.form.partnerName'),
          message: issueMessage(issue, t),
        }),
      );
      return;
    }
    onAdd(candidate);
  };
  return (
    <InlineCard>
      <Input
        autoFocus
        placeholder={t('worklog.form.partnerName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        data-testid="new-partner-name"
      />
      <Input
        placeholder={t('worklog.form.partnerUnit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
      />
      <Select<OrganLevel>
        value={organLevel}
        onChange={setOrganLevel}
        options={organLevels.map((l) => ({ value: l, label: label(organLevelLabels[l]) }))}
        aria-label={t('worklog.form.partnerLevel')}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('worklog.actions.cancel')}</Button>
        <Button type="primary" onClick={add} data-testid="new-partner-add">
          {t('worklog.form.add')}
        </Button>
      </Flex>
    </InlineCard>
  );
}
