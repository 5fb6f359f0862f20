import { useMemo, useState } from 'react';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { SearchOutlined, UserAddOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useYouthSearch, type RecentView } from '../api';
import { emptyPeople, type PeopleValue } from '../formModel';
import { NewPartnerForm, NewYouthForm } from './InlineAdd';
import { chipStyle } from './PlaceField';

type Panel = 'youth' | 'partner' | 'search' | null;

function toggle<T extends { id: string }>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x.id !== item.id), item] : list.filter((x) => x.id !== item.id);
}

/** L2: recent youth and league cadres first as tappable chips; new ones added inline (L1). */
export function PeopleField({
  value = emptyPeople,
  onChange,
  recent,
}: {
  value?: PeopleValue;
  onChange?: (people: PeopleValue) => void;
  recent: RecentView | undefined;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const [q, setQ] = useState('');
  const search = useYouthSearch(q, panel === 'search');
  const set = (patch: Partial<PeopleValue>) => onChange?.({ ...value, ...patch });

  // Chosen people stay visible as chips even when they are not among the recent ones.
  const youthChips = useMemo(() => {
    const list = [...(recent?.youth ?? [])];
    for (const y of value.youth) if (!list.some((x) => x.id === y.id)) list.unshift(y);
    return list;
  }, [recent, value.youth]);
  const partnerChips = useMemo(() => {
    const list = (recent?.partners ?? []).map((p) => ({
      id: p.id,
      name: p.unit ? `${p.name} · ${p.unit}` : p.name,
    }));
    for (const p of value.partners) if (!list.some((x) => x.id === p.id)) list.unshift(p);
    return list;
  }, [recent, value.partners]);

  return (
    <Flex vertical gap={8}>
      {(youthChips.length > 0 || value.newYouth.length > 0) && (
        <Flex wrap gap={8} data-testid="youth-chips">
          {youthChips.map((y) => (
            <Tag.CheckableTag
              key={y.id}
              checked={value.youth.some((x) => x.id === y.id)}
              onChange={(on) => set({ youth: toggle(value.youth, y, on) })}
              style={chipStyle}
            >
              {y.name}
            </Tag.CheckableTag>
          ))}
          {value.newYouth.map((y, i) => (
            <Tag
              key={`new-${i}`}
              color="green"
              closable
              onClose={() => set({ newYouth: value.newYouth.filter((_, j) => j !== i) })}
              style={{ ...chipStyle, border: undefined }}
            >
              {y.name} <Typography.Text type="secondary">({t('worklog.form.newTag')})</Typography.Text>
            </Tag>
          ))}
        </Flex>
      )}
      {(partnerChips.length > 0 || value.newPartners.length > 0) && (
        <Flex wrap gap={8} data-testid="partner-chips">
          {partnerChips.map((p) => (
            <Tag.CheckableTag
              key={p.id}
              checked={value.partners.some((x) => x.id === p.id)}
              onChange={(on) => set({ partners: toggle(value.partners, p, on) })}
              style={chipStyle}
            >
              <TeamOutlined /> {p.name}
            </Tag.CheckableTag>
          ))}
          {value.newPartners.map((p, i) => (
            <Tag
              key={`new-${i}`}
              color="blue"
              closable
              onClose={() => set({ newPartners: value.newPartners.filter((_, j) => j !== i) })}
              style={{ ...chipStyle, border: undefined }}
            >
              <TeamOutlined /> {p.name}{' '}
              <Typography.Text type="secondary">({t('worklog.form.newTag')})</Typography.Text>
            </Tag>
          ))}
        </Flex>
      )}
      <Flex wrap gap={8}>
        <Button
          icon={<UserAddOutlined />}
          type={panel === 'youth' ? 'primary' : 'default'}
          ghost={panel === 'youth'}
          onClick={() => setPanel(panel === 'youth' ? null : 'youth')}
          data-testid="add-youth"
        >
          {t('worklog.form.addYouth')}
        </Button>
        <Button
          icon={<TeamOutlined />}
          type={panel === 'partner' ? 'primary' : 'default'}
          ghost={panel === 'partner'}
          onClick={() => setPanel(panel === 'partner' ? null : 'partner')}
          data-testid="add-partner"
        >
          {t('worklog.form.addPartner')}
        </Button>
        <Button
          icon={<SearchOutlined />}
          aria-label={t('worklog.form.searchYouth')}
          onClick={() => setPanel(panel === 'search' ? null : 'search')}
        />
      </Flex>
      {panel === 'youth' && (
        <NewYouthForm
          onCancel={() => setPanel(null)}
          onAdd={(y) => {
            set({ newYouth: [...value.newYouth, y] });
            setPanel(null);
          }}
        />
      )}
      {panel === 'partner' && (
        <NewPartnerForm
          onCancel={() => setPanel(null)}
          onAdd={(p) => {
            set({ newPartners: [...value.newPartners, p] });
            setPanel(null);
          }}
        />
      )}
      {panel === 'search' && (
        <Select<string>
          autoFocus
          open
          showSearch={{ filterOption: false, onSearch: setQ }}
          placeholder={t('worklog.form.searchYouth')}
          loading={search.isFetching}
          value={null}
          options={(search.data?.items ?? []).map((y) => ({ value: y.id, label: y.name }))}
          onChange={(id) => {
            const y = search.data?.items.find((x) => x.id === id);
            if (y) set({ youth: toggle(value.youth, { id: y.id, name: y.name }, true) });
            setPanel(null);
          }}
          onBlur={() => setPanel(null)}
          style={{ width: '100%' }}
        />
      )}
    </Flex>
  );
}
