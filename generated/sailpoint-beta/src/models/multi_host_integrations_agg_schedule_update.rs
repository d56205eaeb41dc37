//! `MultiHostIntegrationsAggScheduleUpdate`, from `beta/schemas/MultiHostIntegrationsAggScheduleUpdate.yaml`.

use crate::models::MultiHostIntegrationsAggScheduleUpdate2;

/// `MultiHostIntegrationsAggScheduleUpdate` as the spec defines it.
pub type MultiHostIntegrationsAggScheduleUpdate = MultiHostIntegrationsAggScheduleUpdate2;
