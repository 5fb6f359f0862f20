// Strings of the youth pages (X1); en must mirror zh (checked by tsc through the app's Messages type).
export const youthZh = {
  title: '青年朋友',
} as const;

export const youthEn: { [K in keyof typeof youthZh]: string } = {
  title: 'Youth contacts',
};
