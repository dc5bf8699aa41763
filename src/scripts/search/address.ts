// The search lives in the address, so Back, reload and sharing restore it. Typing and changing a
// filter refine one history entry (arrow keys on a select fire a change per option); submitting
// or leaving the control commits it, so the next search gets an entry of its own and Back returns
// to this one.
import { searchFor, type SearchState } from './state';

export class SearchAddress {
  private refining = false;

  /** Puts `state` in the address: in the entry being refined, or in a new one after a commit. */
  refine(state: SearchState): void {
    const url = `${location.pathname}${searchFor(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (this.refining || location.search === '') history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.refining = true;
  }

  commit(): void {
    this.refining = false;
  }
}
