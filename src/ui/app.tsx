import { Box } from 'ink';
import { useMemo } from 'react';
import type { DockerService } from '../docker/service.js';
import { Footer } from './chrome/footer.js';
import { Header } from './chrome/header.js';
import { PaneSlot } from './chrome/pane-slot.js';
import { StatusLine } from './chrome/status-line.js';
import { targetLabel } from './chrome/target-label.js';
import { CleanupView } from './cleanup/cleanup-view.js';
import { ContainersPane } from './containers/containers-pane.js';
import { InsideViews, insideActions } from './details/inside-views.js';
import { DiskView } from './disk/disk-view.js';
import { ConfirmDialog, confirmHeight } from './dialogs/confirm-dialog.js';
import { FormDialog } from './dialogs/form-dialog.js';
import { HelpOverlay } from './dialogs/help-overlay.js';
import { ReportDialog, reportHeight } from './dialogs/report-dialog.js';
import { FocusContext, scopesOf } from './focus.js';
import { ClockProvider } from './hooks/use-clock.js';
import { LinkContext } from './hooks/use-link.js';
import { HostsView } from './hosts/hosts-view.js';
import type { HostsControl } from './hosts/use-hosts.js';
import { ImagesPane } from './images/images-pane.js';
import { KeyRegistryContext } from './keys-router.js';
import { LifecycleContext } from './registry/lifecycle.js';
import { RegistryPane } from './registry/registry-pane.js';
import { TransferView } from './registry/transfer-view.js';
import { ConnectionScreen } from './screens/connection-screen.js';
import { NetworksPane } from './networks/networks-pane.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './screens/too-small.js';
import { useAppController } from './use-app.js';
import { VolumesPane } from './volumes/volumes-pane.js';

/** Rows the header (two), status line and footer take. */
const CHROME_ROWS = 4;
const REPORT_LINES = 8;

/**
 * The whole screen. Ink clears the terminal on every frame as tall as the terminal, so the
 * frame stays one row shorter. `hosts` offers the other engines (`H`); without it the app
 * stays on `service`'s engine.
 */
export function App({
  service,
  hosts,
}: {
  service: DockerService;
  hosts?: HostsControl;
}) {
  const app = useAppController(service, hosts);
  const isLive = app.engine.link.kind === 'live';
  const { session } = app.engine;
  const link = useMemo(() => ({ isLive, session }), [isLive, session]);

  return (
    <FocusContext.Provider value={app.store}>
      <KeyRegistryContext.Provider value={app.registry}>
        <LifecycleContext.Provider value={app.lifecycle.lifecycle}>
          <LinkContext.Provider value={link}>
            <Screen app={app} service={service} hosts={hosts} />
          </LinkContext.Provider>
        </LifecycleContext.Provider>
      </KeyRegistryContext.Provider>
    </FocusContext.Provider>
  );
}

