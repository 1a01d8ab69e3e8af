export { startService, type ServiceProcess } from './service-process.ts';
