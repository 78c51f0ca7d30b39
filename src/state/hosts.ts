import type {
  EngineChoice,
  EngineList,
  EngineVersion,
} from '../docker/engines.js';

/** What became of asking one engine for its version. */
export type HostAnswer =
  | { kind: 'checking' }
  | { kind: 'answers'; version: EngineVersion }
  | { kind: 'refuses'; reason: string }
  | { kind: 'unusable'; reason: string };

export interface HostsState {
  choices: EngineChoice[];
  answers: HostAnswer[];
  /** Why dockhand's settings file could not be used, if it could not. */
  problem: string | null;
  cursor: number;
}

export type HostsAction =
  | { type: 'listed'; list: EngineList; cursor: number }
  | { type: 'answered'; index: number; answer: HostAnswer }
  | { type: 'move'; delta: number };

export const initialHostsState: HostsState = {
  choices: [],
  answers: [],
  problem: null,
  cursor: 0,
};

/** The hosts view's rows: each engine, and whether it answers. */
export function hostsReducer(
  state: HostsState,
  action: HostsAction,
): HostsState {
  switch (action.type) {
    case 'listed':
      return {
        choices: action.list.choices,
        answers: action.list.choices.map((choice) =>
          choice.target
            ? { kind: 'checking' }
            : { kind: 'unusable', reason: choice.problem ?? 'unusable' },
        ),
        problem: action.list.problem,
        cursor: action.cursor,
      };
    case 'answered':
      return {
        ...state,
        answers: state.answers.map((answer, index) =>
          index === action.index ? action.answer : answer,
        ),
      };
    case 'move': {
      const last = Math.max(0, state.choices.length - 1);
      const cursor = Math.min(last, Math.max(0, state.cursor + action.delta));
      return { ...state, cursor };
    }
  }
}

/** A row's state in a few words. */
export function answerText(answer: HostAnswer): string {
  switch (answer.kind) {
    case 'checking':
      return 'checking…';
    case 'answers': {
      const { product, version, apiVersion } = answer.version;
      return `answers (${product} ${version}, API ${apiVersion})`;
    }
    case 'refuses':
      return `refuses: ${answer.reason}`;
    case 'unusable':
      return `cannot be used: ${answer.reason}`;
  }
}
