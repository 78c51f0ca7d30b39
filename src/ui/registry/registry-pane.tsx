import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { HUB_DOMAIN } from '../../docker/reference.js';
import type { SearchResult } from '../../docker/types.js';
import { safeCell } from '../../lib/safe-text.js';
import type { Notice } from '../../state/use-tasks.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import {
  type SearchQuery,
  pullByNameForm,
  pullForm,
  searchForm,
} from './actions.js';
import { loginForm, logoutForm } from './login-forms.js';
import { resultColumns, resultSorts } from './columns.js';
import { useLifecycle } from './lifecycle.js';

const CONFIG: ListConfig<SearchResult> = {
  keyOf: (row) => row.name,
  columns: resultColumns,
  sorts: resultSorts,
};

const TONES: Record<Notice['tone'], string> = {
  info: 'yellow',
  success: 'green',
  error: 'red',
};

const where = (registry: string) =>
  registry === HUB_DOMAIN ? 'Docker Hub' : registry;

/** Pane 3: search Docker Hub or a v2 registry, pull a result, log in and out. */
export function RegistryPane(props: PaneProps) {
  const lifecycle = useLifecycle();
  const { service } = lifecycle;
  const [query, setQuery] = useState<SearchQuery>({
    registry: HUB_DOMAIN,
    term: '',
  });
  const [results, setResults] = useState<SearchResult[]>([]);
  const [status, setStatus] = useState<Notice>({
    tone: 'info',
    text: 'press s to search Docker Hub or a registry, p to pull by name, L to log in',
  });
  const [registries, setRegistries] = useState<string[]>([]);
  const list = useListPane(results, CONFIG, props.height - 1);

  // The registries config.json names, read again whenever a prompt may offer them.
  const readRegistries = () =>
    void service.knownRegistries().then(setRegistries, () => setRegistries([]));
  useEffect(readRegistries, [service]);

  const search = (next: SearchQuery) => {
    lifecycle.closeForm();
    setQuery(next);
    setStatus({
      tone: 'info',
      text: `searching ${where(next.registry)} for "${next.term}"…`,
    });
    const found =
      next.registry === HUB_DOMAIN
        ? service.searchHub(next.term)
        : service.searchRegistry(next.registry, next.term);
    found.then(
      (rows) => {
        setResults(rows);
        setStatus({
          tone: 'success',
          text: `${rows.length} found on ${where(next.registry)} for "${next.term}" · Enter pulls`,
        });
      },
      (error: Error) => {
        setResults([]);
        setStatus({ tone: 'error', text: error.message });
      },
    );
  };

  usePaneKeys('registry', list, () => ({
    'registry-search': () => {
      readRegistries();
      lifecycle.openForm(searchForm(query, registries, search));
    },
    'registry-pull': () => {
      const [result] = list.targets();
      if (!result) {
        lifecycle.openForm(pullByNameForm(lifecycle, query));
        return;
      }

      lifecycle.notify({
        tone: 'info',
        text: `listing the tags of ${result.name}…`,
      });
      void pullForm(lifecycle, result, query.registry).then(lifecycle.openForm);
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
      <Text wrap="truncate" color={TONES[status.tone]}>
        {where(query.registry)} · {safeCell(status.text)}
      </Text>
      <ListPaneView
        list={list}
        columns={resultColumns}
        total={results.length}
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
