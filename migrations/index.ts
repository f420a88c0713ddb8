import * as migration_20261122_190938_initial from './20261122_190938_initial';
import * as migration_20261130_140435_statistics_versions_task_labels from './20261130_140435_statistics_versions_task_labels';
import * as migration_20261130_141508_task_description_rich_text from './20261130_141508_task_description_rich_text';
import * as migration_20261130_165908_open_data_releases_revisions from './20261130_165908_open_data_releases_revisions';
import * as migration_20261207_014156_country_chart_description from './20261207_014156_country_chart_description';
import * as migration_20261207_040810_publications_chapters from './20261207_040810_publications_chapters';

export const migrations = [
  {
    up: migration_20261122_190938_initial.up,
    down: migration_20261122_190938_initial.down,
    name: '20261122_190938_initial',
  },
  {
    up: migration_20261130_140435_statistics_versions_task_labels.up,
    down: migration_20261130_140435_statistics_versions_task_labels.down,
    name: '20261130_140435_statistics_versions_task_labels',
  },
  {
    up: migration_20261130_141508_task_description_rich_text.up,
    down: migration_20261130_141508_task_description_rich_text.down,
    name: '20261130_141508_task_description_rich_text',
  },
  {
    up: migration_20261130_165908_open_data_releases_revisions.up,
    down: migration_20261130_165908_open_data_releases_revisions.down,
    name: '20261130_165908_open_data_releases_revisions',
  },
  {
    up: migration_20261207_014156_country_chart_description.up,
    down: migration_20261207_014156_country_chart_description.down,
    name: '20261207_014156_country_chart_description',
  },
  {
    up: migration_20261207_040810_publications_chapters.up,
    down: migration_20261207_040810_publications_chapters.down,
    name: '20261207_040810_publications_chapters'
  },
];
