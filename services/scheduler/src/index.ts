export { startScheduler, type RunningScheduler } from './server.ts';
export { defaultSchedulerConfig, schedulerConfigFromEnv, type SchedulerConfig } from './config.ts';
