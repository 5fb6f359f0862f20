import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import {
  CloudUploadOutlined,
  DownloadOutlined,
  RedoOutlined,
  SaveOutlined,
  ThunderboltOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PlanVersionView } from '@grassroots/core';
import type { PlanEditor } from '../hooks/usePlanEditor';

// D7: what the organ admin does with a plan — generate, undo/redo edits, save a version, publish,
// and once published, export.

interface Props {
  view: PlanVersionView | undefined;
  editor: PlanEditor;
  editable: boolean;
  published: boolean;
  solving: boolean;
  onSolve: () => void;
  onSave: () => void;
  onPublish: () => void;
  onExport: () => void;
}

export function PlanToolbar({
  view,
  editor,
  editable,
  published,
  solving,
  onSolve,
  onSave,
  onPublish,
  onExport,
}: Props) {
  const { t } = useTranslation();
  const blockers = editor.violations.length;
  const publishHint = editor.dirty
    ? t('dispatch.publish.saveFirst')
    : blockers > 0
      ? t('dispatch.publish.fixFirst', { n: blockers })
      : '';
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
      <Flex align="center" gap={8} wrap>
        {view ? (
          <Typography.Text strong data-testid="plan-version">
            {t('dispatch.versions.label', { v: view.version })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('dispatch.plan.none')}</Typography.Text>
        )}
        {view && <Tag>{t(`dispatch.versions.sources.${view.source}`)}</Tag>}
        {view?.published && <Tag color="green">{t('dispatch.status.published')}</Tag>}
        {editor.dirty && (
          <Tag color="orange" data-testid="dirty">
            {t('dispatch.plan.dirty')}
          </Tag>
        )}
      </Flex>
      <Flex gap={8} wrap>
        {editable && (
          <>
            <Button
              type={view ? 'default' : 'primary'}
              icon={<ThunderboltOutlined />}
              loading={solving}
              onClick={onSolve}
              data-testid="solve"
            >
              {t('dispatch.plan.solve')}
            </Button>
            <Tooltip title={t('dispatch.plan.undoHint')}>
              <Button
                icon={<UndoOutlined />}
                disabled={!editor.canUndo}
                onClick={editor.undo}
                data-testid="undo"
              >
                {t('dispatch.plan.undo')}
              </Button>
            </Tooltip>
            <Button
              icon={<RedoOutlined />}
              disabled={!editor.canRedo}
              onClick={editor.redo}
              data-testid="redo"
            >
              {t('dispatch.plan.redo')}
            </Button>
            <Button
              icon={<SaveOutlined />}
              disabled={!editor.dirty}
              onClick={onSave}
              data-testid="save-version"
            >
              {t('dispatch.plan.save')}
            </Button>
            <Tooltip title={publishHint}>
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                disabled={!view || editor.dirty || blockers > 0}
                onClick={onPublish}
                data-testid="publish"
              >
                {t('dispatch.publish.action')}
              </Button>
            </Tooltip>
          </>
        )}
        {published && (
          <Button type="primary" icon={<DownloadOutlined />} onClick={onExport} data-testid="export">
            {t('dispatch.plan.export')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
