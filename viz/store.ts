/** A minimal store: one ViewState, updated only through producers, with change listeners. */
import type { Producer, ViewState } from "./state.ts";

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  update(producer: Producer): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      state = producer(state);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
