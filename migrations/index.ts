import * as migration_20261122_190938_initial from './20261122_190938_initial';
import * as migration_20261130_140435_statistics_versions_task_labels from './20261130_140435_statistics_versions_task_labels';

export const migrations = [
  {
    up: migration_20261122_190938_initial.up,
    down: migration_20261122_190938_initial.down,
    name: '20261122_190938_initial',
  },
  {
    up: migration_20261130_140435_statistics_versions_task_labels.up,
    down: migration_20261130_140435_statistics_versions_task_labels.down,
    name: '20261130_140435_statistics_versions_task_labels'
  },
];
