export function redisClientOptions(url: string): {
  url: string;
  disableOfflineQueue: true;
  socket: { connectTimeout: number; reconnectStrategy: (retries: number) => number };
};
