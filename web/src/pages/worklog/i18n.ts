// Strings of the worklog pages (X1); en must mirror zh (checked by tsc through the app's Messages type).
export const worklogZh = {
  title: '工作日志',
} as const;

export const worklogEn: { [K in keyof typeof worklogZh]: string } = {
  title: 'Work log',
};
