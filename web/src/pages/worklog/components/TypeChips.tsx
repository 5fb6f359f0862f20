import { Flex, Tag } from 'antd';
import { entryTypeLabels, type EntryType } from '@grassroots/core';
import { useLabel } from '../labels';

const chipStyle: React.CSSProperties = {
  fontSize: 15,
  lineHeight: '22px',
  padding: '6px 12px',
  marginInlineEnd: 0,
  border: '1px solid #d9d9d9',
  borderRadius: 16,
  userSelect: 'none',
};

/** L2: the entry type as large tappable chips, the most used first. */
export function TypeChips({
  value,
  onChange,
  order,
  id,
}: {
  value?: EntryType | undefined;
  onChange?: (type: EntryType) => void;
  order: readonly EntryType[];
  id?: string;
}) {
  const label = useLabel();
  return (
    <Flex wrap gap={8} id={id}>
      {order.map((type) => (
        <Tag.CheckableTag
          key={type}
          checked={value === type}
          onChange={() => onChange?.(type)}
          style={{ ...chipStyle, borderColor: value === type ? 'transparent' : '#d9d9d9' }}
          data-testid={`type-${type}`}
        >
          {label(entryTypeLabels[type])}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}
