import * as migration_20261121_112210_initial from './20261121_112210_initial';
import * as migration_20261121_114211_search_glossary_keywords from './20261121_114211_search_glossary_keywords';
import * as migration_20261121_122536_translation_updated_at from './20261121_122536_translation_updated_at';
import * as migration_20261121_125747_editorial_workflow from './20261121_125747_editorial_workflow';
import * as migration_20261129_003743_password_reset_in_transaction from './20261129_003743_password_reset_in_transaction';
import * as migration_20261129_030600_parent_id_indexes from './20261129_030600_parent_id_indexes';
import * as migration_20261129_091759_languages_and_review from './20261129_091759_languages_and_review';
import * as migration_20261129_114645_publisher from './20261129_114645_publisher';
import * as migration_20261129_115956_situation from './20261129_115956_situation';
import * as migration_20261129_210000_cascade_added_references from './20261129_210000_cascade_added_references';

export const migrations = [
  {
    up: migration_20261121_112210_initial.up,
    down: migration_20261121_112210_initial.down,
    name: '20261121_112210_initial',
  },
  {
    up: migration_20261121_114211_search_glossary_keywords.up,
    down: migration_20261121_114211_search_glossary_keywords.down,
    name: '20261121_114211_search_glossary_keywords',
  },
  {
    up: migration_20261121_122536_translation_updated_at.up,
    down: migration_20261121_122536_translation_updated_at.down,
    name: '20261121_122536_translation_updated_at',
  },
  {
    up: migration_20261121_125747_editorial_workflow.up,
    down: migration_20261121_125747_editorial_workflow.down,
    name: '20261121_125747_editorial_workflow',
  },
  {
    up: migration_20261129_003743_password_reset_in_transaction.up,
    down: migration_20261129_003743_password_reset_in_transaction.down,
    name: '20261129_003743_password_reset_in_transaction',
  },
  {
    up: migration_20261129_030600_parent_id_indexes.up,
    down: migration_20261129_030600_parent_id_indexes.down,
    name: '20261129_030600_parent_id_indexes',
  },
  {
    up: migration_20261129_091759_languages_and_review.up,
    down: migration_20261129_091759_languages_and_review.down,
    name: '20261129_091759_languages_and_review',
  },
  {
    up: migration_20261129_114645_publisher.up,
    down: migration_20261129_114645_publisher.down,
    name: '20261129_114645_publisher',
  },
  {
    up: migration_20261129_115956_situation.up,
    down: migration_20261129_115956_situation.down,
    name: '20261129_115956_situation',
  },
  {
    up: migration_20261129_210000_cascade_added_references.up,
    down: migration_20261129_210000_cascade_added_references.down,
    name: '20261129_210000_cascade_added_references',
  },
];
