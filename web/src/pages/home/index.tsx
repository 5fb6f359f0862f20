import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canSee, routes } from '../../app/access';
import { useUser } from '../../app/session';

// A welcome page per role. SPEC X7: no points leaderboards ranking cadres, so nothing here ranks people.
export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const shortcuts = routes.filter((r) => r.key !== 'home' && canSee(user, r.key));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: user.displayName })}
        </Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.organ')}>{user.organName}</Descriptions.Item>
          <Descriptions.Item label={t('home.roles')}>
            <Space wrap size={4}>
              {user.roles.map((r) => (
                <Tag key={r} color="red">
                  {t(`roles.${r}`)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(`home.intro.${user.roles[0] ?? 'cadre'}`)}
        </Typography.Paragraph>
      </Card>
      {shortcuts.length > 0 && (
        <Row gutter={[16, 16]}>
          {shortcuts.map((r) => (
            <Col key={r.key} xs={24} sm={12} lg={8}>
              <Link to={r.path}>
                <Card hoverable size="small" title={t(`menu.${r.key}`)}>
                  <Typography.Text type="secondary">{t(`home.shortcut.${r.key}`)}</Typography.Text>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}
