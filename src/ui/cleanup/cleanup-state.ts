import type { PlanItem } from '../../state/cleanup-plan.js';
import type { CleanupResult } from '../../state/cleanup-run.js';
import { windowStart } from '../../state/list-state.js';
import { CHOICES, type Choices, toggleChoice } from './choices.js';

export type Stage =
  | { name: 'choose'; cursor: number; isEditingLabel: boolean }
  | { name: 'scanning'; startedAt: number }
  | {
      name: 'plan';
      items: PlanItem[];
      unmarked: ReadonlySet<string>;
      cursor: number;
      offset: number;
    }
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; result: CleanupResult }
  | { name: 'failed'; message: string };

export interface CleanupState {
  choices: Choices;
  stage: Stage;
}

export type CleanupAction =
  | { type: 'move'; delta: number; height: number }
  | { type: 'toggle'; height: number }
  | { type: 'label-type'; text: string }
  | { type: 'label-erase' }
  | { type: 'label-done'; keep: boolean }
  | { type: 'scan'; now: number }
  | { type: 'planned'; items: PlanItem[] }
  | { type: 'failed'; message: string }
  | { type: 'run'; total: number }
  | { type: 'progress'; done: number }
  | { type: 'finished'; result: CleanupResult }
  | { type: 'back' };

export const initialCleanupState: CleanupState = {
  choices: {
    kinds: new Set(['stopped-containers', 'dangling-images']),
    widen: false,
    age: null,
    label: '',
  },
  stage: { name: 'choose', cursor: 0, isEditingLabel: false },
};

function onChoose(
  state: CleanupState,
  stage: Extract<Stage, { name: 'choose' }>,
  action: CleanupAction,
): CleanupState {
  const choice = CHOICES[stage.cursor]?.id ?? 'stopped-containers';
  const { choices } = state;
  switch (action.type) {
    case 'move': {
      const cursor = Math.max(
        0,
        Math.min(CHOICES.length - 1, stage.cursor + action.delta),
      );
      return { ...state, stage: { ...stage, cursor } };
    }
    case 'toggle':
      return choice === 'label'
        ? { ...state, stage: { ...stage, isEditingLabel: true } }
        : { ...state, choices: toggleChoice(choices, choice) };
    case 'label-type':
      return {
        ...state,
        choices: { ...choices, label: choices.label + action.text },
      };
    case 'label-erase':
      return {
        ...state,
        choices: {
          ...choices,
          label: [...choices.label].slice(0, -1).join(''),
        },
      };
    case 'label-done':
      return {
        choices: action.keep ? choices : { ...choices, label: '' },
        stage: { ...stage, isEditingLabel: false },
      };
    default:
      return state;
  }
}

function onPlan(
  state: CleanupState,
  stage: Extract<Stage, { name: 'plan' }>,
  action: CleanupAction,
): CleanupState {
  const last = Math.max(0, stage.items.length - 1);
  const height = 'height' in action ? action.height : 1;
  const moveTo = (index: number) => {
    const cursor = Math.max(0, Math.min(last, index));
    const offset = windowStart(
      stage.offset,
      cursor,
      height,
      stage.items.length,
    );
    return { cursor, offset };
  };
  switch (action.type) {
    case 'move':
      return {
        ...state,
        stage: { ...stage, ...moveTo(stage.cursor + action.delta) },
      };
    case 'toggle': {
      const key = stage.items[stage.cursor]?.key;
      if (key === undefined) return state;

      const unmarked = new Set(stage.unmarked);
      if (unmarked.has(key)) unmarked.delete(key);
      else unmarked.add(key);

      return {
        ...state,
        stage: { ...stage, unmarked, ...moveTo(stage.cursor + 1) },
      };
    }
    default:
      return state;
  }
}

/** The planner's steps: choose, compute, review the plan, remove, see the result. */
export function cleanupReducer(
  state: CleanupState,
  action: CleanupAction,
): CleanupState {
  const { stage } = state;
  switch (action.type) {
    case 'scan':
      return { ...state, stage: { name: 'scanning', startedAt: action.now } };
    case 'planned':
      return {
        ...state,
        stage: {
          name: 'plan',
          items: action.items,
          unmarked: new Set(),
          cursor: 0,
          offset: 0,
        },
      };
    case 'failed':
      return { ...state, stage: { name: 'failed', message: action.message } };
    case 'run':
      return {
        ...state,
        stage: { name: 'running', done: 0, total: action.total },
      };
    case 'progress':
      return stage.name === 'running'
        ? { ...state, stage: { ...stage, done: action.done } }
        : state;
    case 'finished':
      return { ...state, stage: { name: 'done', result: action.result } };
    case 'back':
      return { ...state, stage: initialCleanupState.stage };
    default:
      if (stage.name === 'choose') return onChoose(state, stage, action);
      if (stage.name === 'plan') return onPlan(state, stage, action);
      return state;
  }
}

/** The scope that receives keys in each step. */
export function scopeOfStage(stage: Stage) {
  switch (stage.name) {
    case 'choose':
      return stage.isEditingLabel ? 'cleanup-label' : 'cleanup';
    case 'scanning':
      return 'cleanup-scan';
    case 'plan':
      return 'cleanup-plan';
    case 'running':
      return 'cleanup-busy';
    case 'done':
    case 'failed':
      return 'cleanup-result';
  }
}
