import { Box, Text } from 'ink';
import type { SearchResult } from '../../docker/types.js';
import { safeCell } from '../../lib/safe-text.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { TONE_COLORS } from '../chrome/status-line.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { pullByNameForm, pullForm, searchForm } from './actions.js';
import { resultColumns, resultSorts } from './columns.js';
import { useLifecycle } from './lifecycle.js';
import { loginForm, logoutForm } from './login-forms.js';
import { useRegistrySearch, where } from './use-registry-search.js';

const CONFIG: ListConfig<SearchResult> = {
  keyOf: (row) => row.name,
  columns: resultColumns,
  sorts: resultSorts,
};

/** Pane 3: search Docker Hub or a v2 registry, pull a result, log in and out. */
export function RegistryPane(props: PaneProps) {
  const lifecycle = useLifecycle();
  const registry = useRegistrySearch(lifecycle.service);
  const { query, registries, readRegistries } = registry;
  const list = useListPane(registry.results, CONFIG, props.height - 1);

  const search = (next: typeof query) => {
    lifecycle.closeForm();
    registry.search(next);
  };

  usePaneKeys('registry', list, () => ({
    'registry-search': () => {
      readRegistries();
      lifecycle.openForm(searchForm(query, registries, search));
    },
    'registry-pull': () => {
      // A pull is of one result: the one under the cursor, whatever is marked.
      const result = list.cursorRow();
      if (!result) {
        lifecycle.openForm(pullByNameForm(lifecycle, query));
        return;
      }

      lifecycle.notify({
        tone: 'info',
        text: `listing the tags of ${result.name}…`,
      });
      void pullForm(lifecycle, result, query.registry).then((form) => {
        lifecycle.notify(null);
        lifecycle.openForm(form);
      });
    },
    'registry-login': () => {
      readRegistries();
      lifecycle.openForm(loginForm(lifecycle, query.registry, registries));
    },
    'registry-logout': () => {
      readRegistries();
      lifecycle.openForm(logoutForm(lifecycle, query.registry, registries));
    },
  }));

  return (
    <Box flexDirection="column" height={props.height}>
      <Text wrap="truncate" color={TONE_COLORS[registry.status.tone]}>
        {where(query.registry)} · {safeCell(registry.status.text)}
      </Text>
      <ListPaneView
        list={list}
        columns={resultColumns}
        total={registry.results.length}
        height={props.height - 1}
        width={props.width}
        isFiltering={props.isFiltering}
        pending={props.tasks.pending}
        statusColumn={0}
        emptyText="no results"
        isStale={props.isStale}
      />
    </Box>
  );
}
