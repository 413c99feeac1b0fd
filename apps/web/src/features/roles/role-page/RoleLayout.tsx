import type { ReactNode } from 'react';
import classes from './role-layout.module.css';

/** A card of the role page with its place on a phone, where the two columns become one. */
export interface PlacedCard {
  key: string;
  phoneOrder: number;
  node: ReactNode;
}

function Column({ cards }: { cards: PlacedCard[] }) {
  return (
    <div className={classes.column}>
      {cards
        .filter((card) => card.node)
        .map((card) => (
          <div key={card.key} style={{ order: card.phoneOrder, minWidth: 0 }}>
            {card.node}
          </div>
        ))}
    </div>
  );
}

/**
 * The owner's role page: the long cards on the left, the short ones on the right; on a phone one
 * column in `phoneOrder`. Laid out by CSS alone, so crossing the breakpoint keeps open dialogs and
 * unsaved text.
 */
export function RoleLayout({ main, side }: { main: PlacedCard[]; side: PlacedCard[] }) {
  return (
    <div className={classes.layout}>
      <Column cards={main} />
      <Column cards={side} />
    </div>
  );
}
