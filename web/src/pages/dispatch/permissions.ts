import { can } from '../../app/access';
import { useUser } from '../../app/session';

// D7: who plans rounds (the server's `dispatch.plan`; leadership only reads). The rule lives in app/access.ts.
export function useCanPlan(): boolean {
  return can(useUser(), 'planDispatch');
}
