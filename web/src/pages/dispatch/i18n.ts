// Strings of the dispatch pages (X1); en must mirror zh (checked by tsc through the app's Messages type).
export const dispatchZh = {
  title: '下沉基层',
} as const;

export const dispatchEn: { [K in keyof typeof dispatchZh]: string } = {
  title: 'Dispatch',
};
