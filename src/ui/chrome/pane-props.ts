import type { DockerService } from '../../docker/service.js';
import type { Tasks } from '../../state/use-tasks.js';
import type { Confirmation } from '../dialogs/confirmation.js';

/** What the app hands every list pane. */
export interface PaneProps {
  service: DockerService;
  tasks: Tasks;
  height: number;
  width: number;
  /** The filter prompt of the pane on screen is open. */
  isFiltering: boolean;
  onConfirm: (confirmation: Confirmation) => void;
  /** The engine went away: rows show the last known data, dimmed. */
  isStale: boolean;
}
