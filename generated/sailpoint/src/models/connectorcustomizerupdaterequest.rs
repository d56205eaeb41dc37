//! `Connectorcustomizerupdaterequest`, from `apis/connector-customizers/schemas/connectorcustomizerupdaterequest.yaml`.

use crate::models::Connectorcustomizercreaterequest;

/// ConnectorCustomizerUpdateRequest
pub type Connectorcustomizerupdaterequest = Connectorcustomizercreaterequest;
