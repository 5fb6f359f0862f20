import { useEffect, useState } from 'react';
import { Button, Flex, Progress, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportReply } from '@grassroots/core';
import type { WizardKind } from '../api';
import { Counts } from './Counts';
import { ErrorTable } from './ErrorTable';

/** The server answers once the whole file is applied; the bar shows that work is under way. */
function useCreepingPercent(running: boolean): number {
  const [percent, setPercent] = useState(5);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setPercent((p) => Math.min(95, p + Math.max(1, (95 - p) / 12))), 300);
    return () => clearInterval(timer);
  }, [running]);
  return running ? Math.round(percent) : 100;
}

interface Props {
  kind: WizardKind;
  running: boolean;
  result: ImportReply | null;
  fileName: string;
  onRestart: () => void;
}

/** Steps 4–5: the commit (dryRun=false) with a progress indicator, then the result. */
export function CommitStep({ kind, running, result, fileName, onRestart }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const percent = useCreepingPercent(running);
  if (running || !result) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: 24 }} data-testid="import-running">
        <Progress type="circle" percent={percent} status="active" />
        <Typography.Text>{t('imports.running')}</Typography.Text>
      </Flex>
    );
  }
  const target = kind === 'cadres' ? '/cadres' : '/organization?tab=grassroots';
  return (
    <>
      <Result
        status={result.errors.length ? 'warning' : 'success'}
        title={t('imports.done')}
        subTitle={t('imports.doneSummary', { created: result.created, updated: result.updated })}
        extra={[
          <Button key="view" type="primary" onClick={() => void navigate(target)} data-testid="view-imported">
            {t(kind === 'cadres' ? 'imports.viewCadres' : 'imports.viewOrgs')}
          </Button>,
          <Button key="again" onClick={onRestart}>
            {t('imports.again')}
          </Button>,
        ]}
        data-testid="import-result"
      />
      <Counts reply={result} />
      <ErrorTable errors={result.errors} fileName={fileName} />
    </>
  );
}
