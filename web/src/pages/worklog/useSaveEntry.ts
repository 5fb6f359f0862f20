import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { EntryView } from '@grassroots/core';
import { useUser } from '../../app/session';
import { discardRejected, enqueue, sendItem, type PendingFile } from '../../offline/outbox';
import type { OutboxBody } from '../../offline/db';
import { worklogKeys } from './api';

export type SaveResult =
  | { kind: 'sent'; view: EntryView }
  | { kind: 'queued' }
  | { kind: 'rejected'; message: string }
  | { kind: 'noStore' };

/**
 * L3: every entry is first kept on the device with its Idempotency-Key, then sent with that key. No
 * network (or no answer) leaves it queued for the sync loop; a refusal (4xx) comes back to the form,
 * which still holds the text.
 */
export function useSaveEntry() {
  const user = useUser();
  const client = useQueryClient();
  return useCallback(
    async (
      body: OutboxBody,
      display: unknown,
      files: PendingFile[],
      replaces?: string,
    ): Promise<SaveResult> => {
      let item;
      try {
        item = await enqueue(user.id, body, files, display);
        if (replaces) await discardRejected(replaces);
      } catch {
        return { kind: 'noStore' };
      }
      if (!navigator.onLine) return { kind: 'queued' };
      const outcome = await sendItem(item, { onReject: 'drop' });
      if (outcome.kind === 'kept') return { kind: 'queued' };
      if (outcome.kind === 'rejected') return { kind: 'rejected', message: outcome.error.message };
      void client.invalidateQueries({ queryKey: worklogKeys.all });
      void client.invalidateQueries({ queryKey: ['youth'] });
      return { kind: 'sent', view: outcome.view };
    },
    [user.id, client],
  );
}
