export type RenderQueue = {
  push(run: () => Promise<unknown> | unknown, cancelled?: () => boolean): Promise<'done' | 'cancelled' | 'refused'>;
  readonly running: number;
  readonly waiting: number;
};
export function createRenderQueue(options?: { concurrency?: number; capacity?: number }): RenderQueue;
