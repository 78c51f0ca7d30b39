import { Box } from 'ink';
import type { DockerService } from '../docker/service.js';
import { Footer } from './chrome/footer.js';
import { Header } from './chrome/header.js';
import { StatusLine } from './chrome/status-line.js';
import { ContainersPane } from './containers/containers-pane.js';
import { InsideViews, insideActions } from './details/inside-views.js';
import { ConfirmDialog, confirmHeight } from './dialogs/confirm-dialog.js';
import { HelpOverlay } from './dialogs/help-overlay.js';
import { ReportDialog, reportHeight } from './dialogs/report-dialog.js';
import { FocusContext } from './focus.js';
import { useClock } from './hooks/use-clock.js';
import { ImagesPane } from './images/images-pane.js';
import { KeyRegistryContext } from './keys-router.js';
import { ConnectionScreen } from './screens/connection-screen.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './screens/too-small.js';
import { useAppController } from './use-app.js';

/** Rows the header, status line and footer take. */
const CHROME_ROWS = 3;
const REPORT_LINES = 8;

/**
 * The whole screen. Ink clears the terminal on every frame as tall as the terminal, so the
 * frame stays one row shorter.
 */
export function App({ service }: { service: DockerService }) {
  const app = useAppController(service);

  return (
    <FocusContext.Provider value={app.store}>
      <KeyRegistryContext.Provider value={app.registry}>
        <Screen app={app} service={service} />
      </KeyRegistryContext.Provider>
    </FocusContext.Provider>
  );
}

function Screen({
  app,
  service,
}: {
  app: ReturnType<typeof useAppController>;
  service: DockerService;
}) {
  const { size, engine, tasks, focus } = app;
  const { overlay } = focus;
  const now = useClock(engine.link.kind !== 'live');

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return <TooSmall columns={size.columns} rows={size.rows} />;
  }

  if (!engine.isLoaded) {
    return (
      <Box height={size.rows - 1} flexDirection="column">
        <ConnectionScreen
          target={service.target}
          link={engine.link}
          now={now}
        />
      </Box>
    );
  }

  const below =
    overlay?.kind === 'confirm'
      ? confirmHeight(overlay.confirmation)
      : tasks.report
        ? reportHeight(tasks.report, REPORT_LINES)
        : 0;
  const paneHeight = Math.max(3, size.rows - 1 - CHROME_ROWS - below);
  const common = {
    service,
    tasks,
    height: paneHeight,
    width: size.columns,
    onConfirm: app.confirm,
    isStale: engine.link.kind !== 'live',
  };
  const running = engine.containers.filter((c) => c.state === 'running').length;
  const tagRows = engine.images.reduce(
    (sum, image) => sum + Math.max(1, image.repoTags.length),
    0,
  );
  const isShown = (pane: string) =>
    overlay?.kind !== 'help' &&
    focus.pane === pane &&
    !focus.details &&
    !focus.run;
  const inside = insideActions(app, service);

  return (
    <Box
      flexDirection="column"
      height={size.rows - 1}
      width={size.columns}
      // A shell has the terminal: draw nothing, but keep every pane's state for its return.
      display={app.handover.isActive ? 'none' : 'flex'}
    >
      <Header
        engine={engine.engine}
        address={service.target.address}
        link={engine.link}
        pane={focus.pane}
        counts={{ containers: engine.containers.length, images: tagRows }}
        running={running}
        now={now}
      />
      {overlay?.kind === 'help' ? <HelpOverlay height={paneHeight} /> : null}
      <InsideViews app={app} service={service} height={paneHeight} />
      {/* Both panes stay mounted, so each keeps its cursor, marks and filter. */}
      <Box display={isShown('containers') ? 'flex' : 'none'}>
        <ContainersPane
          {...common}
          containers={engine.containers}
          isFiltering={focus.isFiltering && focus.pane === 'containers'}
          onOpen={inside.openDetails}
          onShell={inside.shell}
        />
      </Box>
      <Box display={isShown('images') ? 'flex' : 'none'}>
        <ImagesPane
          {...common}
          images={engine.images}
          containers={engine.containers}
          isFiltering={focus.isFiltering && focus.pane === 'images'}
          onRun={inside.openRun}
        />
      </Box>
      {overlay?.kind === 'confirm' ? (
        <ConfirmDialog
          confirmation={overlay.confirmation}
          width={size.columns}
        />
      ) : null}
      {tasks.report && overlay === null ? (
        <ReportDialog
          report={tasks.report}
          width={size.columns}
          maxLines={REPORT_LINES}
        />
      ) : null}
      <StatusLine notice={tasks.notice} />
      <Footer scopes={app.scopes} />
    </Box>
  );
}
