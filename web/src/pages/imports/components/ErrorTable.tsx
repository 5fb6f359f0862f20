import { Button, Flex, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '@grassroots/core';
import { saveBlob } from '../../../app/api';
import { errorReportCsv } from './errorReport';

/** Row-level errors (row, column, message) with a CSV report to fix the file offline (R5). */
export function ErrorTable({ errors, fileName }: { errors: readonly ImportRowError[]; fileName: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const report = () =>
    saveBlob(
      errorReportCsv(errors, [t('imports.row'), t('imports.column'), t('imports.message')]),
      `${fileName.replace(/\.(xlsx|csv)$/i, '')}-errors.csv`,
    );
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '16px 0 8px' }}>
        <Typography.Text strong>{t('imports.errorsTitle', { count: errors.length })}</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={report} data-testid="error-report">
          {t('imports.downloadErrors')}
        </Button>
      </Flex>
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
        dataSource={[...errors]}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        data-testid="import-errors"
        columns={[
          { title: t('imports.row'), dataIndex: 'row', width: 70 },
          { title: t('imports.column'), dataIndex: 'column', width: 140 },
          { title: t('imports.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
