import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  outboxRevision,
  pendingItems,
  rejectedItems,
  subscribeOutbox,
  type OutboxItem,
  type RejectedItem,
} from './outbox';

export interface OutboxState {
  pending: OutboxItem[];
  rejected: RejectedItem[];
}

const empty: OutboxState = { pending: [], rejected: [] };

/** L3: the user's queued and refused entries, kept current as the outbox changes (any tab). */
export function useOutbox(userId: string | null): OutboxState {
  const revision = useSyncExternalStore(subscribeOutbox, outboxRevision);
  const [state, setState] = useState<OutboxState>(empty);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    Promise.all([pendingItems(userId), rejectedItems(userId)])
      .then(([pending, rejected]) => {
        if (live) setState({ pending, rejected });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [userId, revision]);
  return userId ? state : empty;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The browser's idea of the network; a fetch may still fail while it says online. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
