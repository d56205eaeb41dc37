//! `SimIntegrationsServicedeskintegrationdto`, from `apis/sim-integrations/schemas/servicedeskintegrationdto.yaml`.

use crate::models::SimIntegrationsServicedeskintegrationdto2;

/// `SimIntegrationsServicedeskintegrationdto` as the spec defines it.
pub type SimIntegrationsServicedeskintegrationdto = SimIntegrationsServicedeskintegrationdto2;
