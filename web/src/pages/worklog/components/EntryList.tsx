import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Empty, Flex, Pagination, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEntries, type EntryFilter } from '../api';
import { EntryCard } from './EntryCard';

/** Entries from the server, newest first (the server orders them), paged. */
export function EntryList({
  filter,
  showCadre = false,
  enabled = true,
  emptyText,
}: {
  filter: EntryFilter;
  showCadre?: boolean;
  enabled?: boolean;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useEntries(filter, page, pageSize, enabled);
  const items = list.data?.items ?? [];
  return (
    <Spin spinning={list.isFetching && items.length === 0}>
      <Flex vertical gap={8} data-testid="entry-list">
        {items.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            showCadre={showCadre}
            onOpen={() => void navigate(`/logs/${entry.id}`)}
          />
        ))}
        {list.isSuccess && items.length === 0 && (
          <Empty description={emptyText ?? t('worklog.list.emptyFiltered')} />
        )}
        {(list.data?.total ?? 0) > pageSize && (
          <Pagination
            align="center"
            size="small"
            current={page}
            pageSize={pageSize}
            total={list.data?.total ?? 0}
            showTotal={(total) => t('common.total', { total })}
            onChange={(p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            }}
          />
        )}
      </Flex>
    </Spin>
  );
}
