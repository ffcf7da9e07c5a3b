/** What every part of a playground island gets: the island's store and its element-id prefix. */
import type { PlaygroundStore } from '../../domain/playground/store.ts';

export interface PanelProps {
  store: PlaygroundStore;
  /** Prefix for element ids, unique per island on the page. */
  uid: string;
}
