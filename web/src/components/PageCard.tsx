import type { ReactNode } from 'react';
import { Card, Flex, Grid, Typography } from 'antd';

/** The page frame: a title with the page's actions, in a card whose padding shrinks on phones (L2). */
export function PageCard({
  title,
  extra,
  children,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  return (
    <Card styles={{ body: { padding: screens.md === false ? 12 : 24 } }}>
      {(title ?? extra) && (
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {extra && (
            <Flex gap={8} wrap>
              {extra}
            </Flex>
          )}
        </Flex>
      )}
      {children}
    </Card>
  );
}
