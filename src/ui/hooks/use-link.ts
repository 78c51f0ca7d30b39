import { createContext, useContext } from 'react';

/** The engine link as views that hold a stream need it. */
export interface LinkView {
  isLive: boolean;
  /** Changes on every reconnect: a view opens its stream again when it does. */
  session: number;
}

export const LinkContext = createContext<LinkView>({
  isLive: true,
  session: 0,
});

export const useLink = (): LinkView => useContext(LinkContext);
