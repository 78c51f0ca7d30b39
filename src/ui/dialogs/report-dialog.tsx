import { Box, Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import type { Report } from '../../state/use-tasks.js';

export interface ReportDialogProps {
  report: Report;
  width: number;
  maxLines: number;
}

export function reportHeight(report: Report, maxLines: number): number {
  return 3 + Math.min(report.lines.length, maxLines);
}

/** Each item's result after a bulk action. */
export function ReportDialog({ report, width, maxLines }: ReportDialogProps) {
  const failures = report.lines.filter((line) => !line.isOk);
  const shown = [...failures, ...report.lines.filter((line) => line.isOk)];
  const hidden = Math.max(0, shown.length - maxLines);
  const visible = shown.slice(0, hidden > 0 ? maxLines - 1 : maxLines);

  return (
    <Box flexDirection="column" borderStyle="round" width={width} paddingX={1}>
      <Text bold wrap="truncate">
        {report.title} · Esc closes
      </Text>
      {visible.map((line, index) => (
        <Text key={index} wrap="truncate" color={line.isOk ? 'green' : 'red'}>
          {line.isOk ? '✓' : '✕'} {safeCell(line.name)}: {safeCell(line.detail)}
        </Text>
      ))}
      {hidden > 0 ? <Text dimColor>… and {hidden + 1} more</Text> : null}
    </Box>
  );
}
