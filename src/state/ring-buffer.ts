/**
 * A fixed-capacity list that forgets its oldest items: what keeps a log view's memory
 * bounded however much a container prints. Items keep a sequence number (the count of items
 * ever pushed before them), so a position stays meaningful while old items fall out.
 */
export class RingBuffer<T> {
  private readonly items: T[] = [];
  private start = 0;
  private pushed = 0;

  constructor(readonly capacity: number) {}

  push(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else {
      this.items[this.start] = item;
      this.start = (this.start + 1) % this.capacity;
    }
    this.pushed += 1;
  }

  get length(): number {
    return this.items.length;
  }

  /** The sequence number of the oldest item still held. */
  get firstSeq(): number {
    return this.pushed - this.items.length;
  }

  /** Items pushed in all, held or forgotten. */
  get totalPushed(): number {
    return this.pushed;
  }

  /** The item with sequence number `seq`, if still held. */
  at(seq: number): T | undefined {
    const index = seq - this.firstSeq;
    if (index < 0 || index >= this.items.length) return undefined;

    return this.items[(this.start + index) % this.items.length];
  }

  clear(): void {
    this.items.length = 0;
    this.start = 0;
    this.pushed = 0;
  }

  toArray(): T[] {
    return [
      ...this.items.slice(this.start),
      ...this.items.slice(0, this.start),
    ];
  }
}
