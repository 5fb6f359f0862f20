import type { App } from 'antd';
import { ApiError } from './api';

// The one place that turns API errors into what the user sees (STYLE 9): a message in the user's
// language (the server localises it), a redirect to /login on 401, to /password when the first
// login still requires a new password.
type Navigate = (to: string) => void;
type MessageInstance = ReturnType<typeof App.useApp>['message'];

let messageApi: MessageInstance | null = null;
let navigate: Navigate = (to) => window.location.assign(to);
let onSessionLost: () => void = () => undefined;

export function bindErrorUi(api: MessageInstance): void {
  messageApi = api;
}

export function bindNavigate(fn: Navigate): void {
  navigate = fn;
}

export function bindSessionLost(fn: () => void): void {
  onSessionLost = fn;
}

export function notifyError(text: string): void {
  void messageApi?.error({ content: text, key: text });
}

export function notifySuccess(text: string): void {
  void messageApi?.success(text);
}

const publicPaths = ['/login'];

export function handleApiError(err: unknown): void {
  if (!(err instanceof ApiError)) {
    if (err instanceof Error && err.name !== 'AbortError') notifyError(err.message);
    return;
  }
  const path = window.location.pathname;
  if (err.status === 401 && !publicPaths.includes(path)) {
    onSessionLost();
    void messageApi?.warning({ content: err.message, key: 'session' });
    navigate(`/login?next=${encodeURIComponent(path + window.location.search)}`);
    return;
  }
  if (err.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED') {
    if (path !== '/password') navigate('/password');
    return;
  }
  notifyError(err.message);
}
