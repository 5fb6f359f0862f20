import { useState } from 'react';
import { Alert, Button, Flex, Popconfirm, Space, Steps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import type { ImportReply } from '@grassroots/core';
import { runImport, wizardKinds, type WizardKind } from './api';
import { ChooseStep } from './components/ChooseStep';
import { UploadStep } from './components/UploadStep';
import { Counts } from './components/Counts';
import { ErrorTable } from './components/ErrorTable';
import { CommitStep } from './components/CommitStep';
import { MappingForm } from './components/MappingForm';

interface Run {
  file: File;
  dryRun: boolean;
}

/** R5/X8 import wizard: choose → upload → preview (dryRun=true) → commit (dryRun=false) → result. */
export default function ImportsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<WizardKind>(wizardKinds.find((k) => k === params.get('kind')) ?? 'cadres');
  const [mappingId, setMappingId] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<ImportReply | null>(null);
  const [result, setResult] = useState<ImportReply | null>(null);

  const run = useMutation({
    mutationFn: ({ file: f, dryRun }: Run) => runImport(kind, f, dryRun, mappingId),
    onSuccess: (reply, { dryRun }) => {
      if (dryRun) {
        setPreview(reply);
        setStep(2);
      } else {
        setResult(reply);
      }
    },
    onError: (_err, { dryRun }) => {
      if (!dryRun) setStep(2);
    },
  });

  const restart = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setStep(0);
  };
  const commit = () => {
    if (!file) return;
    setResult(null);
    setStep(3);
    run.mutate({ file, dryRun: false });
  };

  const stepItems = ['choose', 'upload', 'preview', 'commit'] as const;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageCard title={t('imports.title')}>
        <Steps
          current={step}
          size="small"
          responsive
          items={stepItems.map((s) => ({ title: t(`imports.steps.${s}`) }))}
          style={{ marginBottom: 24 }}
        />
        {step === 0 && (
          <ChooseStep
            kind={kind}
            mappingId={mappingId}
            onKind={(k) => {
              setKind(k);
              setMappingId(undefined);
            }}
            onMapping={setMappingId}
          />
        )}
        {step === 1 && <UploadStep file={file} onFile={setFile} />}
        {step === 2 && preview && file && (
          <>
            <Alert
              type={preview.errors.length ? 'warning' : 'info'}
              showIcon
              title={t(preview.errors.length ? 'imports.previewWithErrors' : 'imports.previewOk')}
              style={{ marginBottom: 16 }}
            />
            <Counts reply={preview} />
            <ErrorTable errors={preview.errors} fileName={file.name} />
          </>
        )}
        {step === 3 && (
          <CommitStep
            kind={kind}
            running={run.isPending}
            result={result}
            fileName={file?.name ?? ''}
            onRestart={restart}
          />
        )}
        <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 24 }}>
          {step > 0 && step < 3 && (
            <Button onClick={() => setStep(step - 1)} disabled={run.isPending}>
              {t('common.previous')}
            </Button>
          )}
          {step === 0 && (
            <Button type="primary" onClick={() => setStep(1)} data-testid="next">
              {t('common.next')}
            </Button>
          )}
          {step === 1 && (
            <Button
              type="primary"
              disabled={!file}
              loading={run.isPending}
              onClick={() => file && run.mutate({ file, dryRun: true })}
              data-testid="preview"
            >
              {t('imports.preview')}
            </Button>
          )}
          {step === 2 &&
            (preview?.errors.length ? (
              <Popconfirm
                title={t('imports.commitWithErrors', { count: preview.errors.length })}
                onConfirm={commit}
              >
                <Button type="primary" danger data-testid="commit">
                  {t('imports.commit')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="primary"
                onClick={commit}
                disabled={!preview || preview.created + preview.updated === 0}
                data-testid="commit"
              >
                {t('imports.commit')}
              </Button>
            ))}
        </Flex>
      </PageCard>
      <MappingForm kind={kind} />
    </Space>
  );
}
