import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';

// D7: hand edits live in the page until saved as a version; leaving the round (in the app or by
// closing the tab) asks first instead of dropping them.
export function useLeaveGuard(dirty: boolean): void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  const current = useRef(blocker);
  useEffect(() => {
    current.current = blocker;
  });
  // One question per blocked navigation (the blocker object itself may change between renders).
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('dispatch.plan.discardTitle'),
      content: t('dispatch.plan.discardText'),
      okText: t('dispatch.plan.discard'),
      okButtonProps: { danger: true },
      onOk: () => current.current.proceed?.(),
      onCancel: () => current.current.reset?.(),
    });
  }, [blocker.state, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);
}
