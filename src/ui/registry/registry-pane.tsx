import { Box, Text } from 'ink';
import type { SearchResult } from '../../docker/types.js';
import { safeCell } from '../../lib/safe-text.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { TONE_COLORS } from '../chrome/status-line.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { useSlot } from '../keys-router.js';
import { pullByNameForm, pullForm } from './actions.js';
import { resultColumns, resultSorts } from './columns.js';
import { useLifecycle } from './lifecycle.js';
import { loginForm, logoutForm } from './login-forms.js';
import { placesOf } from './search-box.js';
import { SearchBoxView } from './search-box-view.js';
import { useRegistrySearch } from './use-registry-search.js';
import { useSearchBox } from './use-search-box.js';

const CONFIG: ListConfig<SearchResult> = {
  keyOf: (row) => row.name,
  columns: resultColumns,
  sorts: resultSorts,
};

/** Pane 3: search Docker Hub or a v2 registry from its box, pull a result, log in and out. */
export function RegistryPane(props: PaneProps) {
  const lifecycle = useLifecycle();
  const registry = useRegistrySearch(lifecycle.service);
  const { known, knownNow, readRegistries } = registry;
  const places = () => placesOf(knownNow());
  const box = useSearchBox({
    places,
    hasResults: registry.hasResults,
    onFocus: readRegistries,
    onSearch: (query) =>
      registry.search(query, (rows) => {
        if (rows.length > 0) box.leaveAfter(query);
      }),
  });
  // The box, the status line, and the settings' problem when there is one.
  const headRows = known.problem ? 3 : 2;
  const list = useListPane(registry.results, CONFIG, props.height - headRows);

  // No Space here: a pull is of one result, with a tag chosen for it.
  useSlot('registry', {
    ...list.handlers,
    'registry-search': box.focus,
    search: box.focus,
    clear: box.clear,
    'registry-pull': () => {
      const result = list.cursorRow();
      if (!result) {
        readRegistries();
        lifecycle.openForm(pullByNameForm(lifecycle, box.current(), places()));
        return;
      }

      lifecycle.notify({
        tone: 'info',
        text: `listing the tags of ${result.name}…`,
      });
      void pullForm(lifecycle, result, registry.resultsPlace()).then((form) => {
        lifecycle.notify(null);
        lifecycle.openForm(form);
      });
    },
    'registry-login': () => {
      readRegistries();
      const { registry: at } = box.current();
      lifecycle.openForm(loginForm(lifecycle, at, places()));
    },
    'registry-logout': () => {
      readRegistries();
      const { registry: at } = box.current();
      lifecycle.openForm(logoutForm(lifecycle, at, knownNow().config));
    },
  });

  return (
    <Box flexDirection="column" height={props.height}>
      <SearchBoxView
        query={box.query}
        isFocused={box.isFocused}
        places={placesOf(known)}
      />
      <Text wrap="truncate" color={TONE_COLORS[registry.status.tone]}>
        {safeCell(registry.status.text)}
      </Text>
      {known.problem ? (
        <Text wrap="truncate" color="red">
          {safeCell(known.problem)}
        </Text>
      ) : null}
      <ListPaneView
        list={list}
        columns={resultColumns}
        total={registry.results.length}
        height={props.height - headRows}
        width={props.width}
        isFiltering={false}
        pending={props.tasks.pending}
        statusColumn={0}
        emptyText="no results"
        isStale={props.isStale}
      />
    </Box>
  );
}
