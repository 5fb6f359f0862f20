import type { ReactNode } from 'react';
import { Card, Grid, Typography } from 'antd';

/** The page frame: a card whose padding shrinks on phones so tables keep their width (L2). */
export function PageCard({ title, children }: { title?: ReactNode; children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  return (
    <Card styles={{ body: { padding: screens.md === false ? 12 : 24 } }}>
      {title && (
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
      )}
      {children}
    </Card>
  );
}
