interface Props {
  tone: 'info' | 'ok' | 'warn' | 'bad';
  title: string;
  message: string;
  testId?: string;
}

export function Notice({ tone, title, message, testId }: Props) {
  return (
    <div className={`notice ${tone}`} data-testid={testId} role={tone === 'bad' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      <div>{message}</div>
    </div>
  );
}
