import type { QueryClient } from '@tanstack/react-query';
import type { SessionUser } from '@grassroots/core';
import { notifySuccess } from '../app/errors';
import { i18n } from '../app/i18n';
import { meKey } from '../app/session';
import { flushOutbox } from './outbox';

// L3: queued entries go out when the network returns (the 'online' event), when a session starts
// (app start, sign-in), when the tab comes back to the front, and on a retry timer; each item waits
// out its own back-off after a failure. Nothing is sent without a signed-in author.
const retryEveryMs = 15_000;
const meHash = JSON.stringify(meKey);

export function startOutboxSync(client: QueryClient): () => void {
  const currentUser = () => client.getQueryData<SessionUser | null>(meKey)?.id ?? null;
  let lastUser: string | null = null;

  const run = async (force: boolean) => {
    const userId = currentUser();
    if (!userId || !navigator.onLine) return;
    const result = await flushOutbox(userId, { force });
    if (result.sent.length === 0) return;
    notifySuccess(i18n.t('worklog.outbox.sentCount', { count: result.sent.length }));
    await Promise.all([
      client.invalidateQueries({ queryKey: ['worklog'] }),
      client.invalidateQueries({ queryKey: ['youth'] }),
    ]);
  };
  const kick = (force = false) => void run(force).catch(() => undefined);

  const onOnline = () => kick(true);
  const onVisible = () => {
    if (document.visibilityState === 'visible') kick();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(() => kick(), retryEveryMs);
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== meHash) return;
    const userId = currentUser();
    if (userId && userId !== lastUser) kick(true);
    lastUser = userId;
  });
  kick(true);

  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
    unsubscribe();
  };
}
