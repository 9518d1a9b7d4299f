import { Injectable } from '@nestjs/common';

export interface PartitionStats {
  partition: number;
  nextOffset: string | null;
  lastAppliedAt: string | null;
  eventsApplied: number;
  deadLetters: number;
}

/** In-memory counters for the projector's health and metrics endpoints. */
@Injectable()
export class ProjectorStats {
  readonly startedAt = Date.now();
  private readonly partitions = new Map<number, PartitionStats>();
  assigned: number[] = [];
  lastError: string | null = null;

  applied(partition: number, nextOffset: string, events: number, deadLetters: number): void {
    const current = this.partitions.get(partition) ?? { partition, nextOffset: null, lastAppliedAt: null, eventsApplied: 0, deadLetters: 0 };
    current.nextOffset = nextOffset;
    current.lastAppliedAt = new Date().toISOString();
    current.eventsApplied += events;
    current.deadLetters += deadLetters;
    this.partitions.set(partition, current);
  }

  snapshot(): PartitionStats[] {
    return [...this.partitions.values()].sort((a, b) => a.partition - b.partition);
  }

  get totals(): { eventsApplied: number; deadLetters: number } {
    let eventsApplied = 0;
    let deadLetters = 0;
    for (const p of this.partitions.values()) {
      eventsApplied += p.eventsApplied;
      deadLetters += p.deadLetters;
    }
    return { eventsApplied, deadLetters };
  }
}