function Screen({
  app,
  service,
  hosts,
}: {
  app: ReturnType<typeof useAppController>;
  service: DockerService;
  hosts: HostsControl | undefined;
}) {
  const { size, engine, tasks, focus } = app;
  const { overlay } = focus;
  // A lost engine counts down its retry by the second; a live one only ages its rows.
  const tick = engine.link.kind === 'live' ? 10_000 : 1000;

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return <TooSmall columns={size.columns} rows={size.rows} />;
  }

  const hostsView = (height: number, isOpen: boolean) =>
    hosts ? (
      <HostsView
        control={hosts}
        current={service.target}
        isOpen={isOpen}
        height={height}
        width={size.columns}
      />
    ) : null;

  if (!engine.isLoaded) {
    // H works here too: the engine that does not answer need not be the only one.
    return (
      <ClockProvider intervalMs={tick}>
        <Box height={size.rows - 1} flexDirection="column">
          {focus.view === 'hosts' && hosts ? (
            hostsView(size.rows - 1, true)
          ) : (
            <ConnectionScreen target={service.target} link={engine.link} />
          )}
        </Box>
      </ClockProvider>
    );
  }

  // A dialog leaves the list its three rows at least.
  const dialogRows = size.rows - 1 - CHROME_ROWS - 3;
  const below =
    overlay?.kind === 'confirm'
      ? confirmHeight(overlay.confirmation, size.columns, dialogRows)
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
  const isCovered =
    overlay?.kind === 'help' ||
    overlay?.kind === 'form' ||
    overlay?.kind === 'transfer';
  const isShown = (pane: string) =>
    !isCovered &&
    focus.view === null &&
    focus.pane === pane &&
    !focus.details &&
    !focus.run;
  const inside = insideActions(app, service);

  return (
    <ClockProvider intervalMs={tick}>
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
          context={targetLabel(service.target)}
          link={engine.link}
          staleSince={engine.staleSince}
          pane={focus.pane}
          counts={{
            containers: engine.containers.length,
            images: tagRows,
            volumes: engine.volumes.length,
            networks: engine.networks.length,
          }}
          running={running}
          width={size.columns}
        />
        {overlay?.kind === 'help' ? (
          <HelpOverlay
            here={scopesOf({ ...focus, overlay: null }, false)}
            height={paneHeight}
            width={size.columns}
            onClose={() => app.store.set({ overlay: null })}
          />
        ) : null}
        <InsideViews app={app} service={service} height={paneHeight} />
        {overlay?.kind === 'form' ? (
          <FormDialog
            form={overlay.form}
            height={paneHeight}
            onCancel={() => app.store.set({ overlay: null })}
          />
        ) : null}
        {overlay?.kind === 'transfer' ? (
          <TransferView
            transfer={app.lifecycle.transfer}
            height={paneHeight}
            onClose={app.lifecycle.closeTransfer}
          />
        ) : null}
        {/* Every pane stays mounted, so each keeps its cursor, marks and filter. */}
        <PaneSlot isShown={isShown('containers')}>
          <ContainersPane
            {...common}
            containers={engine.containers}
            isFiltering={focus.isFiltering && focus.pane === 'containers'}
            onOpen={inside.openDetails}
            onShell={inside.shell}
          />
        </PaneSlot>
        <PaneSlot isShown={isShown('images')}>
          <ImagesPane
            {...common}
            images={engine.images}
            containers={engine.containers}
            isFiltering={focus.isFiltering && focus.pane === 'images'}
            onRun={inside.openRun}
          />
        </PaneSlot>
        <PaneSlot isShown={isShown('registry')}>
          <RegistryPane
            {...common}
            isFiltering={focus.isFiltering && focus.pane === 'registry'}
          />
        </PaneSlot>
        <PaneSlot isShown={isShown('volumes')}>
          <VolumesPane
            {...common}
            volumes={engine.volumes}
            containers={engine.containers}
            isFiltering={focus.isFiltering && focus.pane === 'volumes'}
          />
        </PaneSlot>
        <PaneSlot isShown={isShown('networks')}>
          <NetworksPane
            {...common}
            networks={engine.networks}
            containers={engine.containers}
            isFiltering={focus.isFiltering && focus.pane === 'networks'}
          />
        </PaneSlot>
        {hostsView(paneHeight, !isCovered && focus.view === 'hosts')}
        <DiskView
          service={service}
          isOpen={!isCovered && focus.view === 'disk'}
          height={paneHeight}
          width={size.columns}
        />
        {/* Mounted while closed too, so that it keeps its choices between visits. */}
        <CleanupView
          service={service}
          onConfirm={app.confirm}
          isOpen={!isCovered && !!focus.view?.startsWith('cleanup')}
          height={paneHeight}
          width={size.columns}
        />
        {overlay?.kind === 'confirm' ? (
          <ConfirmDialog
            confirmation={overlay.confirmation}
            width={size.columns}
            maxRows={dialogRows}
          />
        ) : null}
        {tasks.report && overlay === null ? (
          <ReportDialog
            report={tasks.report}
            width={size.columns}
            maxLines={REPORT_LINES}
          />
        ) : null}
        <StatusLine notice={app.notice} />
        <Footer scopes={app.scopes} width={size.columns} />
      </Box>
    </ClockProvider>
  );
}
