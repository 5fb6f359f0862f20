// Strings of the contact pages (X1); en must mirror zh (checked by tsc through the app's Messages type).
export const contactZh = {
  title: '联系青年',
} as const;

export const contactEn: { [K in keyof typeof contactZh]: string } = {
  title: 'Contact mechanism',
};
