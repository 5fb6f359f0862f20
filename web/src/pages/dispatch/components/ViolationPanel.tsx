import { useState } from 'react';
import { Alert, Badge, Button, Card, Collapse, Empty, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Violation } from '@grassroots/core/dispatch/index';
import type { Directory } from '../model/directory';

// D7: violations one by one, in the validator's plain words, grouped by rule, each naming the
// cadres it concerns as links into the plan table.

const ruleOrder = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
type KnownRule = (typeof ruleOrder)[number];
const isKnownRule = (rule: string): rule is KnownRule => (ruleOrder as readonly string[]).includes(rule);

interface ItemsProps {
  items: Violation[];
  dir: Directory;
  onCadre: (id: string) => void;
}

/** One violation (or explanation) per row: the message, then the cadres it names. */
export function ViolationItems({ items, dir, onCadre }: ItemsProps) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(v, i) => (
        <List.Item key={`${v.code}-${i}`} data-testid="violation" data-rule={v.rule} data-code={v.code}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Typography.Text>{v.message}</Typography.Text>
            <Flex wrap gap={4} align="center">
              {v.batch !== undefined && <Tag>{t('dispatch.batchName', { n: v.batch })}</Tag>}
              {v.cadreIds.slice(0, 8).map((id) => (
                <Button key={id} size="small" type="link" style={{ padding: 0 }} onClick={() => onCadre(id)}>
                  {dir.cadre(id)?.name ?? id}
                </Button>
              ))}
              {v.cadreIds.length > 8 && (
                <Typography.Text type="secondary">
                  {t('dispatch.violations.more', { n: v.cadreIds.length - 8 })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}

interface Props extends Omit<ItemsProps, 'items'> {
  violations: Violation[];
  live: boolean;
}

export function ViolationPanel({ violations, live, dir, onCadre }: Props) {
  const { t } = useTranslation();
  // Rules the user folded stay folded; a rule broken for the first time opens.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const byRule = new Map<string, Violation[]>();
  for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
  const rules = [...byRule.keys()].sort((a, b) => a.localeCompare(b));
  const title = (
    <Flex align="center" gap={8}>
      {t('dispatch.violations.title')}
      <Badge
        count={violations.length}
        showZero
        color={violations.length ? 'red' : 'green'}
        data-testid="violation-count"
      />
    </Flex>
  );
  return (
    <Card size="small" title={title} data-testid="violations" data-count={violations.length}>
      {!live && (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('dispatch.violations.saved')} />
      )}
      {violations.length === 0 ? (
        <Empty
          image={<CheckCircleFilled style={{ fontSize: 40, color: '#52c41a' }} />}
          styles={{ image: { height: 44 } }}
          description={t('dispatch.violations.none')}
        />
      ) : (
        <Collapse
          size="small"
          ghost
          activeKey={rules.filter((r) => !folded.has(r))}
          onChange={(keys) => setFolded(new Set(rules.filter((r) => !keys.includes(r))))}
          items={rules.map((rule) => ({
            key: rule,
            label: (
              <Flex justify="space-between" gap={8}>
                <span>
                  <Tag color="red">{rule}</Tag>
                  {isKnownRule(rule) ? t(`dispatch.rules.${rule}`) : rule}
                </span>
                <Badge count={byRule.get(rule)?.length ?? 0} color="red" />
              </Flex>
            ),
            children: <ViolationItems items={byRule.get(rule) ?? []} dir={dir} onCadre={onCadre} />,
          }))}
        />
      )}
    </Card>
  );
}
