import { Box } from 'ink';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { openShell } from '../containers/shell-action.js';
import type { DetailsTab } from '../focus.js';
import { runFromForm } from '../run/run-action.js';
import { RunFormView } from '../run/run-form-view.js';
import type { useAppController } from '../use-app.js';
import { DetailsView } from './details-view.js';

type App = ReturnType<typeof useAppController>;

/** What the panes call to look inside: details, a shell, the run form. */
export function insideActions(app: App, service: DockerService) {
  const { store } = app;

  return {
    openDetails: (container: ContainerInfo, tab: DetailsTab) =>
      store.set({
        details: { containerId: container.id, tab, isSearching: false },
      }),
    shell: (container: ContainerInfo) =>
      void openShell(service, app.tasks, app.handover, container, app.refresh),
    openRun: (image: string) => store.set({ run: { image } }),
  };
}

/**
 * The views that cover the panes: the run form, and the details view of one container
 * (kept mounted under help, so that its logs and search survive a look at the keys).
 */
export function InsideViews(props: {
  app: App;
  service: DockerService;
  height: number;
}) {
  const { app, service, height } = props;
  const { focus, store, size, engine } = app;
  const actions = insideActions(app, service);

  return (
    <>
      {focus.run ? (
        <RunFormView
          image={focus.run.image}
          width={size.columns}
          height={height}
          onCancel={() => store.set({ run: null })}
          onRun={async (spec) => {
            const refusal = await runFromForm(
              service,
              app.tasks,
              app.handover,
              spec,
              app.refresh,
            );
            if (refusal === null) store.set({ run: null });

            return refusal;
          }}
        />
      ) : null}
      {focus.details ? (
        <Box
          display={
            focus.overlay?.kind === 'help' || focus.run ? 'none' : 'flex'
          }
        >
          <DetailsView
            service={service}
            details={focus.details}
            container={engine.containers.find(
              (c) => c.id === focus.details?.containerId,
            )}
            width={size.columns}
            height={height}
            notify={app.tasks.notify}
            onShell={actions.shell}
            onHelp={() => store.set({ overlay: { kind: 'help' } })}
          />
        </Box>
      ) : null}
    </>
  );
}
